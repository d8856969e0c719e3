package org.ionmat.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The derived factors against their definitions from the CODATA 2018 constants and published values. */
class UnitsTest {

    private static final double E = Units.ELEMENTARY_CHARGE_C;

    @Test
    void derivedFactorsFollowFromTheConstants() {
        // e² / (4π ε0) in J·m, then in eV·Å
        double coulomb = E / (4 * Math.PI * Units.VACUUM_PERMITTIVITY_F_PER_M) * 1e10;
        assertEquals(coulomb, Units.COULOMB_CONSTANT, 1e-15 * coulomb);
        assertEquals(Units.BOLTZMANN_J_PER_K / E, Units.BOLTZMANN_EV_PER_K, 1e-9 * Units.BOLTZMANN_EV_PER_K);
        assertEquals(Units.PLANCK_J_S / E * 1e12, Units.PLANCK_EV_PS, 1e-9 * Units.PLANCK_EV_PS);
        assertEquals(E * 1e30 / 1e9, Units.EV_PER_A3_TO_GPA, 1e-13);
        assertEquals(1.0, Units.FORCE_TO_ACCEL * Units.MVV_TO_EV, 1e-15);
        // 1 amu·Å²/ps² = u · 1e-20 m² / 1e-24 s² in J, / e in eV
        assertEquals(Units.ATOMIC_MASS_KG * 1e-20 / 1e-24 / E, Units.MVV_TO_EV, 1e-15 * Units.MVV_TO_EV);
        assertEquals(Units.ATOMIC_MASS_KG * 1e3 / 1e-24, Units.AMU_PER_A3_TO_G_PER_CM3, 1e-14);
    }

    @Test
    void publishedValues() {
        // CODATA 2018 / NIST: k_B = 8.617333262e-5 eV/K, h = 4.135667696e-15 eV s, 1 eV/Å³ = 160.2176634 GPa,
        // e²/(4π ε0) = 14.3996454784 eV Å; ASE's time unit √(amu Å²/eV) = 10.1805 fs
        assertEquals(14.3996454784, Units.COULOMB_CONSTANT, 1e-10);
        assertEquals(9648.5332, Units.FORCE_TO_ACCEL, 1e-3);
        assertEquals(1.0364269e-4, Units.MVV_TO_EV, 1e-11);
        assertEquals(0.0101805, Units.NATURAL_TIME_PS, 1e-7);
        assertEquals(0.025852, Units.kT(300), 1e-6);
        assertEquals(0.529177210903, Units.BOHR_RADIUS_A, 0);
        // h / k_B = 4.799243073e-11 K s
        assertEquals(4.799243073e-11, Units.PLANCK_OVER_BOLTZMANN_K_S, 1e-20);
    }
}
