package org.ionmat.core.oxidation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.composition.Composition;
import org.ionmat.core.composition.OxidationStateGuess;
import org.ionmat.core.composition.OxidationStateGuesser;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Structure;

/**
 * The oxidation states of a structure, from the best source available: the file's own annotations
 * ({@code Li1+} type symbols), else bond-valence analysis of the structure
 * ({@link BondValenceAnalyzer}), else the best charge-balanced guess from the composition alone.
 *
 * @param source    where the states come from
 * @param averages  occupancy-weighted average oxidation state per element, electronegativity order
 * @param decorated the structure with oxidation states on every species (null for the composition
 *                  source, which does not say which site holds which state of a mixed-valence element)
 */
public record OxidationStateAssignment(Source source, Map<Element, Double> averages, Structure decorated) {

    /** Where oxidation states came from. */
    public enum Source {
        /** Oxidation states given in the file. */
        FILE,
        /** Bond-valence analysis of the structure. */
        BOND_VALENCE,
        /** Charge-balanced guess from the composition. */
        COMPOSITION;

        /** Lower-case name with hyphens, as reported in JSON. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public OxidationStateAssignment {
        averages = Collections.unmodifiableMap(new LinkedHashMap<>(averages));
    }

    /**
     * Oxidation states of {@code s}; empty when the file has none, bond-valence analysis fails and no
     * charge-balanced guess exists.
     *
     * @param groups groups of equivalent sites for the bond-valence analysis (null: by CIF label)
     */
    public static Optional<OxidationStateAssignment> of(Structure s, int[] groups) {
        Composition comp = s.composition();
        if (!comp.isEmpty() && comp.species().stream().allMatch(Species::hasOxidationState)) {
            Map<Element, double[]> acc = new EnumMap<>(Element.class);
            comp.amounts().forEach((sp, v) -> {
                double[] a = acc.computeIfAbsent(sp.element(), e -> new double[2]);
                a[0] += v * sp.oxidationState();
                a[1] += v;
            });
            Map<Element, Double> avg = new LinkedHashMap<>();
            comp.elementAmounts().keySet().forEach(e -> avg.put(e, acc.get(e)[0] / acc.get(e)[1]));
            return Optional.of(new OxidationStateAssignment(Source.FILE, avg, s));
        }
        Structure plain = s.withoutOxidationStates();
        Optional<BondValenceAnalyzer.Assignment> bv = BondValenceAnalyzer.assign(plain,
                groups != null ? groups : BondValenceAnalyzer.groupsByLabel(plain), BondValenceAnalyzer.Options.DEFAULTS);
        if (bv.isPresent()) {
            return Optional.of(new OxidationStateAssignment(Source.BOND_VALENCE, bv.get().averages(plain),
                    bv.get().decorate(plain)));
        }
        try {
            Optional<OxidationStateGuess> g = OxidationStateGuesser.best(comp.withoutOxidationStates());
            return g.map(x -> new OxidationStateAssignment(Source.COMPOSITION, x.averages(), null));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }
}
