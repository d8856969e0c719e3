package org.ionmat.simulate.md;

/** Mean and variance of a correlated time series with block-averaging error bars (test helper). */
record BlockStats(double mean, double meanError, double variance, double varianceError) {

    /** Statistics from {@code blocks} equal blocks of the series. */
    static BlockStats of(double[] x, int blocks) {
        int len = x.length / blocks;
        double mean = 0;
        for (int i = 0; i < len * blocks; i++) {
            mean += x[i];
        }
        mean /= len * blocks;
        double[] bm = new double[blocks];
        double[] bv = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            double m = 0;
            double v = 0;
            for (int i = b * len; i < (b + 1) * len; i++) {
                m += x[i];
                v += (x[i] - mean) * (x[i] - mean);
            }
            bm[b] = m / len;
            bv[b] = v / len;
        }
        double var = 0;
        for (double v : bv) {
            var += v;
        }
        var /= blocks;
        return new BlockStats(mean, sem(bm), var, sem(bv));
    }

    private static double sem(double[] a) {
        double m = 0;
        for (double v : a) {
            m += v;
        }
        m /= a.length;
        double s = 0;
        for (double v : a) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / (a.length - 1) / a.length);
    }

    /** Number of standard errors between the mean and {@code expected}. */
    double meanZ(double expected) {
        return Math.abs(mean - expected) / meanError;
    }

    /** Number of standard errors between the variance and {@code expected}. */
    double varianceZ(double expected) {
        return Math.abs(variance - expected) / varianceError;
    }
}
