package org.ionmat.learn.model;

/**
 * Predictions with their uncertainty, in target units (after undoing any target transform of the
 * model only where stated by the model). Arrays are indexed like the input rows. For single models
 * without an ensemble the epistemic part is 0; for models without an aleatoric head it is 0.
 *
 * @param mean         ensemble mean ŷ (thesis eq. 2.7)
 * @param std          total σ = sqrt(σ_e² + mean σ_a²) (eq. 2.9)
 * @param stdEpistemic σ_e, the spread of the member means (eq. 2.8, population variance 1/W)
 * @param stdAleatoric sqrt of the member-averaged aleatoric variance
 */
public record Prediction(double[] mean, double[] std, double[] stdEpistemic, double[] stdAleatoric) {

    /** Number of rows. */
    public int size() {
        return mean.length;
    }

    /**
     * The same predictions with every σ (total, epistemic, aleatoric) multiplied by {@code factor},
     * so that the total stays sqrt(σ_e² + σ_a²) (σ-scaling recalibration).
     */
    public Prediction withSigmaScaled(double factor) {
        double[] s = std.clone();
        double[] e = stdEpistemic.clone();
        double[] a = stdAleatoric.clone();
        for (int i = 0; i < s.length; i++) {
            s[i] *= factor;
            e[i] *= factor;
            a[i] *= factor;
        }
        return new Prediction(mean, s, e, a);
    }

    /**
     * σ with the epistemic part multiplied by {@code epistemicFactor} and the aleatoric part by
     * {@code aleatoricFactor}; the total is recombined as √(σ_e² + σ_a²), as in {@link #combine}.
     */
    public Prediction withComponentsScaled(double epistemicFactor, double aleatoricFactor) {
        double[] s = new double[std.length];
        double[] e = stdEpistemic.clone();
        double[] a = stdAleatoric.clone();
        for (int i = 0; i < s.length; i++) {
            e[i] *= epistemicFactor;
            a[i] *= aleatoricFactor;
            s[i] = Math.sqrt(e[i] * e[i] + a[i] * a[i]);
        }
        return new Prediction(mean, s, e, a);
    }

    /**
     * Combines W ensemble members (thesis eqs. 2.7–2.9).
     *
     * @param memberMeans  [W][N] member means μ_w
     * @param memberSigmas [W][N] member aleatoric σ_a,w, or null when the members have no σ head
     */
    public static Prediction combine(double[][] memberMeans, double[][] memberSigmas) {
        int w = memberMeans.length;
        int n = memberMeans[0].length;
        double[] mean = new double[n];
        double[] std = new double[n];
        double[] epi = new double[n];
        double[] ale = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int k = 0; k < w; k++) {
                s += memberMeans[k][i];
            }
            double mu = s / w;
            double ve = 0;
            double va = 0;
            for (int k = 0; k < w; k++) {
                double dlt = memberMeans[k][i] - mu;
                ve += dlt * dlt;
                if (memberSigmas != null) {
                    va += memberSigmas[k][i] * memberSigmas[k][i];
                }
            }
            ve /= w;
            va /= w;
            mean[i] = mu;
            epi[i] = Math.sqrt(ve);
            ale[i] = Math.sqrt(va);
            std[i] = Math.sqrt(ve + va);
        }
        return new Prediction(mean, std, epi, ale);
    }
}
