package org.ionmat.core.composition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.junit.jupiter.api.Test;

class CompositionTest {

    @Test
    void formulaInElectronegativityOrderWithExplicitOnes() {
        assertEquals("Li16 Ge4 O16", Composition.parse("Ge4Li16O16").formula());
        assertEquals("Li0.33 La0.557 Ti1 O3", Composition.parse("Li0.33La0.557TiO3").formula());
        // Re and Si have the same electronegativity (1.90): ties by symbol, whatever the input order
        assertEquals("Re1 Si2", Composition.parse("Si2Re").formula());
        // He has no electronegativity: last
        assertEquals("F2 He1", Composition.parse("HeF2").formula());
    }

    @Test
    void reducedFormulaAndFactor() {
        Composition c = Composition.parse("Li4Ge2O8");
        assertEquals("Li2GeO4", c.reducedFormula());
        assertEquals(2, c.reductionFactor());
        assertEquals(2.0, c.formulaUnits());
        assertEquals(Composition.parse("Li2GeO4"), c.reduced());
        assertEquals("Li3V2(PO4)3", Composition.parse("Li3V2P3O12").reducedFormula());
        assertEquals("Ca3(PO4)2", Composition.parse("Ca6P4O16").reducedFormula());
        // difference of electronegativity >= 1.65: no group (Li3PO4 has P:O = 1:4, factor 1 anyway)
        assertEquals("Li3PO4", Composition.parse("Li3PO4").reducedFormula());
        assertEquals("LiFePO4", Composition.parse("Li4Fe4P4O16").reducedFormula());
        // molecular special cases keep two atoms and halve the factor
        Composition o = Composition.parse("O4");
        assertEquals("O2", o.reducedFormula());
        assertEquals(4, o.reductionFactor());
        assertEquals(2.0, o.formulaUnits());
        assertEquals(0.5, Composition.parse("O").formulaUnits());
        assertEquals("Li2O2", Composition.parse("Li4O4").reducedFormula());
        assertEquals(2.0, Composition.parse("Li4O4").formulaUnits());
        assertEquals(Composition.parse("LiO"), Composition.parse("Li4O4").reduced());
        // non-integer: not reduced, ones kept (as pymatgen)
        Composition llto = Composition.parse("Li0.33La0.557TiO3");
        assertEquals("Li0.33La0.557Ti1O3", llto.reducedFormula());
        assertEquals(1, llto.reductionFactor());
        assertEquals(1.0, llto.formulaUnits());
    }

    @Test
    void anonymizedFormula() {
        assertEquals("ABC3", Composition.parse("SrTiO3").anonymizedFormula());
        assertEquals("AB4C4", Composition.parse("Li8Ge2O8").anonymizedFormula());
        assertEquals("A2B3C8", Composition.parse("Ca3(PO4)2").anonymizedFormula());
        assertEquals("A", Composition.parse("O2").anonymizedFormula());
        assertEquals("A0.5B1.5C3D6.5E12", Composition.parse("Li6.5La3Zr1.5Ta0.5O12").anonymizedFormula());
    }

    @Test
    void chemicalSystemAndElements() {
        assertEquals("Ge-Li-O", Composition.parse("Li4GeO4").chemicalSystem());
        assertEquals("O", Composition.parse("O2").chemicalSystem());
        assertEquals(3, Composition.parse("Li4GeO4").elements().size());
    }

    @Test
    void weightFromStandardAtomicWeights() {
        // 2 x 6.941 + 15.9994 (IUPAC 2001 standard atomic weights shipped in elements.json)
        assertEquals(29.8814, Composition.parse("Li2O").weight(), 1e-12);
        // garnet Li7La3Zr2O12: 7 x 6.941 + 3 x 138.90547 + 2 x 91.224 + 12 x 15.9994
        assertEquals(839.74421, Composition.parse("Li7La3Zr2O12").weight(), 1e-9);
        assertEquals(1.0, Composition.parse("Li7La3Zr2O12").weightFraction(Element.Li)
                + Composition.parse("Li7La3Zr2O12").weightFraction(Element.La)
                + Composition.parse("Li7La3Zr2O12").weightFraction(Element.Zr)
                + Composition.parse("Li7La3Zr2O12").weightFraction(Element.O), 1e-12);
    }

    @Test
    void fractionalCompositionSumsToOne() {
        Composition f = Composition.parse("Li7La3Zr2O12").fractional();
        assertEquals(1.0, f.numAtoms(), 1e-12);
        assertEquals(7.0 / 24, f.amount(Element.Li), 1e-15);
        assertEquals(0.5, f.amount(Element.O), 1e-15);
        assertEquals(f, Composition.parse("Li14La6Zr4O24").fractional());
    }

    @Test
    void almostEqualsIsSymmetricWithPymatgenTolerance() {
        Composition a = Composition.parse("Li2O");
        Composition b = Composition.parse("Li2.0000001O");
        assertTrue(a.almostEquals(b, 0, 1e-6));
        assertFalse(a.almostEquals(b, 0, 1e-8));
        assertTrue(a.almostEquals(Composition.parse("Li2.1O"), 0.1, 1e-8));
        assertEquals(a.almostEquals(Composition.parse("Li2.2O"), 0.1, 0), Composition.parse("Li2.2O")
                .almostEquals(a, 0.1, 0));
        assertFalse(a.almostEquals(Composition.parse("Li2O2"), 0.1, 1e-8));
        assertFalse(a.almostEquals(Composition.parse("Li2OF0.001"), 0, 1e-6));
        assertTrue(Composition.parse("Li4Ge2O8").sameReducedComposition(Composition.parse("Li2GeO4"), 1e-9));
    }

    @Test
    void withOxidationStates() {
        Composition c = Composition.parse("Fe3O4").withOxidationStates(Map.of(Element.Fe, 8.0 / 3, Element.O, -2));
        assertEquals(0.0, c.charge(), 1e-12);
        assertEquals(3.0, c.amount(Species.of(Element.Fe, 8.0 / 3)), 1e-12);
        assertThrows(IllegalArgumentException.class,
                () -> Composition.parse("Fe3O4").withOxidationStates(Map.of(Element.Fe, 3)));
        Composition split = Composition.parse("Fe3O4").withGuessedOxidationStates().orElseThrow();
        assertEquals(Composition.parse("Fe2+1 Fe3+2 O2-4"), split);
        assertTrue(Composition.parse("Fe").withGuessedOxidationStates().isEmpty());
    }

    @Test
    void formatAmountLikePymatgen() {
        assertEquals("0.557", Composition.formatAmount(0.557, true));
        assertEquals("0.33333333", Composition.formatAmount(1.0 / 3, true));
        assertEquals("0.66666667", Composition.formatAmount(2.0 / 3, true));
        assertEquals("3", Composition.formatAmount(2.9999999999, true));
        assertEquals("", Composition.formatAmount(1, true));
        assertEquals("1", Composition.formatAmount(1, false));
        assertEquals("0.995", Composition.formatAmount(0.445 + 0.55, true));
        assertEquals("53.6", Composition.formatAmount(53.6, true));
    }
}
