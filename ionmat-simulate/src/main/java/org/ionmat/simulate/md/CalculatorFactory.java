package org.ionmat.simulate.md;

import java.util.Map;

import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.Calculator;

/**
 * Makes fresh {@link Calculator}s of one potential. The MD engine asks for one per run (calculators
 * keep neighbor lists and are not thread-safe) and for a fresh one after every checkpoint, so that a
 * run resumed from the checkpoint makes exactly the same force calls as the uninterrupted run
 * (bitwise reproducible continuation).
 */
public interface CalculatorFactory {

    /**
     * A new calculator for {@code system} and systems with the same atoms (positions and cell may
     * change during the run).
     *
     * @throws org.ionmat.core.InvalidInputException if the potential does not cover a species of the system
     */
    Calculator create(AtomicSystem system);

    /** The potential as the user named it (file path, {@code softbv}, ...). */
    String spec();

    /** A description for the run metadata (name, parameters, file content digest, ...). */
    /**
     * True if the potential needs an oxidation state on every species (e.g. SoftBV): the caller
     * decorates the structure before making the system.
     */
    default boolean needsOxidationStates() {
        return false;
    }

    default Map<String, Object> describe() {
        return Map.of("spec", spec());
    }
}
