package org.ionmat.core.io;

import static org.ionmat.core.io.IoTestFiles.assertArrayClose;
import static org.ionmat.core.io.IoTestFiles.assertStructureEquals;
import static org.ionmat.core.io.IoTestFiles.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.SiteProperty;
import org.ionmat.core.structure.Structure;
import org.junit.jupiter.api.Test;

class LammpsDataTest {

    private static final Map<Integer, Element> LI_GE_O = Map.of(1, Element.Li, 2, Element.Ge, 3, Element.O);

    private static Structure read(String rel, Map<Integer, Element> types, String style) {
        return LammpsDataReader.read(LineReader.of(text(rel), rel), types, style);
    }

    @Test
    void triclinicBoxOriginImageFlagsUnsortedIdsAndMassLookup() {
        Structure s = read("hand/triclinic.data", null, null);
        assertArrayClose(new double[] {4, 0, 0, 1, 5, 0, -1.5, 0.5, 6}, s.lattice().rowMajor(), 0, "lattice");
        // sorted by id: 1 Li (image 1 0 -1), 2 Li, 3 O; Li by its mass 6.941, O by the '# O' comment
        assertEquals(List.of(Element.Li, Element.Li, Element.O), List.of(s.elementOf(0), s.elementOf(1), s.elementOf(2)));
        assertArrayClose(new double[] {1, 0, -1}, s.frac(0), 1e-15, "id 1");
        assertArrayClose(new double[] {0.25, 0.5, 0.75}, s.frac(1), 1e-15, "id 2");
        assertArrayClose(new double[] {0.5, 0.5, 0.5}, s.frac(2), 1e-15, "id 3");
    }

