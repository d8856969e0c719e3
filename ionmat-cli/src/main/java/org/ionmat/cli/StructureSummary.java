package org.ionmat.cli;

import java.util.Map;
import java.util.Optional;

import org.ionmat.core.composition.Composition;
import org.ionmat.core.InvalidInputException;
import org.ionmat.core.oxidation.OxidationStateAssignment;
import org.ionmat.core.symmetry.analysis.SymmetryAnalysis;
import org.ionmat.core.structure.Structure;

/** The facts {@code ionmat info} reports about one structure, as an ordered JSON-ready map. */
final class StructureSummary {

    private StructureSummary() {
    }

    static Map<String, Object> describe(Structure s) {
        return describe(s, SymmetryAnalysis.DEFAULT_TOLERANCE);
    }

    /**
     * @param symprec tolerance of the space-group analysis, Å
     */
    static Map<String, Object> describe(Structure s, double symprec) {
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
        oxidationStates(s, e);
        e.put("space_group", spaceGroup(s, symprec));
        return e;
    }

    private static Map<String, Object> spaceGroup(Structure s, double symprec) {
        Map<String, Object> m = Json.object();
        try {
            SymmetryAnalysis a = SymmetryAnalysis.of(s, symprec);
            m.put("symbol", a.internationalSymbol());
            m.put("number", a.spaceGroupNumber());
            m.put("hall_number", a.hallNumber());
            m.put("crystal_system", a.crystalSystem().name().toLowerCase(java.util.Locale.ROOT));
            m.put("point_group", a.pointGroup().symbol());
            m.put("operations", a.operationCount());
            m.put("symprec", a.tolerance());
        } catch (InvalidInputException ex) {
            m.put("error", ex.problem());
        }
        return m;
    }

    private static void oxidationStates(Structure s, Map<String, Object> e) {
        Map<String, Object> ox = Json.object();
        Optional<OxidationStateAssignment> a = OxidationStateAssignment.of(s, null);
        a.ifPresent(x -> x.averages().forEach((el, v) -> ox.put(el.symbol(), v)));
        e.put("oxidation_states", ox);
        e.put("oxidation_states_source", a.map(x -> x.source().id()).orElse(null));
        e.put("oxidation_states_net_charge", a.map(OxidationStateAssignment::netCharge).orElse(null));
    }
}
