package org.ionmat.potential.spec;

import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.Calculator;

/**
 * An energy model as read from a potential file or selected by name: it makes a {@link Calculator}
 * for a given system. Immutable; each call makes a new calculator (one per simulation).
 */
public interface PotentialModel {

    /** Short name, e.g. {@code "Li2O Buckingham + Ewald"} or {@code "softbv"}. */
    String name();

    /**
     * A calculator for {@code system} (and systems with the same species; cell and positions may
     * change).
     *
     * @param threads 0 automatic, 1 serial, n &gt; 1 threads
     * @throws org.ionmat.core.InvalidInputException if the model does not cover a species of the system
     */
    Calculator calculatorFor(AtomicSystem system, int threads);

    /**
     * True if the model needs an oxidation state on every species (e.g. SoftBV); callers then
     * decorate structures before making the {@link AtomicSystem}.
     */
    default boolean needsOxidationStates() {
        return false;
    }

    /** A calculator with the automatic thread setting. */
    default Calculator calculatorFor(AtomicSystem system) {
        return calculatorFor(system, 0);
    }
}
