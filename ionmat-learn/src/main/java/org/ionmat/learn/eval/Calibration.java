package org.ionmat.learn.eval;

import java.util.Arrays;

import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Calibration of predicted uncertainties (thesis Fig. 4.5): the sorted normalised residuals
 * {@code z = (y − μ)/σ} against the quantiles of a standard normal distribution (Q–Q), and the
 * fraction of points inside the central 68 % and 95 % intervals.
 *
 * @param theoretical standard-normal quantiles Φ⁻¹((i + 0.5)/n)
 * @param observed    sorted normalised residuals
 * @param within1     fraction with |z| ≤ 1 (0.683 if calibrated and Gaussian)
 * @param within2     fraction with |z| ≤ 1.96 (0.95 if calibrated and Gaussian)
 */
public record Calibration(double[] theoretical, double[] observed, double within1, double within2) {

    /** The Q–Q data of predictions against the truth. */
    public static Calibration of(double[] truth, double[] mean, double[] sigma) {
        int n = truth.length;
        double[] z = new double[n];
        int in1 = 0;
        int in2 = 0;
        for (int i = 0; i < n; i++) {
            z[i] = (truth[i] - mean[i]) / Math.max(sigma[i], 1e-300);
            if (Math.abs(z[i]) <= 1) {
                in1++;
            }
            if (Math.abs(z[i]) <= 1.96) {
                in2++;
            }
        }
        Arrays.sort(z);
        NormalDistribution nd = new NormalDistribution(0, 1);
        double[] q = new double[n];
        for (int i = 0; i < n; i++) {
            q[i] = nd.inverseCumulativeProbability((i + 0.5) / n);
        }
        return new Calibration(q, z, (double) in1 / n, (double) in2 / n);
    }
}
