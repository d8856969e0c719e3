package org.ionmat.simulate.md;

import java.util.Map;

/**
 * One MD time-stepping scheme with its ensemble (thermostat, barostat). Implementations keep their
 * own variables (chain positions, barostat momenta) and allocate nothing in {@link #step}.
 */
public interface Integrator {

    /** Short name, e.g. {@code velocity-verlet}, {@code nose-hoover-chain}. */
    String name();

    /** Parameters for the run metadata (units in the key names). */
    Map<String, Object> parameters();

    /** Degrees of freedom for the temperature of {@code atoms} atoms. */
    int degreesOfFreedom(int atoms);

    /** True if the integrator changes the cell. */
    boolean variableCell();

    /**
     * Prepares the integrator for a state whose forces are current; called once before the first
     * step (not after {@link #restore}).
     */
    void initialize(MdState s);

    /** Advances the state by one time step, calling {@code forces} once. */
    void step(MdState s, ForceEvaluator forces);

    /** The conserved quantity of the ensemble, eV (NaN if there is none). */
    double conservedQuantity(MdState s);

    /** The integrator's own variables, for checkpoints. */
    double[] state();

    /** Restores variables saved by {@link #state()}. */
    void restore(double[] state);
}
