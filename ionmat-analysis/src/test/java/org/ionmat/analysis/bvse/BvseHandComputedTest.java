package org.ionmat.analysis.bvse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.hipparchus.special.Erf;
import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.Structure;
import org.junit.jupiter.api.Test;

/**
 * Site energies of Li⁺ in a 5 Å cubic cell with O²⁻ at the origin and Mg²⁺ at the body centre,
 * written out by hand from the softBV/BVlain formulas (Li⁺–O²⁻ Morse row of the table; Coulomb with
 * 14.4 eV·Å, n(Li) = 2, n(Mg) = 3, Cordero radii 1.28 and 1.41 Å, f = 0.74; erfc from Hipparchus).
 */
class BvseHandComputedTest {

    private static final double D0 = 0.98816;
    private static final double RMIN = 1.940013;
    private static final double ALPHA = 1.937984;

    private static Structure cell() {
        return Structure.of(Lattice.cubic(5.0), List.of(Species.of(Element.O, -2), Species.of(Element.Mg, 2),
                Species.of(Element.Li, 1)), new double[] {0, 0, 0, 0.5, 0.5, 0.5, 0.25, 0.25, 0.25});
    }

    private static double morse(double r) {
        double e = Math.exp(ALPHA * (RMIN - r)) - 1;
        return D0 / 2 * (e * e - 1);
    }

    private static double coulomb(double r) {
        double c = 14.4 * 1 * 2 / Math.sqrt(2.0 * 3.0);
        return c / r * Erf.erfc(r / (0.74 * (1.28 + 1.41)));
    }

    @Test
    void energiesAtHandPickedPoints() {
        BvseFramework fw = BvseFramework.of(cell(), new MobileIon(Element.Li, 1), BvseMorseTable.standard(), 0.74);
        assertEquals(2, fw.size(), "Li is not part of the framework");
        // (0.25, 0, 0): only the O at the origin within 3 Å (1.25 Å away)
        assertEquals(morse(1.25), BvseCalculator.energyAt(fw, new double[] {0.25, 0, 0}, 3.0, 0), 1e-12);
        // (0.5, 0.5, 0.25) within 4 Å: Mg at 1.25 and 3.75 Å, four O at 3.75 Å
        double want = coulomb(1.25) + coulomb(3.75) + 4 * morse(3.75);
        assertEquals(want, BvseCalculator.energyAt(fw, new double[] {0.5, 0.5, 0.25}, 4.0, 0), 1e-12);
        // only the nearest ion (k = 1): the Mg at 1.25 Å
        assertEquals(coulomb(1.25), BvseCalculator.energyAt(fw, new double[] {0.5, 0.5, 0.25}, 4.0, 1), 1e-12);
        // the blocked grid computation gives the same numbers at grid points
        BvseGrid g = new BvseGrid(8, 8, 8);
        BvseLandscape l = BvseCalculator.compute(fw, g, 4.0, 0);
        assertEquals(want, l.energy()[g.index(4, 4, 2)], 1e-12);
        assertEquals(morse(1.25) + 0, BvseCalculator.compute(fw, g, 3.0, 0).energy()[g.index(2, 0, 0)], 1e-12);
    }

    @Test
    void morseTermHasItsMinimumAtRmin() {
        MorseTerm t = BvseMorseTable.standard().morse(Species.of(Element.Li, 1), Species.of(Element.O, -2));
        assertEquals(-D0 / 2, t.energy(RMIN), 1e-15);
        assertEquals(0, (t.energy(RMIN + 1e-6) - t.energy(RMIN - 1e-6)) / 2e-6, 1e-6);
    }

    @Test
    void missingPairIsAClearError() {
        Structure s = Structure.of(Lattice.cubic(5.0), List.of(Species.of(Element.P, -3)), new double[] {0, 0, 0});
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> BvseFramework.of(s, new MobileIon(Element.Li, 1), BvseMorseTable.standard(), 0.74));
        assertEquals(true, e.getMessage().contains("Li+–P3-"), e.getMessage());
        Structure plain = Structure.of(Lattice.cubic(5.0), List.of(Species.of(Element.O)), new double[] {0, 0, 0});
        assertThrows(InvalidInputException.class, () -> BvseFramework.of(plain, new MobileIon(Element.Li, 1),
                BvseMorseTable.standard(), 0.74));
    }

    @Test
    void mobileIonParsing() {
        assertEquals(new MobileIon(Element.Li, 1), MobileIon.parse("Li"));
        assertEquals(new MobileIon(Element.Mg, 2), MobileIon.parse("Mg2+"));
        assertEquals(new MobileIon(Element.O, -2), MobileIon.parse("O"));
        assertEquals(new MobileIon(Element.F, -1), MobileIon.parse("F-"));
        assertThrows(InvalidInputException.class, () -> MobileIon.parse("Fe"));
        assertThrows(InvalidInputException.class, () -> MobileIon.parse("Xx+"));
    }

    @Test
    void gridSizesFollowPythonFloorDivision() {
        // 4.0 // 0.2 == 19.0 in Python (0.2 is slightly above 1/5): 19 BVlain points, 18 distinct
        assertEquals(19.0, BvseGrid.pythonFloorDiv(4.0, 0.2));
        assertEquals(18, BvseGrid.forResolution(Lattice.cubic(4.0), 0.2).na());
        assertEquals(17, BvseGrid.forResolution(Lattice.hexagonal(3.648, 3.875), 0.2).na()); // Li3N: BVlain 18 points
        assertThrows(InvalidInputException.class, () -> BvseGrid.forResolution(Lattice.cubic(4.0), 2.0));
    }
}
