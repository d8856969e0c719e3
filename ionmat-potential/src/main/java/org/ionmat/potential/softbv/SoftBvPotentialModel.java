package org.ionmat.potential.softbv;

import org.ionmat.core.InvalidInputException;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.Calculator;
import org.ionmat.potential.spec.PotentialModel;

/**
 * The SoftBV force field as a {@link PotentialModel}, selected with {@code --potential softbv} or a
 * file {@code {"model": "softbv", "sf": 0.62}}. With {@code "sf": "auto"} (the default) the screening
 * factor is the one that zeroes the pressure of the first system a calculator is made for
 * ({@link ScreeningFactorSolver}); it is then kept for every later calculator of this model, so that a
 * simulation restarted from a checkpoint uses the same force field.
 */
public final class SoftBvPotentialModel implements PotentialModel {

    private final SoftBvModel model;
    private final double fixedSf;
    private volatile double autoSf = Double.NaN;

    /**
     * @param model the parameters and conventions
     * @param sf    screening factor, or NaN for automatic (zero pressure of the first system)
     */
    public SoftBvPotentialModel(SoftBvModel model, double sf) {
        if (!Double.isNaN(sf) && !(sf > 0 && sf < 5)) {
            throw new InvalidInputException(null, -1, Double.toString(sf), "SoftBV screening factor must be in (0, 5)");
        }
        this.model = model;
        this.fixedSf = sf;
    }

    @Override
    public String name() {
        return Double.isNaN(fixedSf) ? "softbv (sf auto)" : "softbv (sf " + fixedSf + ")";
    }

    @Override
    public boolean needsOxidationStates() {
        return true;
    }

    /** The screening factor in use: the fixed one, or the automatic one once determined (else NaN). */
    public double screeningFactor() {
        return Double.isNaN(fixedSf) ? autoSf : fixedSf;
    }

    @Override
    public synchronized Calculator calculatorFor(AtomicSystem system, int threads) {
        for (int t = 0; t < system.numTypes(); t++) {
            if (!system.typeSpecies(t).hasOxidationState()) {
                throw new InvalidInputException("the SoftBV force field needs oxidation states on every species; "
                        + system.typeSpecies(t) + " has none");
            }
        }
        double sf = fixedSf;
        if (Double.isNaN(sf)) {
            if (Double.isNaN(autoSf)) {
                autoSf = ScreeningFactorSolver.solve(model, system, 0, 1e-8).screeningFactor();
            }
            sf = autoSf;
        }
        return new SoftBvCalculator(model, sf);
    }
}
