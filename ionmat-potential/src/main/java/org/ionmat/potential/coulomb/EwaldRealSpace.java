package org.ionmat.potential.coulomb;

import org.ionmat.core.electrostatics.Erfc;
import org.ionmat.core.electrostatics.EwaldSummation;
import org.ionmat.potential.pair.PairFunction;

/**
 * Real-space Ewald kernel for unit charges, k_e erfc(α r)/r (eV), with
 * dE/dr = −k_e [erfc(α r)/r² + (2α/√π) e^(−α²r²)/r]; multiplied by q_i q_j in the pair loop. The
 * self and background terms belong to the k-space part ({@link EwaldReciprocalCalculator}).
 *
 * @param alpha split parameter α, 1/Å
 */
public record EwaldRealSpace(double alpha) implements PairFunction {

    private static final double KE = EwaldSummation.COULOMB_CONSTANT;
    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

    @Override
    public double evaluate(double r, double[] dEdr) {
        double ar = alpha * r;
        double erfc = Erfc.erfc(ar);
        double inv = 1 / r;
        double e = KE * erfc * inv;
        dEdr[0] = -(e + KE * TWO_OVER_SQRT_PI * alpha * Math.exp(-ar * ar)) * inv;
        return e;
    }

    /** d²/dr² of k_e erfc(αr)/r = k_e [2 erfc/r³ + (4α/√π) e^(−α²r²)/r² + (4α³/√π) e^(−α²r²)]. */
    @Override
    public double secondDerivative(double r) {
        double ar = alpha * r;
        double g = TWO_OVER_SQRT_PI * alpha * Math.exp(-ar * ar);
        return KE * (2 * Erfc.erfc(ar) / (r * r * r) + 2 * g / (r * r) + 2 * alpha * alpha * g);
    }

    @Override
    public String type() {
        return "ewald-real";
    }
}
