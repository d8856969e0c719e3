package org.ionmat.core.neighbors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class BinReachTest {

    @Test
    void boxMinimumAgreesWithDenseSampling() {
        SplittableRandom rnd = new SplittableRandom(17L);
        for (int trial = 0; trial < 200; trial++) {
            double[] h = new double[9];
            for (int k = 0; k < 9; k++) {
                h[k] = rnd.nextDouble() * 2 - 1;
            }
            h[0] += 1.5;
            h[4] += 1.5;
            h[8] += 1.5;
            double[] g = new double[9];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    g[3 * i + j] = h[3 * i] * h[3 * j] + h[3 * i + 1] * h[3 * j + 1] + h[3 * i + 2] * h[3 * j + 2];
                }
            }
            double[] lo = new double[3];
            double[] hi = new double[3];
            for (int k = 0; k < 3; k++) {
                lo[k] = rnd.nextInt(7) - 3 - 1;
                hi[k] = lo[k] + 2;
            }
            double exact = BinReach.minSquaredNorm(g, lo, hi);
            int s = 24;
            double sampled = Double.POSITIVE_INFINITY;
            for (int a = 0; a <= s; a++) {
                for (int b = 0; b <= s; b++) {
                    for (int c = 0; c <= s; c++) {
                        double[] x = {lo[0] + 2.0 * a / s, lo[1] + 2.0 * b / s, lo[2] + 2.0 * c / s};
                        double q = 0;
                        for (int i = 0; i < 3; i++) {
                            for (int j = 0; j < 3; j++) {
                                q += x[i] * g[3 * i + j] * x[j];
                            }
                        }
                        sampled = Math.min(sampled, q);
                    }
                }
            }
            assertTrue(exact <= sampled + 1e-12, "exact minimum above a sampled point, trial " + trial);
            // the grid is fine enough that the sampled minimum is close to the true one
            assertEquals(Math.sqrt(sampled), Math.sqrt(exact), 0.15, "trial " + trial);
        }
    }

    @Test
    void tableMarksExactlyTheOffsetsWithinTheCutoff() {
        SplittableRandom rnd = new SplittableRandom(23L);
        for (int trial = 0; trial < 12; trial++) {
            org.ionmat.core.structure.Lattice l = NeighborSearchTest.randomLattice(rnd);
            double[] m = l.rowMajor();
            int[] nk = {1 + rnd.nextInt(4), 1 + rnd.nextInt(4), 1 + rnd.nextInt(4)};
            double cutoff = 1 + 5 * rnd.nextDouble();
            double[] w = l.perpendicularWidths();
            int[] span = new int[3];
            for (int k = 0; k < 3; k++) {
                span[k] = (int) Math.ceil(cutoff * nk[k] / w[k]) + 2;
            }
            BinReach reach = new BinReach(m, nk, span, cutoff, Integer.MAX_VALUE);
            assertTrue(reach.reachable != null);
            double[] h = new double[9];
            for (int i = 0; i < 3; i++) {
                for (int k = 0; k < 3; k++) {
                    h[3 * i + k] = m[3 * i + k] / nk[i];
                }
            }
            int s = 6;
            for (int da = -span[0]; da <= span[0]; da++) {
                for (int db = -span[1]; db <= span[1]; db++) {
                    for (int dc = -span[2]; dc <= span[2]; dc++) {
                        // sampled shortest distance between the bins: an upper bound of the true one
                        double best = Double.POSITIVE_INFINITY;
                        for (int a = 0; a <= s; a++) {
                            for (int b = 0; b <= s; b++) {
                                for (int c = 0; c <= s; c++) {
                                    double xa = da - 1 + 2.0 * a / s;
                                    double xb = db - 1 + 2.0 * b / s;
                                    double xc = dc - 1 + 2.0 * c / s;
                                    double x = xa * h[0] + xb * h[3] + xc * h[6];
                                    double y = xa * h[1] + xb * h[4] + xc * h[7];
                                    double z = xa * h[2] + xb * h[5] + xc * h[8];
                                    best = Math.min(best, x * x + y * y + z * z);
                                }
                            }
                        }
                        if (Math.sqrt(best) <= cutoff) {
                            assertTrue(reach.reachable(da, db, dc), "offset " + da + "," + db + "," + dc
                                    + " holds points " + Math.sqrt(best) + " Å apart, cutoff " + cutoff);
                        }
                        int row = (da + reach.ma) * (2 * reach.mb + 1) + db + reach.mb;
                        assertEquals(reach.reachable(da, db, dc), dc >= reach.rowLo[row] && dc <= reach.rowHi[row],
                                "row interval");
                    }
                }
            }
        }
    }

    @Test
    void boxContainingTheOriginHasZeroMinimum() {
        double[] g = {2, 0.3, 0.1, 0.3, 1, 0.2, 0.1, 0.2, 3};
        assertEquals(0.0, BinReach.minSquaredNorm(g, new double[] {-1, -1, -1}, new double[] {1, 1, 1}), 0);
        // orthogonal unit metric: box [2,4]x[-1,1]x[-1,1] is at distance 2
        double[] id = {1, 0, 0, 0, 1, 0, 0, 0, 1};
        assertEquals(4.0, BinReach.minSquaredNorm(id, new double[] {2, -1, -1}, new double[] {4, 1, 1}), 1e-15);
    }
}
