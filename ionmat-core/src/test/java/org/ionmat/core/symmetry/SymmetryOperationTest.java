package org.ionmat.core.symmetry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ionmat.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing of Jones-faithful symmetry operations as CIF files write them. */
class SymmetryOperationTest {

    /** Each spelling must give the operation written canonically in the second column. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x,y,z|x, y, z",
        "x, y, z|x, y, z",
        "  x ,\ty , z  |x, y, z",
        "X,Y,Z|x, y, z",
        "'x, y, z'|x, y, z",
        "\"-x,-y,-z\"|-x, -y, -z",
        "-x+1/2, y, -z|-x+1/2, y, -z",
        "1/2+x,1/2-y,z|x+1/2, -y+1/2, z",
        "1/2 + x, 1/2 - y, z|x+1/2, -y+1/2, z",
        "0.5+x,-y+0.5,z|x+1/2, -y+1/2, z",
        "x+.5,y,z|x+1/2, y, z",
        "+x,+y,+z|x, y, z",
        "x-y,x,z+1/6|x-y, x, z+1/6",
        "-x+y,-x,z+2/3|-x+y, -x, z+2/3",
        "y+1/4,x+3/4,-z+3/4|y+1/4, x+3/4, -z+3/4",
        "x-1/2,y,z|x-1/2, y, z",
        "-X+1/2,Y-1/2,-Z|-x+1/2, y-1/2, -z",
        "z,x,y|z, x, y",
        "x,y,z+1|x, y, z+1",
        "x\u2212y,x,\u2212z|x-y, x, -z",
    })
    void parsesCommonSpellings(String text, String canonical) {
        SymmetryOperation op = SymmetryOperation.parse(text);
        assertEquals(canonical, op.toXyz());
        assertEquals(op, SymmetryOperation.parse(op.toXyz()), "round trip");
    }

    @Test
    void componentsAreRight() {
        SymmetryOperation op = SymmetryOperation.parse("1/2+x-y, -y, -z+0.25");
        assertArrayEquals(new int[] {1, -1, 0, 0, -1, 0, 0, 0, -1}, op.rotation());
        assertArrayEquals(new double[] {0.5, 0, 0.25}, op.translation(), 0);
        assertArrayEquals(new double[] {0.5 + 0.1 - 0.2, -0.2, -0.3 + 0.25}, op.apply(new double[] {0.1, 0.2, 0.3}), 1e-15);
        assertEquals(1, op.determinant());
        assertEquals(-1, SymmetryOperation.parse("-x,-y,-z").determinant());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", " ", "x,y", "x,y,z,", "x,y,z,x", "x y z", "x,,z", "x,y,w", "x,y,z+", "x,y,+", "x,y,z+1/", "x,y,z+/2",
        "x,y,z+1/0", "x,y,z+1.2.3", "x,y,z+.", "x,x,z", "2x,y,z", "x+y,y,z", "x,y,zz", "x,y,z*2", "x,y,z+1e5",
        "x,y,z+-1/2", "--x,y,z", "x+1/2/2,y,z", "1/2x,y,z", "x,y,(z)", "x;y;z", "x,y,z+a", "0,y,z", "1/2,y,z",
        "'x,y,z", "x,y,z+NaN", "x,y,z+Infinity"})
    void malformedGiveInvalidInput(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SymmetryOperation.parse(text));
        assertTrue(e.getMessage().contains("symmetry operation"), e.getMessage());
    }

    @Test
    void nullGivesInvalidInput() {
        assertThrows(InvalidInputException.class, () -> SymmetryOperation.parse(null));
    }

    @Test
    void compositionReductionAndComparison() {
        SymmetryOperation fourfold = SymmetryOperation.parse("-y, x, z+1/4");
        SymmetryOperation twofold = fourfold.compose(fourfold);
        assertEquals("-x, -y, z+1/2", twofold.toXyz());
        SymmetryOperation four = twofold.compose(twofold);
        assertEquals("x, y, z+1", four.toXyz());
        assertEquals(SymmetryOperation.identity(), four.reduced());
        assertTrue(four.equalsModuloLattice(SymmetryOperation.identity(), 1e-12));
        assertFalse(fourfold.equalsModuloLattice(SymmetryOperation.identity(), 1e-12));
        assertEquals("x+1/2, y, z", SymmetryOperation.parse("x-1/2,y,z").reduced().toXyz());
        assertEquals("x, y, z", SymmetryOperation.parse("x-1.0000000000001,y,z").reduced().toXyz());
    }

    @Test
    void toXyzOfUnusualTranslations() {
        assertEquals("x+0.123, y, z", new SymmetryOperation(new int[] {1, 0, 0, 0, 1, 0, 0, 0, 1},
                new double[] {0.123, 0, 0}).toXyz());
        assertEquals("x+1/8, y+5/24, z-1/3", new SymmetryOperation(new int[] {1, 0, 0, 0, 1, 0, 0, 0, 1},
                new double[] {0.125, 5.0 / 24, -1.0 / 3}).toXyz());
    }
}
