package org.ionmat.potential.coulomb;

import org.ionmat.core.electrostatics.Erfc;
import org.ionmat.core.units.Units;
import org.ionmat.potential.pair.PairFunction;

/**
 * Real-space Ewald kernel for unit charges, k_e erfc(α r)/r (eV), with
 * dE/dr = −k_e [erfc(α r)/r² + (2α/√π) e^(−α²r²)/r]; multiplied by q_i q_j in the pair loop. The
 * self and background terms belong to the k-space part ({@link EwaldReciprocalCalculator}).
 *
 * @param alpha split parameter α, 1/Å
 */
public record EwaldRealSpace(double alpha) implements PairFunction {

    private static final double KE = Units.COULOMB_CONSTANT;

    @Override
    public double evaluate(double r, double[] dEdr) {
        double inv = 1 / r;
        double e = KE * Erfc.erfcWithDerivative(alpha * r, dEdr) * inv;
        // d/dr erfc(αr) = α erfc'(αr) = −α (2/√π) e^(−α²r²)
        dEdr[0] = (KE * alpha * dEdr[0] - e) * inv;
        return e;
    }

    @Override
    public String type() {
        return "ewald-real";
    }
}