    @Test
    void aseChargeFileNeedsATypeMap() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read("ase/charge.data", null, null));
        assertTrue(e.getMessage().contains("type-to-element map"), e.getMessage());
        Structure s = read("ase/charge.data", LI_GE_O, null);
        assertEquals(14, s.size());
        assertEquals(Element.Ge, s.elementOf(4));
        SiteProperty q = s.property(PropertyNames.CHARGE);
        assertArrayClose(new double[] {1, 1, 1, 1, 4, 4, -1.5}, java.util.Arrays.copyOf(q.values(), 7), 0, "charges");
        Structure atomic = read("ase/atomic.data", LI_GE_O, null);
        IoTestFiles.assertSamePositionsModuloCell(s, atomic, 1e-12);
    }

    @Test
    void lammpsWrittenFileWithMassesVelocitiesAndCoefficients() {
        Structure s = read("lammps/written.data", null, null);
        assertEquals(List.of(Element.Li, Element.Ge, Element.O), List.of(s.elementOf(0), s.elementOf(4), s.elementOf(13)));
        assertNotNull(s.property(PropertyNames.VELOCITIES));
        assertNotNull(s.property(PropertyNames.CHARGE));
        // atom 7 has image flags 0 -1 0: its unwrapped fractional b coordinate is below 0
        assertTrue(s.frac(6)[1] < 0, "image flag applied");
    }

    @Test
    void roundTripDataToData() {
        for (String rel : List.of("hand/triclinic.data", "ase/charge.data", "lammps/written.data")) {
            Structure s = read(rel, rel.startsWith("ase") ? LI_GE_O : null, null);
            Structure back = LammpsDataReader.read(LammpsDataWriter.write(s), rel + " (written)");
            assertStructureEquals(s, back, 1e-8);
        }
    }

    @Test
    void writerRotatesAnyCellIntoLowerTriangularFormKeepingGeometry() {
        Structure s0 = PoscarReader.read(text("ase/Li4Ge2O8.vasp"), "vasp");
        double[] v = new double[3 * s0.size()];
        for (int k = 0; k < v.length; k++) {
            v[k] = Math.sin(1.7 * k) * 10;
        }
        Structure s = s0.withProperty(PropertyNames.VELOCITIES, SiteProperty.vector(v));
        String data = LammpsDataWriter.write(s);
        Structure r = LammpsDataReader.read(data, "rotated.data");
        double[] m = r.lattice().rowMajor();
        assertEquals(0, m[1], 0);
        assertEquals(0, m[2], 0);
        assertEquals(0, m[5], 0);
        assertArrayClose(s.lattice().parameters(), r.lattice().parameters(), 1e-10, "lattice parameters");
        IoTestFiles.assertArrayClose(s.fracCoords(), r.fracCoords(), 1e-12, "fractional coordinates");
        // velocities rotated with the cell: their components along the lattice vectors are unchanged
        double[] vr = r.property(PropertyNames.VELOCITIES).values();
        for (int i = 0; i < s.size(); i++) {
            for (int a = 0; a < 3; a++) {
                double[] la = s.lattice().vector(a);
                double[] lb = r.lattice().vector(a);
                double before = la[0] * v[3 * i] + la[1] * v[3 * i + 1] + la[2] * v[3 * i + 2];
                double after = lb[0] * vr[3 * i] + lb[1] * vr[3 * i + 1] + lb[2] * vr[3 * i + 2];
                assertEquals(before, after, 1e-9, "v·a" + a + " of atom " + i);
            }
        }
    }

    @Test
    void largeTiltsAreReducedAndLeftHandedCellsFlipped() {
        // b = 2.7 a + ...: LAMMPS 2021 refuses |xy| > lx/2; c tilted beyond half in both directions
        Lattice skew = Lattice.of(new double[][] {{4, 0, 0}, {10.8, 5, 0}, {-7, 3.1, 6}});
        Lattice left = Lattice.of(new double[][] {{0, 4, 0}, {4.5, 0, 0}, {0.3, 0.2, 5}});
        Lattice hex = Lattice.hexagonal(3.2, 5.1);
        for (Lattice l : List.of(skew, left, hex)) {
            Structure s = Structure.builder(l)
                    .add(Species.of(Element.Li), new double[] {0.1, 0.2, 0.3})
                    .add(Species.of(Element.O), new double[] {0.6, 0.1, 0.9})
                    .add(Species.of(Element.O), new double[] {0.35, 0.75, 0.5})
                    .build();
            Structure r = LammpsDataReader.read(LammpsDataWriter.write(s), "x.data");
            double[] m = r.lattice().rowMajor();
            assertTrue(Math.abs(m[3] / m[0]) <= 0.5 && Math.abs(m[6] / m[0]) <= 0.5 && Math.abs(m[7] / m[4]) <= 0.5,
                    "tilts within LAMMPS limits: " + java.util.Arrays.toString(m));
            assertTrue(r.lattice().determinant() > 0);
            assertEquals(s.volume(), r.volume(), 1e-9);
            double[][] d0 = s.distanceMatrix();
            double[][] d1 = r.distanceMatrix();
            for (int i = 0; i < 3; i++) {
                assertArrayClose(d0[i], d1[i], 1e-9, "distances from atom " + i);
            }
        }
    }

    @Test
    void massesThatDoNotIdentifyAnElementAreErrors() {
        String ambiguous = "x\n\n1 atoms\n1 atom types\n0 3 xlo xhi\n0 3 ylo yhi\n0 3 zlo zhi\n\nMasses\n\n1 40.0\n\n"
                + "Atoms # atomic\n\n1 1 0 0 0\n";
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> LammpsDataReader.read(ambiguous, "amb.data"));
        assertTrue(e.getMessage().startsWith("amb.data:9:"), e.getMessage());
        assertTrue(e.getMessage().contains("Ar (39.948)") && e.getMessage().contains("Ca (40.078)"), e.getMessage());
        Structure given = LammpsDataReader.read(LineReader.of(ambiguous, "amb.data"), Map.of(1, Element.Ca), null);
        assertEquals(Element.Ca, given.elementOf(0));
        String deuterium = ambiguous.replace("1 40.0", "1 2.014");
        InvalidInputException d = assertThrows(InvalidInputException.class,
                () -> LammpsDataReader.read(deuterium, "d.data"));
        assertTrue(d.getMessage().contains("not the mass of any element"), d.getMessage());
        String contradiction = ambiguous.replace("1 40.0", "1 15.9994 # Li");
        InvalidInputException c = assertThrows(InvalidInputException.class,
                () -> LammpsDataReader.read(contradiction, "c.data"));
        assertTrue(c.getMessage().contains("named Li"), c.getMessage());
    }

    @Test
    void atomStyleFromCallerCommentOrColumns() {
        String base = "x\n\n2 atoms\n1 atom types\n0 3 xlo xhi\n0 3 ylo yhi\n0 3 zlo zhi\n\nMasses\n\n1 22.98976928\n\n"
                + "Atoms%s\n\n1 1 1 0 0 0\n2 1 -1 1.5 1.5 1.5\n";
        String plain = String.format(base, "");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LammpsDataReader.read(plain, "s.data"));
        assertTrue(e.getMessage().contains("atom style"), e.getMessage());
        Structure c = LammpsDataReader.read(String.format(base, " # charge"), "s.data");
        assertArrayClose(new double[] {1, -1}, c.property(PropertyNames.CHARGE).values(), 0, "charges");
        Structure given = LammpsDataReader.read(LineReader.of(plain, "s.data"), null, "charge");
        assertArrayClose(new double[] {0.5, 0.5, 0.5}, given.frac(1), 1e-15, "frac");
        assertEquals(Element.Na, given.elementOf(0));
    }

    @Test
    void fullStyleAndTypeLabels() {
        String full = "x\n\n2 atoms\n2 atom types\n1 bonds\n1 bond types\n0 3 xlo xhi\n0 3 ylo yhi\n0 3 zlo zhi\n\n"
                + "Atom Type Labels\n\n1 Li\n2 O\n\nAtoms # full\n\n1 7 Li 0.5 0 0 0\n2 7 O -0.5 1.5 1.5 1.5\n\n"
                + "Bonds\n\n1 1 1 2\n";
        Structure s = LammpsDataReader.read(full, "full.data");
        assertEquals(List.of(Element.Li, Element.O), List.of(s.elementOf(0), s.elementOf(1)));
        assertArrayClose(new double[] {0.5, -0.5}, s.property(PropertyNames.CHARGE).values(), 0, "charges");
        assertArrayClose(new double[] {0.5, 0.5, 0.5}, s.frac(1), 1e-15, "frac");
    }

    @Test
    void chargeStyleFromOxidationStatesAndTypeOrder() {
        Structure s = Structure.builder(Lattice.cubic(4))
                .add(Species.of(Element.O, -2), new double[] {0, 0, 0})
                .add(Species.of(Element.Li, 1), new double[] {0.25, 0.25, 0.25})
                .add(Species.of(Element.Li, 1), new double[] {0.75, 0.75, 0.75})
                .build();
        String data = LammpsDataWriter.write(s, "charge", List.of(Element.Li, Element.O));
        assertTrue(data.contains("1 6.941 # Li\n2 15.9994 # O\n"), data);
        assertTrue(data.contains("1 2 -2.0 0.0 0.0 0.0\n"), data);
        Structure r = LammpsDataReader.read(data, "x.data");
        assertArrayClose(new double[] {-2, 1, 1}, r.property(PropertyNames.CHARGE).values(), 0, "charges");
        assertThrows(InvalidInputException.class, () -> LammpsDataWriter.write(s, "charge", List.of(Element.Li)));
        Structure noCharges = s.withoutOxidationStates();
        assertThrows(InvalidInputException.class, () -> LammpsDataWriter.write(noCharges, "charge", null));
        assertThrows(InvalidInputException.class, () -> LammpsDataWriter.write(s, "full", null));
    }
}
