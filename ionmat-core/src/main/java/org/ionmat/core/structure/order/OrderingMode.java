package org.ionmat.core.structure.order;

/** How a disordered structure is turned into an ordered one. */
public enum OrderingMode {
    /** One random arrangement with exact counts, drawn from the seed. */
    RANDOM,
    /**
     * The electrostatically lowest of several random arrangements (Ewald energy of the oxidation
     * states), each optionally improved by swap {@link Refinement}.
     */
    EWALD
}
