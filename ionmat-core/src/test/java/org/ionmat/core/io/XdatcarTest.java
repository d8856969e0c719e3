package org.ionmat.core.io;

import static org.ionmat.core.io.IoTestFiles.assertArrayClose;
import static org.ionmat.core.io.IoTestFiles.assertStructureEquals;
import static org.ionmat.core.io.IoTestFiles.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.structure.Structure;
import org.junit.jupiter.api.Test;

class XdatcarTest {

    @Test
    void fixedCellFramesAndSteps() {
        Trajectory t = XdatcarReader.read(text("ase/XDATCAR"), "XDATCAR");
        assertEquals(3, t.numFrames());
        assertEquals(14, t.numAtoms());
        assertTrue(t.isFixedCell());
        assertEquals(Element.Li, t.species(0).element());
        assertEquals(Element.O, t.species(13).element());
        assertEquals(3, t.info(2).step());
    }

    @Test
    void variableCellHeaderBeforeEveryFrame() {
        Trajectory t = XdatcarReader.read(text("hand/XDATCAR_npt"), "XDATCAR_npt");
        assertEquals(2, t.numFrames());
        assertFalse(t.isFixedCell());
        assertArrayClose(new double[] {4, 0, 0, 0, 4, 0, 0, 0, 4}, t.lattice(0).rowMajor(), 0, "cell 1");
        assertArrayClose(new double[] {4.1, 0, 0, 0.2, 4.05, 0, 0, 0, 3.9}, t.lattice(1).rowMajor(), 0, "cell 2");
        // Cartesian of frame 2, atom 2: (0.5, 0.52, 0.5) · M
        assertArrayClose(new double[] {0.5 * 4.1 + 0.52 * 0.2, 0.52 * 4.05, 0.5 * 3.9},
                java.util.Arrays.copyOfRange(t.positions(1), 3, 6), 1e-12, "position");
        assertArrayClose(new double[] {0.01, 0, 0}, java.util.Arrays.copyOf(t.fracPositions(1), 3), 1e-12, "frac");
        assertEquals(2, t.info(1).step());
    }

    @Test
    void roundTripFixedAndVariableCell() {
        for (String rel : List.of("ase/XDATCAR", "hand/XDATCAR_npt")) {
            Trajectory t = XdatcarReader.read(text(rel), rel);
            String out = XdatcarWriter.write(t, "round trip");
            Trajectory back = XdatcarReader.read(out, rel + " (written)");
            assertEquals(t.numFrames(), back.numFrames());
            assertEquals(t.isFixedCell(), back.isFixedCell());
            for (int f = 0; f < t.numFrames(); f++) {
                assertStructureEquals(t.structure(f), back.structure(f), 1e-8);
                assertEquals(t.info(f).step(), back.info(f).step());
            }
        }
    }

    @Test
    void changedAtomsBetweenFramesIsAnError() {
        String bad = text("hand/XDATCAR_npt").replace("     1     1\nDirect configuration=     2", "     1     2\nDirect configuration=     2");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> XdatcarReader.read(bad, "X"));
        assertTrue(e.getMessage().startsWith("X:17:"), e.getMessage());
    }

    @Test
    void truncatedFrameNamesLineAndFrame() {
        String t = text("ase/XDATCAR");
        String cut = t.substring(0, t.lastIndexOf('\n', t.length() - 2) + 1);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> XdatcarReader.read(cut, "XDATCAR"));
        assertTrue(e.getMessage().contains("atom 14 of 14 in frame 3"), e.getMessage());
    }

    @Test
    void structuresFromTrajectoryMatchFrames() {
        Trajectory t = XdatcarReader.read(text("hand/XDATCAR_npt"), "x");
        Structure s = t.structure(1);
        assertArrayClose(new double[] {0.5, 0.52, 0.5}, s.frac(1), 1e-15, "frac");
        Trajectory again = Trajectory.fromStructures(t.structures());
        assertArrayClose(t.positions(1), again.positions(1), 1e-12, "positions");
    }
}
