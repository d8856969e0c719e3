package org.ionmat.analysis.bvse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Percolation levels of fields built so that the answer is known. */
class PeriodicPercolationTest {

    private static final BvseGrid G = new BvseGrid(8, 6, 7);

    private static double[] filled(double v) {
        double[] f = new double[G.size()];
        Arrays.fill(f, v);
        return f;
    }

    @Test
    void channelPlaneAndBulk() {
        double[] f = filled(1.0);
        for (int i = 0; i < G.na(); i++) {
            f[G.index(i, 0, 0)] = 0.2; // channel along a
        }
        for (int i = 0; i < G.na(); i++) {
            for (int j = 0; j < G.nb(); j++) {
                f[G.index(i, j, 4)] = 0.5; // ab plane far from the channel
            }
        }
        PeriodicPercolation.Levels l = PeriodicPercolation.ascending(G, f, 10);
        assertArrayEquals(new double[] {0.2, 0.5, 1.0}, Arrays.copyOfRange(l.level(), 1, 4));
        assertArrayEquals(new double[] {0.2, 0.5, 1.0}, Arrays.copyOfRange(l.levelMod2(), 1, 4));
        // below the cap only the channel and the plane
        PeriodicPercolation.Levels capped = PeriodicPercolation.ascending(G, f, 0.9);
        assertEquals(0.5, capped.of(2));
        assertTrue(Double.isNaN(capped.of(3)));
    }

    @Test
    void diagonalChannelWrapsThroughEdgesAndCorners() {
        BvseGrid g = new BvseGrid(6, 6, 6);
        double[] f = new double[g.size()];
        Arrays.fill(f, 1.0);
        for (int i = 0; i < 6; i++) {
            f[g.index(i, i, i)] = 0.0; // body diagonal: only corner neighbours connect it
        }
        PeriodicPercolation.Levels l = PeriodicPercolation.ascending(g, f, 0.5);
        assertEquals(0.0, l.of(1));
        assertTrue(Double.isNaN(l.of(2)));
    }

    @Test
    void brokenChannelDoesNotPercolate() {
        double[] f = filled(1.0);
        for (int i = 0; i < G.na() - 2; i++) {
            f[G.index(i, 0, 0)] = 0.0; // two points short of wrapping
        }
        f[G.index(G.na() - 2, 0, 0)] = 0.3;
        f[G.index(G.na() - 1, 0, 0)] = 0.7; // the bottleneck
        assertEquals(0.7, PeriodicPercolation.ascending(G, f, 5).of(1));
    }

    @Test
    void superlevelSetsForVoids() {
        double[] f = filled(-1.0);
        for (int j = 0; j < G.nb(); j++) {
            f[G.index(3, j, 2)] = 0.8; // free channel along b of radius 0.8
        }
        PeriodicPercolation.Levels l = PeriodicPercolation.descending(G, f, 0.0);
        assertEquals(0.8, l.of(1));
        assertTrue(Double.isNaN(l.of(2)));
    }

    @Test
    void sweepAgreesWithFloodFillOnRandomFields() {
        Random rnd = new Random(7);
        BvseGrid g = new BvseGrid(5, 4, 6);
        for (int trial = 0; trial < 20; trial++) {
            double[] f = new double[g.size()];
            for (int i = 0; i < f.length; i++) {
                f[i] = rnd.nextDouble();
            }
            PeriodicPercolation.Levels l = PeriodicPercolation.ascending(g, f, 2);
            for (int d = 1; d <= 3; d++) {
                double t = l.of(d);
                assertTrue(FloodFill.rank(g, f, t) >= d, "percolates at the level");
                assertTrue(FloodFill.rank(g, f, Math.nextDown(t)) < d, "not just below it");
            }
        }
    }

    /** Independent check: BFS on a 3×3×3 supercell, rank of the image offsets reached. */
    static final class FloodFill {
        static int rank(BvseGrid g, double[] f, double level) {
            int na = g.na();
            int nb = g.nb();
            int nc = g.nc();
            int m = 3;
            int n = m * m * m * g.size();
            boolean[] seen = new boolean[n];
            int best = 0;
            for (int start = 0; start < g.size(); start++) {
                if (f[start] > level || seen[idx(start, 0, 0, 0, g)]) {
                    continue;
                }
                java.util.ArrayDeque<int[]> q = new java.util.ArrayDeque<>();
                java.util.List<int[]> images = new java.util.ArrayList<>();
                int[] s0 = {start / (nb * nc), (start / nc) % nb, start % nc};
                q.add(s0);
                seen[idx(start, 0, 0, 0, g)] = true;
                while (!q.isEmpty()) {
                    int[] p = q.poll(); // unwrapped supercell coordinates in [0, 3n)
                    for (int da = -1; da <= 1; da++) {
                        for (int db = -1; db <= 1; db++) {
                            for (int dc = -1; dc <= 1; dc++) {
                                int a = Math.floorMod(p[0] + da, m * na);
                                int b = Math.floorMod(p[1] + db, m * nb);
                                int c = Math.floorMod(p[2] + dc, m * nc);
                                int base = g.index(a % na, b % nb, c % nc);
                                if (f[base] > level) {
                                    continue;
                                }
                                int k = idx(base, a / na, b / nb, c / nc, g);
                                if (!seen[k]) {
                                    seen[k] = true;
                                    q.add(new int[] {a, b, c});
                                    if (base == start) {
                                        images.add(new int[] {a / na, b / nb, c / nc});
                                    }
                                }
                            }
                        }
                    }
                }
                // a 1D network reaches images along one line, 2D a plane, 3D all of the 3×3×3 cells
                best = Math.max(best, dimension(images));
            }
            return best;
        }

        private static int dimension(java.util.List<int[]> images) {
            int count = images.size() + 1;
            if (count >= 27) {
                return 3;
            }
            if (count >= 9) {
                return 2;
            }
            return count >= 3 ? 1 : 0;
        }

        private static int idx(int base, int ca, int cb, int cc, BvseGrid g) {
            return ((ca * 3 + cb) * 3 + cc) * g.size() + base;
        }
    }
}
