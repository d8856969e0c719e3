package org.ionmat.core.structure;

/**
 * Niggli reduction of a lattice: the algorithm of Křivý &amp; Gruber (Acta Cryst. A32, 297, 1976) with
 * the epsilon comparisons of Grosse-Kunstleve, Sauter &amp; Adams (Acta Cryst. A60, 1, 2004), which
 * make it terminate and give the unique Niggli cell also for cells with (nearly) equal lengths or
 * right angles.
 *
 * <p>The cell is first LLL-reduced ({@link LllReduction}) so that very skewed input needs few
 * Niggli steps. Each step is applied to the integer transformation, and the metric parameters are
 * recomputed from {@code T · M} after every step, so rounding errors do not accumulate. The result
 * has det(T) = +1 (handedness kept) and satisfies {@link #isNiggliReduced(Lattice, double)}.
 *
 * <p>Notation: A = a·a, B = b·b, C = c·c, ξ = 2 b·c, η = 2 a·c, ζ = 2 a·b (Å^2); comparisons use
 * ε = tolerance × V^(2/3) (Å^2), so the default tolerance 1e-5 is relative to the squared lengths.
 */
public final class NiggliReduction {

    /** Default relative tolerance of the comparisons. */
    public static final double DEFAULT_TOLERANCE = 1e-5;

    private static final int MAX_STEPS = 10_000;

    private NiggliReduction() {
    }

    /** Niggli-reduced lattice with the default tolerance. */
    public static ReducedLattice reduce(Lattice lattice) {
        return reduce(lattice, DEFAULT_TOLERANCE);
    }

