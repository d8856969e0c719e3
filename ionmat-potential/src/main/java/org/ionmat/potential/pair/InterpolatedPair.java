package org.ionmat.potential.pair;

/**
 * A pair energy replaced by an interpolation table for speed: quintic Hermite interpolation on a
 * uniform grid in s = r², matching E, dE/ds and d²E/ds² at every node (the scheme of {@code Erfc}
 * in ionmat-core). Working in r² spares the inner loop the square root, the division and every
 * exponential or error function: the pair force factor −(dE/dr)/r is −2 dE/ds, the exact
 * derivative of the interpolated energy.
 *
 * <p>Every interval is checked at build time: E and dE/dr at three inner points must agree with the
 * function to 1e-11 of their scale at that distance, |E| + |E'|r + |E''|r² and |E'| + |E''|r (the
 * scale of the function's variation; relative to E alone the check would fail on rounding noise
 * where E and E' pass through zero, e.g. at a shifted cutoff). The table starts at the first node from which all intervals pass (steep walls
 * at very short distance may not); the caller evaluates the function directly below
 * {@link #lo()}, and for the whole range when {@link #build} returns null.
 */
final class InterpolatedPair {

    /** Starting grid spacing in r², Å² (halved up to three times if the accuracy check fails). */
    static final double SPACING = 0.05;
    private static final double TOLERANCE = 1e-11;

    private final double lo2;
    private final double h;
    private final double inv;
    private final int intervals;
    /** Per node: E, dE/ds · h, d²E/ds² · h² / 2. */
    private final double[] nodes;

    private InterpolatedPair(double lo2, double h, int intervals, double[] nodes) {
        this.lo2 = lo2;
        this.h = h;
        this.inv = 1 / h;
        this.intervals = intervals;
        this.nodes = nodes;
    }

    /** Lower end of the table in r, Å. */
    double lo() {
        return Math.sqrt(lo2);
    }

    /** Lower end of the table in r², Å². */
    double lo2() {
        return lo2;
    }

    /**
     * Table of {@code f} on [r_lo, hi] (Å) with r_lo ≥ {@code lo} as small as the accuracy allows,
     * or null if {@code f} has no second derivative or no part of the range can be interpolated.
     */
    static InterpolatedPair build(PairFunction f, double lo, double hi) {
        if (!(hi > lo) || Double.isNaN(f.secondDerivative(0.5 * (lo + hi)))) {
            return null;
        }
        double s0 = lo * lo;
        double s1 = hi * hi;
        InterpolatedPair best = null;
        for (double spacing = SPACING; spacing >= SPACING / 8; spacing /= 2) {
            InterpolatedPair t = grid(f, s0, s1, spacing);
            if (t == null) {
                continue;
            }
            int first = t.firstAccurateInterval(f);
            if (first == 0) {
                return t;
            }
            if (first < t.intervals) {
                double start = s0 + first * t.h;
                InterpolatedPair trimmed = grid(f, start, s1, t.h);
                if (trimmed != null && trimmed.firstAccurateInterval(f) == 0 && (best == null || start < best.lo2)) {
                    best = trimmed;
                }
            }
        }
        return best;
    }

    /** Nodes on [s0, s1] (Å²) with about the given spacing, or null if a value is not finite. */
    private static InterpolatedPair grid(PairFunction f, double s0, double s1, double spacing) {
        double[] d = new double[1];
        int n = Math.max(1, (int) Math.ceil((s1 - s0) / spacing - 1e-9));
        double h = (s1 - s0) / n;
        double[] nodes = new double[3 * (n + 1)];
        for (int k = 0; k <= n; k++) {
            double r = Math.sqrt(k == n ? s1 : s0 + k * h);
            double e = f.evaluate(r, d);
            double es = d[0] / (2 * r);                                   // dE/ds
            double ess = (f.secondDerivative(r) - d[0] / r) / (4 * r * r); // d²E/ds²
            nodes[3 * k] = e;
            nodes[3 * k + 1] = es * h;
            nodes[3 * k + 2] = ess * h * h / 2;
            if (!Double.isFinite(e) || !Double.isFinite(nodes[3 * k + 1]) || !Double.isFinite(nodes[3 * k + 2])) {
                return null;
            }
        }
        return new InterpolatedPair(s0, h, n, nodes);
    }

    /**
     * Index of the first interval from which on every interval passes the accuracy check
     * ({@link #intervals} if even the last one does not).
     */
    private int firstAccurateInterval(PairFunction f) {
        double[] d = new double[1];
        double[] ds = new double[1];
        for (int k = intervals - 1; k >= 0; k--) {
            for (double frac : new double[] {0.5, 0.25, 0.75}) {
                double s = lo2 + (k + frac) * h;
                double r = Math.sqrt(s);
                double e = f.evaluate(r, d);
                double e2 = Math.abs(f.secondDerivative(r));
                double et = evaluate(s, ds);
                double dt = 2 * r * ds[0];
                double scaleE = Math.abs(e) + Math.abs(d[0]) * r + e2 * r * r;
                double scaleD = Math.abs(d[0]) + e2 * r;
                if (!(Math.abs(et - e) <= TOLERANCE * scaleE) || !(Math.abs(dt - d[0]) <= TOLERANCE * scaleD)) {
                    return k + 1;
                }
            }
        }
        return 0;
    }

    /** E (eV) at s = r² (Å², at least {@link #lo2()}), and dE/ds (eV/Å²) into {@code dEds[0]}. */
    double evaluate(double s, double[] dEds) {
        double u = (s - lo2) * inv;
        int k = (int) u;
        if (k >= intervals) {
            k = intervals - 1;
        }
        double t = u - k;
        int a = 3 * k;
        double y0 = nodes[a];
        double d0 = nodes[a + 1];
        double c0 = nodes[a + 2];
        double y1 = nodes[a + 3];
        double d1 = nodes[a + 4];
        double c1 = nodes[a + 5];
        // quintic Hermite on [0, 1] in t and its derivative
        double t2 = t * t;
        double t3 = t2 * t;
        double q = 1 - t;
        double q2 = q * q;
        double q3 = q2 * q;
        double h0 = q3 * (1 + 3 * t + 6 * t2);
        double h1 = t3 * (1 + 3 * q + 6 * q2);
        double g0 = q3 * t * (1 + 3 * t);
        double g1 = -t3 * q * (1 + 3 * q);
        double k0 = q3 * t2;
        double k1 = t3 * q2;
        double qt = q * t;
        double dh0 = -30 * qt * qt;
        double dg0 = q2 * (1 + t * (2 - 15 * t));
        double dg1 = t2 * (1 + q * (2 - 15 * q));
        double dk0 = q2 * t * (2 - 5 * t);
        double dk1 = t2 * q * (3 - 5 * t);
        dEds[0] = (dh0 * (y0 - y1) + dg0 * d0 + dg1 * d1 + dk0 * c0 + dk1 * c1) * inv;
        return y0 * h0 + y1 * h1 + d0 * g0 + d1 * g1 + c0 * k0 + c1 * k1;
    }
}
