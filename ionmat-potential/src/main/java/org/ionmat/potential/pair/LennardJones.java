package org.ionmat.potential.pair;

/**
 * Lennard-Jones 12-6 pair potential E(r) = 4ε [(σ/r)¹² − (σ/r)⁶] (as LAMMPS {@code lj/cut}).
 *
 * @param epsilon ε, eV
 * @param sigma   σ, Å (&gt; 0)
 */
public record LennardJones(double epsilon, double sigma) implements PairFunction {

    public LennardJones {
        PairParameters.requireFinite("epsilon", epsilon);
        PairParameters.requirePositive("sigma", sigma);
    }

    @Override
    public double evaluate(double r, double[] dEdr) {
        double s2 = sigma * sigma / (r * r);
        double s6 = s2 * s2 * s2;
        double s12 = s6 * s6;
        dEdr[0] = -24 * epsilon * (2 * s12 - s6) / r;
        return 4 * epsilon * (s12 - s6);
    }

    @Override
    public String type() {
        return "lj";
    }
}
