package org.ionmat.analysis.diffusion;

import org.ionmat.core.units.Units;

/**
 * A diffusion coefficient from the linear regime of an MSD, MSD(τ) = c + 2·dims·D·τ.
 *
 * @param d                 diffusion coefficient (Å^2/ps; ×1e-4 for cm^2/s)
 * @param dErr              its standard uncertainty (Å^2/ps)
 * @param intercept         c (Å^2)
 * @param covariance        2×2 covariance of (c, slope) in Å^4, Å^4/ps, Å^4/ps^2
 * @param dims              dimensions of the MSD (3 for the total, 1 for a component)
 * @param startLag          first lag of the window (frames)
 * @param endLag            last lag of the window (frames)
 * @param dtPs              time between frames (ps)
 * @param numLags           lags used in the fit
 * @param chi2Reduced       χ^2/dof of the residuals under the random-walk covariance with D = d
 *                          (about 1 for a random walk)
 * @param scaledByResiduals true when the random-walk model was rejected (χ^2 p &lt; 0.05, or d ≤ 0)
 *                          and the uncertainty was scaled to the residual scatter
 * @param window            the window rule
 * @param windowFallback    true when the automatic rule found no straight window and used τ_max/2..τ_max
 */
public record DiffusionFit(double d, double dErr, double intercept, double[][] covariance, int dims, int startLag,
                           int endLag, double dtPs, int numLags, double chi2Reduced, boolean scaledByResiduals,
                           FitWindow.Rule window, boolean windowFallback) {

    /** Window start (ps). */
    public double startPs() {
        return startLag * dtPs;
    }

    /** Window end (ps). */
    public double endPs() {
        return endLag * dtPs;
    }

    /** D in cm^2/s. */
    public double dCm2PerS() {
        return d * Units.CM2_PER_S_PER_A2_PER_PS;
    }

    /** Uncertainty of D in cm^2/s. */
    public double dErrCm2PerS() {
        return dErr * Units.CM2_PER_S_PER_A2_PER_PS;
    }

    /** Fitted line at lag time τ (ps), Å^2. */
    public double line(double tauPs) {
        return intercept + 2 * dims * d * tauPs;
    }

    /** Standard uncertainty of the fitted line at τ (ps), Å^2. */
    public double lineErr(double tauPs) {
        double v = covariance[0][0] + 2 * tauPs * covariance[0][1] + tauPs * tauPs * covariance[1][1];
        return Math.sqrt(Math.max(0, v));
    }
}
