package org.ionmat.core.io;

import static org.ionmat.core.io.IoTestFiles.assertArrayClose;
import static org.ionmat.core.io.IoTestFiles.assertStructureEquals;
import static org.ionmat.core.io.IoTestFiles.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.structure.Structure;
import org.junit.jupiter.api.Test;

class LammpsDumpTest {

    private static final Map<Integer, Element> LI_O = Map.of(1, Element.Li, 2, Element.O);

    @Test
    void shuffledTriclinicScaledWithImagesSortedById() {
        String text = text("hand/dump_shuffled.lammpstrj");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> LammpsDumpReader.read(text, "dump"));
        assertTrue(e.getMessage().startsWith("dump:9:") && e.getMessage().contains("type-to-element"), e.getMessage());
        Trajectory t = LammpsDumpReader.read(LineReader.of(text, "dump"), LI_O);
        assertEquals(2, t.numFrames());
        assertFalse(t.isFixedCell());
        assertArrayClose(new double[] {4, 0, 0, 1, 5, 0, -1.5, 0.5, 6}, t.lattice(0).rowMajor(), 1e-15, "box 1");
        assertArrayClose(new double[] {1, 0, -1, 0.25, 0.5, 0.75, 0.5, 0.5, 0.5}, t.fracPositions(0), 1e-14, "frac 1");
        assertArrayClose(new double[] {4, 0, 0, 0, 5, 0, 0, 0, 6}, t.lattice(1).rowMajor(), 0, "box 2");
        assertArrayClose(new double[] {1.1, 0, -1, 0.25, 0.5, 1.75, 0.5, 0.5, 0.5}, t.fracPositions(1), 1e-14, "frac 2");
        assertEquals(List.of(Element.Li, Element.Li, Element.O), t.species().stream().map(s -> s.element()).toList());
        assertArrayClose(new double[] {1, 1, -2}, t.properties(0).get(PropertyNames.CHARGE).values(), 0, "q");
        assertArrayClose(new double[] {-0.4, -0.8, -1.3}, t.properties(1).get("c_pe").values(), 0, "c_pe");
        assertEquals(100, t.info(0).step());
        assertEquals(200, t.info(1).step());
    }

    @Test
    void lammpsNptDumpWithElementsVelocitiesForcesAndImages() {
        Trajectory t = LammpsDumpReader.read(text("lammps/npt.lammpstrj"), "npt.lammpstrj");
        assertEquals(3, t.numFrames());
        assertEquals(14, t.numAtoms());
        assertEquals(Element.Ge, t.species(5).element());
        assertTrue(t.hasVelocities() && t.hasForces());
        assertFalse(t.isFixedCell());
        assertEquals(20, t.info(2).step());
        assertEquals(14, t.properties(0).get(PropertyNames.CHARGE).size());
    }

    @Test
    void roundTripDumpToDump() {
        for (String rel : List.of("hand/dump_shuffled.lammpstrj", "lammps/npt.lammpstrj")) {
            Trajectory t = LammpsDumpReader.read(LineReader.of(text(rel), rel), LI_O);
            String out = LammpsDumpWriter.write(t);
            Trajectory back = LammpsDumpReader.read(out, rel + " (written)");
            assertEquals(t.numFrames(), back.numFrames());
            for (int f = 0; f < t.numFrames(); f++) {
                assertStructureEquals(t.structure(f), back.structure(f), 1e-8);
                assertEquals(t.info(f).step(), back.info(f).step());
            }
        }
    }

    @Test
    void writerRotatesGeneralCellsAndVectors() {
        Structure s = PoscarReader.read(text("ase/Li4Ge2O8.vasp"), "vasp");
        double[] f = new double[3 * s.size()];
        Arrays.fill(f, 0.5);
        Trajectory t = Trajectory.builder(s.sites().stream().map(x -> x.majoritySpecies()).toList())
                .addFrame(s.lattice(), s.cartCoords(), null, f, FrameInfo.EMPTY).build();
        Trajectory r = LammpsDumpReader.read(LammpsDumpWriter.write(t), "d");
        assertArrayClose(s.lattice().parameters(), r.lattice(0).parameters(), 1e-10, "parameters");
        assertArrayClose(s.fracCoords(), r.fracPositions(0), 1e-12, "frac");
        double[] fr = r.forces(0);
        double norm = Math.sqrt(fr[0] * fr[0] + fr[1] * fr[1] + fr[2] * fr[2]);
        assertEquals(Math.sqrt(0.75), norm, 1e-12);
    }

    @Test
    void changingAtomsAndDuplicateIdsAreErrors() {
        String text = text("hand/dump_shuffled.lammpstrj");
        String dup = text.replace("3 2 0.5 0.5 0.5 0 0 0 -2.0 -1.25", "1 2 0.5 0.5 0.5 0 0 0 -2.0 -1.25");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> LammpsDumpReader.read(LineReader.of(dup, "dump"), LI_O));
        assertTrue(e.getMessage().contains("appears twice"), e.getMessage());
        String swapped = text.replace("3 2 0.5 0.5 0.5 0 0 0 -2.0 -1.3", "3 1 0.5 0.5 0.5 0 0 0 -2.0 -1.3");
        InvalidInputException s = assertThrows(InvalidInputException.class,
                () -> LammpsDumpReader.read(LineReader.of(swapped, "dump"), LI_O));
        assertTrue(s.getMessage().contains("frame 2 has other atoms"), s.getMessage());
    }
}
