package org.ionmat.analysis.vibration;

/** How atoms are weighted in the velocity autocorrelation. */
public enum VdosWeighting {
    /**
     * By mass: g(ν) = (2/k_BT) Σ_i m_i ∫ &lt;v_i(0)·v_i(t)&gt; e^{−2πiνt} dt, the phonon density of states
     * of a harmonic crystal (every mode counted once), with ∫g dν = Σ m_i&lt;v_i^2&gt;/k_BT = 3N at
     * equipartition.
     */
    MASS,
    /**
     * Unweighted, seed 001 Eq. (5): g(ν) ∝ Σ_i ∫ &lt;v_i(0)·v_i(t)&gt; e^{−2πiνt} dt, scaled to ∫g dν = 3N.
     * Light atoms weigh more (their velocities are larger).
     */
    NONE
}
