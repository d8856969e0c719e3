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
 */
public record Msd(String label, int numAtoms, double dtPs, double[] total, double[][] components,
                  double[] collective, double[][] collectiveComponents, boolean unwrapped, double maxStepFraction) {

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
