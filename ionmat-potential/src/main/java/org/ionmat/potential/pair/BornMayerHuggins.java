package org.ionmat.potential.pair;

/**
 * Born–Mayer–Huggins pair potential E(r) = A exp((σ − r)/ρ) − C/r⁶ + D/r⁸ (as LAMMPS {@code born});
 * with σ = 0 and D = 0 it is the {@link Buckingham} potential.
 *
 * @param a     A, eV
 * @param rho   ρ, Å (&gt; 0)
 * @param sigma σ, Å
 * @param c     C, eV·Å⁶
 * @param d     D, eV·Å⁸
 */
public record BornMayerHuggins(double a, double rho, double sigma, double c, double d) implements PairFunction {

    public BornMayerHuggins {
        PairParameters.requireFinite("A", a);
        PairParameters.requirePositive("rho", rho);
        PairParameters.requireFinite("sigma", sigma);
        PairParameters.requireFinite("C", c);
        PairParameters.requireFinite("D", d);
    }

    @Override
    public double evaluate(double r, double[] dEdr) {
        double rep = a * Math.exp((sigma - r) / rho);
        double r2inv = 1 / (r * r);
        double r6inv = r2inv * r2inv * r2inv;
        double r8inv = r6inv * r2inv;
        dEdr[0] = -rep / rho + (6 * c * r6inv - 8 * d * r8inv) / r;
        return rep - c * r6inv + d * r8inv;
    }

    @Override
    public String type() {
        return "born";
    }
}
