package org.ionmat.analysis.diffusion;

import org.ionmat.core.InvalidInputException;

/**
 * How the lag-time window of the linear MSD fit is chosen. τ_max is half the trajectory length
 * (lag F/2 of F frames), as in seed paper 001 (López et al., Mater. Horiz. 10, 1757 (2023), Eq. 3).
 *
 * @param rule    {@link Rule}
 * @param startPs window start for {@link Rule#EXPLICIT} (ps)
 * @param endPs   window end for {@link Rule#EXPLICIT} (ps)
 */
public record FitWindow(Rule rule, double startPs, double endPs) {

    /** The rules. */
    public enum Rule {
        /**
         * Window end τ_max; start at the earliest of τ_max·2^(−j/2), j = 8, 7, ..., 3 (τ_max/16 to
         * τ_max/2.8), whose MSD
         * over [start, τ_max] is straight and agrees with the seed window: (1) on 16 logarithmically
         * spaced lags (dense at the start, where ballistic or caged motion bends the MSD) the
         * generalised least-squares line (random-walk covariance) is not rejected (χ^2 p ≥ 0.05) and
         * a quadratic term c + bτ + aτ^2 is not significant (|a| &lt; 2σ_a); (2) D of the window agrees
         * with D of τ_max/2..τ_max within 2·sqrt(σ_seed^2 − σ_window^2) (a Hausman test: both
         * estimate D when the MSD is straight). Falls back to {@link #SEED} (flagged) when no candidate
         * passes. Short-time dynamics that bend the MSD up to about τ_max/10 (long-lived back-jumps,
         * slow vibrational relaxation) can still pass with a biased D: look at the MSD plot, or use
         * {@link #SEED}.
         */
        AUTO,
        /** τ_max/2 ≤ τ ≤ τ_max (seed 001). */
        SEED,
        /** A window given in ps. */
        EXPLICIT
    }

    /** The automatic rule. */
    public static final FitWindow AUTO = new FitWindow(Rule.AUTO, Double.NaN, Double.NaN);
    /** The seed 001 window τ_max/2..τ_max. */
    public static final FitWindow SEED = new FitWindow(Rule.SEED, Double.NaN, Double.NaN);

    /**
     * An explicit window.
     *
     * @throws InvalidInputException unless 0 &lt; start &lt; end
     */
    public static FitWindow between(double startPs, double endPs) {
        if (!(startPs > 0) || !(endPs > startPs) || Double.isInfinite(endPs)) {
            throw new InvalidInputException("fit window needs 0 < start < end, got " + startPs + " to " + endPs + " ps");
        }
        return new FitWindow(Rule.EXPLICIT, startPs, endPs);
    }

    @Override
    public String toString() {
        return rule == Rule.EXPLICIT ? startPs + ":" + endPs + " ps" : rule.name().toLowerCase(java.util.Locale.ROOT);
    }
}
