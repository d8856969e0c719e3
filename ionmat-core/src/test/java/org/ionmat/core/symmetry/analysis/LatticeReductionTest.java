package org.ionmat.core.symmetry.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import org.ionmat.core.structure.Lattice;

/** Delaunay reduction and lattice point groups. */
class LatticeReductionTest {

    @Test
    void delaunayGivesObtuseSuperbaseOfTheSameLattice() {
        Random rnd = new Random(5);
        for (int trial = 0; trial < 200; trial++) {
            double[] m = skewed(rnd);
            int[] p = DelaunayReduction.reduce(m);
            assertEquals((int) Math.signum(Matrices.det(m)), Matrices.det(p), "det of the change of basis");
            double[] red = Matrices.changeBasisLattice(m, Matrices.toDouble(p));
            assertTrue(Matrices.det(red) > 0, "reduced basis is right-handed");
            // the reduced basis vectors are at most as long as the shortest lattice vector found by search
            double[] g = Matrices.metric(red);
            double shortest = shortestVector(red);
            assertEquals(shortest, Math.sqrt(Math.min(g[0], Math.min(g[4], g[8]))), 1e-9);
        }
    }

    @Test
    void latticePointGroupsOfTheBravaisLattices() {
        assertEquals(48, LatticePointGroup.of(Lattice.cubic(4).rowMajor(), 1e-5, -1).size());
        // fcc primitive cell
        double[] fcc = {0, 2, 2, 2, 0, 2, 2, 2, 0};
        assertEquals(48, LatticePointGroup.of(fcc, 1e-5, -1).size());
        assertEquals(24, LatticePointGroup.of(Lattice.hexagonal(3, 5).rowMajor(), 1e-5, -1).size());
        assertEquals(16, LatticePointGroup.of(Lattice.orthorhombic(3, 3, 5).rowMajor(), 1e-5, -1).size());
        assertEquals(8, LatticePointGroup.of(Lattice.orthorhombic(3, 4, 5).rowMajor(), 1e-5, -1).size());
        assertEquals(4, LatticePointGroup.of(Lattice.fromParameters(3, 4, 5, 90, 100, 90).rowMajor(), 1e-5, -1).size());
        assertEquals(2, LatticePointGroup.of(Lattice.fromParameters(3, 4, 5, 80, 100, 95).rowMajor(), 1e-5, -1).size());
        // a cubic cell stretched by 0.005 Å is still cubic at 0.01 Å, not at 0.001 Å
        double[] stretched = Lattice.orthorhombic(4, 4, 4.005).rowMajor();
        assertEquals(48, LatticePointGroup.of(stretched, 0.01, -1).size());
        assertEquals(16, LatticePointGroup.of(stretched, 0.001, -1).size());
        // an angle tolerance in degrees replaces the distance criterion for angles
        double[] sheared = Lattice.fromParameters(4, 4, 4, 90, 90, 90.5).rowMajor();
        assertEquals(48, LatticePointGroup.of(sheared, 0.01, 1.5).size());
        assertTrue(LatticePointGroup.of(sheared, 0.01, -1).size() < 48);
        assertTrue(LatticePointGroup.of(sheared, 0.01, 0.1).size() < 48);
    }

    private static double[] skewed(Random rnd) {
        double[] m = Lattice.fromParameters(3 + 3 * rnd.nextDouble(), 3 + 3 * rnd.nextDouble(), 3 + 3 * rnd.nextDouble(),
                75 + 30 * rnd.nextDouble(), 75 + 30 * rnd.nextDouble(), 75 + 30 * rnd.nextDouble()).rowMajor();
        int[] u = Matrices.mul(PointGroupTest.randomUnimodular(rnd), PointGroupTest.randomUnimodular(rnd));
        return Matrices.changeBasisLattice(m, Matrices.toDouble(u));
    }

    private static double shortestVector(double[] m) {
        double[] g = Matrices.metric(m);
        double best = Double.MAX_VALUE;
        for (int x = -3; x <= 3; x++) {
            for (int y = -3; y <= 3; y++) {
                for (int z = -3; z <= 3; z++) {
                    if (x != 0 || y != 0 || z != 0) {
                        best = Math.min(best, Matrices.norm2(g, x, y, z));
                    }
                }
            }
        }
        return Math.sqrt(best);
    }
}
