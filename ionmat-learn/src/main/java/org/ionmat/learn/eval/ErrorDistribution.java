package org.ionmat.learn.eval;

import java.util.Locale;

import org.ionmat.core.InvalidInputException;

/**
 * The distribution of a prediction's error y − μ given its standard deviation σ, used to score
 * and recalibrate predicted uncertainties. Roost's robust loss is the negative log-likelihood of
 * a Laplace distribution with standard deviation σ (scale b = σ/√2); a Gaussian is the usual
 * alternative.
 */
public enum ErrorDistribution {

    /** Laplace with standard deviation σ: p(r) = exp(−√2|r|/σ)/(√2σ). */
    LAPLACE("laplace") {
        @Override
        public double negativeLogLikelihood(double residual, double sigma) {
            return Math.log(Math.sqrt(2) * sigma) + Math.sqrt(2) * Math.abs(residual) / sigma;
        }

        @Override
        public double probabilityWithin(double k) {
            return 1 - Math.exp(-Math.sqrt(2) * k);
        }

        @Override
        double optimalScale(double[] normalisedResiduals) {
            double s = 0;
            for (double z : normalisedResiduals) {
                s += Math.abs(z);
            }
            return Math.sqrt(2) * s / normalisedResiduals.length;
        }
    },

    /** Gaussian with standard deviation σ. */
    GAUSSIAN("gaussian") {
        @Override
        public double negativeLogLikelihood(double residual, double sigma) {
            double z = residual / sigma;
            return 0.5 * Math.log(2 * Math.PI) + Math.log(sigma) + 0.5 * z * z;
        }

        @Override
        public double probabilityWithin(double k) {
            return org.hipparchus.special.Erf.erf(k / Math.sqrt(2));
        }

        @Override
        double optimalScale(double[] normalisedResiduals) {
            double s = 0;
            for (double z : normalisedResiduals) {
                s += z * z;
            }
            return Math.sqrt(s / normalisedResiduals.length);
        }
    };

    private final String key;

    ErrorDistribution(String key) {
        this.key = key;
    }

    /** The name used on the command line and in model.json. */
    public String key() {
        return key;
    }

    /** The distribution named {@code key} (case-insensitive). */
    public static ErrorDistribution of(String key) {
        for (ErrorDistribution d : values()) {
            if (d.key.equals(key.toLowerCase(Locale.ROOT))) {
                return d;
            }
        }
        throw new InvalidInputException("unknown error distribution '" + key + "' (laplace or gaussian)");
    }

    /** −ln p(residual) for standard deviation {@code sigma} (same units as the residual). */
    public abstract double negativeLogLikelihood(double residual, double sigma);

    /** P(|r| ≤ kσ): the fraction of errors a calibrated model keeps within k standard deviations. */
    public abstract double probabilityWithin(double k);

    /**
     * The factor s that maximises the likelihood of errors z·σ under standard deviation s·σ, given
     * the normalised residuals z = (y − μ)/σ (closed form for both distributions).
     */
    abstract double optimalScale(double[] normalisedResiduals);
}
