package org.ionmat.core.oxidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.ionmat.core.composition.Composition;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.Structure;
import org.junit.jupiter.api.Test;

class OxidationStateAssignmentTest {

    /** Rock-salt MgO, a = 4.212 Å, without oxidation states. */
    private static Structure magnesia(boolean annotated) {
        Species mg = annotated ? Species.of(Element.Mg, 2) : Species.of(Element.Mg);
        Species o = annotated ? Species.of(Element.O, -2) : Species.of(Element.O);
        Structure.Builder b = Structure.builder(Lattice.cubic(4.212));
        double[][] fcc = {{0, 0, 0}, {0, 0.5, 0.5}, {0.5, 0, 0.5}, {0.5, 0.5, 0}};
        for (double[] f : fcc) {
            b.add(mg, f, "Mg1");
            b.add(o, new double[] {f[0] + 0.5, f[1], f[2]}, "O1");
        }
        return b.build();
    }

    @Test
    void fileAnnotationsWin() {
        OxidationStateAssignment a = OxidationStateAssignment.of(magnesia(true), null).orElseThrow();
        assertSame(OxidationStateAssignment.Source.FILE, a.source());
        assertEquals(Map.of(Element.Mg, 2.0, Element.O, -2.0), a.averages());
    }

    @Test
    void bondValenceAnalysisOfAnUnannotatedStructure() {
        OxidationStateAssignment a = OxidationStateAssignment.of(magnesia(false), null).orElseThrow();
        assertSame(OxidationStateAssignment.Source.BOND_VALENCE, a.source());
        assertEquals(2.0, a.averages().get(Element.Mg));
        assertEquals(-2.0, a.averages().get(Element.O));
        assertEquals(Species.of(Element.Mg, 2), a.decorated().speciesOf(0));
    }

    @Test
    void nonStoichiometricCompositionGetsApproximateStatesWithNetCharge() {
        // refined occupancies of a LAGP cell: Li + 3 Al + 4 Ge + 5 P - 2 O = -0.012 e, no exact balance
        Composition c = Composition.parse("Li7.44Al1.452Ge10.548P18O72");
        Optional<OxidationStateAssignment> a = OxidationStateAssignment.approximate(c);
        assertTrue(a.isPresent());
        assertEquals(Map.of(Element.Li, 1.0, Element.Al, 3.0, Element.Ge, 4.0, Element.P, 5.0, Element.O, -2.0),
                a.get().averages());
        assertEquals(-0.012, a.get().netCharge(), 1e-9);
    }

    @Test
    void compositionMissingTooMuchChargeGetsNothing() {
        // La1.24Ti2O6 lacks its Li: 3.72 + 8 = 11.72 against 12 (2.4 % off), beyond the 1 % tolerance
        assertFalse(OxidationStateAssignment.approximate(Composition.parse("La1.24Ti2O6")).isPresent());
    }
}
