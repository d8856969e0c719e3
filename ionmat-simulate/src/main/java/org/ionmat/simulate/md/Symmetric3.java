package org.ionmat.simulate.md;

/**
 * Eigen-decomposition of symmetric 3x3 matrices by cyclic Jacobi rotations, without allocation
 * (for the matrix exponentials of a flexible-cell barostat).
 */
final class Symmetric3 {

    private Symmetric3() {
    }

    /**
     * Decomposes the symmetric matrix {@code a} (row-major; only its symmetric part is used) as
     * a = U diag(values) Uᵀ.
     *
     * @param a       the matrix (not modified)
     * @param values  out: the 3 eigenvalues
     * @param vectors out: U, row-major, eigenvectors in the columns
     * @param work    scratch array of 9 numbers
     */
    static void eigen(double[] a, double[] values, double[] vectors, double[] work) {
        double[] m = work;
        m[0] = a[0];
        m[4] = a[4];
        m[8] = a[8];
        m[1] = m[3] = 0.5 * (a[1] + a[3]);
        m[2] = m[6] = 0.5 * (a[2] + a[6]);
        m[5] = m[7] = 0.5 * (a[5] + a[7]);
        double[] u = vectors;
        java.util.Arrays.fill(u, 0);
        u[0] = u[4] = u[8] = 1;
        for (int sweep = 0; sweep < 50; sweep++) {
            double off = m[1] * m[1] + m[2] * m[2] + m[5] * m[5];
            double diag = m[0] * m[0] + m[4] * m[4] + m[8] * m[8];
            if (off <= 1e-30 * diag || off == 0) {
                break;
            }
            rotate(m, u, 0, 1);
            rotate(m, u, 0, 2);
            rotate(m, u, 1, 2);
        }
        values[0] = m[0];
        values[1] = m[4];
        values[2] = m[8];
    }

    /** One Jacobi rotation zeroing m[p][q]; accumulates U ← U·J. */
    private static void rotate(double[] m, double[] u, int p, int q) {
        double apq = m[3 * p + q];
        if (apq == 0) {
            return;
        }
        double app = m[3 * p + p];
        double aqq = m[3 * q + q];
        double theta = (aqq - app) / (2 * apq);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        for (int k = 0; k < 3; k++) {
            double mkp = m[3 * k + p];
            double mkq = m[3 * k + q];
            m[3 * k + p] = c * mkp - s * mkq;
            m[3 * k + q] = s * mkp + c * mkq;
        }
        for (int k = 0; k < 3; k++) {
            double mpk = m[3 * p + k];
            double mqk = m[3 * q + k];
            m[3 * p + k] = c * mpk - s * mqk;
            m[3 * q + k] = s * mpk + c * mqk;
        }
        for (int k = 0; k < 3; k++) {
            double ukp = u[3 * k + p];
            double ukq = u[3 * k + q];
            u[3 * k + p] = c * ukp - s * ukq;
            u[3 * k + q] = s * ukp + c * ukq;
        }
    }

    /** sinh(x)/x, accurate near 0. */
    static double sinhc(double x) {
        double ax = Math.abs(x);
        if (ax < 1e-4) {
            double x2 = x * x;
            return 1 + x2 / 6 * (1 + x2 / 20);
        }
        return Math.sinh(x) / x;
    }
}
