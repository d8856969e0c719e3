package org.ionmat.potential;

import java.util.Locale;

/**
 * Checks a calculator's forces and virial against finite differences of its energy (fourth-order
 * central differences): F_i = −∂E/∂r_i by displacing single coordinates, and W = −∂E/∂ε by applying
 * small homogeneous strains. Every calculator's tests use it, as ASE's
 * {@code calculate_numerical_forces/stress} are used there.
 */
public final class FiniteDifferenceCheck {

    private FiniteDifferenceCheck() {
    }

    /** Numerical forces, eV/Å (3 per atom), with displacement step {@code h} (Å). */
    public static double[] numericalForces(Calculator c, AtomicSystem s, double h) {
        double[] p = s.positions();
        double[] f = new double[p.length];
        for (int k = 0; k < p.length; k++) {
            double[] e = new double[4];
            double[] steps = {-2 * h, -h, h, 2 * h};
            for (int q = 0; q < 4; q++) {
                double[] x = p.clone();
                x[k] += steps[q];
                e[q] = c.energy(s.withPositions(x));
            }
            f[k] = -(e[0] - 8 * e[1] + 8 * e[2] - e[3]) / (12 * h);
        }
        return f;
    }

    /** Numerical virial W = −∂E/∂ε (eV, 3x3 row-major, symmetrised) with strain step {@code h}. */
    public static double[] numericalVirial(Calculator c, AtomicSystem s, double h) {
        double[] w = new double[9];
        for (int a = 0; a < 3; a++) {
            for (int b = a; b < 3; b++) {
                double[] e = new double[4];
                double[] steps = {-2 * h, -h, h, 2 * h};
                for (int q = 0; q < 4; q++) {
                    double[] eps = new double[9];
                    eps[3 * a + b] += a == b ? steps[q] : steps[q] / 2;
                    eps[3 * b + a] += a == b ? 0 : steps[q] / 2;
                    e[q] = c.energy(s.strained(eps));
                }
                double d = -(e[0] - 8 * e[1] + 8 * e[2] - e[3]) / (12 * h);
                w[3 * a + b] = d;
                w[3 * b + a] = d;
            }
        }
        return w;
    }

    /**
     * Largest deviation of analytic from numerical values relative to the largest numerical
     * magnitude (max_k |a_k − n_k| / max(max_k |n_k|, floor)).
     */
    public static double relativeError(double[] analytic, double[] numerical, double floor) {
        double scale = floor;
        for (double v : numerical) {
            scale = Math.max(scale, Math.abs(v));
        }
        double err = 0;
        for (int k = 0; k < analytic.length; k++) {
            err = Math.max(err, Math.abs(analytic[k] - numerical[k]));
        }
        return err / scale;
    }

    /**
     * Asserts forces and virial agree with finite differences within {@code tolerance} (relative),
     * throwing an {@link AssertionError} with details otherwise.
     */
    public static void assertConsistent(Calculator c, AtomicSystem s, double h, double tolerance) {
        CalculatorResult r = c.calculate(s, Calculator.Request.FORCES_AND_VIRIAL);
        double fe = relativeError(r.forces(), numericalForces(c, s, h), 1e-3);
        double we = relativeError(r.virial(), numericalVirial(c, s, h / 10), 1e-3);
        if (fe > tolerance || we > tolerance) {
            throw new AssertionError(String.format(Locale.ROOT,
                    "%s: forces relative error %.3g, virial relative error %.3g (tolerance %.3g)", c.name(), fe, we, tolerance));
        }
    }
}