    /**
     * Niggli-reduced lattice and the unimodular transformation (det +1) that produces it.
     *
     * @param tolerance relative tolerance of the comparisons (ε = tolerance × V^(2/3))
     */
    public static ReducedLattice reduce(Lattice lattice, double tolerance) {
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be finite and >= 0: " + tolerance);
        }
        double[] m = lattice.rowMajorView();
        double eps = epsilon(lattice, tolerance);
        long[] t = LllReduction.transformation(m, LllReduction.DEFAULT_DELTA);
        if (IntMatrix3.det(t) < 0) {
            for (int i = 0; i < 9; i++) {
                t[i] = -t[i];
            }
        }
        Comparisons c = new Comparisons(eps);
        double[] g = new double[6];
        for (int step = 0; step < MAX_STEPS; step++) {
            parameters(IntMatrix3.apply(t, m), g);
            double a = g[0];
            double b = g[1];
            double cc = g[2];
            double xi = g[3];
            double eta = g[4];
            double zeta = g[5];
            // A1: order a <= b
            if (c.gt(a, b) || (c.eq(a, b) && c.gt(Math.abs(xi), Math.abs(eta)))) {
                t = IntMatrix3.multiply(new long[] {0, -1, 0, -1, 0, 0, 0, 0, -1}, t);
                continue;
            }
            // A2: order b <= c, then back to A1
            if (c.gt(b, cc) || (c.eq(b, cc) && c.gt(Math.abs(eta), Math.abs(zeta)))) {
                t = IntMatrix3.multiply(new long[] {-1, 0, 0, 0, 0, -1, 0, -1, 0}, t);
                continue;
            }
            // A3 / A4: make xi, eta, zeta all positive or all non-positive
            long[] signs = c.allPositive(xi, eta, zeta) ? signsForPositive(c, xi, eta, zeta)
                    : signsForNonPositive(c, xi, eta, zeta);
            if (signs[0] != 1 || signs[1] != 1 || signs[2] != 1) {
                t = IntMatrix3.multiply(new long[] {signs[0], 0, 0, 0, signs[1], 0, 0, 0, signs[2]}, t);
                parameters(IntMatrix3.apply(t, m), g);
                xi = g[3];
                eta = g[4];
                zeta = g[5];
            }
            // A5: |xi| <= B
            if (c.gt(Math.abs(xi), b) || (c.eq(xi, b) && c.lt(2 * eta, zeta)) || (c.eq(xi, -b) && c.lt(zeta, 0))) {
                long s = (long) Math.signum(xi);
                t = IntMatrix3.multiply(new long[] {1, 0, 0, 0, 1, 0, 0, -s, 1}, t);
                continue;
            }
            // A6: |eta| <= A
            if (c.gt(Math.abs(eta), a) || (c.eq(eta, a) && c.lt(2 * xi, zeta)) || (c.eq(eta, -a) && c.lt(zeta, 0))) {
                long s = (long) Math.signum(eta);
                t = IntMatrix3.multiply(new long[] {1, 0, 0, 0, 1, 0, -s, 0, 1}, t);
                continue;
            }
            // A7: |zeta| <= A
            if (c.gt(Math.abs(zeta), a) || (c.eq(zeta, a) && c.lt(2 * xi, eta)) || (c.eq(zeta, -a) && c.lt(eta, 0))) {
                long s = (long) Math.signum(zeta);
                t = IntMatrix3.multiply(new long[] {1, 0, 0, -s, 1, 0, 0, 0, 1}, t);
                continue;
            }
            // A8: xi + eta + zeta + A + B >= 0
            double sum = xi + eta + zeta + a + b;
            if (c.lt(sum, 0) || (c.eq(sum, 0) && c.gt(2 * (a + eta) + zeta, 0))) {
                t = IntMatrix3.multiply(new long[] {1, 0, 0, 0, 1, 0, 1, 1, 1}, t);
                continue;
            }
            return new ReducedLattice(lattice, t);
        }
        throw new IllegalStateException("Niggli reduction did not converge in " + MAX_STEPS + " steps for " + lattice);
    }

    /**
     * The structure described in its Niggli-reduced cell (same crystal: Cartesian positions kept,
     * fractional coordinates transformed and folded into [0, 1)).
     */
    public static Structure reducedStructure(Structure structure) {
        return reduce(structure.lattice()).applyTo(structure);
    }

    /**
     * True if the lattice satisfies all Niggli conditions (main and special conditions of the
     * positive or negative reduced form, International Tables A, section 3.1.3) within the tolerance.
     */
    public static boolean isNiggliReduced(Lattice lattice, double tolerance) {
        double[] g = new double[6];
        parameters(lattice.rowMajorView(), g);
        Comparisons c = new Comparisons(epsilon(lattice, tolerance));
        double a = g[0];
        double b = g[1];
        double cc = g[2];
        double xi = g[3];
        double eta = g[4];
        double zeta = g[5];
        if (c.gt(a, b) || c.gt(b, cc)) {
            return false;
        }
        if (c.gt(Math.abs(xi), b) || c.gt(Math.abs(eta), a) || c.gt(Math.abs(zeta), a)) {
            return false;
        }
        if (c.eq(a, b) && c.gt(Math.abs(xi), Math.abs(eta))) {
            return false;
        }
        if (c.eq(b, cc) && c.gt(Math.abs(eta), Math.abs(zeta))) {
            return false;
        }
        boolean positive = c.gt(xi, 0) && c.gt(eta, 0) && c.gt(zeta, 0);
        boolean nonPositive = !c.gt(xi, 0) && !c.gt(eta, 0) && !c.gt(zeta, 0);
        if (positive) {
            return !(c.eq(xi, b) && c.gt(zeta, 2 * eta))
                    && !(c.eq(eta, a) && c.gt(zeta, 2 * xi))
                    && !(c.eq(zeta, a) && c.gt(eta, 2 * xi));
        }
        if (!nonPositive) {
            return false;
        }
        double sum = xi + eta + zeta + a + b;
        return !c.lt(sum, 0)
                && !(c.eq(xi, -b) && !c.eq(zeta, 0))
                && !(c.eq(eta, -a) && !c.eq(zeta, 0))
                && !(c.eq(zeta, -a) && !c.eq(eta, 0))
                && !(c.eq(sum, 0) && c.gt(2 * (a + eta) + zeta, 0));
    }

    private static double epsilon(Lattice lattice, double tolerance) {
        return tolerance * Math.pow(lattice.volume(), 2.0 / 3.0);
    }

    /** A, B, C, ξ, η, ζ of row-major vectors m. */
    private static void parameters(double[] m, double[] g) {
        g[0] = dot(m, 0, 0);
        g[1] = dot(m, 1, 1);
        g[2] = dot(m, 2, 2);
        g[3] = 2 * dot(m, 1, 2);
        g[4] = 2 * dot(m, 0, 2);
        g[5] = 2 * dot(m, 0, 1);
    }

    private static double dot(double[] m, int i, int j) {
        return m[3 * i] * m[3 * j] + m[3 * i + 1] * m[3 * j + 1] + m[3 * i + 2] * m[3 * j + 2];
    }

    /** Step A3: flip vectors so that ξ, η, ζ become positive (their product is positive). */
    private static long[] signsForPositive(Comparisons c, double xi, double eta, double zeta) {
        return new long[] {c.lt(xi, 0) ? -1 : 1, c.lt(eta, 0) ? -1 : 1, c.lt(zeta, 0) ? -1 : 1};
    }

    /**
     * Step A4: flip vectors so that ξ, η, ζ become non-positive, keeping det = +1 by flipping the
     * vector that belongs to a zero parameter if an odd number of flips would be needed.
     */
    private static long[] signsForNonPositive(Comparisons c, double xi, double eta, double zeta) {
        long[] s = {1, 1, 1};
        double[] v = {xi, eta, zeta};
        int free = -1;
        for (int k = 0; k < 3; k++) {
            if (c.gt(v[k], 0)) {
                s[k] = -1;
            } else if (!c.lt(v[k], 0)) {
                free = k;
            }
        }
        if (s[0] * s[1] * s[2] < 0) {
            if (free < 0) {
                throw new IllegalStateException("Niggli step A4 found no zero parameter to fix the sign");
            }
            s[free] = -1;
        }
        return s;
    }

    /** Comparisons with tolerance ε as in Grosse-Kunstleve et al. (2004). */
    private record Comparisons(double eps) {
        boolean lt(double x, double y) {
            return x < y - eps;
        }

        boolean gt(double x, double y) {
            return y < x - eps;
        }

        boolean eq(double x, double y) {
            return !lt(x, y) && !gt(x, y);
        }

        /** All three positive, or none zero and exactly one positive (product positive). */
        boolean allPositive(double xi, double eta, double zeta) {
            int positive = 0;
            int zero = 0;
            for (double v : new double[] {xi, eta, zeta}) {
                if (gt(v, 0)) {
                    positive++;
                } else if (!lt(v, 0)) {
                    zero++;
                }
            }
            return positive == 3 || (zero == 0 && positive == 1);
        }
    }
}
