package org.ionmat.core.symmetry.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Assigns Wyckoff positions to symmetrized points of a standardized cell: the position with the
 * point's multiplicity on which some image of the point lies (modulo lattice vectors).
 */
final class WyckoffAssigner {

    private static final double TOL = 1e-5;

    private WyckoffAssigner() {
    }

    /**
     * The Wyckoff position of each point (fractional coordinates in the standard setting, exactly
     * symmetric), or null entries where none fits; points with the same orbit label share the
     * position of the first of them.
     */
    static WyckoffPosition[] assign(ReferenceSetting ref, double[] points, int[] orbit) {
        List<int[]> rots = new ArrayList<>();
        List<double[]> trans = new ArrayList<>();
        List<double[]> centring = new ArrayList<>();
        centring.add(new double[3]);
        centring.addAll(ref.centering().translations());
        for (int k = 0; k < ref.rotations().size(); k++) {
            for (double[] c : centring) {
                double[] s = ref.translations().get(k);
                rots.add(ref.rotations().get(k));
                trans.add(new double[] {s[0] + c[0], s[1] + c[1], s[2] + c[2]});
            }
        }
        List<WyckoffPosition> table = WyckoffTable.of(ref.number());
        int n = points.length / 3;
        WyckoffPosition[] out = new WyckoffPosition[n];
        java.util.Map<Integer, WyckoffPosition> byOrbit = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            if (byOrbit.containsKey(orbit[i])) {
                out[i] = byOrbit.get(orbit[i]);
                continue;
            }
            double[] x = {points[3 * i], points[3 * i + 1], points[3 * i + 2]};
            List<double[]> images = orbit(rots, trans, x);
            for (WyckoffPosition w : table) {
                if (w.multiplicity() == images.size() && onPosition(images, w)) {
                    out[i] = w;
                    break;
                }
            }
            byOrbit.put(orbit[i], out[i]);
        }
        return out;
    }

    private static List<double[]> orbit(List<int[]> rots, List<double[]> trans, double[] x) {
        List<double[]> pts = new ArrayList<>();
        for (int k = 0; k < rots.size(); k++) {
            double[] y = Matrices.mulVec(rots.get(k), x);
            double[] t = trans.get(k);
            double[] w = {Matrices.wrap(y[0] + t[0]), Matrices.wrap(y[1] + t[1]), Matrices.wrap(y[2] + t[2])};
            if (pts.stream().noneMatch(p -> Centering.sameModOne(p, w, TOL))) {
                pts.add(w);
            }
        }
        return pts;
    }

    /** True if some image lies on representative + span(directions) modulo lattice vectors. */
    private static boolean onPosition(List<double[]> images, WyckoffPosition w) {
        int dim = w.dimension();
        if (dim == 3) {
            return true;
        }
        double[] rep = w.representative();
        int[][] b = w.directions();
        for (double[] y : images) {
            double[] d = {y[0] - rep[0], y[1] - rep[1], y[2] - rep[2]};
            for (int k = 0; k < 3; k++) {
                d[k] -= Math.floor(d[k]);
            }
            for (int sx = -1; sx <= 1; sx++) {
                for (int sy = -1; sy <= 1; sy++) {
                    for (int sz = -1; sz <= 1; sz++) {
                        double[] v = {d[0] + sx, d[1] + sy, d[2] + sz};
                        if (residual(v, b) < TOL) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Largest component of v minus its least-squares projection onto span(b). */
    private static double residual(double[] v, int[][] b) {
        int dim = b.length;
        double[] proj = new double[3];
        if (dim == 1) {
            double bb = dot(b[0], b[0]);
            double c = dotv(b[0], v) / bb;
            for (int k = 0; k < 3; k++) {
                proj[k] = c * b[0][k];
            }
        } else if (dim == 2) {
            double a11 = dot(b[0], b[0]);
            double a12 = dot(b[0], b[1]);
            double a22 = dot(b[1], b[1]);
            double r1 = dotv(b[0], v);
            double r2 = dotv(b[1], v);
            double det = a11 * a22 - a12 * a12;
            double c1 = (a22 * r1 - a12 * r2) / det;
            double c2 = (a11 * r2 - a12 * r1) / det;
            for (int k = 0; k < 3; k++) {
                proj[k] = c1 * b[0][k] + c2 * b[1][k];
            }
        }
        double m = 0;
        for (int k = 0; k < 3; k++) {
            m = Math.max(m, Math.abs(v[k] - proj[k]));
        }
        return m;
    }

    private static double dot(int[] a, int[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double dotv(int[] a, double[] v) {
        return a[0] * v[0] + a[1] * v[1] + a[2] * v[2];
    }
}
