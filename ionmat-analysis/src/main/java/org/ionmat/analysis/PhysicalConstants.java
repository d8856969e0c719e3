package org.ionmat.analysis;

/** Constants (CODATA 2018 exact SI values where defined) and unit factors of the analyses. */
public final class PhysicalConstants {

    /** Boltzmann constant, eV/K. */
    public static final double BOLTZMANN_EV_PER_K = 8.617333262e-5;
    /** 1 Å^2/ps in cm^2/s. */
    public static final double CM2_PER_S_PER_A2_PER_PS = 1e-4;
    /** e^2/(Å·ps·eV) in S/cm: σ = n q^2 D / (k T) with n in Å^-3, q in e, D in Å^2/ps, kT in eV. */
    public static final double S_PER_CM_UNIT = 1.602176634e-19 / (1e-10 * 1e-12) / 100;
    /** Planck constant, eV·ps (1 THz = 4.135667696 meV). */
    public static final double PLANCK_EV_PS = 4.135667696e-3;
    /** 1 amu·Å^2/ps^2 in eV. */
    public static final double EV_PER_AMU_A2_PER_PS2 = 1.66053906660e-27 * 1e-20 / 1e-24 / 1.602176634e-19;

    private PhysicalConstants() {
    }
}
