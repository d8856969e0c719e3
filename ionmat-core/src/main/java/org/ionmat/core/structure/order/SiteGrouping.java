package org.ionmat.core.structure.order;

/**
 * Which disordered sites form one group (an orbit): counts are made exact per group, and
 * refinement swaps stay within a group.
 */
public enum SiteGrouping {
    /**
     * Same label and same species with occupancies. Structures expanded from a CIF keep the label
     * of the asymmetric-unit site, so labels identify orbits; sites without a label are labelled by
     * their species and so fall back to {@link #COMPOSITION}.
     */
    LABEL,
    /** Same species with occupancies, whatever the label (merges orbits of equal occupancy). */
    COMPOSITION
}
