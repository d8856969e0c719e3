package org.ionmat.core.composition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaParserTest {

    private static void assertAmounts(String formula, Object... symbolAmount) {
        Composition c = Composition.parse(formula);
        assertEquals(symbolAmount.length / 2, c.elementAmounts().size(), formula + " -> " + c);
        for (int i = 0; i < symbolAmount.length; i += 2) {
            Element e = Element.of((String) symbolAmount[i]);
            assertEquals(((Number) symbolAmount[i + 1]).doubleValue(), c.amount(e), 1e-12, formula + " " + e);
        }
    }

    @Test
    void integersAndDecimals() {
        assertAmounts("Li7La3Zr2O12", "Li", 7, "La", 3, "Zr", 2, "O", 12);
        assertAmounts("Li0.33La0.557TiO3", "Li", 0.33, "La", 0.557, "Ti", 1, "O", 3);
        assertAmounts("Li6.5La3Zr1.5Ta0.5O12", "Li", 6.5, "La", 3, "Zr", 1.5, "Ta", 0.5, "O", 12);
        assertAmounts("Li7.0Bi1.0O6.0", "Li", 7, "Bi", 1, "O", 6);
        assertAmounts("CH3COOH", "C", 2, "H", 4, "O", 2);
    }

    @Test
    void nestedBrackets() {
        assertAmounts("Ca3(PO4)2", "Ca", 3, "P", 2, "O", 8);
        assertAmounts("K4[Fe(CN)6]", "K", 4, "Fe", 1, "C", 6, "N", 6);
        assertAmounts("Ca3{Al2[(SiO4)]3}", "Ca", 3, "Al", 2, "Si", 3, "O", 12);
        assertAmounts("Li0.6[Li0.2Sn0.8S2]", "Li", 0.8, "Sn", 0.8, "S", 2);
        assertAmounts("(Li0.55Mg0.45)(Li0.445Mg0.055)Ti1.5O4", "Li", 0.995, "Mg", 0.505, "Ti", 1.5, "O", 4);
    }

    @Test
    void hydratesAndAdducts() {
        for (String f : new String[] {"CuSO4·5H2O", "CuSO4.5H2O", "CuSO4*5H2O", "CuSO4•5H2O", "CuSO4 · 5H2O",
                "CuSO4∙5H2O", "CuSO4⋅5H2O"}) {
            assertAmounts(f, "Cu", 1, "S", 1, "O", 9, "H", 10);
        }
        assertAmounts("Na2CO3.10H2O", "Na", 2, "C", 1, "O", 13, "H", 20);
        assertAmounts("Ba(OH)2.8H2O", "Ba", 1, "O", 10, "H", 18);
        assertAmounts("CaSO4.0.5H2O", "Ca", 1, "S", 1, "O", 4.5, "H", 1);
        assertAmounts("Na0.3CoO2.1.3H2O", "Na", 0.3, "Co", 1, "O", 3.3, "H", 2.6);
        assertAmounts("CaCl2.8NH3", "Ca", 1, "Cl", 2, "N", 8, "H", 24);
        assertAmounts("Al2O3.SiO2", "Al", 2, "O", 5, "Si", 1);
        assertAmounts("(NH4)2SO4.FeSO4.6H2O", "N", 2, "H", 20, "S", 2, "O", 14, "Fe", 1);
        assertAmounts("2Li2O·B2O3", "Li", 4, "B", 2, "O", 5);
        assertAmounts("0.75Li2S*0.25P2S5", "Li", 1.5, "S", 2, "P", 0.5);
    }

    @Test
    void decimalPointIsNotAHydrateUnlessWaterOrAmmoniaFollows() {
        // '.' between digits followed by other elements: decimal
        assertAmounts("Li6.5La3Zr1.5Ta0.5O12", "Li", 6.5, "La", 3, "Zr", 1.5, "Ta", 0.5, "O", 12);
        assertAmounts("CuSO4.5", "Cu", 1, "S", 1, "O", 4.5);
        assertAmounts("Li2O2.5Cl", "Li", 2, "O", 2.5, "Cl", 1);
        // the same digits followed by H2O: hydrate
        assertAmounts("CuSO4.5H2O", "Cu", 1, "S", 1, "O", 9, "H", 10);
        // H2O not at the end of the component: decimal
        assertAmounts("Li0.5H2OCl", "Li", 0.5, "H", 2, "O", 1, "Cl", 1);
    }

    @Test
    void speciesWithCharges() {
        Composition c = Composition.parse("Li+2 O2-1");
        assertEquals(Map.of(Species.of(Element.Li, 1), 2.0, Species.of(Element.O, -2), 1.0), c.amounts());
        Composition f = Composition.parse("Fe3+2 O2-3");
        assertEquals(Map.of(Species.of(Element.Fe, 3), 2.0, Species.of(Element.O, -2), 3.0), f.amounts());
        assertEquals(0.0, f.charge(), 1e-12);
        Composition compact = Composition.parse("Li+2O2-");
        assertEquals(c, compact);
        Composition mixed = Composition.parse("Mn3.5+2 O2-3.5");
        assertEquals(2.0, mixed.amount(Species.of(Element.Mn, 3.5)), 1e-12);
        Composition zero = Composition.parse("Li0+1 Al0+1");
        assertEquals(1.0, zero.amount(Species.of(Element.Li, 0)), 1e-12);
    }

    @Test
    void toStringOfSpeciesCompositionParsesBack() {
        Composition c = Composition.of(Map.of(Species.of(Element.Fe, 2), 1.0, Species.of(Element.Fe, 3), 2.0,
                Species.of(Element.O, -2), 4.0));
        assertEquals(c, Composition.parse(c.toString()));
        Composition plain = Composition.parse("Li16 Ge4 O16");
        assertEquals(plain, Composition.parse(plain.toString()));
        assertEquals(plain, Composition.parse(plain.formula()));
    }

    @Test
    void whitespace() {
        assertAmounts("  Li2 O\t", "Li", 2, "O", 1);
        assertAmounts("Li1.4Al0.4Ti1.6 (PO4)3", "Li", 1.4, "Al", 0.4, "Ti", 1.6, "P", 3, "O", 12);
        assertAmounts("Li6La3ZrTaO12 \n", "Li", 6, "La", 3, "Zr", 1, "Ta", 1, "O", 12);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Xx2O        | unknown element 'Xx' at position 1   | Xx",
        "Og2O        | unknown element 'Og' (Z = 118; ionmat's element table ends at Lr, Z = 103) at position 1 | Og",
        "Li(O2       | unclosed '(' at position 3           | (",
        "Li-2        | charge of 'Li-' at position 1 is outside the oxidation states known for Li | Li-",
        "2Li         | leading number '2' at position 1     | 2",
        "Li2O)       | unmatched ')' at position 5          | )",
        "LiO2..      | unexpected '.' at position 6         | .",
        "li2o        | unexpected 'l' at position 1         | l",
        "Li(O2]      | ']' at position 6 does not match '(' at position 3 | ]",
        "()          | empty group '()' at position 1       | ()",
        "Li2O·       | nothing after separator '·' at position 5 | ·",
        "Li0O        | zero amount '0' at position 3        | 0",
        "(PO4)3-     | charge '-' on a bracketed group at position 7 | -",
        "Li2O+SiO2   | 'Li' at position 1 has no charge but 'O' at position 4 has one | Li",
        "Li 2O       | unexpected '2' at position 4         | 2",
        "Li2.5.3O    | malformed number '2.5.3' at position 3 | 2.5.3",
        "Uuo         | unknown element 'Uuo' at position 1  | Uuo",
        "Li2O (      | unclosed '(' at position 6           | (",
        "Li2O&       | unexpected '&' at position 5         | &",
        "Li+2 O      | 'O' at position 6 has no charge but 'Li' at position 1 has one | O",
        "He+2        | charge of 'He+' at position 1 is outside the oxidation states known for He | He+",
    })
    void malformedFormulasNameTokenAndPosition(String formula, String message, String token) {
        InvalidInputException ex = assertThrows(InvalidInputException.class, () -> Composition.parse(formula));
        assertTrue(ex.getMessage().contains(message), ex.getMessage());
        assertTrue(ex.getMessage().startsWith("invalid formula '" + formula.strip() + "'"), ex.getMessage());
        assertEquals(token, ex.token());
    }

    @Test
    void emptyFormula() {
        for (String f : new String[] {"", "   ", "\n"}) {
            InvalidInputException ex = assertThrows(InvalidInputException.class, () -> Composition.parse(f));
            assertEquals("empty formula", ex.getMessage());
        }
    }
}
