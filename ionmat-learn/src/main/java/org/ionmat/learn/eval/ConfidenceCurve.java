package org.ionmat.learn.eval;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Confidence–error curves (thesis §4.3, Fig. 4.3): the mean absolute error of the points that
 * remain after removing the fraction {@code f} with the largest predicted uncertainty, against the
 * same curve for random orderings (mean ± standard deviation over {@code permutations} orderings,
 * thesis: 500) and for the ordering by the actual error (the oracle, a lower bound).
 *
 * @param fractions   fraction of points removed, ascending from 0
 * @param byUncertainty MAE of the remaining points, most uncertain removed first
 * @param oracle      MAE of the remaining points, largest errors removed first
 * @param randomMean  mean MAE over random orderings
 * @param randomStd   standard deviation over random orderings
 */
public record ConfidenceCurve(double[] fractions, double[] byUncertainty, double[] oracle, double[] randomMean,
        double[] randomStd) {

    /**
     * Computes the curves at {@code steps} equally spaced fractions in [0, 1).
     *
     * @param truth       true values
     * @param mean        predictions
     * @param uncertainty predicted σ (larger = less confident)
     */
    public static ConfidenceCurve of(double[] truth, double[] mean, double[] uncertainty, int steps, int permutations,
            long seed) {
        int n = truth.length;
        double[] err = new double[n];
        for (int i = 0; i < n; i++) {
            err[i] = Math.abs(truth[i] - mean[i]);
        }
        double[] f = new double[steps];
        for (int s = 0; s < steps; s++) {
            f[s] = (double) s / steps;
        }
        double[] byU = curve(err, order(uncertainty), f);
        double[] byE = curve(err, order(err), f);
        double[] sum = new double[steps];
        double[] sq = new double[steps];
        SplittableRandom rng = new SplittableRandom(seed);
        Integer[] idx = new Integer[n];
        int[] perm = new int[n];
        for (int p = 0; p < permutations; p++) {
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
            }
            double[] c = curve(err, perm, f);
            for (int s = 0; s < steps; s++) {
                sum[s] += c[s];
                sq[s] += c[s] * c[s];
            }
        }
        double[] rm = new double[steps];
        double[] rs = new double[steps];
        for (int s = 0; s < steps; s++) {
            rm[s] = sum[s] / permutations;
            rs[s] = Math.sqrt(Math.max(0, sq[s] / permutations - rm[s] * rm[s]));
        }
        return new ConfidenceCurve(f, byU, byE, rm, rs);
    }

    /** Indices sorted by descending key (removal order). */
    private static int[] order(double[] key) {
        Integer[] o = new Integer[key.length];
        for (int i = 0; i < o.length; i++) {
            o[i] = i;
        }
        Arrays.sort(o, (a, b) -> Double.compare(key[b], key[a]));
        return Arrays.stream(o).mapToInt(Integer::intValue).toArray();
    }

    /** MAE of the points left after removing the first round(f·n) in {@code removal} order. */
    private static double[] curve(double[] err, int[] removal, double[] f) {
        int n = err.length;
        double[] suffix = new double[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            suffix[i] = suffix[i + 1] + err[removal[i]];
        }
        double[] r = new double[f.length];
        for (int s = 0; s < f.length; s++) {
            int k = (int) Math.round(f[s] * n);
            k = Math.min(k, n - 1);
            r[s] = suffix[k] / (n - k);
        }
        return r;
    }

    /** Mean over fractions of (random − by-uncertainty) / (random − oracle): 1 = oracle, 0 = random. */
    public double rankingScore() {
        double s = 0;
        int c = 0;
        for (int i = 1; i < fractions.length; i++) {
            double span = randomMean[i] - oracle[i];
            if (span > 1e-12) {
                s += (randomMean[i] - byUncertainty[i]) / span;
                c++;
            }
        }
        return c == 0 ? Double.NaN : s / c;
    }
}
