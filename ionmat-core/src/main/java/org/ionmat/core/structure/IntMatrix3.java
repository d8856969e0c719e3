package org.ionmat.core.structure;

/** Small helpers for 3x3 integer matrices stored row-major in {@code long[9]}. */
final class IntMatrix3 {

    private IntMatrix3() {
    }

    static long[] identity() {
        return new long[] {1, 0, 0, 0, 1, 0, 0, 0, 1};
    }

    /** Product {@code a · b}. */
    static long[] multiply(long[] a, long[] b) {
        long[] r = new long[9];
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                r[3 * i + k] = Math.addExact(Math.addExact(Math.multiplyExact(a[3 * i], b[k]),
                        Math.multiplyExact(a[3 * i + 1], b[3 + k])), Math.multiplyExact(a[3 * i + 2], b[6 + k]));
            }
        }
        return r;
    }

    static long det(long[] a) {
        return a[0] * (a[4] * a[8] - a[5] * a[7])
                - a[1] * (a[3] * a[8] - a[5] * a[6])
                + a[2] * (a[3] * a[7] - a[4] * a[6]);
    }

    /** Inverse of a unimodular matrix (det ±1), exact. */
    static long[] inverseUnimodular(long[] a) {
        long d = det(a);
        if (d != 1 && d != -1) {
            throw new IllegalArgumentException("matrix is not unimodular (det " + d + ")");
        }
        return new long[] {
            d * (a[4] * a[8] - a[5] * a[7]), d * (a[2] * a[7] - a[1] * a[8]), d * (a[1] * a[5] - a[2] * a[4]),
            d * (a[5] * a[6] - a[3] * a[8]), d * (a[0] * a[8] - a[2] * a[6]), d * (a[2] * a[3] - a[0] * a[5]),
            d * (a[3] * a[7] - a[4] * a[6]), d * (a[1] * a[6] - a[0] * a[7]), d * (a[0] * a[4] - a[1] * a[3])
        };
    }

    /** Rows of {@code t · m} for an integer {@code t} and a real row-major {@code m}. */
    static double[] apply(long[] t, double[] m) {
        double[] r = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                r[3 * i + k] = t[3 * i] * m[k] + t[3 * i + 1] * m[3 + k] + t[3 * i + 2] * m[6 + k];
            }
        }
        return r;
    }

    static int[][] toIntArray(long[] t) {
        int[][] r = new int[3][3];
        for (int i = 0; i < 9; i++) {
            r[i / 3][i % 3] = Math.toIntExact(t[i]);
        }
        return r;
    }

    static long[] fromIntArray(int[][] t) {
        if (t.length != 3 || t[0].length != 3 || t[1].length != 3 || t[2].length != 3) {
            throw new IllegalArgumentException("matrix must be 3x3");
        }
        long[] r = new long[9];
        for (int i = 0; i < 9; i++) {
            r[i] = t[i / 3][i % 3];
        }
        return r;
    }
}
