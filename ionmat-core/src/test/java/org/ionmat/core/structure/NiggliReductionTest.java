package org.ionmat.core.structure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class NiggliReductionTest {

    /** A random valid cell: lengths 2..15 Å, angles 40..140 degrees, not too flat. */
    static Lattice randomCell(SplittableRandom rnd) {
        while (true) {
            double a = 2 + 13 * rnd.nextDouble();
            double b = 2 + 13 * rnd.nextDouble();
            double c = 2 + 13 * rnd.nextDouble();
            double al = 40 + 100 * rnd.nextDouble();
            double be = 40 + 100 * rnd.nextDouble();
            double ga = 40 + 100 * rnd.nextDouble();
            try {
                Lattice l = Lattice.fromParameters(a, b, c, al, be, ga);
                if (l.volume() > 0.05 * a * b * c) {
                    return l;
                }
            } catch (RuntimeException e) {
                // angles do not form a cell: draw again
            }
        }
    }

    /** A random unimodular integer matrix (product of shears, possibly one row swap). */
    static int[][] randomUnimodular(SplittableRandom rnd, int steps, int maxMultiple) {
        long[] t = IntMatrix3.identity();
        for (int s = 0; s < steps; s++) {
            int i = rnd.nextInt(3);
            int j = (i + 1 + rnd.nextInt(2)) % 3;
            long[] e = IntMatrix3.identity();
            e[3 * i + j] = rnd.nextInt(2 * maxMultiple + 1) - maxMultiple;
            t = IntMatrix3.multiply(e, t);
        }
        if (rnd.nextBoolean()) {
            for (int c = 0; c < 3; c++) {
                long x = t[c];
                t[c] = t[3 + c];
                t[3 + c] = x;
            }
        }
        return IntMatrix3.toIntArray(t);
    }

    /** {@code l} transformed by a random unimodular matrix (retried until the cell is accepted). */
    static Lattice randomlySkewed(Lattice l, SplittableRandom rnd, int maxSteps, int maxMultiple) {
        while (true) {
            try {
                return transform(l, randomUnimodular(rnd, 1 + rnd.nextInt(maxSteps), maxMultiple));
            } catch (org.ionmat.core.InvalidInputException e) {
                // so skewed that Lattice rejects it as degenerate: draw again
            }
        }
    }

    static Lattice transform(Lattice l, int[][] t) {
        double[][] d = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                d[i][j] = t[i][j];
            }
        }
        return l.transform(d);
    }

    static void assertIsReductionOf(Lattice in, ReducedLattice red, int expectedDet) {
        int[][] t = red.transformation();
        long det = IntMatrix3.det(IntMatrix3.fromIntArray(t));
        if (expectedDet != 0) {
            assertEquals(expectedDet, det);
        } else {
            assertEquals(1, Math.abs(det));
        }
        assertEquals(det, red.determinant());
        Lattice rebuilt = transform(in, t);
        double scale = Math.cbrt(in.volume());
        assertTrue(rebuilt.matrixEquals(red.lattice(), 1e-10 * scale * maxEntry(t)),
                () -> "T · M " + rebuilt + " differs from reduced " + red.lattice());
        assertEquals(in.volume(), red.lattice().volume(), 1e-9 * in.volume());
    }

    private static int maxEntry(int[][] t) {
        int m = 1;
        for (int[] r : t) {
            for (int v : r) {
                m = Math.max(m, Math.abs(v));
            }
        }
        return m;
    }

    @Test
    void reducedCellIsUniqueAcrossHundredsOfSkewedSettings() {
        SplittableRandom rnd = new SplittableRandom(17);
        for (int n = 0; n < 300; n++) {
            Lattice base = randomCell(rnd);
            ReducedLattice ref = NiggliReduction.reduce(base);
            assertIsReductionOf(base, ref, 1);
            assertTrue(NiggliReduction.isNiggliReduced(ref.lattice(), 1e-5), ref::toString);
            Lattice skewed = randomlySkewed(base, rnd, 8, 5);
            ReducedLattice red = NiggliReduction.reduce(skewed);
            assertIsReductionOf(skewed, red, 1);
            assertTrue(NiggliReduction.isNiggliReduced(red.lattice(), 1e-5), red::toString);
            assertArrayEquals(ref.lattice().parameters(), red.lattice().parameters(), 1e-6,
                    () -> "Niggli cell of " + skewed + " differs from that of the same lattice " + base);
        }
    }

    @Test
    void symmetricCellsGiveAnalyticNiggliCells() {
        SplittableRandom rnd = new SplittableRandom(3);
        double a = 4.2;
        // fcc primitive -> rhombohedral 60 degree cell, edge a/sqrt 2
        Lattice fcc = Lattice.of(new double[][] {{0, a / 2, a / 2}, {a / 2, 0, a / 2}, {a / 2, a / 2, 0}});
        // bcc primitive -> a sqrt(3)/2 edges, angles 109.47 degrees (all obtuse, negative type)
        Lattice bcc = Lattice.of(new double[][] {{-a / 2, a / 2, a / 2}, {a / 2, -a / 2, a / 2}, {a / 2, a / 2, -a / 2}});
        double tet = Math.toDegrees(Math.acos(-1.0 / 3));
        for (int n = 0; n < 20; n++) {
            int[][] u = randomUnimodular(rnd, 6, 2);
            double[] p = NiggliReduction.reduce(transform(fcc, u)).lattice().parameters();
            assertArrayEquals(new double[] {a / Math.sqrt(2), a / Math.sqrt(2), a / Math.sqrt(2), 60, 60, 60}, p, 1e-9);
            double[] q = NiggliReduction.reduce(transform(bcc, u)).lattice().parameters();
            double e = a * Math.sqrt(3) / 2;
            assertArrayEquals(new double[] {e, e, e, tet, tet, tet}, q, 1e-9);
            // hexagonal: a = b < c, gamma 120
            double[] h = NiggliReduction.reduce(transform(Lattice.hexagonal(3.2, 5.1), u)).lattice().parameters();
            assertArrayEquals(new double[] {3.2, 3.2, 5.1, 90, 90, 120}, h, 1e-9);
            // cubic P stays cubic
            double[] c = NiggliReduction.reduce(transform(Lattice.cubic(a), u)).lattice().parameters();
            assertArrayEquals(new double[] {a, a, a, 90, 90, 90}, c, 1e-9);
        }
    }

    /**
     * Centred cells put the Niggli cell on the boundaries of the reduction domain (equal lengths,
     * xi + eta + zeta + A + B = 0, ...), where only the special conditions make it unique.
     */
    @Test
    void centredCellsGiveTheSameNiggliCellFromEverySetting() {
        SplittableRandom rnd = new SplittableRandom(11);
        double[][] half = {{-0.5, 0.5, 0.5}, {0.5, -0.5, 0.5}, {0.5, 0.5, -0.5}};  // I
        double[][] face = {{0, 0.5, 0.5}, {0.5, 0, 0.5}, {0.5, 0.5, 0}};          // F
        double[][] base = {{0.5, 0.5, 0}, {-0.5, 0.5, 0}, {0, 0, 1}};              // C
        double[][][] centrings = {half, face, base};
        Lattice[] conventional = {Lattice.orthorhombic(3, 4, 5), Lattice.orthorhombic(3.5, 3.5, 8),
            Lattice.orthorhombic(3.5, 3.5, 2.1), Lattice.fromParameters(4, 5, 6, 90, 104, 90),
            Lattice.hexagonal(3, 7), Lattice.orthorhombic(2, 5, 5.2)};
        for (Lattice conv : conventional) {
            for (double[][] centring : centrings) {
                Lattice prim = conv.transform(centring);
                ReducedLattice ref = NiggliReduction.reduce(prim);
                assertTrue(NiggliReduction.isNiggliReduced(ref.lattice(), 1e-5), ref::toString);
                for (int n = 0; n < 30; n++) {
                    Lattice skewed = randomlySkewed(prim, rnd, 6, 3);
                    ReducedLattice red = NiggliReduction.reduce(skewed);
                    assertIsReductionOf(skewed, red, 1);
                    assertTrue(NiggliReduction.isNiggliReduced(red.lattice(), 1e-5), red::toString);
                    assertArrayEquals(ref.lattice().parameters(), red.lattice().parameters(), 1e-8,
                            () -> "centred cell " + prim + " skewed to " + skewed);
                }
            }
        }
    }

    /**
     * Exhaustive over all lattices with integer metric A &lt;= B &lt;= C &lt;= 5 and integer ξ, η, ζ:
     * full of exact ties, the hardest case for the special conditions. From every skewed setting the
     * reduction must give the same cell, and it must satisfy the Niggli conditions.
     */
    @Test
    void integerMetricLatticesReduceUniquely() {
        SplittableRandom rnd = new SplittableRandom(1);
        int lattices = 0;
        for (int a = 1; a <= 5; a++) {
            for (int b = a; b <= 5; b++) {
                for (int c = b; c <= 5; c++) {
                    for (int xi = -c; xi <= c; xi++) {
                        for (int eta = -c; eta <= c; eta++) {
                            for (int zeta = -c; zeta <= c; zeta++) {
                                Lattice l = fromMetric(a, b, c, xi / 2.0, eta / 2.0, zeta / 2.0);
                                if (l == null) {
                                    continue;
                                }
                                lattices++;
                                ReducedLattice ref = NiggliReduction.reduce(l);
                                assertTrue(NiggliReduction.isNiggliReduced(ref.lattice(), 1e-5), ref::toString);
                                for (int n = 0; n < 3; n++) {
                                    Lattice skewed = randomlySkewed(l, rnd, 5, 2);
                                    ReducedLattice red = NiggliReduction.reduce(skewed);
                                    assertArrayEquals(ref.lattice().parameters(), red.lattice().parameters(), 1e-8,
                                            () -> "metric lattice " + l + " skewed to " + skewed);
                                }
                            }
                        }
                    }
                }
            }
        }
        assertTrue(lattices > 5000, "only " + lattices + " lattices");
    }

    /** Lattice with metric a·a = aa, b·b = bb, c·c = cc, b·c = bc, a·c = ac, a·b = ab, or null if not positive definite. */
    private static Lattice fromMetric(double aa, double bb, double cc, double bc, double ac, double ab) {
        double l00 = Math.sqrt(aa);
        double l10 = ab / l00;
        double l11sq = bb - l10 * l10;
        if (l11sq <= 1e-6) {
            return null;
        }
        double l11 = Math.sqrt(l11sq);
        double l20 = ac / l00;
        double l21 = (bc - l20 * l10) / l11;
        double l22sq = cc - l20 * l20 - l21 * l21;
        if (l22sq <= 1e-3) {
            return null;
        }
        return Lattice.of(new double[][] {{l00, 0, 0}, {l10, l11, 0}, {l20, l21, Math.sqrt(l22sq)}});
    }

    @Test
    void niggliConditionsRejectUnreducedCells() {
        assertTrue(NiggliReduction.isNiggliReduced(Lattice.orthorhombic(3, 4, 5), 1e-5));
        assertFalse(NiggliReduction.isNiggliReduced(Lattice.orthorhombic(4, 3, 5), 1e-5)); // a > b
        // mixed acute and obtuse angles
        assertFalse(NiggliReduction.isNiggliReduced(Lattice.fromParameters(5, 6, 7, 80, 95, 90), 1e-5));
        // b not reduced against a: |zeta| > A
        assertFalse(NiggliReduction.isNiggliReduced(Lattice.of(new double[][] {{3, 0, 0}, {2.5, 1, 0}, {0, 0, 5}}), 1e-5));
        // 60 degree rhombohedral cell: all-positive form on the boundary xi = B, eta = A, zeta = A
        assertTrue(NiggliReduction.isNiggliReduced(Lattice.fromParameters(4, 4, 4, 60, 60, 60), 1e-5));
        // hexagonal: negative form on the boundary zeta = -A with eta = 0
        assertTrue(NiggliReduction.isNiggliReduced(Lattice.hexagonal(3, 5), 1e-5));
        // all-positive form with zeta = A (gamma = 60) requires eta <= 2 xi; here eta > 2 xi
        double[] bad = {4, 4, 5, 85, 70, 60};
        Lattice l = Lattice.fromParameters(bad[0], bad[1], bad[2], bad[3], bad[4], bad[5]);
        assertFalse(NiggliReduction.isNiggliReduced(l, 1e-5));
        ReducedLattice red = NiggliReduction.reduce(l);
        assertTrue(NiggliReduction.isNiggliReduced(red.lattice(), 1e-5));
        assertFalse(red.lattice().parametersEqual(l, 1e-6, 1e-6));
    }

    @Test
    void reductionOfReducedCellIsIdentity() {
        Lattice l = NiggliReduction.reduce(Lattice.fromParameters(5.5071, 6.0425, 5.5231, 116.912, 120.867, 62.234)).lattice();
        ReducedLattice again = NiggliReduction.reduce(l);
        assertTrue(again.lattice().matrixEquals(l, 1e-12) || again.lattice().parametersEqual(l, 1e-12, 1e-9));
    }
}
