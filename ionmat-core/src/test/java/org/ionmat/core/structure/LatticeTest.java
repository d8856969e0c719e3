package org.ionmat.core.structure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ionmat.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class LatticeTest {

    @Test
    void parametersRoundTripForTriclinicCell() {
        Lattice l = Lattice.fromParameters(5.5071, 6.0425, 5.5231, 116.912, 120.867, 62.234);
        double[] p = l.parameters();
        assertArrayEquals(new double[] {5.5071, 6.0425, 5.5231, 116.912, 120.867, 62.234}, p, 1e-10);
        // volume from the closed form V = abc sqrt(1 - cos²α - cos²β - cos²γ + 2 cosα cosβ cosγ)
        double ca = Math.cos(Math.toRadians(116.912));
        double cb = Math.cos(Math.toRadians(120.867));
        double cg = Math.cos(Math.toRadians(62.234));
        double v = 5.5071 * 6.0425 * 5.5231 * Math.sqrt(1 - ca * ca - cb * cb - cg * cg + 2 * ca * cb * cg);
        assertEquals(v, l.volume(), 1e-9);
    }

    @Test
    void reciprocalIsDualBasis() {
        Lattice l = Lattice.fromParameters(4, 5, 6, 80, 95, 105);
        Lattice r = l.reciprocal();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double d = 0;
                for (int k = 0; k < 3; k++) {
                    d += l.get(i, k) * r.get(j, k);
                }
                assertEquals(i == j ? 2 * Math.PI : 0, d, 1e-12);
            }
        }
    }

    @Test
    void fractionalCartesianRoundTrip() {
        Lattice l = Lattice.fromParameters(4, 5, 6, 80, 95, 105);
        double[] f = {0.1, -0.7, 1.3};
        assertArrayEquals(f, l.toFractional(l.toCartesian(f)), 1e-14);
    }

    @Test
    void minimumImageInSkewedCellFindsTrueShortestDistance() {
        // strongly skewed cell: plain wrapping of fractional differences is not enough
        Lattice l = Lattice.of(new double[][] {{1, 0, 0}, {3.9, 1, 0}, {0, 0, 1}});
        double[] f1 = {0, 0, 0};
        double[] f2 = {0.5, 0.5, 0};
        double brute = Double.MAX_VALUE;
        for (int i = -6; i <= 6; i++) {
            for (int j = -6; j <= 6; j++) {
                double[] c = l.toCartesian(new double[] {0.5 + i, 0.5 + j, 0});
                brute = Math.min(brute, Math.hypot(c[0], c[1]));
            }
        }
        assertEquals(brute, l.minimumImageDistance(f1, f2), 1e-12);
    }

    @Test
    void minimumImageInExtremelySkewedCellEqualsReducedCellBruteForce() {
        // b = 250.3 a + small: the reduced basis is {a, b - 250 a, c}
        Lattice l = Lattice.of(new double[][] {{1, 0, 0}, {250.3, 1.1, 0}, {0.4, 0.2, 1.3}});
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
        for (int t = 0; t < 200; t++) {
            double[] f1 = {rnd.nextDouble(), rnd.nextDouble(), rnd.nextDouble()};
            double[] f2 = {rnd.nextDouble() * 3 - 1, rnd.nextDouble(), rnd.nextDouble()};
            double[] c1 = l.toCartesian(f1);
            double brute = Double.MAX_VALUE;
            for (int i = -300; i <= 300; i++) {
                for (int j = -2; j <= 2; j++) {
                    for (int k = -2; k <= 2; k++) {
                        double[] c2 = l.toCartesian(new double[] {f2[0] + i, f2[1] + j, f2[2] + k});
                        double dx = c2[0] - c1[0];
                        double dy = c2[1] - c1[1];
                        double dz = c2[2] - c1[2];
                        brute = Math.min(brute, Math.sqrt(dx * dx + dy * dy + dz * dz));
                    }
                }
            }
            assertEquals(brute, l.minimumImageDistance(f1, f2), 1e-9);
        }
    }

    @Test
    void degenerateCellsAreRejected() {
        assertThrows(InvalidInputException.class, () -> Lattice.fromParameters(1, 1, 1, 90, 90, 180));
        assertThrows(InvalidInputException.class, () -> Lattice.fromParameters(1, 1, 1, 120, 120, 120));
        assertThrows(InvalidInputException.class, () -> Lattice.of(new double[][] {{1, 0, 0}, {2, 0, 0}, {0, 0, 1}}));
        assertThrows(InvalidInputException.class, () -> Lattice.fromParameters(-1, 1, 1, 90, 90, 90));
    }
}
