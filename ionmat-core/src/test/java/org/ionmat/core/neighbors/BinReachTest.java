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
    void boxContainingTheOriginHasZeroMinimum() {
        double[] g = {2, 0.3, 0.1, 0.3, 1, 0.2, 0.1, 0.2, 3};
        assertEquals(0.0, BinReach.minSquaredNorm(g, new double[] {-1, -1, -1}, new double[] {1, 1, 1}), 0);
        // orthogonal unit metric: box [2,4]x[-1,1]x[-1,1] is at distance 2
        double[] id = {1, 0, 0, 0, 1, 0, 0, 0, 1};
        assertEquals(4.0, BinReach.minSquaredNorm(id, new double[] {2, -1, -1}, new double[] {4, 1, 1}), 1e-15);
    }
}
