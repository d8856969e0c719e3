package org.ionmat.potential.pair;

/**
 * Buckingham pair potential E(r) = A exp(−r/ρ) − C/r⁶ (as LAMMPS {@code buck}).
 *
 * @param a   A, eV
 * @param rho ρ, Å (&gt; 0)
 * @param c   C, eV·Å⁶
 */
public record Buckingham(double a, double rho, double c) implements PairFunction {

    public Buckingham {
        PairParameters.requireFinite("A", a);
        PairParameters.requirePositive("rho", rho);
        PairParameters.requireFinite("C", c);
    }

    @Override
    public double evaluate(double r, double[] dEdr) {
        double rep = a * Math.exp(-r / rho);
        double r2 = r * r;
        double r6inv = 1 / (r2 * r2 * r2);
        dEdr[0] = -rep / rho + 6 * c * r6inv / r;
        return rep - c * r6inv;
    }

    @Override
    public String type() {
        return "buckingham";
    }
}
