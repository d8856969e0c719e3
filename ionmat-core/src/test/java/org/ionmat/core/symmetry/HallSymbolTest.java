package org.ionmat.core.symmetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;

import org.ionmat.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hall symbols: the worked examples of International Tables Vol. B, Appendix A1.4.2.3.2, the
 * notation's details, and malformed input. (All 530 tabulated symbols: {@link HallSymbolGoldenTest}.)
 */
class HallSymbolTest {

    private static boolean contains(HallSymbol h, String xyz) {
        SymmetryOperation want = SymmetryOperation.parse(xyz);
        return h.operations().stream().anyMatch(op -> op.equalsModuloLattice(want, 1e-12));
    }

    private static HashSet<SymmetryOperation> set(String symbol) {
        return new HashSet<>(HallSymbol.parse(symbol).operations());
    }

    @Test
    void examplesOfInternationalTablesB() {
        // -2xc: improper two-fold along a with c/2: (-x, y, z+1/2)
        assertTrue(contains(HallSymbol.parse("P -2xc"), "-x, y, z+1/2"));
        // 3*: three-fold along a+b+c: (z, x, y)
        assertTrue(contains(HallSymbol.parse("P 3*"), "z, x, y"));
        // 4vw: four-fold along c with b/4 and c/4: (-y, x+1/4, z+1/4)
        assertTrue(contains(HallSymbol.parse("P 4vw"), "-y, x+1/4, z+1/4"));
        // 61 2 (0 0 -1): 6_1 unchanged by the shift, the two-fold along a-b moved by -c/6
        HallSymbol p6122 = HallSymbol.parse("P 61 2 (0 0 -1)");
        assertTrue(contains(p6122, "x-y, x, z+1/6"));
        assertTrue(contains(p6122, "-y, -x, -z+5/6"));
        // the same change of basis written as an operator
        assertEquals(set("P 61 2 (0 0 -1)"), set("P 61 2 (x,y,z-1/12)"));
        // R 3: obverse centring (2/3,1/3,1/3), (1/3,2/3,2/3); reverse setting R 3 (-x,-y,z)
        assertTrue(contains(HallSymbol.parse("R 3"), "x+2/3, y+1/3, z+1/3"));
        assertTrue(contains(HallSymbol.parse("R 3"), "x+1/3, y+2/3, z+2/3"));
        assertTrue(contains(HallSymbol.parse("R 3 (-x,-y,z)"), "x+1/3, y+2/3, z+1/3"));
        assertTrue(contains(HallSymbol.parse("R 3 (-x,-y,z)"), "x+2/3, y+1/3, z+2/3"));
        assertFalse(contains(HallSymbol.parse("R 3 (-x,-y,z)"), "x+2/3, y+1/3, z+1/3"));
    }

    @Test
    void latticesAndGenerators() {
        assertEquals(List.of("x, y, z"), HallSymbol.parse("P 1").operations().stream().map(SymmetryOperation::toXyz).toList());
        assertEquals(List.of("x, y, z", "-x, -y, -z"),
                HallSymbol.parse("-P 1").operations().stream().map(SymmetryOperation::toXyz).toList());
        assertEquals(2, HallSymbol.parse("A 1").order());
        assertEquals(3, HallSymbol.parse("R 1").order());
        assertEquals(3, HallSymbol.parse("S 1").order());
        assertEquals(3, HallSymbol.parse("T 1").order());
        assertEquals(4, HallSymbol.parse("F 1").order());
        assertTrue(contains(HallSymbol.parse("S 1"), "x+1/3, y+1/3, z+2/3"));
        assertTrue(contains(HallSymbol.parse("T 1"), "x+1/3, y+2/3, z+1/3"));
        HallSymbol h = HallSymbol.parse("-I 4bd 2c 3");
        assertEquals('I', h.latticeSymbol());
        assertTrue(h.hasInversionAtOrigin());
        assertEquals(96, h.order());
        assertEquals(2, h.centringTranslations().size());
        // translations add: "ad" is (3/4, 1/4, 1/4)
        assertTrue(contains(HallSymbol.parse("P 2xad"), "x+3/4, -y+1/4, -z+1/4"));
        // screw digit: p/N along the axis
        assertTrue(contains(HallSymbol.parse("P 31"), "-y, x-y, z+1/3"));
        assertTrue(contains(HallSymbol.parse("P 43x"), "x+3/4, -z, y"));
        // face diagonals refer to the preceding axis
        assertTrue(contains(HallSymbol.parse("P 2x 2'"), "-x, -z, -y"));
        assertTrue(contains(HallSymbol.parse("P 2y 2\""), "z, -y, x"));
        // implied axes: 2 after 4 is along a, after 3 along a-b, then 3 along a+b+c
        assertTrue(contains(HallSymbol.parse("P 4 2"), "x, -y, -z"));
        assertTrue(contains(HallSymbol.parse("P 3 2"), "-y, -x, -z"));
        assertTrue(contains(HallSymbol.parse("P 2 2 3"), "z, x, y"));
        // case, underscores and two single quotes for a double quote
        assertEquals(set("-P 2ybc"), set("-p_2YBC"));
        assertEquals(set("P 3 2\""), set("P 3 2''"));
        assertEquals("-P 2ybc", HallSymbol.parse("  -P 2ybc ").symbol());
    }

    @Test
    void changeOfBasisByAShear() {
        // (x+z, y, z) is a change of basis, not a symmetry operation; it carries the c glide of P 1 2/c 1
        // into the n glide of P 1 2/n 1 (cell choice 2, Hall symbol -P 2yac)
        assertEquals(set("-P 2yac"), set("-P 2yc (x+z,y,z)"));
        assertThrows(InvalidInputException.class, () -> SymmetryOperation.parse("x+z,y,z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "P", "-P", "Q 2", "PP 2", "P 5", "P 2q", "P 2xy", "P 3'", "P 4*", "P 4 3",
        "P 2 2 2 2", "P 22", "P -21", "P 65 2 2 2", "P 2 (0 0)", "P 2 (0 0 1", "P 2 (a b c)", "P 2 (0 0 1) 2",
        "P 2 (2x,y,z)", "P 2 (x,y,z+1/5)", "P 1 1", "P 2 1", "P 1a", "P 4 3x", "P 2 -", "P -", "P 2x 2' 2'"})
    void malformedGiveInvalidInput(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> HallSymbol.parse(text));
        assertTrue(e.getMessage().contains("Hall symbol"), e.getMessage());
    }

    @Test
    void nullGivesInvalidInput() {
        assertThrows(InvalidInputException.class, () -> HallSymbol.parse(null));
    }
}
