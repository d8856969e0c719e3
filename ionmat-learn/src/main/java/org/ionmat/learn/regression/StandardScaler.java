package org.ionmat.learn.regression;

/**
 * Standardizes features to zero mean and unit variance, as scikit-learn's {@code StandardScaler}:
 * population standard deviation (ddof = 0), a constant feature is only centred (scale 1), missing
 * values (NaN) are ignored when fitting and stay NaN when transforming.
 */
public final class StandardScaler {

    private final double[] mean;
    private final double[] scale;

    private StandardScaler(double[] mean, double[] scale) {
        this.mean = mean;
        this.scale = scale;
    }

    /** Fits means and scales on the rows of x. */
    public static StandardScaler fit(double[][] x) {
        int d = x.length == 0 ? 0 : x[0].length;
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (int a = 0; a < d; a++) {
            double s = 0;
            int n = 0;
            for (double[] row : x) {
                if (!Double.isNaN(row[a])) {
                    s += row[a];
                    n++;
                }
            }
            double m = n == 0 ? 0 : s / n;
            double v = 0;
            for (double[] row : x) {
                if (!Double.isNaN(row[a])) {
                    v += (row[a] - m) * (row[a] - m);
                }
            }
            double sd = n == 0 ? 0 : Math.sqrt(v / n);
            mean[a] = m;
            scale[a] = sd > 0 ? sd : 1;
        }
        return new StandardScaler(mean, scale);
    }

    /** Standardized copy of x. */
    public double[][] transform(double[][] x) {
        double[][] r = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            r[i] = new double[mean.length];
            for (int a = 0; a < mean.length; a++) {
                r[i][a] = (x[i][a] - mean[a]) / scale[a];
            }
        }
        return r;
    }

    /** Fitted means. */
    public double[] mean() {
        return mean.clone();
    }

    /** Fitted scales (standard deviations, 1 for constant features). */
    public double[] scale() {
        return scale.clone();
    }
}
