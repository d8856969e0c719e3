package org.ionmat.core.io;

import static org.ionmat.core.io.IoTestFiles.assertArrayClose;
import static org.ionmat.core.io.IoTestFiles.assertStructureEquals;
import static org.ionmat.core.io.IoTestFiles.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.SiteProperty;
import org.ionmat.core.structure.Structure;
import org.junit.jupiter.api.Test;

class ExtXyzTest {

    @Test
    void aseFramesWithEnergiesForcesStressAndExtraColumns() {
        List<Frame> frames = ExtXyzReader.read(text("ase/frames.extxyz"), "frames.extxyz");
        assertEquals(3, frames.size());
        Frame f0 = frames.get(0);
        assertEquals(14, f0.structure().size());
        assertEquals(-50.0, f0.info().energy(), 0);
        assertEquals(-51.2345678901, frames.get(1).info().energy(), 1e-12);
        assertEquals(9, f0.info().stress().length);
        assertEquals(List.of("initial_magmoms", "tags", "forces"), List.copyOf(f0.structure().propertyNames()));
        assertEquals(3, f0.structure().property("forces").width());
        assertEquals("bulk md", f0.info().extra().get("config_type"));
        assertEquals("600", f0.info().extra().get("temperature"));
        Structure li2o = frames.get(2).structure();
        assertEquals(12, li2o.size());
        assertEquals(4.61, li2o.lattice().a(), 1e-12);
        assertEquals("Li2O", frames.get(2).info().extra().get("config_type"));
    }

    @Test
    void quotedValuesLogicalColumnsVoigtStressAndBracketLattice() {
        List<Frame> frames = ExtXyzReader.read(text("hand/tilted.extxyz"), "tilted.extxyz");
        assertEquals(2, frames.size());
        Structure s = frames.get(0).structure();
        FrameInfo info = frames.get(0).info();
        assertEquals(List.of(Element.O, Element.Li, Element.Li), List.of(s.elementOf(0), s.elementOf(1), s.elementOf(2)));
        assertArrayClose(new double[] {0.5, 0.5, 0.5}, s.frac(0), 1e-15, "O");
        assertArrayClose(new double[] {0.25, 0.5, 0.75}, s.frac(2), 1e-15, "Li2");
        assertArrayClose(new double[] {1, 0, 1}, s.property("move_mask").values(), 0, "move_mask");
        assertArrayClose(new double[] {-2, 1, 1}, s.property("charge").values(), 0, "charge");
        assertNull(s.property("label"));
        assertEquals(-3.5, info.energy(), 0);
        assertArrayClose(new double[] {1, 6, 5, 6, 2, 4, 5, 4, 3}, info.stress(), 0, "Voigt stress as 3x3");
        assertEquals(42, info.step());
        assertArrayEquals(new boolean[] {true, true, false}, info.pbc());
        assertEquals("single quoted value", info.extra().get("note"));
        assertEquals("T", info.extra().get("flag"));
        assertEquals("say \"hi\"", info.extra().get("escaped"));
        Frame f1 = frames.get(1);
        assertArrayClose(new double[] {5, 0, 0, 0, 5, 0, 0, 0, 5}, f1.structure().lattice().rowMajor(), 0, "lattice");
        assertEquals("spaced", f1.info().extra().get("comment"));
        assertEquals(Element.Cl, f1.structure().elementOf(1));
        assertFalse(f1.info().hasEnergy());
    }

    @Test
    void roundTripKeepsStructuresPropertiesAndInfo() {
        for (String rel : List.of("ase/frames.extxyz", "hand/tilted.extxyz")) {
            List<Frame> frames = ExtXyzReader.read(text(rel), rel);
            String out = ExtXyzWriter.write(frames);
            List<Frame> back = ExtXyzReader.read(out, rel + " (written)");
            assertEquals(frames.size(), back.size());
            for (int i = 0; i < frames.size(); i++) {
                assertStructureEquals(frames.get(i).structure(), back.get(i).structure(), 1e-8);
                assertEquals(frames.get(i).info(), back.get(i).info(), "info of frame " + i);
            }
            assertEquals(out, ExtXyzWriter.write(back), "second pass is identical");
        }
    }

    @Test
    void writerRejectsColumnNamesItCannotWrite() {
        Structure s = Structure.builder(Lattice.cubic(3)).add(Species.of(Element.Li), new double[3])
                .property("bad name", SiteProperty.scalar(new double[] {1})).build();
        assertThrows(InvalidInputException.class, () -> ExtXyzWriter.write(s));
    }

    @Test
    void plainXyzWithoutLatticeIsAClearError() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ExtXyzReader.read("2\nwater-ish\nO 0 0 0\nH 0 0 1\n", "mol.xyz"));
        assertTrue(e.getMessage().startsWith("mol.xyz:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("Lattice"), e.getMessage());
    }

    @Test
    void zColumnGivesElements() {
        String text = "2\nLattice=\"3 0 0 0 3 0 0 0 3\" Properties=Z:I:1:pos:R:3\n3 0 0 0\n8 1.5 1.5 1.5\n";
        Structure s = ExtXyzReader.read(text, "z.xyz").get(0).structure();
        assertEquals(Element.O, s.elementOf(1));
        assertTrue(s.propertyNames().isEmpty());
    }
}
