package org.ionmat.analysis.diffusion;

import org.ionmat.core.units.Units;

/**
 * Nernst–Einstein conductivity σ = n q^2 D / (k_B T) of one mobile species (seed 002): n its number
 * density, q its charge. With the tracer D this assumes a Haven ratio of 1; with the charge
 * (collective) D it includes ion–ion correlations of that species.
 */
public final class NernstEinstein {

    private NernstEinstein() {
    }

    /**
     * Conductivity in S/cm.
     *
     * @param numberDensity mobile ions per Å^3
     * @param charge        ion charge (e)
     * @param dCm2PerS      diffusion coefficient (cm^2/s)
     * @param kelvin        temperature (K)
     */
    public static double conductivity(double numberDensity, double charge, double dCm2PerS, double kelvin) {
        double dA2PerPs = dCm2PerS / Units.CM2_PER_S_PER_A2_PER_PS;
        return numberDensity * charge * charge * dA2PerPs / (Units.BOLTZMANN_EV_PER_K * kelvin)
                * Units.S_PER_CM_UNIT;
    }
}
