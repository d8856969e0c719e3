package org.ionmat.simulate.md;

/**
 * The unit system of the MD engine and its conversion factors: length Å, energy eV, mass amu
 * (g/mol), time ps, temperature K, velocity Å/ps, force eV/Å, pressure eV/Å^3 internally (GPa at
 * the boundary).
 *
 * <p>Derived factors (CODATA 2018: e = 1.602176634e-19 C exactly, u = 1.66053906660e-27 kg,
 * k_B = 1.380649e-23 J/K exactly):
 * <ul>
 * <li>acceleration: 1 eV/(Å·amu) = 9648.5332 Å/ps² ({@link #FORCE_TO_ACCEL}), so
 * a [Å/ps²] = F [eV/Å] / m [amu] × 9648.5332;</li>
 * <li>kinetic energy: 1 amu·Å²/ps² = 1.0364269e-4 eV, so E_kin [eV] = ½ m v² / 9648.5332;</li>
 * <li>the natural time unit of (Å, eV, amu) is sqrt(amu·Å²/eV) = 0.0101805 ps = 10.1805 fs
 * (ASE's time unit; 1 fs = 0.0982269 of it);</li>
 * <li>1 eV/Å^3 = 160.21766 GPa; 1 GPa = 10^4 bar.</li>
 * </ul>
 */
public final class MdUnits {

    /** Boltzmann constant, eV/K. */
    public static final double BOLTZMANN_EV_PER_K = 8.617333262e-5;
    /** Converts eV/(Å·amu) to Å/ps²: e / (u · 1e-10 m) · 1e-14 (Å/ps² per m/s²). */
    public static final double FORCE_TO_ACCEL = 1.602176634e-19 / (1.66053906660e-27 * 1e-10) * 1e-14;
    /** Converts amu·Å²/ps² to eV (1 / {@link #FORCE_TO_ACCEL}). */
    public static final double MVV_TO_EV = 1.0 / FORCE_TO_ACCEL;
    /** Converts eV/Å^3 to GPa. */
    public static final double EV_PER_A3_TO_GPA = 160.21766208;
    /** One femtosecond in ps. */
    public static final double FS = 1e-3;
    /** The natural time unit sqrt(amu·Å²/eV), ps (ASE's unit of time). */
    public static final double NATURAL_TIME_PS = Math.sqrt(MVV_TO_EV);

    private MdUnits() {
    }

    /** k_B T, eV. */
    public static double kT(double temperatureK) {
        return BOLTZMANN_EV_PER_K * temperatureK;
    }
}
