package org.ionmat.analysis.bvse;

/**
 * The BVSE Morse term of a mobile ion and one counter-ion,
 * E(R) = D0/2 · [(exp(α (Rmin − R)) − 1)² − 1], minimum −D0/2 at Rmin (the softBV site-energy
 * convention, as in BVlain).
 *
 * @param d0    D0, eV
 * @param rMin  Rmin, Å
 * @param alpha α = 1/b, 1/Å
 */
public record MorseTerm(double d0, double rMin, double alpha) {

    public MorseTerm {
        if (!(d0 > 0) || !(rMin > 0) || !(alpha > 0) || !Double.isFinite(d0 + rMin + alpha)) {
            throw new IllegalArgumentException("Morse parameters must be positive and finite: D0=" + d0
                    + " Rmin=" + rMin + " alpha=" + alpha);
        }
    }

    /** Energy at distance {@code r} (Å), eV. */
    public double energy(double r) {
        double e = Math.exp(alpha * (rMin - r)) - 1;
        return 0.5 * d0 * (e * e - 1);
    }
}
