package org.ionmat.analysis.diffusion;

import java.util.Objects;

/**
 * Time-origin-averaged mean-squared displacements of one group of atoms, indexed by lag in frames
 * ({@code lag = 0 .. numFrames-1}; lag time {@code lag · dt}). All values in Å^2.
 *
 * @param label               group name (e.g. "Li")
 * @param numAtoms            atoms in the group
 * @param dtPs                time between frames (ps)
 * @param total               tracer MSD, (1/N) Σ_i &lt;|r_i(t+τ) − r_i(t)|^2&gt;_t
 * @param components          tracer components &lt;Δx Δx&gt;, &lt;Δy Δy&gt;, &lt;Δz Δz&gt; and, when computed, &lt;Δx Δy&gt;,
 *                            &lt;Δx Δz&gt;, &lt;Δy Δz&gt; (3 or 6 arrays)
 * @param collective          collective (charge) MSD per atom, (1/N) &lt;|Σ_i (r_i(t+τ) − r_i(t))|^2&gt;_t, so
 *                            that it equals the tracer MSD for uncorrelated atoms
 * @param collectiveComponents x, y, z components of the collective MSD
 * @param unwrapped           whether positions were unwrapped
 * @param maxStepFraction     largest frame-to-frame step over the smallest cell width (see
 *                            {@link org.ionmat.analysis.trajectory.Unwrapper#maxStepFraction()})
 * @param momentLags          lags (frames, about 4 per octave) at which fourth cumulants were measured
 * @param fourthCumulants     fourth cumulants of the displacements at those lags (Å^4, see
 *                            {@link MsdSeries#fourthCumulant()}): tracer 3-D, tracer x, y, z,
 *                            collective 3-D, collective x, y, z (8 arrays); the collective ones are of
 *                            the summed displacement divided by √N
 */
public record Msd(String label, int numAtoms, double dtPs, double[] total, double[][] components,
                  double[] collective, double[][] collectiveComponents, boolean unwrapped, double maxStepFraction,
                  int[] momentLags, double[][] fourthCumulants) {

    private static final String[] AXES = {"x", "y", "z"};

    /** The tracer MSD for fitting (walkers = atoms). */
    public MsdSeries tracer() {
        return new MsdSeries(label + " tracer", total, dtPs, 3, numAtoms, momentLags, fourthCumulants[0]);
    }

    /** Tracer component {@code c} (0 = x, 1 = y, 2 = z) for fitting. */
    public MsdSeries tracerComponent(int c) {
        return new MsdSeries(label + " tracer " + AXES[c], components[c], dtPs, 1, numAtoms, momentLags,
                fourthCumulants[1 + c]);
    }

    /** The collective (charge) MSD for fitting (one walker). */
    public MsdSeries charge() {
        return new MsdSeries(label + " charge", collective, dtPs, 3, 1, momentLags, fourthCumulants[4]);
    }

    /** Collective component {@code c} for fitting. */
    public MsdSeries chargeComponent(int c) {
        return new MsdSeries(label + " charge " + AXES[c], collectiveComponents[c], dtPs, 1, 1, momentLags,
                fourthCumulants[5 + c]);
    }

    public Msd {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(total, "total");
    }

    /** Number of frames (lags 0..numFrames-1). */
    public int numFrames() {
        return total.length;
    }

    /** Lag time (ps) of lag {@code n}. */
    public double lagTime(int n) {
        return n * dtPs;
    }

    /** Lag times (ps) of all lags. */
    public double[] lagTimes() {
        double[] t = new double[total.length];
        for (int n = 0; n < t.length; n++) {
            t[n] = n * dtPs;
        }
        return t;
    }

    /** True if the off-diagonal components were computed. */
    public boolean hasTensor() {
        return components.length == 6;
    }
}
