package org.ionmat.core.structure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.junit.jupiter.api.Test;

class ReducedStructureTest {

    private static Structure randomStructure(Lattice l, SplittableRandom rnd) {
        List<Species> sp = new ArrayList<>();
        double[] f = new double[3 * 6];
        for (int i = 0; i < 6; i++) {
            sp.add(Species.of(i % 2 == 0 ? Element.Li : Element.O));
            for (int k = 0; k < 3; k++) {
                f[3 * i + k] = 2 * rnd.nextDouble() - 0.5; // some outside the cell
            }
        }
        return Structure.of(l, sp, f);
    }

    /** The same crystal in the reduced cell: identical distance matrix, positions and species. */
    @Test
    void reducedStructureIsTheSameCrystal() {
        SplittableRandom rnd = new SplittableRandom(8);
        for (int n = 0; n < 50; n++) {
            // mild skew: distanceMatrix of the skewed input is slow for extreme cells
            Lattice skewed = NiggliReductionTest.randomlySkewed(NiggliReductionTest.randomCell(rnd), rnd, 3, 2);
            Structure s = randomStructure(skewed, rnd);
            for (Structure r : new Structure[] {NiggliReduction.reducedStructure(s), LllReduction.reducedStructure(s)}) {
                assertEquals(s.size(), r.size());
                double[][] d0 = s.distanceMatrix();
                double[][] d1 = r.distanceMatrix();
                for (int i = 0; i < d0.length; i++) {
                    assertArrayEquals(d0[i], d1[i], 1e-8);
                    assertEquals(s.speciesOf(i), r.speciesOf(i));
                    for (int k = 0; k < 3; k++) {
                        assertTrue(r.frac(i)[k] >= 0 && r.frac(i)[k] < 1);
                    }
                    // the new position is the old one plus a lattice vector
                    double[] dc = new double[3];
                    for (int k = 0; k < 3; k++) {
                        dc[k] = r.cart(i)[k] - s.cart(i)[k];
                    }
                    double[] df = skewed.toFractional(dc);
                    for (int k = 0; k < 3; k++) {
                        assertEquals(Math.rint(df[k]), df[k], 1e-8);
                    }
                }
            }
        }
    }

    @Test
    void applyToRejectsAnotherLattice() {
        ReducedLattice red = NiggliReduction.reduce(Lattice.fromParameters(4, 5, 6, 80, 85, 95));
        Structure other = randomStructure(Lattice.cubic(4), new SplittableRandom(1));
        assertThrows(IllegalArgumentException.class, () -> red.applyTo(other));
    }
}
