package org.ionmat.analysis.vibration;

import org.ionmat.core.units.Units;

/**
 * Seed 001 descriptors of a VDOS (López et al., Mater. Horiz. 10, 1757 (2023), Eqs. 6–7 and the
 * quantum-harmonic functions of its §2.4, as in phonopy), all per vibrational mode: every integral is
 * divided by ∫g (so only the shape of g matters), with E = hν in meV, x = E/(k_B T), the ν = 0 point
 * left out (the diffusive part has g(0) &gt; 0 and log-singular F and S there), trapezoidal rule:
 *
 * <pre>
 *   &lt;ω&gt;   = ∫ E g / ∫ g                                (meV; band centre)
 *   &lt;ω30&gt; = ∫_{E ≤ 30 meV} E g / ∫_{E ≤ 30 meV} g          (meV)
 *   E_vib = ∫ g E (1/2 + 1/(e^x − 1)) / ∫ g               (meV)
 *   C_V   = ∫ g k_B x^2 e^x / (e^x − 1)^2 / ∫ g            (meV/K)
 *   F_vib = ∫ g [E/2 + k_B T ln(1 − e^−x)] / ∫ g          (meV)
 *   S_vib = ∫ g [E/(2T tanh(x/2)) − k_B ln(2 sinh(x/2))] / ∫ g   (meV/K)
 * </pre>
 *
 * Multiply by 3N for a cell (phonopy's normalisation). Negative g values (noise, window leakage)
 * enter as they are.
 *
 * @param bandCentreMeV   &lt;ω&gt;
 * @param bandCentre30MeV &lt;ω30&gt; (NaN when no point lies below 30 meV)
 * @param eVibMeV         E_vib
 * @param cvMeVPerK       C_V
 * @param fVibMeV         F_vib
 * @param sVibMeVPerK     S_vib
 */
public record VibrationalDescriptors(double bandCentreMeV, double bandCentre30MeV, double eVibMeV, double cvMeVPerK,
                                     double fVibMeV, double sVibMeVPerK) {

    /** Cut-off of &lt;ω30&gt; (meV). */
    public static final double CUTOFF_MEV = 30;

    /** k_B in meV/K. */
    static final double KB_MEV = Units.BOLTZMANN_EV_PER_K * 1000;

    /** Descriptors of a VDOS at temperature T (K). */
    public static VibrationalDescriptors of(Vdos vdos, double kelvin) {
        int n = vdos.g().length;
        double[] e = new double[n];
        for (int k = 0; k < n; k++) {
            e[k] = vdos.energyMeV(k);
        }
        return of(e, vdos.g(), kelvin);
    }

    /** Descriptors of a density g on energies e (meV, increasing, e[0] = 0 is skipped if zero). */
    public static VibrationalDescriptors of(double[] e, double[] g, double kelvin) {
        double kt = KB_MEV * kelvin;
        double s0 = 0, s1 = 0, c0 = 0, c1 = 0, se = 0, sc = 0, sf = 0, ss = 0;
        for (int k = 0; k + 1 < e.length; k++) {
            // trapezoid on [e_k, e_k+1], skipping the zero-energy point
            for (int end = 0; end < 2; end++) {
                int i = k + end;
                if (e[i] <= 0) {
                    continue;
                }
                double w = 0.5 * (e[k + 1] - e[k]) * g[i];
                double x = e[i] / kt;
                double em1 = Math.expm1(x);
                s0 += w;
                s1 += w * e[i];
                if (e[i] <= CUTOFF_MEV && e[k + 1] <= CUTOFF_MEV) {
                    c0 += w;
                    c1 += w * e[i];
                }
                se += w * e[i] * (0.5 + 1 / em1);
                sc += w * KB_MEV * x * x * Math.exp(x) / (em1 * em1);
                sf += w * (0.5 * e[i] + kt * Math.log(-Math.expm1(-x)));
                ss += w * (e[i] / (2 * kelvin * Math.tanh(x / 2)) - KB_MEV * Math.log(2 * Math.sinh(x / 2)));
            }
        }
        return new VibrationalDescriptors(s1 / s0, c0 != 0 ? c1 / c0 : Double.NaN, se / s0, sc / s0, sf / s0, ss / s0);
    }
}
