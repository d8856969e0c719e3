package org.ionmat.simulate.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.ionmat.core.units.Units;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.Calculator;
import org.ionmat.potential.CalculatorResult;

/**
 * Relaxes a structure with any {@link Calculator}: atomic positions, and optionally the cell
 * (isotropic or full) under a target pressure, with FIRE or L-BFGS (see {@link RelaxOptions} for
 * the convergence criteria). Variable-cell relaxation minimises the enthalpy E + P·V.
 *
 * <pre>{@code
 * RelaxationResult r = Relaxation.run(calculator, AtomicSystem.of(structure),
 *         RelaxOptions.DEFAULT.withCellMode(CellMode.ISOTROPIC).withFmax(0.005));
 * }</pre>
 */
public final class Relaxation {

    private Relaxation() {
    }

    /** Relaxes {@code start}. */
    public static RelaxationResult run(Calculator calculator, AtomicSystem start, RelaxOptions options) {
        return run(calculator, start, options, null);
    }

    /**
     * Relaxes {@code start}, reporting each step number to {@code progress} (may be null).
     */
    public static RelaxationResult run(Calculator calculator, AtomicSystem start, RelaxOptions options, IntConsumer progress) {
        long t0 = System.nanoTime();
        CellObjective objective = new CellObjective(calculator, start, options);
        Minimizer minimizer = options.algorithm() == RelaxOptions.Algorithm.FIRE ? new Fire() : new Lbfgs();
        List<Double> energies = new ArrayList<>();
        double[] first = {Double.NaN};
        Minimizer.Listener listener = (step, value) -> {
            energies.add(objective.lastResult().energy());
            if (progress != null) {
                progress.accept(step);
            }
        };
        Objective recording = new Objective() {
            @Override
            public int dimension() {
                return objective.dimension();
            }

            @Override
            public double[] start() {
                return objective.start();
            }

            @Override
            public double evaluate(double[] x, double[] gradient) {
                double v = objective.evaluate(x, gradient);
                if (Double.isNaN(first[0])) {
                    first[0] = objective.lastResult().energy();
                    energies.add(first[0]);
                }
                return v;
            }

            @Override
            public boolean converged() {
                return objective.converged();
            }
        };
        Minimizer.Outcome out = minimizer.minimize(recording, options.maxSteps(), options.maxStep(), listener);
        // the objective's last evaluation may be a rejected line-search trial: re-evaluate the result point
        AtomicSystem finalSystem = objective.system(out.x());
        CalculatorResult finalResult = objective.lastSystem() != null && sameState(objective.lastSystem(), finalSystem)
                ? objective.lastResult() : null;
        int evaluations = out.evaluations();
        if (finalResult == null) {
            objective.evaluate(out.x(), new double[objective.dimension()]);
            finalResult = objective.lastResult();
            evaluations++;
        }
        double[] e = new double[energies.size()];
        for (int k = 0; k < e.length; k++) {
            e[k] = energies.get(k);
        }
        return new RelaxationResult(objective.lastSystem(), finalResult, objective.converged(), out.steps(), evaluations,
                first[0], e, objective.lastMaxForce(), objective.lastStress() * Units.EV_PER_A3_TO_GPA,
                (System.nanoTime() - t0) / 1e9);
    }

    private static boolean sameState(AtomicSystem a, AtomicSystem b) {
        return a.lattice().equals(b.lattice()) && java.util.Arrays.equals(a.positionsView(), b.positionsView());
    }
}
