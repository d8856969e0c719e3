package org.ionmat.core.composition;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.ionmat.core.element.Element;
import org.ionmat.core.element.ElementOrder;

/**
 * One charge-balanced assignment of oxidation states to a composition, as found by
 * {@link OxidationStateGuesser}.
 *
 * @param averages   element -> average oxidation state, e (e.g. Fe 8/3 in Fe3O4), in
 *                   electronegativity order
 * @param species    the composition split into species with integer oxidation states, amounts as
 *                   in the input composition (Fe3O4 -> Fe2+ 1, Fe3+ 2, O2- 4)
 * @param score      sum over the atoms of the input composition of the number of ICSD occurrences
 *                   of their species (pymatgen's ranking score); higher is more common
 * @param scale      the integer composition that was charge balanced is the input times
 *                   {@code scale} (1 for integer compositions, 2 for Li6.5La3Zr1.5Ta0.5O12, 1000
 *                   for Li0.33La0.557TiO3); {@code score} is per input composition
 */
public record OxidationStateGuess(Map<Element, Double> averages, Composition species, double score,
                                  double scale) {

    public OxidationStateGuess {
        TreeMap<Element, Double> m = new TreeMap<>(ElementOrder.BY_ELECTRONEGATIVITY);
        m.putAll(averages);
        averages = Collections.unmodifiableMap(m);
    }

    /** Average oxidation state of {@code e}, or NaN when {@code e} is not in the composition. */
    public double average(Element e) {
        return averages.getOrDefault(e, Double.NaN);
    }

    /** True when some element takes more than one oxidation state (mixed valence). */
    public boolean isMixedValence() {
        return species.species().size() > averages.size();
    }
}
