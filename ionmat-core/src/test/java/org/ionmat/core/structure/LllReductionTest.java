package org.ionmat.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class LllReductionTest {

    @Test
    void resultIsSizeReducedSatisfiesLovaszAndIsUnimodular() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int n = 0; n < 300; n++) {
            Lattice skewed = NiggliReductionTest.randomlySkewed(NiggliReductionTest.randomCell(rnd), rnd, 10, 6);
            ReducedLattice red = LllReduction.reduce(skewed);
            NiggliReductionTest.assertIsReductionOf(skewed, red, 0);
            double[] mu = new double[9];
            double[] norms = new double[3];
            LllReduction.gramSchmidt(red.lattice().rowMajor(), mu, norms);
            for (int k = 1; k < 3; k++) {
                for (int j = 0; j < k; j++) {
                    assertTrue(Math.abs(mu[3 * k + j]) <= 0.5 + 1e-9, "not size reduced: mu = " + mu[3 * k + j]);
                }
                double m = mu[3 * k + k - 1];
                assertTrue(norms[k] >= (0.75 - m * m) * norms[k - 1] * (1 - 1e-12), "Lovász condition fails");
            }
            // LLL with delta 0.99 is at least as short in its first vector as Niggli's shortest vector
            double shortest = NiggliReduction.reduce(skewed).lattice().a();
            assertTrue(LllReduction.reduce(skewed, 0.99).lattice().a() < shortest * 1.5 + 1e-9);
        }
    }

    @Test
    void orthogonalCellIsUnchanged() {
        Lattice l = Lattice.orthorhombic(3, 4, 5);
        ReducedLattice red = LllReduction.reduce(l);
        assertTrue(red.lattice().matrixEquals(l, 0));
        assertEquals(1, red.determinant());
    }
}
