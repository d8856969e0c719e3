package org.ionmat.core.io;

import static org.ionmat.core.io.IoTestFiles.assertArrayClose;
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

class TrajectoryTest {

    private static Structure lio(double x, Lattice l) {
        return Structure.builder(l)
                .add(Species.of(Element.Li), new double[] {x, 0, 0})
                .add(Species.of(Element.O), new double[] {0.5, 0.5, 0.5})
                .build();
    }

    @Test
    void framesKeepPositionsVectorsAndInfo() {
        Lattice l = Lattice.cubic(4);
        Structure s = lio(0.1, l).withProperty(PropertyNames.FORCES, SiteProperty.vector(new double[] {1, 2, 3, 4, 5, 6}))
                .withProperty(PropertyNames.CHARGE, SiteProperty.scalar(new double[] {1, -1}));
        FrameInfo info = FrameInfo.builder().energy(-3.25).step(7).stress(new double[] {1, 2, 3, 4, 5, 6}).build();
        Trajectory t = Trajectory.fromFrames(List.of(new Frame(s, info), Frame.of(lio(1.3, Lattice.cubic(4.2)))));
        assertEquals(2, t.numFrames());
        assertArrayClose(new double[] {0.4, 0, 0, 2, 2, 2}, t.positions(0), 1e-15, "positions Å");
        assertArrayClose(new double[] {1, 2, 3, 4, 5, 6}, t.forces(0), 0, "forces");
        assertNull(t.forces(1));
        assertEquals(false, t.hasForces());
        assertEquals(-3.25, t.info(0).energy(), 0);
        assertArrayClose(new double[] {1, 6, 5, 6, 2, 4, 5, 4, 3}, t.info(0).stress(), 0, "Voigt -> 3x3");
        Structure back = t.structure(0);
        assertEquals(s.propertyNames(), back.propertyNames());
        assertArrayClose(s.fracCoords(), back.fracCoords(), 1e-15, "frac");
        // unwrapped coordinates stay unwrapped
        assertArrayClose(new double[] {1.3 * 4.2, 0, 0}, java.util.Arrays.copyOf(t.positions(1), 3), 1e-12, "unwrapped");
        double[] buf = new double[6];
        t.copyPositions(1, buf);
        assertEquals(1.3 * 4.2, buf[0], 1e-12);
    }

    @Test
    void differentAtomsOrDisorderAreErrors() {
        Lattice l = Lattice.cubic(4);
        Structure a = lio(0.1, l);
        Structure swapped = a.permuted(new int[] {1, 0});
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Trajectory.fromStructures(List.of(a, swapped)));
        assertTrue(e.getMessage().contains("frame 2 site 1"), e.getMessage());
        Structure fewer = Structure.builder(l).add(Species.of(Element.Li), new double[3]).build();
        assertThrows(InvalidInputException.class, () -> Trajectory.fromStructures(List.of(a, fewer)));
        Structure dis = Structure.builder(l)
                .add(new Site(Composition.of(Map.of(Species.of(Element.Li), 0.5)), new double[3], "Li"))
                .build();
        assertThrows(InvalidInputException.class, () -> Trajectory.fromStructures(List.of(dis)));
        assertThrows(InvalidInputException.class, () -> Trajectory.fromStructures(List.of()));
    }
}
