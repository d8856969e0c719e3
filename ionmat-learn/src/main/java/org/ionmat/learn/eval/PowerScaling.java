package org.ionmat.learn.eval;

import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.optim.univariate.UnivariatePointValuePair;

import org.ionmat.learn.model.SigmaMap;

/**
 * Recalibration of predicted σ by a power law σ' = c·σ^b, fitted by maximum likelihood on data the
 * model was not trained on. For σ that rank the errors well but whose range is wrong, as the spread
 * of a random forest's trees: b &lt; 1 lifts the many near-zero σ of rows that all trees agree on.
 * The fit profiles out c (for each b, c has the closed form of {@link SigmaScaling} on σ^b) and
 * finds b on a grid refined by Brent's method (Hipparchus). b = 1 is one factor, so the fit is never
 * worse than {@link SigmaScaling} on the calibration rows.
 *
 * @param scale        c (target units to the power 1 − b)
 * @param exponent     b (dimensionless, &gt; 0)
 * @param distribution the assumed error distribution
 * @param rows         calibration rows used
 * @param nllBefore    mean negative log-likelihood per row with the model's σ
 * @param nllAfter     mean negative log-likelihood per row with c·σ^b
 */
public record PowerScaling(double scale, double exponent, ErrorDistribution distribution, int rows, double nllBefore,
        double nllAfter) implements SigmaFit {

    @Override
    public SigmaMap map() {
        return new SigmaMap.Power(scale, exponent);
    }


    /** Range of the exponent searched. */
    static final double MIN_EXPONENT = 0.02;
    static final double MAX_EXPONENT = 4;

    /**
     * Fits c and b to held-out truths, predicted means and σ (all σ positive and finite).
     *
     * @throws IllegalArgumentException when the arrays differ in length, are empty, or a σ is not positive
     */
    public static PowerScaling fit(double[] truth, double[] mean, double[] sigma, ErrorDistribution distribution) {
        int n = truth.length;
        if (n == 0 || mean.length != n || sigma.length != n) {
            throw new IllegalArgumentException("need equal, non-empty arrays");
        }
        for (int i = 0; i < n; i++) {
            if (!(sigma[i] > 0) || Double.isInfinite(sigma[i])) {
                throw new IllegalArgumentException("sigma of row " + i + " is " + sigma[i] + "; it must be positive");
            }
        }
        int grid = 80;
        double bestB = 1;
        double best = profile(truth, mean, sigma, 1, distribution)[1];
        for (int g = 0; g <= grid; g++) {
            double b = MIN_EXPONENT + (MAX_EXPONENT - MIN_EXPONENT) * g / grid;
            double v = profile(truth, mean, sigma, b, distribution)[1];
            if (v < best) {
                best = v;
                bestB = b;
            }
        }
        double step = (MAX_EXPONENT - MIN_EXPONENT) / grid;
        UnivariatePointValuePair refined = new BrentOptimizer(1e-10, 1e-12).optimize(new MaxEval(500),
                new UnivariateObjectiveFunction(b -> profile(truth, mean, sigma, b, distribution)[1]), GoalType.MINIMIZE,
                new SearchInterval(Math.max(MIN_EXPONENT, bestB - step), Math.min(MAX_EXPONENT, bestB + step), bestB));
        double b = refined.getValue() < best ? refined.getPoint() : bestB;
        double[] at = profile(truth, mean, sigma, b, distribution);
        return new PowerScaling(at[0], b, distribution, n, SigmaScaling.meanNll(truth, mean, sigma, 1, distribution), at[1]);
    }

    /** {best c for exponent b, mean NLL there}. */
    private static double[] profile(double[] truth, double[] mean, double[] sigma, double b, ErrorDistribution distribution) {
        double[] powered = new double[sigma.length];
        double[] z = new double[sigma.length];
        for (int i = 0; i < z.length; i++) {
            powered[i] = Math.pow(sigma[i], b);
            z[i] = (truth[i] - mean[i]) / powered[i];
        }
        double c = distribution.optimalScale(z);
        if (!(c > 0)) {
            throw new IllegalArgumentException("all calibration errors are zero; no scale can be fitted");
        }
        return new double[] {c, SigmaScaling.meanNll(truth, mean, powered, c, distribution)};
    }
}
