package org.ionmat.core.io;

import org.ionmat.core.structure.Lattice;

/**
 * A LAMMPS simulation box: a lower-triangular cell a = (lx, 0, 0), b = (xy, ly, 0),
 * c = (xz, yz, lz) with origin (xlo, ylo, zlo), and the conversion of an arbitrary lattice into it.
 *
 * <p>{@link #of(Lattice)} rotates the cell rigidly (a along x, b in the xy plane), uses -a, -b, -c for
 * a left-handed cell (same lattice points) and, because LAMMPS 2021 refuses tilt factors beyond half
 * the box length, replaces b and c by equivalent lattice vectors (b - n a, ...) when needed. Atoms
 * keep their Cartesian positions relative to the rotated cell; {@link #toBoxFrac} gives their
 * fractional coordinates in the new cell vectors and {@link #rotate} turns vectors (velocities, forces).
 */
final class LammpsBox {

    final double lx;
    final double ly;
    final double lz;
    final double xy;
    final double xz;
    final double yz;
    /** Rotation, row-major: v_box = v · q. */
    private final double[] q;
    /** Fractional-coordinate transform, row-major: f_box = f · t. */
    private final double[] t;

    private LammpsBox(double lx, double ly, double lz, double xy, double xz, double yz, double[] q, double[] t) {
        this.lx = lx;
        this.ly = ly;
        this.lz = lz;
        this.xy = xy;
        this.xz = xz;
        this.yz = yz;
        this.q = q;
        this.t = t;
    }

    /** The lattice of a box given by its lengths and tilt factors (Å). */
    static Lattice lattice(double lx, double ly, double lz, double xy, double xz, double yz) {
        return Lattice.ofRowMajor(new double[] {lx, 0, 0, xy, ly, 0, xz, yz, lz});
    }

