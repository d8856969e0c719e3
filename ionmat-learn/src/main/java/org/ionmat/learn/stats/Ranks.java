package org.ionmat.learn.stats;

import java.util.Arrays;

/** Ranks of values (1-based), ties sharing their average rank, as {@code scipy.stats.rankdata(method='average')}. */
public final class Ranks {

    private Ranks() {
    }

    /**
     * Average ranks of finite values.
     *
     * @param x values (no NaN)
     * @return ranks 1..n; tied values get the mean of the ranks they span
     */
    public static double[] average(double[] x) {
        int n = x.length;
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> Double.compare(x[a], x[b]));
        double[] r = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && x[boxed[j + 1]] == x[boxed[i]]) {
                j++;
            }
            double avg = 0.5 * (i + j) + 1;
            for (int k = i; k <= j; k++) {
                r[boxed[k]] = avg;
            }
            i = j + 1;
        }
        return r;
    }

    /**
     * Average ranks of the non-missing values; missing (NaN) values keep NaN and do not take part.
     */
    public static double[] averageIgnoringMissing(double[] x) {
        int m = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                m++;
            }
        }
        double[] present = new double[m];
        int k = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                present[k++] = v;
            }
        }
        double[] rp = average(present);
        double[] r = new double[x.length];
        k = 0;
        for (int i = 0; i < x.length; i++) {
            r[i] = Double.isNaN(x[i]) ? Double.NaN : rp[k++];
        }
        return r;
    }
}
