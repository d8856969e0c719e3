package org.ionmat.learn.eval;

/**
 * Point-prediction metrics.
 *
 * @param n    number of rows
 * @param mae  mean absolute error
 * @param rmse root-mean-square error
 * @param r2   coefficient of determination 1 − SS_res / SS_tot (scikit-learn's {@code r2_score})
 */
public record RegressionMetrics(int n, double mae, double rmse, double r2) {

    /** Metrics of predictions against true values. */
    public static RegressionMetrics of(double[] truth, double[] predicted) {
        int n = truth.length;
        if (predicted.length != n || n == 0) {
            throw new IllegalArgumentException("need equal, non-zero lengths");
        }
        double mean = 0;
        for (double t : truth) {
            mean += t;
        }
        mean /= n;
        double ae = 0;
        double se = 0;
        double st = 0;
        for (int i = 0; i < n; i++) {
            double e = predicted[i] - truth[i];
            ae += Math.abs(e);
            se += e * e;
            st += (truth[i] - mean) * (truth[i] - mean);
        }
        return new RegressionMetrics(n, ae / n, Math.sqrt(se / n), st > 0 ? 1 - se / st : Double.NaN);
    }
}
