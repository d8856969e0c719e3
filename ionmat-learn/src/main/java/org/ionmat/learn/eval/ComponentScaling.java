package org.ionmat.learn.eval;

import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.optim.univariate.UnivariatePointValuePair;

import org.ionmat.learn.model.SigmaMap;

/**
 * Recalibration of an ensemble's two uncertainty components by separate factors: on data the model
 * was not trained on, find the e and a that maximise the likelihood of the errors under standard
 * deviations √((e·σ_e)² + (a·σ_a)²). One factor for both ({@link SigmaScaling}) cannot tell an
 * ensemble whose members agree too readily on new compositions (σ_e too small) from one whose
 * aleatoric head is too confident. The fit profiles out the overall level: for a ratio
 * ρ = a/e the best e has the closed form of {@link SigmaScaling}, and ln ρ is found on a grid
 * refined by Brent's method (Hipparchus).
 *
 * @param epistemic    factor e of the epistemic σ
 * @param aleatoric    factor a of the aleatoric σ
 * @param distribution the assumed error distribution
 * @param rows         calibration rows used
 * @param nllBefore    mean negative log-likelihood per row with the model's σ
 * @param nllAfter     mean negative log-likelihood per row after recalibration
 */
public record ComponentScaling(double epistemic, double aleatoric, ErrorDistribution distribution, int rows, double nllBefore,
        double nllAfter) implements SigmaFit {

    @Override
    public SigmaMap map() {
        return new SigmaMap.Components(epistemic, aleatoric);
    }


    /** Range of the ratio a/e searched. */
    static final double MIN_RATIO = 1e-3;
    static final double MAX_RATIO = 1e3;

    /**
     * Fits e and a to held-out truths, predicted means and the two σ components (non-negative,
     * finite, and on every row at least one of them positive).
     *
     * @throws IllegalArgumentException for arrays of different lengths, bad σ, or a component that is
     *                                  zero on every row (nothing to scale: use {@link SigmaScaling})
     */
    public static ComponentScaling fit(double[] truth, double[] mean, double[] sigmaEpistemic, double[] sigmaAleatoric,
            ErrorDistribution distribution) {
        int n = truth.length;
        if (n == 0 || mean.length != n || sigmaEpistemic.length != n || sigmaAleatoric.length != n) {
            throw new IllegalArgumentException("need equal, non-empty arrays");
        }
        boolean anyE = false;
        boolean anyA = false;
        for (int i = 0; i < n; i++) {
            double e = sigmaEpistemic[i];
            double a = sigmaAleatoric[i];
            if (!(e >= 0) || !(a >= 0) || Double.isInfinite(e) || Double.isInfinite(a) || e + a == 0) {
                throw new IllegalArgumentException("sigma components of row " + i + " are " + e + " and " + a
                        + "; they must be finite, non-negative and not both zero");
            }
            anyE |= e > 0;
            anyA |= a > 0;
        }
        if (!anyE || !anyA) {
            throw new IllegalArgumentException("the " + (anyE ? "aleatoric" : "epistemic") + " sigma is zero on every row, "
                    + "so the components cannot be scaled separately (one factor for all sigma does the same)");
        }
        double lo = Math.log(MIN_RATIO);
        double hi = Math.log(MAX_RATIO);
        int grid = 84;
        double bestU = 0;
        double best = profile(truth, mean, sigmaEpistemic, sigmaAleatoric, 1, distribution)[1];
        for (int g = 0; g <= grid; g++) {
            double u = lo + (hi - lo) * g / grid;
            double v = profile(truth, mean, sigmaEpistemic, sigmaAleatoric, Math.exp(u), distribution)[1];
            if (v < best) {
                best = v;
                bestU = u;
            }
        }
        double step = (hi - lo) / grid;
        UnivariatePointValuePair refined = new BrentOptimizer(1e-10, 1e-12).optimize(new MaxEval(500),
                new UnivariateObjectiveFunction(
                        u -> profile(truth, mean, sigmaEpistemic, sigmaAleatoric, Math.exp(u), distribution)[1]),
                GoalType.MINIMIZE, new SearchInterval(Math.max(lo, bestU - step), Math.min(hi, bestU + step), bestU));
        double ratio = Math.exp(refined.getValue() < best ? refined.getPoint() : bestU);
        double[] at = profile(truth, mean, sigmaEpistemic, sigmaAleatoric, ratio, distribution);
        double before = meanNll(truth, mean, sigmaEpistemic, sigmaAleatoric, 1, 1, distribution);
        return new ComponentScaling(at[0], at[0] * ratio, distribution, n, before, at[1]);
    }

    /** {best e for the ratio a/e = ratio, mean NLL there}. */
    private static double[] profile(double[] truth, double[] mean, double[] se, double[] sa, double ratio,
            ErrorDistribution distribution) {
        double[] z = new double[truth.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = (truth[i] - mean[i]) / Math.hypot(se[i], ratio * sa[i]);
        }
        double e = distribution.optimalScale(z);
        if (!(e > 0)) {
            throw new IllegalArgumentException("all calibration errors are zero; no scale can be fitted");
        }
        return new double[] {e, meanNll(truth, mean, se, sa, e, e * ratio, distribution)};
    }

    /** Mean negative log-likelihood per row under standard deviations √((e·σ_e)² + (a·σ_a)²). */
    public static double meanNll(double[] truth, double[] mean, double[] sigmaEpistemic, double[] sigmaAleatoric,
            double epistemic, double aleatoric, ErrorDistribution distribution) {
        double sum = 0;
        for (int i = 0; i < truth.length; i++) {
            double s = Math.hypot(epistemic * sigmaEpistemic[i], aleatoric * sigmaAleatoric[i]);
            sum += distribution.negativeLogLikelihood(truth[i] - mean[i], s);
        }
        return sum / truth.length;
    }
}
