package org.ionmat.core.symmetry.analysis;

/**
 * Delaunay (Selling) reduction of a lattice: the four vectors b1, b2, b3, b4 = -(b1 + b2 + b3) are
 * changed until all their mutual scalar products are non-positive; the reduced basis is then the
 * three shortest independent vectors of the Delaunay set {b1, b2, b3, b4, b1+b2, b2+b3, b3+b1}
 * (Delaunay 1933; as used for symmetry search by Togo and Tanaka, arXiv:1808.01590).
 */
final class DelaunayReduction {

    private DelaunayReduction() {
    }

    /**
     * Integer change of basis to a Delaunay-reduced basis that is right-handed in Cartesian space:
     * the columns of the returned row-major matrix are the new basis vectors in the old fractional
     * coordinates (det +1, or -1 if the given lattice is left-handed).
     *
     * @param lattice lattice rows (Å), row-major
     */
    static int[] reduce(double[] lattice) {
        int[][] c = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {-1, -1, -1}};
        double[] g = Matrices.metric(lattice);
        double scale = (g[0] + g[4] + g[8]) / 3;
        double eps = 1e-10 * scale;
        for (int iter = 0; iter < 1000; iter++) {
            boolean changed = false;
            search:
            for (int i = 0; i < 4; i++) {
                for (int j = i + 1; j < 4; j++) {
                    if (dot(g, c[i], c[j]) > eps) {
                        for (int k = 0; k < 4; k++) {
                            if (k != i && k != j) {
                                for (int x = 0; x < 3; x++) {
                                    c[k][x] += c[i][x];
                                }
                            }
                        }
                        for (int x = 0; x < 3; x++) {
                            c[i][x] = -c[i][x];
                        }
                        changed = true;
                        break search;
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        int[][] cand = {c[0], c[1], c[2], c[3], add(c[0], c[1]), add(c[1], c[2]), add(c[2], c[0])};
        Integer[] order = {0, 1, 2, 3, 4, 5, 6};
        double[] len = new double[7];
        for (int i = 0; i < 7; i++) {
            len[i] = dot(g, cand[i], cand[i]);
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(len[x], len[y]));
        int hand = Matrices.det(lattice) < 0 ? -1 : 1;
        for (int i = 0; i < 7; i++) {
            for (int j = i + 1; j < 7; j++) {
                for (int k = j + 1; k < 7; k++) {
                    int[] a = cand[order[i]];
                    int[] b = cand[order[j]];
                    int[] d = cand[order[k]];
                    int[] p = {a[0], b[0], d[0], a[1], b[1], d[1], a[2], b[2], d[2]};
                    int det = Matrices.det(p);
                    if (det == hand) {
                        return p;
                    }
                    if (det == -hand) {
                        return Matrices.negate(p);
                    }
                }
            }
        }
        throw new IllegalStateException("Delaunay reduction found no basis");
    }

    private static int[] add(int[] a, int[] b) {
        return new int[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
    }

    private static double dot(double[] g, int[] a, int[] b) {
        double s = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                s += a[i] * g[3 * i + j] * b[j];
            }
        }
        return s;
    }
}
