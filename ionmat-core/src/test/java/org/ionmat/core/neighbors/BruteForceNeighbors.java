package org.ionmat.core.neighbors;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ionmat.core.structure.Lattice;

/**
 * Reference neighbor list for tests: every pair of atoms, every image offset S in the range that can
 * reach the cutoff (from the perpendicular widths), distance computed from the coordinates as given.
 * O(N^2 x images); independent of the cell-list code (no binning, no wrapping).
 */
final class BruteForceNeighbors {

    /** Pair key (i, j, S). */
    record Key(int i, int j, int a, int b, int c) {
        Key reversed() {
            return new Key(j, i, -a, -b, -c);
        }
    }

    private BruteForceNeighbors() {
    }

    /** Full list: key -> {Dx, Dy, Dz, d}. */
    static Map<Key, double[]> full(Lattice lattice, double[] cart, double cutoff, double[] radii, boolean self) {
        int n = cart.length / 3;
        double[] m = lattice.rowMajor();
        double[] w = lattice.perpendicularWidths();
        double[] frac = lattice.toFractionalAll(cart);
        double maxR = cutoff;
        if (radii != null) {
            maxR = 0;
            for (double r : radii) {
                maxR = Math.max(maxR, 2 * r);
            }
        }
        Map<Key, double[]> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double rc = radii == null ? cutoff : radii[i] + radii[j];
                int[] lo = new int[3];
                int[] hi = new int[3];
                for (int k = 0; k < 3; k++) {
                    double df = frac[3 * j + k] - frac[3 * i + k];
                    lo[k] = (int) Math.ceil(-maxR / w[k] - df - 1e-6);
                    hi[k] = (int) Math.floor(maxR / w[k] - df + 1e-6);
                }
                for (int a = lo[0]; a <= hi[0]; a++) {
                    for (int b = lo[1]; b <= hi[1]; b++) {
                        for (int c = lo[2]; c <= hi[2]; c++) {
                            if (i == j && a == 0 && b == 0 && c == 0 && !self) {
                                continue;
                            }
                            double dx = cart[3 * j] - cart[3 * i] + a * m[0] + b * m[3] + c * m[6];
                            double dy = cart[3 * j + 1] - cart[3 * i + 1] + a * m[1] + b * m[4] + c * m[7];
                            double dz = cart[3 * j + 2] - cart[3 * i + 2] + a * m[2] + b * m[5] + c * m[8];
                            double d = Math.sqrt(dx * dx + dy * dy + dz * dz);
                            if (d <= rc) {
                                out.put(new Key(i, j, a, b, c), new double[] {dx, dy, dz, d});
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The pairs of a computed list as key -> {Dx, Dy, Dz, d}; fails on duplicates. */
    static Map<Key, double[]> asMap(NeighborList nl) {
        Map<Key, double[]> out = new LinkedHashMap<>();
        int[] s = nl.shifts();
        double[] v = nl.vectors();
        double[] d = nl.distances();
        for (int p = 0; p < nl.size(); p++) {
            Key k = new Key(nl.centers()[p], nl.neighbors()[p], s[3 * p], s[3 * p + 1], s[3 * p + 2]);
            if (out.put(k, new double[] {v[3 * p], v[3 * p + 1], v[3 * p + 2], d[p]}) != null) {
                throw new AssertionError("duplicate pair " + k);
            }
        }
        return out;
    }
}
