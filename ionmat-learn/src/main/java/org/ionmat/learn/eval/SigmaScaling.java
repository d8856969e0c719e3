package org.ionmat.learn.eval;

import org.ionmat.learn.model.SigmaMap;

/**
 * Recalibration of predicted uncertainties by one factor (σ-scaling): on data the model was not
 * trained on, find the s that maximises the likelihood of the errors under standard deviations
 * s·σ. A deep ensemble's σ is often too small on new data (its aleatoric part is learned on the
 * training rows); one factor fitted on a held-out calibration set fixes the overall level while
 * keeping the ranking of the predictions by σ, so confidence–error curves are unchanged.
 *
 * @param scale        the factor s (dimensionless; &gt; 1 means σ was too small)
 * @param distribution the assumed error distribution
 * @param rows         calibration rows used
 * @param nllBefore    mean negative log-likelihood per row with σ (target units enter through ln σ)
 * @param nllAfter     mean negative log-likelihood per row with s·σ (never above {@code nllBefore})
 */
public record SigmaScaling(double scale, ErrorDistribution distribution, int rows, double nllBefore, double nllAfter)
        implements SigmaFit {

    @Override
    public SigmaMap map() {
        return new SigmaMap.Scale(scale);
    }


    /**
     * Fits s to held-out truths, predicted means and predicted σ (all σ must be positive and finite).
     *
     * @throws IllegalArgumentException when the arrays differ in length, are empty, or a σ is not positive
     */
    public static SigmaScaling fit(double[] truth, double[] mean, double[] sigma, ErrorDistribution distribution) {
        int n = truth.length;
        if (n == 0 || mean.length != n || sigma.length != n) {
            throw new IllegalArgumentException("need equal, non-empty arrays");
        }
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            if (!(sigma[i] > 0) || Double.isInfinite(sigma[i])) {
                throw new IllegalArgumentException("sigma of row " + i + " is " + sigma[i] + "; it must be positive");
            }
            z[i] = (truth[i] - mean[i]) / sigma[i];
        }
        double s = distribution.optimalScale(z);
        if (!(s > 0)) {
            throw new IllegalArgumentException("all calibration errors are zero; no scale can be fitted");
        }
        return new SigmaScaling(s, distribution, n, meanNll(truth, mean, sigma, 1, distribution),
                meanNll(truth, mean, sigma, s, distribution));
    }

    /** Mean negative log-likelihood per row of the errors under standard deviations {@code scale}·σ. */
    public static double meanNll(double[] truth, double[] mean, double[] sigma, double scale, ErrorDistribution distribution) {
        double sum = 0;
        for (int i = 0; i < truth.length; i++) {
            sum += distribution.negativeLogLikelihood(truth[i] - mean[i], scale * sigma[i]);
        }
        return sum / truth.length;
    }
}
