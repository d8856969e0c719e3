package org.ionmat.cli;

import java.util.Map;
import java.util.Optional;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.composition.Composition;
import org.ionmat.core.composition.OxidationStateGuess;
import org.ionmat.core.composition.OxidationStateGuesser;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Structure;

/** The facts {@code ionmat info} reports about one structure, as an ordered JSON-ready map. */
final class StructureSummary {

    private StructureSummary() {
    }

    static Map<String, Object> describe(Structure s) {
        Composition comp = s.composition();
        Map<String, Object> e = Json.object();
        e.put("formula", comp.formula());
        e.put("reduced_formula", comp.reducedFormula());
        e.put("composition", InfoCommand.amounts(comp.elementAmounts()));
        e.put("nsites", s.size());
        e.put("natoms", s.numAtoms());
        e.put("ordered", s.isOrdered());
        e.put("lattice", InfoCommand.lattice(s.lattice()));
        e.put("volume", s.volume());
        e.put("density", s.density());
        oxidationStates(s, comp, e);
        return e;
    }

    private static void oxidationStates(Structure s, Composition comp, Map<String, Object> e) {
        Map<String, Object> ox = Json.object();
        String source = null;
        if (comp.hasOxidationStates()) {
            boolean complete = true;
            Map<Element, Double> weighted = new java.util.LinkedHashMap<>();
            Map<Element, Double> amount = new java.util.LinkedHashMap<>();
            for (Map.Entry<Species, Double> en : comp.amounts().entrySet()) {
                if (!en.getKey().hasOxidationState()) {
                    complete = false;
                    break;
                }
                Element el = en.getKey().element();
                weighted.merge(el, en.getValue() * en.getKey().oxidationState(), Double::sum);
                amount.merge(el, en.getValue(), Double::sum);
            }
            if (complete) {
                for (Element el : comp.elementAmounts().keySet()) {
                    ox.put(el.symbol(), weighted.get(el) / amount.get(el));
                }
                source = "file";
            }
        }
        if (source == null) {
            try {
                Optional<OxidationStateGuess> g = OxidationStateGuesser.best(comp.withoutOxidationStates());
                if (g.isPresent()) {
                    g.get().averages().forEach((el, v) -> ox.put(el.symbol(), v));
                    source = "composition";
                }
            } catch (InvalidInputException ex) {
                source = null; // no guess possible for this composition
            }
        }
        e.put("oxidation_states", ox);
        e.put("oxidation_states_source", source);
    }
}
