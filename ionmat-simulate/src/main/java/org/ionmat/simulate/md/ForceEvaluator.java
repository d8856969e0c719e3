package org.ionmat.simulate.md;

import org.ionmat.core.InvalidInputException;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.Calculator;
import org.ionmat.potential.CalculatorResult;

/**
 * Calls the calculator for an {@link MdState} and copies energy, forces and virial into the state.
 *
 * <p>Positions are handed to the calculator in one of two buffers used in turn, so that the system
 * of the previous call (which a calculator may keep, e.g. to compare positions) is never modified;
 * the only per-call objects are the immutable {@link AtomicSystem} wrapper and what the calculator
 * returns.
 */
public final class ForceEvaluator {

    private final CalculatorFactory factory;
    private final AtomicSystem template;
    private Calculator calculator;
    private final double[][] buffers;
    private int next;
    private AtomicSystem system;
    private long calls;

    /** An evaluator that makes its calculator with {@code factory}. */
    public ForceEvaluator(CalculatorFactory factory, AtomicSystem template) {
        this.factory = factory;
        this.template = template;
        this.calculator = factory.create(template);
        int n3 = 3 * template.size();
        this.buffers = new double[][] {new double[n3], new double[n3]};
        this.system = template;
    }

    /** Replaces the calculator by a fresh one (after a checkpoint; see {@link CalculatorFactory}). */
    public void reset() {
        this.calculator = factory.create(template);
    }

    /** The calculator in use. */
    public Calculator calculator() {
        return calculator;
    }

    /** Number of force calls so far. */
    public long calls() {
        return calls;
    }

    /**
     * Computes energy, forces and virial at the state's positions and cell.
     *
     * @throws SimulationException if the energy or virial is not finite
     */
    public void evaluate(MdState s) {
        double[] buf = buffers[next];
        next ^= 1;
        System.arraycopy(s.x, 0, buf, 0, buf.length);
        if (system.lattice() != s.lattice) {
            system = system.withLattice(s.lattice, false);
        }
        system = system.withPositionsOwned(buf);
        CalculatorResult r;
        try {
            r = calculator.calculate(system, Calculator.Request.FORCES_AND_VIRIAL);
        } catch (InvalidInputException e) {
            if (!allFinite(s.x)) {
                throw new SimulationException("the simulation blew up (non-finite positions); reduce the time step "
                        + "or check the potential and the structure", e);
            }
            throw e;
        }
        calls++;
        double[] f = r.forces();
        double[] w = r.virial();
        if (f == null || w == null) {
            throw new IllegalStateException(calculator.name() + " did not return forces and virial");
        }
        if (!Double.isFinite(r.energy())) {
            throw new SimulationException("the potential energy is not finite (" + r.energy()
                    + "); atoms may have collapsed onto each other: reduce the time step or check the potential");
        }
        System.arraycopy(f, 0, s.f, 0, f.length);
        System.arraycopy(w, 0, s.virial, 0, 9);
        s.potentialEnergy = r.energy();
    }

    private static boolean allFinite(double[] a) {
        for (double v : a) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
