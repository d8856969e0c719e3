package org.ionmat.simulate.optimize;

/** A minimisation algorithm over an {@link Objective}. */
public interface Minimizer {

    /**
     * What a minimisation did.
     *
     * @param x           the last accepted point
     * @param value       the objective there
     * @param steps       accepted steps
     * @param evaluations objective evaluations
     * @param converged   whether the objective reported convergence
     */
    record Outcome(double[] x, double value, int steps, int evaluations, boolean converged) {
    }

    /** Called after every accepted step with the step number and the objective value. */
    interface Listener {
        void step(int step, double value);
    }

    /**
     * Minimises from {@code o.start()}.
     *
     * @param maxSteps largest number of steps
     * @param maxStep  largest block norm of one step
     */
    Outcome minimize(Objective o, int maxSteps, double maxStep, Listener listener);
}
