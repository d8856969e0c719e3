package org.ionmat.core.io;

import static org.ionmat.core.io.IoTestFiles.assertArrayClose;
import static org.ionmat.core.io.IoTestFiles.assertStructureEquals;
import static org.ionmat.core.io.IoTestFiles.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.composition.Composition;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.Site;
import org.ionmat.core.structure.SiteProperty;
import org.ionmat.core.structure.Structure;
import org.junit.jupiter.api.Test;

class PoscarTest {

    private static Structure read(String rel) {
        return PoscarReader.read(text(rel), rel);
    }

    @Test
    void vasp4SpeciesFromFormulaInComment() {
        Structure s = read("hand/POSCAR_vasp4");
        assertEquals(12, s.size());
        assertEquals(Element.Li, s.elementOf(0));
        assertEquals(Element.Li, s.elementOf(7));
        assertEquals(Element.O, s.elementOf(8));
        assertEquals(4.61, s.lattice().a(), 1e-12);
        assertEquals(4.61 * 4.61 * 4.61, s.volume(), 1e-9);
        assertArrayClose(new double[] {0.5, 0.0, 0.5}, s.frac(10), 1e-15, "frac");
    }

    @Test
    void vasp4SpeciesFromCallerOrErrorNamingTheFix() {
        String text = text("hand/POSCAR_vasp4_nospecies");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PoscarReader.read(text, "POSCAR"));
        assertTrue(e.getMessage().startsWith("POSCAR:6:"), e.getMessage());
        assertTrue(e.getMessage().contains("species"), e.getMessage());
        Structure s = PoscarReader.read(LineReader.of(text, "POSCAR"), List.of(Element.Na, Element.Cl), null);
        assertEquals(List.of(Element.Na, Element.Na, Element.Cl), List.of(s.elementOf(0), s.elementOf(1), s.elementOf(2)));
        InvalidInputException wrongCount = assertThrows(InvalidInputException.class,
                () -> PoscarReader.read(LineReader.of(text, "POSCAR"), List.of(Element.Na), null));
        assertTrue(wrongCount.getMessage().contains("2 species groups"), wrongCount.getMessage());
        Structure fb = PoscarReader.read(LineReader.of(text, "POSCAR"), null, () -> List.of(Element.K, Element.F));
        assertEquals(Element.F, fb.elementOf(2));
    }

    @Test
    void vasp4SpeciesFromCommentSymbolsOrLineEnds() {
        String symbols = "Li O\n1.0\n3 0 0\n0 3 0\n0 0 3\n1 1\nDirect\n0 0 0\n0.5 0.5 0.5\n";
        Structure a = PoscarReader.read(symbols, "x");
        assertEquals(Element.O, a.elementOf(1));
        String named = "no species here\n1.0\n3 0 0\n0 3 0\n0 0 3\n1 1\nDirect\n0 0 0 Na\n0.5 0.5 0.5 Cl\n";
        Structure b = PoscarReader.read(named, "x");
        assertEquals(Element.Na, b.elementOf(0));
        assertEquals(Element.Cl, b.elementOf(1));
        // "POSCAR" would parse as P O S C Ar: rejected because 1 1 1 1 1 amounts do not match the counts
        String poscar = "POSCAR\n1.0\n3 0 0\n0 3 0\n0 0 3\n1 1 1 1 2\nDirect\n0 0 0\n0 0 .1\n0 0 .2\n0 0 .3\n0 0 .4\n0 0 .5\n";
        assertThrows(InvalidInputException.class, () -> PoscarReader.read(poscar, "x"));
    }

    @Test
    void negativeScaleCartesianSelectiveDynamicsAndPotcarNames() {
        Structure s = read("hand/POSCAR_selective");
        assertEquals(97.972181, s.volume(), 1e-9);
        assertEquals(4.61, s.lattice().a(), 1e-12);
        assertEquals(Element.Li, s.elementOf(0));
        assertEquals(Element.O, s.elementOf(2));
        assertArrayClose(new double[] {0.25, 0.25, 0.25}, s.frac(0), 1e-12, "frac 0");
        assertArrayClose(new double[] {0.75, 0.75, 0.75}, s.frac(1), 1e-12, "frac 1");
        SiteProperty sd = s.property(PropertyNames.SELECTIVE_DYNAMICS);
        assertArrayClose(new double[] {1, 1, 0, 0, 0, 0, 1, 1, 1}, sd.values(), 0, "flags");
    }

    @Test
    void threeScaleFactorsScaleCartesianComponents() {
        Structure s = read("hand/POSCAR_3scale");
        assertArrayClose(new double[] {2, 0, 0, 1, 3, 0, 0, 0, 4}, s.lattice().rowMajor(), 1e-15, "lattice");
        assertArrayClose(new double[] {0.5, 1, 1}, s.frac(0), 1e-15, "frac 0");
        assertArrayClose(new double[] {0.5, 0, 0.25}, s.frac(1), 1e-15, "frac 1");
    }

    @Test
    void contcarVelocitiesInAngstromPerPicosecond() {
        Structure s = read("hand/CONTCAR_velocities");
        SiteProperty v = s.property(PropertyNames.VELOCITIES);
        assertArrayClose(new double[] {12.345678, -2.3456789, 0, -12.345678, 2.3456789, 0.1, 0, 0, 0}, v.values(),
                1e-9, "velocities (Å/ps)");
    }

    @Test
    void roundTripKeepsLatticeCoordinatesSpeciesAndProperties() {
        for (String rel : List.of("ase/Li4Ge2O8.vasp", "ase/Li4Ge2O8_cart.vasp", "hand/POSCAR_selective",
                "hand/CONTCAR_velocities", "hand/POSCAR_3scale", "hand/POSCAR_vasp4")) {
            Structure s = read(rel);
            for (boolean cart : new boolean[] {false, true}) {
                String out = PoscarWriter.write(s, "round trip", cart);
                Structure back = PoscarReader.read(out, rel + " (written)");
                assertStructureEquals(s, back, 1e-8);
            }
            // and exactly stable on the second pass
            String once = PoscarWriter.write(s);
            assertEquals(once, PoscarWriter.write(PoscarReader.read(once, rel)));
        }
    }

    @Test
    void nonContiguousSpeciesKeepSiteOrder() {
        Structure s = Structure.builder(Lattice.cubic(5))
                .add(Species.of(Element.Li), new double[] {0, 0, 0})
                .add(Species.of(Element.O), new double[] {0.5, 0.5, 0.5})
                .add(Species.of(Element.Li), new double[] {0.5, 0, 0})
                .build();
        String out = PoscarWriter.write(s);
        assertTrue(out.contains("   Li    O   Li\n    1    1    1\n"), out);
        assertStructureEquals(s, PoscarReader.read(out, "x"), 1e-12);
    }

    @Test
    void writerRejectsDisorderAndDropsOxidationStates() {
        Structure dis = Structure.builder(Lattice.cubic(5))
                .add(new Site(Composition.of(Map.of(Species.of(Element.Li), 0.5)), new double[3], "Li1"))
                .build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PoscarWriter.write(dis));
        assertTrue(e.getMessage().contains("partially occupied"), e.getMessage());
        Structure ox = Structure.builder(Lattice.cubic(5)).add(Species.of(Element.Li, 1), new double[3]).build();
        Structure back = PoscarReader.read(PoscarWriter.write(ox), "x");
        assertEquals(Species.of(Element.Li), back.speciesOf(0));
        assertNull(back.property(PropertyNames.VELOCITIES));
    }
}
