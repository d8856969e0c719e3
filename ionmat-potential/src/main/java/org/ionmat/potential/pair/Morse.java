package org.ionmat.potential.pair;

/**
 * Morse pair potential E(r) = D0 [e^(−2α(r − r0)) − 2 e^(−α(r − r0))] (as LAMMPS {@code morse}):
 * minimum −D0 at r0.
 *
 * @param d0    D0, eV
 * @param alpha α, 1/Å (&gt; 0)
 * @param r0    r0, Å
 */
public record Morse(double d0, double alpha, double r0) implements PairFunction {

    public Morse {
        PairParameters.requireFinite("D0", d0);
        PairParameters.requirePositive("alpha", alpha);
        PairParameters.requireFinite("r0", r0);
    }

    @Override
    public double evaluate(double r, double[] dEdr) {
        double x = Math.exp(-alpha * (r - r0));
        dEdr[0] = 2 * alpha * d0 * (x - x * x);
        return d0 * (x * x - 2 * x);
    }

    @Override
    public String type() {
        return "morse";
    }
}
