package org.ionmat.core.structure.order;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ionmat.core.composition.Composition;
import org.ionmat.core.element.Species;

/**
 * One group (orbit) of disordered sites and how it was filled in the ordered supercell.
 *
 * @param label         label of the group's sites
 * @param occupancies   species and occupancies of each site of the group
 * @param multiplicity  number of such sites in the input cell
 * @param sites         number of such sites in the supercell
 * @param targetCounts  occupancy × sites per species (atoms, usually not integer)
 * @param counts        atoms of each species placed on the group's sites
 * @param vacancies     sites left empty
 */
public record SiteGroup(String label, Composition occupancies, int multiplicity, int sites,
                        Map<Species, Double> targetCounts, Map<Species, Integer> counts, int vacancies) {

    public SiteGroup {
        targetCounts = Collections.unmodifiableMap(new LinkedHashMap<>(targetCounts));
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    /** Largest |placed − target| over the species of this group (atoms). */
    public double maxCountError() {
        double e = 0;
        for (Map.Entry<Species, Double> t : targetCounts.entrySet()) {
            e = Math.max(e, Math.abs(counts.getOrDefault(t.getKey(), 0) - t.getValue()));
        }
        return e;
    }
}
