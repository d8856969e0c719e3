package org.ionmat.learn.model;

/**
 * How {@code ionmat calibrate} changes a regression model's predicted σ (means are untouched); σ in
 * the model's target units (log10 units for log10 targets).
 */
public sealed interface SigmaMap permits SigmaMap.Scale, SigmaMap.Components, SigmaMap.Power {

    /** The prediction with recalibrated σ. */
    Prediction apply(Prediction p);

    /** One factor for all σ: σ' = s·σ ({@link org.ionmat.learn.eval.SigmaScaling}). */
    record Scale(double factor) implements SigmaMap {
        /** Checks the factor. */
        public Scale {
            positive(factor, "sigma factor");
        }

        @Override
        public Prediction apply(Prediction p) {
            return p.withSigmaScaled(factor);
        }
    }

    /**
     * A factor per component: σ_e' = e·σ_e, σ_a' = a·σ_a, σ' = √(σ_e'² + σ_a'²)
     * ({@link org.ionmat.learn.eval.ComponentScaling}).
     */
    record Components(double epistemic, double aleatoric) implements SigmaMap {
        /** Checks the factors. */
        public Components {
            positive(epistemic, "epistemic sigma factor");
            positive(aleatoric, "aleatoric sigma factor");
        }

        @Override
        public Prediction apply(Prediction p) {
            return p.withComponentsScaled(epistemic, aleatoric);
        }
    }

    /**
     * A power law: σ' = c·σ^b, both components multiplied by the row's factor σ'/σ
     * ({@link org.ionmat.learn.eval.PowerScaling}). b &lt; 1 compresses the range of σ: small σ grow
     * more than large ones.
     */
    record Power(double scale, double exponent) implements SigmaMap {
        /** Checks the parameters. */
        public Power {
            positive(scale, "sigma power-law scale");
            positive(exponent, "sigma power-law exponent");
        }

        @Override
        public Prediction apply(Prediction p) {
            int n = p.size();
            double[] s = new double[n];
            double[] e = new double[n];
            double[] a = new double[n];
            for (int i = 0; i < n; i++) {
                double f = factorAt(p.std()[i]);
                s[i] = f * p.std()[i];
                e[i] = f * p.stdEpistemic()[i];
                a[i] = f * p.stdAleatoric()[i];
            }
            return new Prediction(p.mean(), s, e, a);
        }

        /** The factor σ'/σ = c·σ^(b−1) at the model's σ (1 where σ is 0: zero stays zero). */
        public double factorAt(double sigma) {
            return sigma > 0 ? scale * Math.pow(sigma, exponent - 1) : 1;
        }

        /** The factor σ'/σ of a row from its recalibrated σ' (1 where σ' is 0). */
        public double factorOfCalibrated(double calibratedSigma) {
            if (!(calibratedSigma > 0)) {
                return 1;
            }
            double raw = Math.pow(calibratedSigma / scale, 1 / exponent);
            return calibratedSigma / raw;
        }
    }

    private static void positive(double v, String what) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be positive and finite, got " + v);
        }
    }
}
