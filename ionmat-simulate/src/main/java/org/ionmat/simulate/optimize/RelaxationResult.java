package org.ionmat.simulate.optimize;

import org.ionmat.core.units.Units;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.CalculatorResult;

/**
 * Outcome of a {@link Relaxation}.
 *
 * @param system         the final structure
 * @param result         energy, forces and virial of the final structure
 * @param converged      whether the thresholds were met
 * @param steps          optimizer steps taken
 * @param evaluations    energy/force evaluations
 * @param initialEnergy  potential energy of the start, eV
 * @param energies       potential energy after each step (element 0: the start), eV
 * @param maxForce       largest final atomic force, eV/Å
 * @param stressResidualGpa final stress measure of the convergence test, GPa (0 for a fixed cell)
 * @param seconds        wall time, s
 */
public record RelaxationResult(AtomicSystem system, CalculatorResult result, boolean converged, int steps, int evaluations,
                               double initialEnergy, double[] energies, double maxForce, double stressResidualGpa, double seconds) {

    /** Final potential energy, eV. */
    public double finalEnergy() {
        return result.energy();
    }

    /** Final virial pressure, GPa. */
    public double pressureGpa() {
        return result.pressure() * Units.EV_PER_A3_TO_GPA;
    }

    /** Final stress σ = −W/V (ASE sign), GPa, 3x3 row-major. */
    public double[] stressGpa() {
        double[] s = result.stress();
        for (int k = 0; k < 9; k++) {
            s[k] *= Units.EV_PER_A3_TO_GPA;
        }
        return s;
    }
}
