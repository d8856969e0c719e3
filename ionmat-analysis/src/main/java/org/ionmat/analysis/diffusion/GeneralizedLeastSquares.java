package org.ionmat.analysis.diffusion;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * Generalised least squares: the β minimising (y − Xβ)^T Σ^-1 (y − Xβ) for a known covariance Σ of
 * the observations, solved by whitening with the Cholesky factor of Σ (Aitken's estimator). The
 * parameter covariance is (X^T Σ^-1 X)^-1 when Σ is right.
 */
final class GeneralizedLeastSquares {

    /**
     * @param beta       parameters
     * @param covariance (X^T Σ^-1 X)^-1
     * @param chi2       residual (y − Xβ)^T Σ^-1 (y − Xβ)
     * @param dof        observations minus parameters
     */
    record Result(double[] beta, double[][] covariance, double chi2, int dof) {
    }

    private GeneralizedLeastSquares() {
    }

    static Result fit(double[][] x, double[] y, double[][] sigma) {
        int m = y.length;
        int p = x[0].length;
        double[][] l = cholesky(sigma);
        // whiten: solve L z = y and L W = X
        double[] z = forward(l, y);
        double[][] w = new double[m][p];
        double[] col = new double[m];
        for (int j = 0; j < p; j++) {
            for (int i = 0; i < m; i++) {
                col[i] = x[i][j];
            }
            double[] s = forward(l, col);
            for (int i = 0; i < m; i++) {
                w[i][j] = s[i];
            }
        }
        double[][] a = new double[p][p];
        double[] b = new double[p];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < p; j++) {
                b[j] += w[i][j] * z[i];
                for (int k = 0; k < p; k++) {
                    a[j][k] += w[i][j] * w[i][k];
                }
            }
        }
        RealMatrix inv = MatrixUtils.inverse(MatrixUtils.createRealMatrix(a));
        double[] beta = inv.operate(b);
        double chi2 = 0;
        for (int i = 0; i < m; i++) {
            double r = z[i];
            for (int j = 0; j < p; j++) {
                r -= w[i][j] * beta[j];
            }
            chi2 += r * r;
        }
        return new Result(beta, inv.getData(), chi2, m - p);
    }

    /** Lower Cholesky factor; a tiny diagonal jitter is added if Σ is numerically singular. */
    private static double[][] cholesky(double[][] sigma) {
        int m = sigma.length;
        double maxDiag = 0;
        for (int i = 0; i < m; i++) {
            maxDiag = Math.max(maxDiag, sigma[i][i]);
        }
        double jitter = 0;
        for (int attempt = 0; attempt < 8; attempt++) {
            double[][] s = new double[m][];
            for (int i = 0; i < m; i++) {
                s[i] = sigma[i].clone();
                s[i][i] += jitter;
            }
            try {
                return new CholeskyDecomposition(MatrixUtils.createRealMatrix(s), 1e-9, 0.0).getL().getData();
            } catch (MathIllegalArgumentException e) {
                jitter = jitter == 0 ? 1e-12 * maxDiag : jitter * 100;
            }
        }
        throw new IllegalStateException("MSD covariance is not positive definite");
    }

    private static double[] forward(double[][] l, double[] y) {
        int m = y.length;
        double[] z = new double[m];
        for (int i = 0; i < m; i++) {
            double s = y[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * z[k];
            }
            z[i] = s / l[i][i];
        }
        return z;
    }
}
