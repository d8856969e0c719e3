package org.ionmat.potential.coulomb;

import java.util.Locale;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.electrostatics.Erfc;
import org.ionmat.core.units.Units;
import org.ionmat.potential.pair.PairFunction;

/**
 * Damped shifted force (DSF) Coulomb kernel of Fennell &amp; Gezelter (J. Chem. Phys. 124, 234104,
 * 2006), as LAMMPS {@code coul/dsf}: for unit charges at r &lt; r_c
 * <pre>
 *   E(r) = k_e [erfc(αr)/r − erfc(αr_c)/r_c + (erfc(αr_c)/r_c² + (2α/√π) e^(−α²r_c²)/r_c)(r − r_c)]
 * </pre>
 * so that energy and force go to zero at r_c; plus a constant self energy per atom
 * −k_e (e_s/2 + α/√π) q² with e_s = erfc(αr_c)/r_c + f_s r_c, f_s = erfc(αr_c)/r_c² +
 * (2α/√π) e^(−α²r_c²)/r_c, exactly as LAMMPS evaluates it (Fennell &amp; Gezelter's self term has
 * e_s = erfc(αr_c)/r_c; the two differ by the constant −k_e f_s r_c q²/2 per atom, which changes
 * no force or stress). A fast O(N) alternative to Ewald summation whose error depends on α and r_c
 * (α ≈ 0.2 1/Å with r_c ≈ 10 Å is common). Immutable.
 */
public final class DampedShiftedForce implements PairFunction {

    private static final double KE = Units.COULOMB_CONSTANT;
    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

    private final double alpha;
    private final double cutoff;
    private final double energyShift;
    private final double forceShift;

    /**
     * @param alpha  damping α, 1/Å (&ge; 0)
     * @param cutoff r_c, Å (&gt; 0)
     * @throws InvalidInputException if a parameter is out of range
     */
    public DampedShiftedForce(double alpha, double cutoff) {
        if (!(alpha >= 0) || Double.isInfinite(alpha)) {
            throw new InvalidInputException("DSF alpha must be a non-negative number of 1/Å, got " + alpha);
        }
        if (!(cutoff > 0) || Double.isInfinite(cutoff)) {
            throw new InvalidInputException("DSF cutoff must be a positive number of Å, got " + cutoff);
        }
        this.alpha = alpha;
        this.cutoff = cutoff;
        double arc = alpha * cutoff;
        this.energyShift = Erfc.erfc(arc) / cutoff;
        this.forceShift = Erfc.erfc(arc) / (cutoff * cutoff) + TWO_OVER_SQRT_PI * alpha * Math.exp(-arc * arc) / cutoff;
    }

    /** Damping α, 1/Å. */
    public double alpha() {
        return alpha;
    }

    /** Cutoff r_c, Å. */
    public double cutoff() {
        return cutoff;
    }

    @Override
    public double evaluate(double r, double[] dEdr) {
        double erfc = Erfc.erfcWithDerivative(alpha * r, dEdr);
        double inv = 1 / r;
        // d/dr erfc(αr) = α erfc'(αr) = −α (2/√π) e^(−α²r²)
        dEdr[0] = KE * (forceShift + (alpha * dEdr[0] - erfc * inv) * inv);
        return KE * (erfc * inv - energyShift + forceShift * (r - cutoff));
    }

    /** Self energy per atom per squared charge, −k_e (e_s/2 + α/√π) (eV/e²; see the class comment). */
    public double selfEnergyPerChargeSquared() {
        return -KE * ((energyShift + forceShift * cutoff) / 2 + alpha / Math.sqrt(Math.PI));
    }

    @Override
    public String type() {
        return "dsf";
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "DampedShiftedForce(alpha=%g 1/Å, cutoff=%g Å)", alpha, cutoff);
    }
}
