package org.ionmat.core.symmetry.analysis;

import org.ionmat.core.math.Mat3;

/**
 * 3x3 matrix and 3-vector helpers of the symmetry search on row-major primitive arrays (9 and 3
 * numbers), integer and real; real determinant and inverse are {@link Mat3}'s. Matrices act on
 * column vectors: {@code y = A x}.
 */
final class Matrices {

    static final int[] IDENTITY = {1, 0, 0, 0, 1, 0, 0, 0, 1};

    private Matrices() {
    }

    static int[] mul(int[] a, int[] b) {
        int[] c = new int[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                c[3 * i + j] = a[3 * i] * b[j] + a[3 * i + 1] * b[3 + j] + a[3 * i + 2] * b[6 + j];
            }
        }
        return c;
    }

    static double[] mul(double[] a, double[] b) {
        double[] c = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                c[3 * i + j] = a[3 * i] * b[j] + a[3 * i + 1] * b[3 + j] + a[3 * i + 2] * b[6 + j];
            }
        }
        return c;
    }

    static double[] mul(double[] a, int[] b) {
        return mul(a, toDouble(b));
    }

    static double[] mul(int[] a, double[] b) {
        return mul(toDouble(a), b);
    }

    static int[] mulVec(int[] a, int[] x) {
        return new int[] {
            a[0] * x[0] + a[1] * x[1] + a[2] * x[2],
            a[3] * x[0] + a[4] * x[1] + a[5] * x[2],
            a[6] * x[0] + a[7] * x[1] + a[8] * x[2]
        };
    }

    static double[] mulVec(double[] a, double[] x) {
        return new double[] {
            a[0] * x[0] + a[1] * x[1] + a[2] * x[2],
            a[3] * x[0] + a[4] * x[1] + a[5] * x[2],
            a[6] * x[0] + a[7] * x[1] + a[8] * x[2]
        };
    }

    static double[] mulVec(int[] a, double[] x) {
        return new double[] {
            a[0] * x[0] + a[1] * x[1] + a[2] * x[2],
            a[3] * x[0] + a[4] * x[1] + a[5] * x[2],
            a[6] * x[0] + a[7] * x[1] + a[8] * x[2]
        };
    }

    static int det(int[] a) {
        return a[0] * (a[4] * a[8] - a[5] * a[7]) - a[1] * (a[3] * a[8] - a[5] * a[6])
                + a[2] * (a[3] * a[7] - a[4] * a[6]);
    }

    static double det(double[] a) {
        return Mat3.det(a);
    }

    static int trace(int[] a) {
        return a[0] + a[4] + a[8];
    }

    static double[] inverse(double[] a) {
        return Mat3.inverse(a);
    }

    /** Inverse of an integer matrix with determinant +1 or -1. */
    static int[] inverseUnimodular(int[] a) {
        int d = det(a);
        if (d != 1 && d != -1) {
            throw new IllegalArgumentException("matrix is not unimodular (det " + d + ")");
        }
        return new int[] {
            (a[4] * a[8] - a[5] * a[7]) * d, (a[2] * a[7] - a[1] * a[8]) * d, (a[1] * a[5] - a[2] * a[4]) * d,
            (a[5] * a[6] - a[3] * a[8]) * d, (a[0] * a[8] - a[2] * a[6]) * d, (a[2] * a[3] - a[0] * a[5]) * d,
            (a[3] * a[7] - a[4] * a[6]) * d, (a[1] * a[6] - a[0] * a[7]) * d, (a[0] * a[4] - a[1] * a[3]) * d
        };
    }

    static int[] transpose(int[] a) {
        return new int[] {a[0], a[3], a[6], a[1], a[4], a[7], a[2], a[5], a[8]};
    }

    static double[] transpose(double[] a) {
        return new double[] {a[0], a[3], a[6], a[1], a[4], a[7], a[2], a[5], a[8]};
    }

    static int[] negate(int[] a) {
        int[] r = new int[9];
        for (int i = 0; i < 9; i++) {
            r[i] = -a[i];
        }
        return r;
    }

    static double[] toDouble(int[] a) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i];
        }
        return r;
    }

    /** The nearest integer matrix if every element is within {@code tol} of an integer, else null. */
    static int[] toIntOrNull(double[] a, double tol) {
        int[] r = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            double v = Math.rint(a[i]);
            if (Math.abs(a[i] - v) > tol) {
                return null;
            }
            r[i] = (int) v;
        }
        return r;
    }

    /** The product {@code a W b}, e.g. {@code P W P^-1} for a rotation W under a change of basis. */
    static double[] conjugate(double[] a, int[] w, double[] b) {
        return mul(mul(a, w), b);
    }

    /** Metric tensor {@code G = M M^T} of a lattice whose rows are the basis vectors. */
    static double[] metric(double[] lattice) {
        double[] g = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                g[3 * i + j] = lattice[3 * i] * lattice[3 * j] + lattice[3 * i + 1] * lattice[3 * j + 1]
                        + lattice[3 * i + 2] * lattice[3 * j + 2];
            }
        }
        return g;
    }

    /** Squared length {@code x^T G x} of a fractional vector under metric {@code g}. */
    static double norm2(double[] g, double x, double y, double z) {
        return g[0] * x * x + g[4] * y * y + g[8] * z * z + 2 * (g[1] * x * y + g[2] * x * z + g[5] * y * z);
    }

    /** Lattice rows of the basis given by the columns of {@code p} (old fractional coordinates). */
    static double[] changeBasisLattice(double[] lattice, double[] p) {
        return mul(transpose(p), lattice);
    }

    static boolean equal(int[] a, int[] b) {
        return java.util.Arrays.equals(a, b);
    }

    /** Fractional part in [0, 1). */
    static double wrap(double x) {
        double v = x - Math.floor(x);
        return v >= 1 ? 0 : v;
    }
}
