package org.ionmat.learn.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ionmat.learn.model.Prediction;

/**
 * Chooses a σ recalibration method by K-fold cross-validation on the calibration rows: each
 * candidate is fitted on K−1 folds and its mean negative log-likelihood is taken on the rows of
 * the remaining fold, so a two-parameter method gets no in-sample edge. Of the candidates, the one
 * with the fewest parameters whose cross-validated NLL lies within one standard error of the best
 * is chosen (the one-standard-error rule; the standard error is that of the per-row NLL
 * differences to the best, which are paired); among equally simple ones the lower NLL wins.
 */
public final class SigmaMethodChoice {

    /** Fits a method to rows: truths, means, total σ and its epistemic and aleatoric parts. */
    @FunctionalInterface
    public interface Fitter {
        /**
         * @throws IllegalArgumentException when the method does not apply to these rows
         */
        SigmaFit fit(double[] truth, double[] mean, double[] sigma, double[] epistemic, double[] aleatoric);
    }

    /** A named method with its number of fitted parameters. */
    public record Candidate(String name, int parameters, Fitter fitter) {
    }

    /**
     * The outcome.
     *
     * @param chosen        name of the chosen method
     * @param best          name of the method with the lowest cross-validated NLL
     * @param crossValidatedNll per applicable method, the mean out-of-fold NLL per row
     * @param standardError per applicable method, the standard error of its mean per-row NLL difference to the best
     * @param skipped       methods that do not apply to these rows, with the reason
     * @param folds         number of folds
     */
    public record Result(String chosen, String best, Map<String, Double> crossValidatedNll,
            Map<String, Double> standardError, Map<String, String> skipped, int folds) {
    }

    /** Fewest rows for which a choice is made (each fold then holds at least 4). */
    public static final int MIN_ROWS = 20;

    private SigmaMethodChoice() {
    }

    /**
     * The recalibrations of {@code ionmat calibrate}: {@code scale} (one factor, {@link SigmaScaling}),
     * {@code components} (a factor per σ part, {@link ComponentScaling}) and {@code power}
     * (c·σ^b, {@link PowerScaling}).
     */
    public static List<Candidate> standardCandidates(ErrorDistribution d) {
        return List.of(new Candidate("scale", 1, (t, m, s, e, a) -> SigmaScaling.fit(t, m, s, d)),
                new Candidate("components", 2, (t, m, s, e, a) -> ComponentScaling.fit(t, m, e, a, d)),
                new Candidate("power", 2, (t, m, s, e, a) -> PowerScaling.fit(t, m, s, d)));
    }

    /**
     * Cross-validates the candidates on the rows and chooses one.
     *
     * @param folds number of folds K (2..rows)
     * @param seed  seed of the random assignment of rows to folds
     * @throws IllegalArgumentException for fewer than {@link #MIN_ROWS} rows, arrays of different
     *                                  lengths, or when no candidate applies
     */
    public static Result choose(List<Candidate> candidates, double[] truth, double[] mean, double[] sigma,
            double[] epistemic, double[] aleatoric, ErrorDistribution distribution, int folds, long seed) {
        int n = truth.length;
        if (mean.length != n || sigma.length != n || epistemic.length != n || aleatoric.length != n) {
            throw new IllegalArgumentException("need arrays of equal length");
        }
        if (n < MIN_ROWS) {
            throw new IllegalArgumentException("choosing a method by cross-validation needs at least " + MIN_ROWS
                    + " calibration rows, got " + n);
        }
        if (folds < 2 || folds > n) {
            throw new IllegalArgumentException("folds must lie in 2.." + n + ", got " + folds);
        }
        int[] fold = assignFolds(n, folds, seed);
        Map<String, double[]> perRow = new LinkedHashMap<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            try {
                c.fitter().fit(truth, mean, sigma, epistemic, aleatoric); // applicable to all rows at all?
                perRow.put(c.name(), outOfFold(c.fitter(), fold, folds, truth, mean, sigma, epistemic, aleatoric,
                        distribution));
            } catch (IllegalArgumentException e) {
                skipped.put(c.name(), e.getMessage());
            }
        }
        if (perRow.isEmpty()) {
            throw new IllegalArgumentException("no recalibration method applies to these rows: " + skipped);
        }
        Map<String, Double> cv = new LinkedHashMap<>();
        perRow.forEach((k, v) -> cv.put(k, mean(v)));
        String best = null;
        for (Map.Entry<String, Double> e : cv.entrySet()) {
            if (best == null || e.getValue() < cv.get(best)) {
                best = e.getKey();
            }
        }
        Map<String, Double> se = new LinkedHashMap<>();
        String chosen = null;
        int chosenParameters = Integer.MAX_VALUE;
        for (Candidate c : candidates) {
            double[] v = perRow.get(c.name());
            if (v == null) {
                continue;
            }
            double s = pairedStandardError(v, perRow.get(best));
            se.put(c.name(), s);
            double nll = cv.get(c.name());
            if (nll - cv.get(best) <= s && (c.parameters() < chosenParameters
                    || c.parameters() == chosenParameters && nll < cv.get(chosen))) {
                chosen = c.name();
                chosenParameters = c.parameters();
            }
        }
        return new Result(chosen, best, cv, se, skipped, folds);
    }

    /** Per row, the NLL under the method fitted to the other folds. */
    private static double[] outOfFold(Fitter fitter, int[] fold, int folds, double[] truth, double[] mean, double[] sigma,
            double[] epistemic, double[] aleatoric, ErrorDistribution distribution) {
        int n = truth.length;
        double[] nll = new double[n];
        for (int k = 0; k < folds; k++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                (fold[i] == k ? test : train).add(i);
            }
            SigmaFit f = fitter.fit(pick(truth, train), pick(mean, train), pick(sigma, train), pick(epistemic, train),
                    pick(aleatoric, train));
            double[] mu = pick(mean, test);
            Prediction p = f.map().apply(new Prediction(mu, pick(sigma, test), pick(epistemic, test),
                    pick(aleatoric, test)));
            for (int j = 0; j < test.size(); j++) {
                int i = test.get(j);
                nll[i] = distribution.negativeLogLikelihood(truth[i] - mean[i], p.std()[j]);
            }
        }
        return nll;
    }

    /** Balanced random folds: a seeded permutation dealt round-robin. */
    static int[] assignFolds(int n, int folds, long seed) {
        int[] perm = Splits.permutation(n, seed);
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) {
            fold[perm[i]] = i % folds;
        }
        return fold;
    }

    private static double[] pick(double[] v, List<Integer> rows) {
        double[] r = new double[rows.size()];
        for (int j = 0; j < r.length; j++) {
            r[j] = v[rows.get(j)];
        }
        return r;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** Standard error of the mean of a − b (0 for a method compared with itself). */
    private static double pairedStandardError(double[] a, double[] b) {
        int n = a.length;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = a[i] - b[i];
        }
        double m = mean(d);
        double ss = 0;
        for (double x : d) {
            ss += (x - m) * (x - m);
        }
        return Math.sqrt(ss / (n - 1) / n);
    }
}
