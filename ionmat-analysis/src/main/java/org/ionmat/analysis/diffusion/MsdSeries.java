package org.ionmat.analysis.diffusion;

import java.util.Objects;

/**
 * One MSD curve ready for fitting: values by lag, what it averages, and the measured non-Gaussian
 * statistics of its displacements.
 *
 * @param label          name (e.g. "Li tracer")
 * @param msd            MSD by lag in frames (Å^2), lag 0 first
 * @param dtPs           time between frames (ps)
 * @param dims           dimensions summed in the MSD (3, or 1 for a component)
 * @param walkers        independent walkers averaged (ions for tracer, 1 for collective)
 * @param momentLags     lags (frames) at which the fourth cumulant was measured
 * @param fourthCumulant per-walker fourth cumulant K4 of the displacement at those lags (Å^4):
 *                       &lt;|Δr|^4&gt; − (Σ_c v_c)^2 − 2 Σ_c v_c^2 with v_c = &lt;Δr_c^2&gt; (zero for Gaussian
 *                       displacements; for 1 dimension &lt;Δx^4&gt; − 3 v^2)
 */
public record MsdSeries(String label, double[] msd, double dtPs, int dims, int walkers, int[] momentLags,
                        double[] fourthCumulant) {

    public MsdSeries {
        Objects.requireNonNull(msd, "msd");
        if (momentLags == null) {
            momentLags = new int[0];
            fourthCumulant = new double[0];
        }
        if (momentLags.length != fourthCumulant.length) {
            throw new IllegalArgumentException("moment lags and cumulants differ in length");
        }
    }

    /** A Gaussian series (no measured cumulants). */
    public static MsdSeries gaussian(String label, double[] msd, double dtPs, int dims, int walkers) {
        return new MsdSeries(label, msd, dtPs, dims, walkers, null, null);
    }

    /** Number of frames. */
    public int frames() {
        return msd.length;
    }

    /**
     * Fourth cumulant per frame step (Å^4) on the scale of lags {@code s..e}: the mean of
     * max(0, K4(n))/n over the measured lags in [s, min(e, 4s)] (the nearest measured lag when none
     * is inside): the start of the window, where many independent origins make the fourth moment
     * precise (at long lags the sample variance inflates the subtracted square and biases K4 low). For independent steps K4(n) = n·K4(1); negative values (sub-Gaussian steps, which only
     * lower the variance) are dropped, which errs on the safe side.
     */
    public double fourthCumulantPerStep(int s, int e) {
        if (momentLags.length == 0) {
            return 0;
        }
        double sum = 0;
        int count = 0;
        int nearest = 0;
        for (int k = 0; k < momentLags.length; k++) {
            int n = momentLags[k];
            if (n >= s && n <= Math.min(e, 4 * s)) {
                sum += Math.max(0, fourthCumulant[k]) / n;
                count++;
            }
            if (Math.abs(n - s) < Math.abs(momentLags[nearest] - s)) {
                nearest = k;
            }
        }
        if (count == 0) {
            return Math.max(0, fourthCumulant[nearest]) / momentLags[nearest];
        }
        return sum / count;
    }
}
