package org.ionmat.learn.eval;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile-bootstrap confidence intervals of the mean absolute error and the root-mean-square
 * error of a test set: the rows are resampled with replacement, so the interval says how much the
 * metric would move on another test set of the same size from the same distribution (the model
 * is held fixed). The paired form resamples the same rows for two models' predictions, which is
 * how a difference between two models on one test set is judged.
 */
public final class BootstrapErrors {

    /**
     * A metric and its interval.
     *
     * @param estimate value on the full test set
     * @param lower    lower percentile bound
     * @param upper    upper percentile bound
     */
    public record Interval(double estimate, double lower, double upper) {
    }

    /**
     * Intervals of MAE and RMSE (for {@link #difference}: of model a's metric minus model b's).
     *
     * @param mae        mean absolute error, target units
     * @param rmse       root-mean-square error, target units
     * @param level      coverage of the intervals, e.g. 0.95
     * @param resamples  bootstrap resamples
     */
    public record Result(Interval mae, Interval rmse, double level, int resamples) {
    }

    private BootstrapErrors() {
    }

    /** Intervals of one model's MAE and RMSE; {@code seed} fixes the resamples. */
    public static Result of(double[] truth, double[] predicted, int resamples, double level, long seed) {
        return compute(truth, predicted, null, resamples, level, seed);
    }

    /**
     * Intervals of MAE(a) − MAE(b) and RMSE(a) − RMSE(b) on the same rows, each resample drawing the
     * same rows for both models; an interval that excludes 0 means the difference is unlikely to be
     * an accident of this test set.
     */
    public static Result difference(double[] truth, double[] a, double[] b, int resamples, double level, long seed) {
        if (b.length != truth.length) {
            throw new IllegalArgumentException("need equal lengths");
        }
        return compute(truth, a, b, resamples, level, seed);
    }

    private static Result compute(double[] truth, double[] a, double[] b, int resamples, double level, long seed) {
        int n = truth.length;
        if (a.length != n || n == 0) {
            throw new IllegalArgumentException("need equal, non-zero lengths");
        }
        if (resamples < 1) {
            throw new IllegalArgumentException("need at least one resample");
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1)");
        }
        double[] absA = new double[n];
        double[] sqA = new double[n];
        double[] absB = b == null ? null : new double[n];
        double[] sqB = b == null ? null : new double[n];
        for (int i = 0; i < n; i++) {
            double e = a[i] - truth[i];
            absA[i] = Math.abs(e);
            sqA[i] = e * e;
            if (b != null) {
                double f = b[i] - truth[i];
                absB[i] = Math.abs(f);
                sqB[i] = f * f;
            }
        }
        double[] mae = new double[resamples];
        double[] rmse = new double[resamples];
        SplittableRandom random = new SplittableRandom(seed);
        for (int r = 0; r < resamples; r++) {
            double sa = 0;
            double qa = 0;
            double sb = 0;
            double qb = 0;
            for (int k = 0; k < n; k++) {
                int i = random.nextInt(n);
                sa += absA[i];
                qa += sqA[i];
                if (b != null) {
                    sb += absB[i];
                    qb += sqB[i];
                }
            }
            mae[r] = (sa - sb) / n;
            rmse[r] = Math.sqrt(qa / n) - (b == null ? 0 : Math.sqrt(qb / n));
        }
        double fullMae = mean(absA) - (b == null ? 0 : mean(absB));
        double fullRmse = Math.sqrt(mean(sqA)) - (b == null ? 0 : Math.sqrt(mean(sqB)));
        return new Result(interval(fullMae, mae, level), interval(fullRmse, rmse, level), level, resamples);
    }

    private static Interval interval(double estimate, double[] samples, double level) {
        Arrays.sort(samples);
        double tail = (1 - level) / 2;
        return new Interval(estimate, percentile(samples, tail), percentile(samples, 1 - tail));
    }

    /** Linear interpolation between order statistics (NumPy's default 'linear' method). */
    static double percentile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
