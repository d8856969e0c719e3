package org.ionmat.core.math;

/**
 * Small helpers for 3x3 matrices stored row-major in {@code double[9]} (element (i, j) at
 * {@code 3 * i + j}), the layout of lattice matrices throughout ionmat.
 */
public final class Mat3 {

    private Mat3() {
    }

    /** Determinant. */
    public static double det(double[] a) {
        return a[0] * (a[4] * a[8] - a[5] * a[7])
                - a[1] * (a[3] * a[8] - a[5] * a[6])
                + a[2] * (a[3] * a[7] - a[4] * a[6]);
    }

    /** Inverse (the caller ensures the matrix is not singular). */
    public static double[] inverse(double[] a) {
        double d = det(a);
        return new double[] {
            (a[4] * a[8] - a[5] * a[7]) / d, (a[2] * a[7] - a[1] * a[8]) / d, (a[1] * a[5] - a[2] * a[4]) / d,
            (a[5] * a[6] - a[3] * a[8]) / d, (a[0] * a[8] - a[2] * a[6]) / d, (a[2] * a[3] - a[0] * a[5]) / d,
            (a[3] * a[7] - a[4] * a[6]) / d, (a[1] * a[6] - a[0] * a[7]) / d, (a[0] * a[4] - a[1] * a[3]) / d
        };
    }

    /** Product {@code a · b}. */
    public static double[] multiply(double[] a, double[] b) {
        double[] c = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                c[3 * i + j] = a[3 * i] * b[j] + a[3 * i + 1] * b[3 + j] + a[3 * i + 2] * b[6 + j];
            }
        }
        return c;
    }

    /** Row-major copy of a 3x3 integer matrix as doubles. */
    public static double[] of(int[][] t) {
        return new double[] {t[0][0], t[0][1], t[0][2], t[1][0], t[1][1], t[1][2], t[2][0], t[2][1], t[2][2]};
    }

    /** Row-major copy of a 3x3 matrix. */
    public static double[] of(double[][] t) {
        return new double[] {t[0][0], t[0][1], t[0][2], t[1][0], t[1][1], t[1][2], t[2][0], t[2][1], t[2][2]};
    }

    /** Row vector times matrix: v · m. */
    public static double[] rowTimes(double[] v, double[] m) {
        return new double[] {
            v[0] * m[0] + v[1] * m[3] + v[2] * m[6],
            v[0] * m[1] + v[1] * m[4] + v[2] * m[7],
            v[0] * m[2] + v[1] * m[5] + v[2] * m[8]
        };
    }
}
