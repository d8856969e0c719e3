package org.ionmat.core.symmetry.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.ionmat.core.symmetry.CrystalSystem;

class PointGroupTest {

    @Test
    void thirtyTwoClassesWithTheirOrders() {
        // orders of the 32 crystallographic point groups, International Tables A, Table 10.1.2.2
        int[] orders = {1, 2, 2, 2, 4, 4, 4, 8, 4, 4, 8, 8, 8, 8, 16, 3, 6, 6, 6, 12, 6, 6, 12, 12, 12, 12, 24, 12, 24,
            24, 24, 48};
        assertEquals(32, PointGroup.values().length);
        for (PointGroup p : PointGroup.values()) {
            assertEquals(orders[p.ordinal()], p.order(), p.symbol());
        }
    }

    @Test
    void eachClassIsRecognisedFromItsRotationsInAnyBasis() {
        Random rnd = new Random(3);
        for (PointGroup p : PointGroup.values()) {
            assertEquals(p, PointGroup.of(p.conventionalRotations()));
            int[] u = randomUnimodular(rnd);
            int[] uInv = Matrices.inverseUnimodular(u);
            List<int[]> conj = new ArrayList<>();
            for (int[] r : p.conventionalRotations()) {
                conj.add(Matrices.mul(Matrices.mul(uInv, r), u));
            }
            assertEquals(p, PointGroup.of(conj), "after a change of basis: " + p.symbol());
        }
    }

    @Test
    void laueClassAndCentrosymmetry() {
        int centro = 0;
        for (PointGroup p : PointGroup.values()) {
            if (p.isCentrosymmetric()) {
                centro++;
                assertEquals(p.symbol(), p.laueClass());
            }
        }
        assertEquals(11, centro); // the 11 Laue classes
        assertEquals(CrystalSystem.CUBIC, PointGroup.OH.crystalSystem());
        assertEquals("-42m", PointGroup.D2D.symbol());
    }

    @Test
    void notAGroupGivesNull() {
        assertNull(PointGroup.of(List.of(Matrices.IDENTITY, new int[] {0, -1, 0, 1, 0, 0, 0, 0, 1})));
        assertNull(PointGroup.of(List.of(new int[] {2, 0, 0, 0, 1, 0, 0, 0, 1})));
    }

    static int[] randomUnimodular(Random rnd) {
        while (true) {
            int[] m = new int[9];
            for (int i = 0; i < 9; i++) {
                m[i] = rnd.nextInt(3) - 1;
            }
            int d = Matrices.det(m);
            if (d == 1 || d == -1) {
                return m;
            }
        }
    }
}
