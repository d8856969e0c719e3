package org.ionmat.analysis.vibration;

import org.ionmat.core.units.Units;

/**
 * A vibrational density of states on a frequency grid ν_k = k·Δν (THz), k = 0..K, normalised as
 * {@link VdosWeighting} says (states per THz, ∫g dν = 3N at equipartition for mass weighting).
 *
 * @param label       group name
 * @param numAtoms    atoms in the group
 * @param dNuTHz      grid spacing (THz)
 * @param g           density per THz
 * @param vacf        the (weighted, summed over atoms) velocity autocorrelation used, by lag
 * @param dtPs        time between VACF samples (ps)
 */
public record Vdos(String label, int numAtoms, double dNuTHz, double[] g, double[] vacf, double dtPs) {

    /** Frequency (THz) of grid point k. */
    public double frequencyTHz(int k) {
        return k * dNuTHz;
    }

    /** Energy hν (meV) of grid point k. */
    public double energyMeV(int k) {
        return k * dNuTHz * Units.PLANCK_EV_PS * 1000;
    }

    /** Density per meV at grid point k. */
    public double perMeV(int k) {
        return g[k] / (Units.PLANCK_EV_PS * 1000);
    }

    /** ∫ g dν over the whole grid (trapezoid), states. */
    public double integral() {
        double s = 0;
        for (int k = 0; k < g.length; k++) {
            s += (k == 0 || k == g.length - 1 ? 0.5 : 1) * g[k];
        }
        return s * dNuTHz;
    }
}
