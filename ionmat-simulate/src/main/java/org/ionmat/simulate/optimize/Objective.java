package org.ionmat.simulate.optimize;

/**
 * A function to minimise for {@link Fire} and {@link Lbfgs}: value and gradient at a point, and a
 * convergence test on the last evaluated point. Variables come in blocks of three (atoms; a final
 * shorter block is allowed) so that step limits apply per atom.
 */
public interface Objective {

    /** Number of variables. */
    int dimension();

    /** The starting point (a fresh array). */
    double[] start();

    /**
     * Value at {@code x}, writing the gradient into {@code gradient}.
     */
    double evaluate(double[] x, double[] gradient);

    /** True if the last evaluated point satisfies the convergence criteria. */
    boolean converged();

    /** Largest Euclidean norm of a block of three components of {@code step}. */
    default double maxBlockNorm(double[] step) {
        double max = 0;
        for (int k = 0; k < step.length; k += 3) {
            double s = 0;
            for (int a = k; a < Math.min(k + 3, step.length); a++) {
                s += step[a] * step[a];
            }
            max = Math.max(max, s);
        }
        return Math.sqrt(max);
    }
}
