package org.ionmat.core.symmetry.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Smith normal form diagonalization, null spaces, congruences and lattice bases. */
class IntegerAlgebraTest {

    @Test
    void diagonalizationWithUnimodularFactors() {
        Random rnd = new Random(11);
        for (int trial = 0; trial < 200; trial++) {
            int rows = 3 + 3 * rnd.nextInt(3);
            int[] a = new int[rows * 3];
            for (int i = 0; i < a.length; i++) {
                a[i] = rnd.nextInt(7) - 3;
            }
            SmithNormalForm s = SmithNormalForm.of(a, rows, 3);
            // U A V is diagonal with the reported entries
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < 3; j++) {
                    long x = 0;
                    for (int k = 0; k < rows; k++) {
                        for (int l = 0; l < 3; l++) {
                            x += s.u[i * rows + k] * a[k * 3 + l] * s.v[l * 3 + j];
                        }
                    }
                    assertEquals(i == j ? s.diagonal[i] : 0, x, "entry " + i + "," + j);
                }
            }
            long[] v = s.v;
            long detV = v[0] * (v[4] * v[8] - v[5] * v[7]) - v[1] * (v[3] * v[8] - v[5] * v[6])
                    + v[2] * (v[3] * v[7] - v[4] * v[6]);
            assertEquals(1, Math.abs(detV));
        }
    }

    @Test
    void nullSpaceOfRotationAxes() {
        // 3-fold about [111] in a cubic basis: axis [111]; 2-fold along [110] of a tetragonal basis
        int[] r3 = {0, 0, 1, 1, 0, 0, 0, 1, 0};
        assertArrayEquals(new int[] {1, 1, 1}, abs(ConventionalBases.axis(r3)));
        int[] r2 = {0, 1, 0, 1, 0, 0, 0, 0, -1};
        assertArrayEquals(new int[] {1, 1, 0}, abs(ConventionalBases.axis(r2)));
        int[][] plane = ConventionalBases.plane(r2, 2);
        assertEquals(2, plane.length);
        for (int[] p : plane) {
            assertArrayEquals(new int[] {-p[0], -p[1], -p[2]}, Matrices.mulVec(r2, p));
        }
    }

    @Test
    void congruencesModOne() {
        // (W - 1) p = d (mod 1) for a 2-fold along z: p_x = -d_x / 2, p_y = -d_y / 2, d_z must be integer
        int[] a = {-2, 0, 0, 0, -2, 0, 0, 0, 0};
        double[] p = SmithNormalForm.solveModOne(a, 3, new double[] {0.5, 0.25, 0}, 1e-6);
        assertNotNull(p);
        double[] check = {-2 * p[0] - 0.5, -2 * p[1] - 0.25};
        for (double c : check) {
            assertEquals(0, c - Math.rint(c), 1e-12);
        }
        assertNull(SmithNormalForm.solveModOne(a, 3, new double[] {0.5, 0.25, 0.5}, 1e-6));
    }

    @Test
    void latticeGeneratedByCentringVectors() {
        // body centring of a cubic cell, in halves: basis of index 2
        int[][] b = LatticeBasis.of(List.of(new int[] {2, 0, 0}, new int[] {0, 2, 0}, new int[] {0, 0, 2},
                new int[] {1, 1, 1}));
        assertNotNull(b);
        int[] m = {b[0][0], b[0][1], b[0][2], b[1][0], b[1][1], b[1][2], b[2][0], b[2][1], b[2][2]};
        assertEquals(4, Math.abs(Matrices.det(m)));
        assertNull(LatticeBasis.of(List.of(new int[] {1, 0, 0}, new int[] {2, 0, 0}, new int[] {0, 1, 0})));
    }

    @Test
    void centringOfConventionalBases() {
        assertEquals(Centering.F, Centering.ofBasis(new int[] {-1, 1, 1, 1, -1, 1, 1, 1, -1}));
        assertEquals(Centering.I, Centering.ofBasis(new int[] {0, 1, 1, 1, 0, 1, 1, 1, 0}));
        assertEquals(Centering.P, Centering.ofBasis(Matrices.IDENTITY));
        assertTrue(Centering.ofBasis(new int[] {1, 0, 1, -1, 1, 1, 0, -1, 1}) == Centering.R
                || Centering.ofBasis(new int[] {1, 0, 1, -1, 1, 1, 0, -1, 1}) == Centering.R_REVERSE);
    }

    private static int[] abs(int[] v) {
        int s = v[0] != 0 ? Integer.signum(v[0]) : v[1] != 0 ? Integer.signum(v[1]) : Integer.signum(v[2]);
        return new int[] {s * v[0], s * v[1], s * v[2]};
    }
}
