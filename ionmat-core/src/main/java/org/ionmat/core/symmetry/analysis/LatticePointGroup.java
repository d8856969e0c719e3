package org.ionmat.core.symmetry.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The point group of a lattice within a tolerance: all integer matrices W (det +-1) that preserve
 * the metric, {@code W^T G W = G}, judged as in spglib (Togo and Tanaka, arXiv:1808.01590): the
 * images of the basis vectors keep their lengths within the distance tolerance, and each angle
 * between them changes by less than the angle tolerance or, when none is given, by so little that
 * the end of a vector of the mean length moves by less than the distance tolerance
 * ({@code sin(dθ) · sqrt(l_i l_j) <= tol}).
 */
final class LatticePointGroup {

    private LatticePointGroup() {
    }

    /**
     * Rotations (row-major, acting on fractional column vectors) of the lattice.
     *
     * @param lattice      lattice rows (Å), ideally reduced
     * @param tolerance    distance tolerance (Å)
     * @param angleTolDeg  angle tolerance (degrees), or a negative number to use the distance criterion
     */
    static List<int[]> of(double[] lattice, double tolerance, double angleTolDeg) {
        double[] g = Matrices.metric(lattice);
        double[] len = {Math.sqrt(g[0]), Math.sqrt(g[4]), Math.sqrt(g[8])};
        double maxLen = Math.max(len[0], Math.max(len[1], len[2])) + tolerance;
        double[] inv = Matrices.inverse(lattice); // columns are reciprocal vectors
        int[] bound = new int[3];
        for (int k = 0; k < 3; k++) {
            double r = Math.sqrt(inv[k] * inv[k] + inv[3 + k] * inv[3 + k] + inv[6 + k] * inv[6 + k]);
            bound[k] = (int) Math.floor(maxLen * r + 1e-9);
        }
        List<List<int[]>> cand = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int x = -bound[0]; x <= bound[0]; x++) {
            for (int y = -bound[1]; y <= bound[1]; y++) {
                for (int z = -bound[2]; z <= bound[2]; z++) {
                    if (x == 0 && y == 0 && z == 0) {
                        continue;
                    }
                    double l = Math.sqrt(Matrices.norm2(g, x, y, z));
                    for (int i = 0; i < 3; i++) {
                        if (Math.abs(l - len[i]) <= tolerance) {
                            cand.get(i).add(new int[] {x, y, z});
                        }
                    }
                }
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int[] a : cand.get(0)) {
            for (int[] b : cand.get(1)) {
                for (int[] c : cand.get(2)) {
                    int[] w = {a[0], b[0], c[0], a[1], b[1], c[1], a[2], b[2], c[2]};
                    int det = Matrices.det(w);
                    if ((det == 1 || det == -1) && preservesMetric(g, w, tolerance, angleTolDeg)) {
                        out.add(w);
                    }
                }
            }
        }
        return out;
    }

    static boolean preservesMetric(double[] g, int[] w, double tol, double angleTolDeg) {
        double[] gw = Matrices.mul(Matrices.mul(Matrices.transpose(Matrices.toDouble(w)), g), Matrices.toDouble(w));
        double[] l0 = new double[3];
        double[] l1 = new double[3];
        for (int i = 0; i < 3; i++) {
            l0[i] = Math.sqrt(g[4 * i]);
            l1[i] = Math.sqrt(gw[4 * i]);
            if (Math.abs(l0[i] - l1[i]) > tol) {
                return false;
            }
        }
        for (int p = 0; p < 3; p++) {
            int i = p;
            int j = (p + 1) % 3;
            double c0 = clamp(g[3 * i + j] / (l0[i] * l0[j]));
            double c1 = clamp(gw[3 * i + j] / (l1[i] * l1[j]));
            if (angleTolDeg > 0) {
                if (Math.abs(Math.toDegrees(Math.acos(c0) - Math.acos(c1))) > angleTolDeg) {
                    return false;
                }
            } else {
                double cosDiff = c0 * c1 + Math.sqrt((1 - c0 * c0) * (1 - c1 * c1));
                double sin2 = 1 - cosDiff * cosDiff;
                double meanArea = (l0[i] + l1[i]) * (l0[j] + l1[j]) / 4;
                if (sin2 > 1e-12 && sin2 * meanArea > tol * tol) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double clamp(double c) {
        return Math.max(-1, Math.min(1, c));
    }
}