    /** The box of this lattice in LAMMPS orientation. */
    static LammpsBox of(Lattice lattice) {
        double[] m = lattice.rowMajor();
        double sign = lattice.determinant() < 0 ? -1 : 1;
        for (int k = 0; k < 9; k++) {
            m[k] *= sign;
        }
        double lx;
        double xy;
        double ly;
        double xz;
        double yz;
        double lz;
        double[] q;
        if (m[1] == 0 && m[2] == 0 && m[5] == 0 && m[0] > 0 && m[4] > 0 && m[8] > 0) {
            // already in LAMMPS orientation: no rotation, no rounding
            lx = m[0];
            xy = m[3];
            ly = m[4];
            xz = m[6];
            yz = m[7];
            lz = m[8];
            q = new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1};
        } else {
            double[] rotq = new double[9];
            double[] p = rotate(m, rotq);
            lx = p[0];
            xy = p[1];
            ly = p[2];
            xz = p[3];
            yz = p[4];
            lz = p[5];
            q = rotq;
        }
        return reduce(lx, ly, lz, xy, xz, yz, q, sign);
    }

    /** Lower-triangular parameters lx, xy, ly, xz, yz, lz of the (right-handed) cell m; q receives m^-1 · rot. */
    private static double[] rotate(double[] m, double[] q) {
        double[] a = {m[0], m[1], m[2]};
        double[] b = {m[3], m[4], m[5]};
        double[] c = {m[6], m[7], m[8]};
        double lx = Math.sqrt(dot(a, a));
        double xy = dot(b, a) / lx;
        double ly = Math.sqrt(Math.max(0, dot(b, b) - xy * xy));
        double xz = dot(c, a) / lx;
        double yz = (dot(b, c) - xy * xz) / ly;
        double lz = Math.sqrt(Math.max(0, dot(c, c) - xz * xz - yz * yz));
        double[] rot = {lx, 0, 0, xy, ly, 0, xz, yz, lz};
        System.arraycopy(mul(Lattice.ofRowMajor(m).inverseRowMajor(), rot), 0, q, 0, 9);
        return new double[] {lx, xy, ly, xz, yz, lz};
    }

    private static LammpsBox reduce(double lx, double ly, double lz, double xy, double xz, double yz, double[] q,
                                    double sign) {
        // tilt reduction: rows of T with reduced = T · rot
        long[] tm = {1, 0, 0, 0, 1, 0, 0, 0, 1};
        if (Math.abs(yz) > 0.5 * ly) {
            long n = Math.round(yz / ly);
            yz -= n * ly;
            xz -= n * xy;
            for (int k = 0; k < 3; k++) {
                tm[6 + k] -= n * tm[3 + k];
            }
        }
        if (Math.abs(xz) > 0.5 * lx) {
            long n = Math.round(xz / lx);
            xz -= n * lx;
            for (int k = 0; k < 3; k++) {
                tm[6 + k] -= n * tm[k];
            }
        }
        if (Math.abs(xy) > 0.5 * lx) {
            long n = Math.round(xy / lx);
            xy -= n * lx;
            for (int k = 0; k < 3; k++) {
                tm[3 + k] -= n * tm[k];
            }
        }
        // LAMMPS compares |tilt / length| > 0.5 in floating point; land exactly on 0.5 when within rounding
        xy = clampHalf(xy, lx);
        xz = clampHalf(xz, lx);
        yz = clampHalf(yz, ly);
        // f_box = sign · f · T^-1 ; T is unimodular lower-triangular-by-construction, invert exactly
        double[] tinv = inverseUnimodular(tm);
        for (int k = 0; k < 9; k++) {
            tinv[k] *= sign;
        }
        if (Math.abs(xy) < 1e-14 * lx) {
            xy = 0;
        }
        if (Math.abs(xz) < 1e-14 * lx) {
            xz = 0;
        }
        if (Math.abs(yz) < 1e-14 * ly) {
            yz = 0;
        }
        return new LammpsBox(lx, ly, lz, xy, xz, yz, q, tinv);
    }

    private static double clampHalf(double tilt, double len) {
        return Math.abs(tilt / len) > 0.5 ? Math.copySign(0.5 * len, tilt) : tilt;
    }

    /** True if any tilt factor is non-zero. */
    boolean triclinic() {
        return xy != 0 || xz != 0 || yz != 0;
    }

    /** The box as a lattice. */
    Lattice lattice() {
        return lattice(lx, ly, lz, xy, xz, yz);
    }

    /** Fractional coordinates (3 per atom) of the original lattice converted to the box's cell vectors. */
    double[] toBoxFrac(double[] frac) {
        double[] out = new double[frac.length];
        for (int i = 0; i < frac.length; i += 3) {
            for (int k = 0; k < 3; k++) {
                out[i + k] = frac[i] * t[k] + frac[i + 1] * t[3 + k] + frac[i + 2] * t[6 + k];
            }
        }
        return out;
    }

    /** Cartesian vectors (3 per atom) rotated into the box orientation. */
    double[] rotate(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i += 3) {
            for (int k = 0; k < 3; k++) {
                out[i + k] = v[i] * q[k] + v[i + 1] * q[3 + k] + v[i + 2] * q[6 + k];
            }
        }
        return out;
    }

    private static double dot(double[] u, double[] v) {
        return u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
    }

    private static double[] mul(double[] x, double[] y) {
        double[] r = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[3 * i + j] = x[3 * i] * y[j] + x[3 * i + 1] * y[3 + j] + x[3 * i + 2] * y[6 + j];
            }
        }
        return r;
    }

    private static double[] inverseUnimodular(long[] a) {
        long[] r = {
            a[4] * a[8] - a[5] * a[7], a[2] * a[7] - a[1] * a[8], a[1] * a[5] - a[2] * a[4],
            a[5] * a[6] - a[3] * a[8], a[0] * a[8] - a[2] * a[6], a[2] * a[3] - a[0] * a[5],
            a[3] * a[7] - a[4] * a[6], a[1] * a[6] - a[0] * a[7], a[0] * a[4] - a[1] * a[3]
        };
        long det = a[0] * r[0] + a[1] * r[3] + a[2] * r[6];
        double[] d = new double[9];
        for (int k = 0; k < 9; k++) {
            d[k] = (double) r[k] / det;
        }
        return d;
    }
}
