package org.ionmat.learn.regression;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Kernel ridge regression with the linear kernel k(x, x') = x·x', as scikit-learn's
 * {@code KernelRidge(kernel="linear", alpha=α)} (seed paper 001, Fig. S7, best α = 1): dual
 * coefficients c = (K + αI)⁻¹ y with K = X Xᵀ, predictions K(X*, X) c; no intercept.
 */
public final class LinearKernelRidge implements Regressor {

    private final double alpha;

    /** Regularization α &gt; 0. */
    public LinearKernelRidge(double alpha) {
        if (!(alpha > 0)) {
            throw new org.ionmat.core.InvalidInputException("kernel ridge alpha must be positive, got " + alpha);
        }
        this.alpha = alpha;
    }

    @Override
    public String name() {
        return "kernel-ridge(linear, alpha=" + alpha + ")";
    }

    @Override
    public Model fit(double[][] x, double[] y, long seed) {
        int n = x.length;
        DMatrixRMaj k = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = dot(x[i], x[j]);
                k.unsafe_set(i, j, s + (i == j ? alpha : 0));
                k.unsafe_set(j, i, s + (i == j ? alpha : 0));
            }
        }
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.symmPosDef(n);
        if (!solver.setA(k)) {
            throw new IllegalStateException("kernel matrix is not positive definite");
        }
        DMatrixRMaj b = new DMatrixRMaj(n, 1, true, y);
        DMatrixRMaj c = new DMatrixRMaj(n, 1);
        solver.solve(b, c);
        // primal weights w = Xᵀ c give the same predictions
        int d = n == 0 ? 0 : x[0].length;
        double[] w = new double[d];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < d; a++) {
                w[a] += x[i][a] * c.get(i);
            }
        }
        return xs -> {
            double[] p = new double[xs.length];
            for (int i = 0; i < xs.length; i++) {
                p[i] = dot(xs[i], w);
            }
            return p;
        };
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int q = 0; q < a.length; q++) {
            s += a[q] * b[q];
        }
        return s;
    }
}
