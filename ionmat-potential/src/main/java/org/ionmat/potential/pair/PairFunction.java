package org.ionmat.potential.pair;

/**
 * An interaction energy E(r) of two atoms at distance r (Å), in eV. Implementations are immutable
 * and evaluated in the inner loop of {@link PairCalculator}; they allocate nothing.
 */
public interface PairFunction {

    /**
     * Energy and its derivative at distance {@code r}.
     *
     * @param r    distance, Å (&gt; 0)
     * @param dEdr receives dE/dr (eV/Å) in element 0
     * @return E(r), eV
     */
    double evaluate(double r, double[] dEdr);

    /** E(r), eV. */
    default double energy(double r) {
        return evaluate(r, new double[1]);
    }

    /** Short name of the functional form, e.g. {@code "buckingham"}. */
    String type();
}
