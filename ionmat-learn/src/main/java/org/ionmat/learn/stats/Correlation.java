package org.ionmat.learn.stats;

import org.hipparchus.distribution.continuous.TDistribution;

/**
 * Correlation of two samples with its two-sided p-value.
 *
 * <p>The p-value is the probability of a correlation at least as large in magnitude under the null
 * hypothesis of no correlation, from Student's t = r √((n−2)/(1−r²)) with n−2 degrees of freedom
 * (the test of scipy's {@code pearsonr} and {@code spearmanr}). Pairs where either value is missing
 * (NaN) are left out (pairwise deletion); Spearman ranks are taken over the remaining pairs only.
 *
 * @param r correlation coefficient in [−1, 1]; NaN when fewer than 3 complete pairs or a constant sample
 * @param p two-sided p-value; NaN when r is NaN; 0 when |r| = 1
 * @param n number of complete pairs used
 */
public record Correlation(double r, double p, int n) {

    /** The paper's threshold of "statistical significance" (seed 001): p &lt; 0.2. */
    public static final double PAPER_SIGNIFICANCE = 0.2;

    /** True when p &lt; alpha. */
    public boolean significant(double alpha) {
        return p < alpha;
    }

    /** Correlation of x and y by the given method with pairwise deletion of missing values. */
    public static Correlation of(CorrelationMethod method, double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("samples differ in length: " + x.length + " and " + y.length);
        }
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                n++;
            }
        }
        double[] a = new double[n];
        double[] b = new double[n];
        int k = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                a[k] = x[i];
                b[k] = y[i];
                k++;
            }
        }
        if (method == CorrelationMethod.SPEARMAN) {
            a = Ranks.average(a);
            b = Ranks.average(b);
        }
        return ofComplete(a, b);
    }

    /** Pearson correlation of complete samples (no NaN) with its p-value. */
    static Correlation ofComplete(double[] a, double[] b) {
        int n = a.length;
        if (n < 3) {
            return new Correlation(Double.NaN, Double.NaN, n);
        }
        double r = pearson(a, b);
        return new Correlation(r, pValue(r, n), n);
    }

    /** Pearson's r of complete samples (two-pass, centred); NaN if either sample is constant. */
    static double pearson(double[] a, double[] b) {
        int n = a.length;
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= n;
        mb /= n;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            double da = a[i] - ma;
            double db = b[i] - mb;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }
        if (saa == 0 || sbb == 0) {
            return Double.NaN;
        }
        double r = sab / (Math.sqrt(saa) * Math.sqrt(sbb));
        return Math.max(-1.0, Math.min(1.0, r));
    }

    /**
     * Two-sided p-value of a correlation r from n pairs: 2 P(T &gt; |t|) for Student's T with n−2
     * degrees of freedom and t = r √((n−2)/(1−r²)).
     */
    public static double pValue(double r, int n) {
        if (Double.isNaN(r) || n < 3) {
            return Double.NaN;
        }
        double ar = Math.abs(r);
        if (ar >= 1) {
            return 0;
        }
        int dof = n - 2;
        double t = ar * Math.sqrt(dof / ((1 - ar) * (1 + ar)));
        return 2 * new TDistribution(dof).cumulativeProbability(-t);
    }
}
