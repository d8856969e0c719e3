package org.ionmat.learn.regression;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Kernel ridge regression with the linear kernel k(x, x') = x·x', as scikit-learn's
 * {@code KernelRidge(kernel="linear", alpha=α)} (seed paper 001, Fig. S7, best α = 1): dual
 * coefficients c = (K + αI)⁻¹ y with K = X Xᵀ, predictions K(X*, X) c; no intercept. With
 * {@link #centered} the training mean of y is subtracted before and added back after (an
 * unpenalized intercept for centred inputs, such as standardized features), which scikit-learn's
 * KernelRidge lacks: without it a target far from zero (log10 D ≈ −6) is predicted near zero.
 */
public final class LinearKernelRidge implements Regressor {

    private final double alpha;
    private final boolean center;

    /** Regularization α &gt; 0, no intercept (as scikit-learn). */
    public LinearKernelRidge(double alpha) {
        this(alpha, false);
    }

    private LinearKernelRidge(double alpha, boolean center) {
        if (!(alpha > 0)) {
            throw new org.ionmat.core.InvalidInputException("kernel ridge alpha must be positive, got " + alpha);
        }
        this.alpha = alpha;
        this.center = center;
    }

    /** Regularization α &gt; 0 with the target centred on its training mean. */
    public static LinearKernelRidge centered(double alpha) {
        return new LinearKernelRidge(alpha, true);
    }

    @Override
    public String name() {
        return "kernel-ridge(linear, alpha=" + alpha + (center ? ", centred target" : "") + ")";
    }

    @Override
    public Model fit(double[][] x, double[] yIn, long seed) {
        int n = x.length;
        double offset = center ? Metrics.mean(yIn) : 0;
        double[] y = yIn.clone();
        for (int i = 0; i < n; i++) {
            y[i] -= offset;
        }
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
                p[i] = dot(xs[i], w) + offset;
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
