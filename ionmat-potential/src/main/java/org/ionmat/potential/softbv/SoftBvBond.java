package org.ionmat.potential.softbv;

/**
 * A cation–anion bond of the SoftBV force field: the table pair with its derived R_min (eqn 3)
 * and D0 (eqn 2 or 4). The bond energy is the Morse form of eqn 1,
 * D0 ((s/s_min)² − 2 s/s_min) = D0 ((exp((R_min − R)/b) − 1)² − 1), with its minimum −D0 at R_min.
 *
 * @param pair the table pair (R0, b, N_C, R_cutoff)
 * @param rMin R_min, Å
 * @param d0   D0, eV
 */
public record SoftBvBond(SoftBvPair pair, double rMin, double d0) {

    /** Morse α = 1/b, 1/Å. */
    public double alpha() {
        return 1 / pair.b();
    }

    /** R_cutoff, Å. */
    public double cutoff() {
        return pair.cutoff();
    }

    /** Untruncated Morse energy at distance {@code r} (Å), eV. */
    public double energy(double r) {
        double e = Math.exp((rMin - r) / pair.b()) - 1;
        return d0 * (e * e - 1);
    }

    /** Derivative of {@link #energy} with respect to r, eV/Å. */
    public double derivative(double r) {
        double x = Math.exp((rMin - r) / pair.b());
        return -2 * d0 * (x - 1) * x / pair.b();
    }
}
