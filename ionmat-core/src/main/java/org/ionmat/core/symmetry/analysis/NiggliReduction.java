package org.ionmat.core.symmetry.analysis;

/**
 * Niggli reduction of a lattice by the algorithm of Křivý and Gruber (Acta Cryst. A32, 297, 1976)
 * with the tolerant comparisons of Grosse-Kunstleve, Sauter and Adams (Acta Cryst. A60, 1, 2004).
 * The metric is recomputed from the accumulated integer transformation after every step.
 */
final class NiggliReduction {

    private NiggliReduction() {
    }

    /**
     * Integer change of basis (columns = new vectors in old fractional coordinates, det +1) to the
     * Niggli-reduced cell of the lattice with rows {@code lattice} (Å).
     */
    static int[] reduce(double[] lattice) {
        double[] g0 = Matrices.metric(lattice);
        double eps = 1e-5 * Math.pow(Math.abs(Matrices.det(lattice)), 2.0 / 3.0);
        int[] p = Matrices.IDENTITY.clone();
        for (int iter = 0; iter < 10000; iter++) {
            double[] g = Matrices.mul(Matrices.mul(Matrices.transpose(Matrices.toDouble(p)), g0), Matrices.toDouble(p));
            double a = g[0];
            double b = g[4];
            double c = g[8];
            double xi = 2 * g[5];
            double eta = 2 * g[2];
            double zeta = 2 * g[1];
            int[] m = null;
            if (a > b + eps || (Math.abs(a - b) <= eps && Math.abs(xi) > Math.abs(eta) + eps)) {
                m = new int[] {0, -1, 0, -1, 0, 0, 0, 0, -1};
            } else if (b > c + eps || (Math.abs(b - c) <= eps && Math.abs(eta) > Math.abs(zeta) + eps)) {
                m = new int[] {-1, 0, 0, 0, 0, -1, 0, -1, 0};
            } else {
                int l = sign(xi, eps);
                int mm = sign(eta, eps);
                int n = sign(zeta, eps);
                if (l * mm * n == 1) {
                    int[] d = {l == -1 ? -1 : 1, mm == -1 ? -1 : 1, n == -1 ? -1 : 1};
                    if (d[0] * d[1] * d[2] == -1) {
                        throw new IllegalStateException("Niggli step 3");
                    }
                    m = diagIfNotIdentity(d);
                } else {
                    int[] d = {1, 1, 1};
                    int free = -1;
                    int[] s = {l, mm, n};
                    for (int k = 0; k < 3; k++) {
                        if (s[k] == 1) {
                            d[k] = -1;
                        } else if (s[k] == 0) {
                            free = k;
                        }
                    }
                    if (d[0] * d[1] * d[2] < 0) {
                        if (free >= 0) {
                            d[free] = -1;
                        }
                    }
                    if (d[0] * d[1] * d[2] > 0) {
                        m = diagIfNotIdentity(d);
                    }
                }
                if (m == null) {
                    if (Math.abs(xi) > b + eps || (Math.abs(xi - b) <= eps && 2 * eta < zeta - eps)
                            || (Math.abs(xi + b) <= eps && zeta < -eps)) {
                        m = new int[] {1, 0, 0, 0, 1, -(int) Math.signum(xi), 0, 0, 1};
                    } else if (Math.abs(eta) > a + eps || (Math.abs(eta - a) <= eps && 2 * xi < zeta - eps)
                            || (Math.abs(eta + a) <= eps && zeta < -eps)) {
                        m = new int[] {1, 0, -(int) Math.signum(eta), 0, 1, 0, 0, 0, 1};
                    } else if (Math.abs(zeta) > a + eps || (Math.abs(zeta - a) <= eps && 2 * xi < eta - eps)
                            || (Math.abs(zeta + a) <= eps && eta < -eps)) {
                        m = new int[] {1, -(int) Math.signum(zeta), 0, 0, 1, 0, 0, 0, 1};
                    } else if (xi + eta + zeta + a + b < -eps
                            || (Math.abs(xi + eta + zeta + a + b) <= eps && 2 * (a + eta) + zeta > eps)) {
                        m = new int[] {1, 0, 1, 0, 1, 1, 0, 0, 1};
                    }
                }
            }
            if (m == null) {
                return p;
            }
            p = Matrices.mul(p, m);
        }
        throw new IllegalStateException("Niggli reduction did not converge");
    }

    private static int[] diagIfNotIdentity(int[] d) {
        if (d[0] == 1 && d[1] == 1 && d[2] == 1) {
            return null;
        }
        return new int[] {d[0], 0, 0, 0, d[1], 0, 0, 0, d[2]};
    }

    private static int sign(double x, double eps) {
        return x < -eps ? -1 : x > eps ? 1 : 0;
    }
}
