package org.ionmat.core.units;

/**
 * Physical constants and unit conversion factors of ionmat, in one place. Internal units: length
 * Å, energy eV, mass amu (g/mol), time ps, temperature K, charge e; hence velocity Å/ps, force
 * eV/Å, pressure and stress eV/Å³ (GPa at the boundary), diffusion coefficients Å²/ps (cm²/s at the
 * boundary).
 *
 * <p>Provenance: CODATA 2018 (E. Tiesinga et al., Rev. Mod. Phys. 93, 025010 (2021); NIST
 * https://physics.nist.gov/cuu/Constants/). Since the 2019 SI redefinition e, k_B, h and N_A are
 * exact; u, ε0 and a0 are measured (their CODATA 2018 values are used). Every derived factor
 * below says how it follows from these. Published models that print a rounded constant (κ = 14.4
 * eV·Å in SoftBV and BVSE) keep it as a model parameter, and tests comparing with a peer tool that
 * uses another constant set (LAMMPS metal units, ASE's CODATA 2014) keep the peer's constant in
 * the comparison.
 */
public final class Units {

    /** Elementary charge e, C (exact). */
    public static final double ELEMENTARY_CHARGE_C = 1.602176634e-19;
    /** Boltzmann constant, J/K (exact). */
    public static final double BOLTZMANN_J_PER_K = 1.380649e-23;
    /** Planck constant h, J·s (exact). */
    public static final double PLANCK_J_S = 6.62607015e-34;
    /** Atomic mass constant u, kg (CODATA 2018). */
    public static final double ATOMIC_MASS_KG = 1.66053906660e-27;
    /** Vacuum electric permittivity ε0, F/m (CODATA 2018). */
    public static final double VACUUM_PERMITTIVITY_F_PER_M = 8.8541878128e-12;
    /** Bohr radius a0, Å (CODATA 2018). */
    public static final double BOHR_RADIUS_A = 0.529177210903;

    /** Boltzmann constant k_B = k / e, eV/K (CODATA 2018 value). */
    public static final double BOLTZMANN_EV_PER_K = 8.617333262e-5;
    /** Planck constant h / e, eV·ps (CODATA 2018 value 4.135667696e-15 eV·s; 1 THz = 4.135667696 meV). */
    public static final double PLANCK_EV_PS = 4.135667696e-3;
    /** h / k_B, K·s (Debye temperatures from frequencies). */
    public static final double PLANCK_OVER_BOLTZMANN_K_S = PLANCK_J_S / BOLTZMANN_J_PER_K;
    /**
     * Coulomb constant e² / (4π ε0), eV·Å: e / (4π ε0 · 1e-10 m) = 14.399645478425668 (the value of
     * the CODATA 2018 e and ε0; {@code UnitsTest} checks the literal against the formula).
     */
    public static final double COULOMB_CONSTANT = 14.399645478425668;
    /** 1 eV/Å³ in GPa: e · 1e30 / 1e9 = 160.2176634 (exact). */
    public static final double EV_PER_A3_TO_GPA = 160.2176634;
    /**
     * Converts a force per mass, eV/(Å·amu), to an acceleration, Å/ps²: e / (u · 1e-10 m) · 1e-14
     * (Å/ps² per m/s²) = 9648.5332.
     */
    public static final double FORCE_TO_ACCEL = ELEMENTARY_CHARGE_C / (ATOMIC_MASS_KG * 1e-10) * 1e-14;
    /** Converts amu·Å²/ps² to eV (1 / {@link #FORCE_TO_ACCEL} = 1.0364269e-4), e.g. E_kin = ½ m v² × this. */
    public static final double MVV_TO_EV = 1.0 / FORCE_TO_ACCEL;
    /** The natural time unit √(amu·Å²/eV) in ps (0.0101805 ps; ASE's unit of time). */
    public static final double NATURAL_TIME_PS = Math.sqrt(MVV_TO_EV);
    /** 1 amu/Å³ in g/cm³ (1.66053906660e-24 g / 1e-24 cm³). */
    public static final double AMU_PER_A3_TO_G_PER_CM3 = 1.66053906660;
    /** 1 Å²/ps in cm²/s. */
    public static final double CM2_PER_S_PER_A2_PER_PS = 1e-4;
    /**
     * e²/(Å·ps·eV) in S/cm: e / (1e-10 m · 1e-12 s) / 100, so that σ [S/cm] = n q² D / (k_B T) × this
     * with n in Å⁻³, q in e, D in Å²/ps and k_B T in eV.
     */
    public static final double S_PER_CM_UNIT = ELEMENTARY_CHARGE_C / (1e-10 * 1e-12) / 100;
    /** Femtoseconds per picosecond. */
    public static final double FS_PER_PS = 1000.0;

    private Units() {
    }

    /** k_B T, eV. */
    public static double kT(double temperatureK) {
        return BOLTZMANN_EV_PER_K * temperatureK;
    }
}
