package org.ionmat.learn.eval;

import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.optim.univariate.UnivariatePointValuePair;

import org.ionmat.learn.model.ClassPrediction;

/**
 * Temperature scaling of an ensemble classifier (the classification analogue of
 * {@link SigmaScaling}): the T that minimises the mean negative log-likelihood of held-out labels
 * when every member's logits are divided by T before the members are averaged. One parameter, so
 * the predicted classes of single members do not change; T &gt; 1 means the probabilities were
 * over-confident.
 *
 * @param temperature the fitted T
 * @param rows        calibration rows
 * @param nllBefore   mean −ln p(true class) at T = 1
 * @param nllAfter    the same at the fitted T (never above {@code nllBefore})
 */
public record TemperatureScaling(double temperature, int rows, double nllBefore, double nllAfter) {

    /** Smallest and largest temperature searched. */
    public static final double MIN_T = 0.05;
    /** Largest temperature searched. */
    public static final double MAX_T = 50;

    /** True when the fitted T lies at an end of the searched range, where the likelihood may still be falling. */
    public boolean atSearchBound() {
        return temperature <= MIN_T * (1 + 1e-6) || temperature >= MAX_T * (1 - 1e-6);
    }

    /**
     * Fits T on held-out rows: a grid over ln T, then Brent refinement around the best grid point
     * (the NLL need not be unimodal in T for an average of members).
     *
     * @param truth               true class per row
     * @param memberProbabilities [W][N][K] member probabilities at T = 1
     */
    public static TemperatureScaling fit(int[] truth, double[][][] memberProbabilities) {
        if (truth.length == 0 || memberProbabilities[0].length != truth.length) {
            throw new IllegalArgumentException("need one label per row and at least one row");
        }
        double lo = Math.log(MIN_T);
        double hi = Math.log(MAX_T);
        int grid = 120;
        double atOne = nll(truth, memberProbabilities, 1);
        double bestU = 0;
        double best = atOne;
        for (int g = 0; g <= grid; g++) {
            double u = lo + (hi - lo) * g / grid;
            double v = nll(truth, memberProbabilities, Math.exp(u));
            if (v < best) {
                best = v;
                bestU = u;
            }
        }
        // Brent's method (Hipparchus) on ln T in the grid cell on either side of the best grid point
        double step = (hi - lo) / grid;
        UnivariatePointValuePair refined = new BrentOptimizer(1e-10, 1e-12).optimize(new MaxEval(500),
                new UnivariateObjectiveFunction(x -> nll(truth, memberProbabilities, Math.exp(x))), GoalType.MINIMIZE,
                new SearchInterval(Math.max(lo, bestU - step), Math.min(hi, bestU + step), bestU));
        double u = refined.getValue() < best ? refined.getPoint() : bestU;
        double at = Math.min(best, refined.getValue());
        return new TemperatureScaling(Math.exp(u), truth.length, atOne, at);
    }

    /** Mean −ln p(true class) of the ensemble after tempering its members by T (probabilities clipped at 1e-15). */
    public static double nll(int[] truth, double[][][] memberProbabilities, double temperature) {
        double[][] p = ClassPrediction.combine(ClassPrediction.temper(memberProbabilities, temperature)).probabilities();
        double s = 0;
        for (int i = 0; i < truth.length; i++) {
            s -= Math.log(Math.max(1e-15, p[i][truth[i]]));
        }
        return s / truth.length;
    }
}
