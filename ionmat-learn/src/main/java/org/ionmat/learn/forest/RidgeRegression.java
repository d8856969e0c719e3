package org.ionmat.learn.forest;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

import org.ionmat.core.InvalidInputException;

/**
 * Linear least squares with an L2 penalty on standardised features (scikit-learn's {@code Ridge}
 * after {@code StandardScaler}): minimises {@code |y − b − Z w|² + α|w|²} where Z are the features
 * centred and divided by their standard deviation (constant features get weight 0); the intercept
 * b is not penalised. Immutable.
 */
public final class RidgeRegression {

    private final double[] mean;
    private final double[] scale;
    private final double[] weights;
    private final double intercept;
    private final double alpha;

    /** A fitted model from its numbers (for loading). */
    public RidgeRegression(double[] mean, double[] scale, double[] weights, double intercept, double alpha) {
        this.mean = mean.clone();
        this.scale = scale.clone();
        this.weights = weights.clone();
        this.intercept = intercept;
        this.alpha = alpha;
    }

    /** Fits the model. */
    public static RidgeRegression fit(double[][] x, double[] y, double alpha) {
        int n = x.length;
        if (n == 0 || n != y.length || !(alpha >= 0)) {
            throw new InvalidInputException("ridge: need rows, equal targets and alpha >= 0");
        }
        int f = x[0].length;
        double[] mu = new double[f];
        double[] sd = new double[f];
        for (double[] r : x) {
            for (int j = 0; j < f; j++) {
                mu[j] += r[j] / n;
            }
        }
        for (double[] r : x) {
            for (int j = 0; j < f; j++) {
                sd[j] += (r[j] - mu[j]) * (r[j] - mu[j]) / n;
            }
        }
        for (int j = 0; j < f; j++) {
            sd[j] = sd[j] > 1e-24 ? Math.sqrt(sd[j]) : 0;
        }
        double ym = 0;
        for (double v : y) {
            ym += v / n;
        }
        DMatrixRMaj z = new DMatrixRMaj(n, f);
        DMatrixRMaj yc = new DMatrixRMaj(n, 1);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < f; j++) {
                z.set(i, j, sd[j] > 0 ? (x[i][j] - mu[j]) / sd[j] : 0);
            }
            yc.set(i, 0, y[i] - ym);
        }
        DMatrixRMaj a = new DMatrixRMaj(f, f);
        CommonOps_DDRM.multTransA(z, z, a);
        for (int j = 0; j < f; j++) {
            a.add(j, j, sd[j] > 0 ? alpha : 1);
        }
        DMatrixRMaj b = new DMatrixRMaj(f, 1);
        CommonOps_DDRM.multTransA(z, yc, b);
        DMatrixRMaj w = new DMatrixRMaj(f, 1);
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.symmPosDef(f);
        if (!solver.setA(a)) {
            solver = LinearSolverFactory_DDRM.pseudoInverse(true);
            solver.setA(a);
        }
        solver.solve(b, w);
        return new RidgeRegression(mu, sd, w.getData(), ym, alpha);
    }

    /** Predictions. */
    public double[] predict(double[][] x) {
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double s = intercept;
            for (int j = 0; j < weights.length; j++) {
                if (scale[j] > 0) {
                    s += weights[j] * (x[i][j] - mean[j]) / scale[j];
                }
            }
            r[i] = s;
        }
        return r;
    }

    /** Feature means. */
    public double[] mean() {
        return mean.clone();
    }

    /** Feature standard deviations (0: constant, ignored). */
    public double[] scale() {
        return scale.clone();
    }

    /** Weights of the standardised features. */
    public double[] weights() {
        return weights.clone();
    }

    /** Intercept (the target mean). */
    public double intercept() {
        return intercept;
    }

    /** Penalty α. */
    public double alpha() {
        return alpha;
    }
}
