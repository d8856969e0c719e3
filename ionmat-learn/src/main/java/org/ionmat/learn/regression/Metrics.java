package org.ionmat.learn.regression;

/** Regression error metrics. */
public final class Metrics {

    private Metrics() {
    }

    /**
     * Mean absolute percentage error of seed paper 001, Eq. (8): MAPE = (1/N) Σ |x⁰_i − x_i| / ⟨x⁰⟩,
     * with the mean of the reference values in the denominator (some references are exactly zero),
     * as a fraction (multiply by 100 for %).
     *
     * @param reference     database values x⁰
     * @param predicted     predictions x
     * @param referenceMean ⟨x⁰⟩ (its magnitude is used)
     */
    public static double mape(double[] reference, double[] predicted, double referenceMean) {
        double s = 0;
        for (int i = 0; i < reference.length; i++) {
            s += Math.abs(reference[i] - predicted[i]);
        }
        return s / reference.length / Math.abs(referenceMean);
    }

    /** Eq. (8) with ⟨x⁰⟩ the mean of {@code reference}. */
    public static double mape(double[] reference, double[] predicted) {
        return mape(reference, predicted, mean(reference));
    }

    /** Mean absolute error. */
    public static double mae(double[] reference, double[] predicted) {
        double s = 0;
        for (int i = 0; i < reference.length; i++) {
            s += Math.abs(reference[i] - predicted[i]);
        }
        return s / reference.length;
    }

    /** Root-mean-square error. */
    public static double rmse(double[] reference, double[] predicted) {
        double s = 0;
        for (int i = 0; i < reference.length; i++) {
            double d = reference[i] - predicted[i];
            s += d * d;
        }
        return Math.sqrt(s / reference.length);
    }

    /** Coefficient of determination R² = 1 − SS_res/SS_tot (NaN for a constant reference). */
    public static double r2(double[] reference, double[] predicted) {
        double m = mean(reference);
        double res = 0;
        double tot = 0;
        for (int i = 0; i < reference.length; i++) {
            res += (reference[i] - predicted[i]) * (reference[i] - predicted[i]);
            tot += (reference[i] - m) * (reference[i] - m);
        }
        return tot == 0 ? Double.NaN : 1 - res / tot;
    }

    /** Arithmetic mean. */
    public static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }
}
