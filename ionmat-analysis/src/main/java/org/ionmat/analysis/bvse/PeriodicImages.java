package org.ionmat.analysis.bvse;

import java.util.Arrays;

import org.ionmat.core.structure.Lattice;

/**
 * Cartesian periodic images of a set of fractional points that can lie within a distance of any
 * point of the unit cell: all images whose fractional coordinates fall in
 * [−d/w_i, 1 + d/w_i] along each axis (w_i the perpendicular widths), a superset of those within
 * d of the cell [0, 1)³. Flat arrays; {@link #source} maps an image back to its point.
 */
final class PeriodicImages {

    final double[] x;
    final double[] y;
    final double[] z;
    final int[] source;
    final int size;

    private PeriodicImages(double[] x, double[] y, double[] z, int[] source, int size) {
        this.x = x;
        this.y = y;
        this.z = z;
        this.source = source;
        this.size = size;
    }

    /**
     * @param frac   fractional coordinates (3 per point), wrapped to [0, 1)
     * @param use    which points to include (null: all)
     * @param reach  distance d, Å
     */
    static PeriodicImages of(Lattice lattice, double[] frac, boolean[] use, double reach) {
        double[] w = lattice.perpendicularWidths();
        double[] m = lattice.rowMajor();
        int n = frac.length / 3;
        double[] lo = new double[3];
        double[] hi = new double[3];
        int[] tlo = new int[3];
        int[] thi = new int[3];
        for (int k = 0; k < 3; k++) {
            lo[k] = -reach / w[k] - 1e-9;
            hi[k] = 1 + reach / w[k] + 1e-9;
            tlo[k] = (int) Math.floor(lo[k]) - 1;
            thi[k] = (int) Math.ceil(hi[k]) + 1;
        }
        int cap = 1024;
        double[] x = new double[cap];
        double[] y = new double[cap];
        double[] z = new double[cap];
        int[] src = new int[cap];
        int size = 0;
        for (int j = 0; j < n; j++) {
            if (use != null && !use[j]) {
                continue;
            }
            double f0 = frac[3 * j];
            double f1 = frac[3 * j + 1];
            double f2 = frac[3 * j + 2];
            for (int a = tlo[0]; a <= thi[0]; a++) {
                double g0 = f0 + a;
                if (g0 < lo[0] || g0 > hi[0]) {
                    continue;
                }
                for (int b = tlo[1]; b <= thi[1]; b++) {
                    double g1 = f1 + b;
                    if (g1 < lo[1] || g1 > hi[1]) {
                        continue;
                    }
                    for (int c = tlo[2]; c <= thi[2]; c++) {
                        double g2 = f2 + c;
                        if (g2 < lo[2] || g2 > hi[2]) {
                            continue;
                        }
                        if (size == cap) {
                            cap *= 2;
                            x = Arrays.copyOf(x, cap);
                            y = Arrays.copyOf(y, cap);
                            z = Arrays.copyOf(z, cap);
                            src = Arrays.copyOf(src, cap);
                        }
                        x[size] = g0 * m[0] + g1 * m[3] + g2 * m[6];
                        y[size] = g0 * m[1] + g1 * m[4] + g2 * m[7];
                        z[size] = g0 * m[2] + g1 * m[5] + g2 * m[8];
                        src[size] = j;
                        size++;
                    }
                }
            }
        }
        return new PeriodicImages(x, y, z, src, size);
    }
}
