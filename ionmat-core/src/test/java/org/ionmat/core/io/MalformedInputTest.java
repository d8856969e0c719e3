package org.ionmat.core.io;

import static org.ionmat.core.io.IoTestFiles.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed input for every reader: each case must raise {@link InvalidInputException} whose message
 * names the file and line (and the token when there is one), never another exception.
 */
class MalformedInputTest {

    private static final Map<Integer, Element> TYPES = Map.of(1, Element.Li, 2, Element.O, 3, Element.Ge);
    private static final String POSCAR = "Li O\n1.0\n3 0 0\n0 3 0\n0 0 3\nLi O\n1 1\nDirect\n0 0 0\n0.5 0.5 0.5\n";
    private static final String XYZ = "2\nLattice=\"3 0 0 0 3 0 0 0 3\" Properties=species:S:1:pos:R:3:forces:R:3 energy=-1.5\n"
            + "Li 0 0 0 0.1 0.2 0.3\nO 1.5 1.5 1.5 -0.1 -0.2 -0.3\n";
    private static final String DATA = "x\n\n2 atoms\n2 atom types\n0 3 xlo xhi\n0 3 ylo yhi\n0 3 zlo zhi\n\nMasses\n\n"
            + "1 6.941\n2 15.9994\n\nAtoms # atomic\n\n1 1 0 0 0\n2 2 1.5 1.5 1.5\n";
    private static final String DUMP = "ITEM: TIMESTEP\n0\nITEM: NUMBER OF ATOMS\n2\nITEM: BOX BOUNDS pp pp pp\n0 3\n0 3\n0 3\n"
            + "ITEM: ATOMS id type element x y z\n1 1 Li 0 0 0\n2 2 O 1.5 1.5 1.5\n";
    private static final String XDATCAR = "LiO\n1\n3 0 0\n0 3 0\n0 0 3\nLi O\n1 1\nDirect configuration= 1\n0 0 0\n"
            + "0.5 0.5 0.5\nDirect configuration= 2\n0 0 0.1\n0.5 0.5 0.5\n";

    static Stream<Arguments> corpus() {
        return Stream.of(
                // POSCAR
                Arguments.of(StructureFormat.POSCAR, "", 1, null),
                Arguments.of(StructureFormat.POSCAR, "comment only\n", 2, null),
                Arguments.of(StructureFormat.POSCAR, POSCAR.replace("1.0\n", "one\n"), 2, "one"),
                Arguments.of(StructureFormat.POSCAR, POSCAR.replace("1.0\n", "1.0 2.0\n"), 2, null),
                Arguments.of(StructureFormat.POSCAR, POSCAR.replace("1.0\n", "0\n"), 2, "0"),
                Arguments.of(StructureFormat.POSCAR, POSCAR.replace("0 3 0\n", "0 3\n"), 4, null),
                Arguments.of(StructureFormat.POSCAR, POSCAR.replace("0 3 0\n", "0 x 0\n"), 4, "x"),
                Arguments.of(StructureFormat.POSCAR, POSCAR.replace("0 3 0\n", "3 0 0\n"), 5, null),
                Arguments.of(StructureFormat.POSCAR, POSCAR.replace("Li O\n1 1", "Li Xx\n1 1"), 6, "Xx"),
                Arguments.of(StructureFormat.POSCAR, POSCAR.replace("1 1\n", "1 -1\n"), 7, "-1"),
                Arguments.of(StructureFormat.POSCAR, POSCAR.replace("1 1\n", "1 1 1\n"), 7, null),
                Arguments.of(StructureFormat.POSCAR, POSCAR.replace("1 1\n", "2 1\n"), 11, null),
                Arguments.of(StructureFormat.POSCAR, POSCAR.replace("1 1\n", "1 0\n"), 10, "0.5"),
                Arguments.of(StructureFormat.POSCAR, POSCAR.replace("1 1\n", "0 0\n"), 7, null),
                Arguments.of(StructureFormat.POSCAR, POSCAR.replace("Direct", "Fractional"), 8, "Fractional"),
                Arguments.of(StructureFormat.POSCAR, POSCAR.replace("0.5 0.5 0.5", "0.5 0.5 1f"), 10, "1f"),
                Arguments.of(StructureFormat.POSCAR, POSCAR.replace("0.5 0.5 0.5", "0.5 0.5 NaN"), 10, "NaN"),
                Arguments.of(StructureFormat.POSCAR, POSCAR.replace("0.5 0.5 0.5", "0.5 0.5 1e999"), 10, "1e999"),
                Arguments.of(StructureFormat.POSCAR, POSCAR.replace("Direct", "Selective dynamics\nDirect")
                        .replace("0 0 0\n", "0 0 0 T T X\n"), 10, "X"),
                Arguments.of(StructureFormat.POSCAR, POSCAR + "\n0.1 0.2 0.3\n", 13, null),
                Arguments.of(StructureFormat.POSCAR, POSCAR + "\n0.1 0.2 0.3\n0.1 zz 0.3\n", 13, "zz"),
                Arguments.of(StructureFormat.POSCAR, POSCAR + "Direct\n0.1 0.2 0.3\n0.1 0.2 0.3\n", 11, "Direct"),
                // XDATCAR
                Arguments.of(StructureFormat.XDATCAR, XDATCAR.replace("Direct configuration= 2", "Direct configuration= two"),
                        11, "two"),
                Arguments.of(StructureFormat.XDATCAR, XDATCAR.replace("0 0 0.1\n", "0 0\n"), 12, null),
                Arguments.of(StructureFormat.XDATCAR, XDATCAR.substring(0, XDATCAR.length() - 12), 13, null),
                Arguments.of(StructureFormat.XDATCAR, XDATCAR.replace("Direct configuration= 1\n", ""), 8, null),
                // extended XYZ
                Arguments.of(StructureFormat.EXTXYZ, "", 1, null),
                Arguments.of(StructureFormat.EXTXYZ, "two\ncomment\n", 1, "two"),
                Arguments.of(StructureFormat.EXTXYZ, "-2\n", 1, "-2"),
                Arguments.of(StructureFormat.EXTXYZ, "3\n" + XYZ.substring(2), 5, null),
                Arguments.of(StructureFormat.EXTXYZ, XYZ.replace("Lattice=\"3 0 0 0 3 0 0 0 3\"", "Lattice=\"3 0 0 0 3 0\""), 2, null),
                Arguments.of(StructureFormat.EXTXYZ, XYZ.replace("Lattice=\"3 0 0 0 3 0 0 0 3\"", "Lattice=\"3 0 0 0 3 0 0 0 3"), 2, null),
                Arguments.of(StructureFormat.EXTXYZ, XYZ.replace("Lattice=\"3 0 0 0 3 0 0 0 3\"", "Lattice=\"3 0 0 0 3 0 0 0 0\""), 2, null),
                Arguments.of(StructureFormat.EXTXYZ, XYZ.replace(":forces:R:3", ":forces:R"), 2, null),
                Arguments.of(StructureFormat.EXTXYZ, XYZ.replace(":forces:R:3", ":forces:Q:3"), 2, "Q"),
                Arguments.of(StructureFormat.EXTXYZ, XYZ.replace("species:S:1:pos:R:3", "pos:R:3"), 2, null),
                Arguments.of(StructureFormat.EXTXYZ, XYZ.replace("energy=-1.5", "energy=low"), 2, "low"),
                Arguments.of(StructureFormat.EXTXYZ, XYZ.replace("Li 0 0 0", "Xx 0 0 0"), 3, "Xx"),
                Arguments.of(StructureFormat.EXTXYZ, XYZ.replace("Li 0 0 0 0.1", "Li 0 0 0"), 3, null),
                Arguments.of(StructureFormat.EXTXYZ, XYZ.replace("-0.2", "--0.2"), 4, "--0.2"),
                Arguments.of(StructureFormat.EXTXYZ, XYZ + "1\n", 6, null),
                // LAMMPS data
                Arguments.of(StructureFormat.LAMMPS_DATA, "", 1, null),
                Arguments.of(StructureFormat.LAMMPS_DATA, DATA.replace("2 atoms\n", ""), 8, null),
                Arguments.of(StructureFormat.LAMMPS_DATA, DATA.replace("2 atoms", "two atoms"), 3, "two"),
                Arguments.of(StructureFormat.LAMMPS_DATA, DATA.replace("2 atoms", "3 atoms"), 14, null),
                Arguments.of(StructureFormat.LAMMPS_DATA, DATA.replace("0 3 ylo yhi", "3 0 ylo yhi"), 6, null),
                Arguments.of(StructureFormat.LAMMPS_DATA, DATA.replace("0 3 zlo zhi\n", ""), 8, null),
                Arguments.of(StructureFormat.LAMMPS_DATA, DATA.replace("2 2 1.5", "2 5 1.5"), 17, "5"),
                Arguments.of(StructureFormat.LAMMPS_DATA, DATA.replace("2 2 1.5", "1 2 1.5"), 17, "1"),
                Arguments.of(StructureFormat.LAMMPS_DATA, DATA.replace("1.5 1.5 1.5", "1.5 1.5"), 17, null),
                Arguments.of(StructureFormat.LAMMPS_DATA, DATA.replace("1.5 1.5 1.5", "1.5 1.5 abc"), 17, "abc"),
                Arguments.of(StructureFormat.LAMMPS_DATA, DATA.replace("Atoms # atomic", "Atomz"), 14, "Atomz"),
                Arguments.of(StructureFormat.LAMMPS_DATA, DATA.replace("1 6.941", "1 -6.941"), 11, "-6.941"),
                Arguments.of(StructureFormat.LAMMPS_DATA, DATA.replace("Atoms # atomic", "Atoms # sphere"), 14, "sphere"),
                Arguments.of(StructureFormat.LAMMPS_DATA, DATA.substring(0, DATA.indexOf("Atoms")), 13, null),
                // LAMMPS dump
                Arguments.of(StructureFormat.LAMMPS_DUMP, DUMP.replace("ITEM: TIMESTEP\n0", "ITEM: TIMESTEP\nzero"), 2, "zero"),
                Arguments.of(StructureFormat.LAMMPS_DUMP, DUMP.replace("ITEM: NUMBER OF ATOMS\n2\n", ""), 7, null),
                Arguments.of(StructureFormat.LAMMPS_DUMP, DUMP.replace("ITEM: NUMBER OF ATOMS\n2", "ITEM: NUMBER OF ATOMS\n3"), 12, null),
                Arguments.of(StructureFormat.LAMMPS_DUMP, DUMP.replace("0 3\n0 3\n0 3\n", "0 3\n0 3\n3 0\n"), 8, null),
                Arguments.of(StructureFormat.LAMMPS_DUMP, DUMP.replace("0 3\n0 3\n0 3\n", "0 3\n0 3\n"), 8, "ITEM:"),
                Arguments.of(StructureFormat.LAMMPS_DUMP, DUMP.replace("2 2 O", "2 2 Q"), 11, "Q"),
                Arguments.of(StructureFormat.LAMMPS_DUMP, DUMP.replace("id type element x y z", "id type element"), 9, null),
                Arguments.of(StructureFormat.LAMMPS_DUMP, DUMP.replace("1 1 Li 0 0 0", "1 1 Li 0 0"), 10, null),
                Arguments.of(StructureFormat.LAMMPS_DUMP, DUMP.replace("1 1 Li 0 0 0", "1 1 Li 0 0 #"), 10, "#"),
                Arguments.of(StructureFormat.LAMMPS_DUMP, DUMP + "garbage\n", 12, "garbage"),
                Arguments.of(StructureFormat.LAMMPS_DUMP, DUMP + DUMP.substring(0, 60), 17, null));
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void messageNamesFileLineAndToken(StructureFormat format, String text, int line, String token) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> StructureFiles.parse(text, "bad." + format.id(), format, ReadOptions.DEFAULT.withLammpsTypes(TYPES)));
        assertEquals("bad." + format.id(), e.source(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("bad." + format.id() + ":" + line + ": "), e.getMessage());
        if (token != null) {
            assertTrue(e.getMessage().contains("'" + token + "'"), e.getMessage());
        }
    }

    /** Every sample cut after each line, and with each token replaced, parses or fails cleanly. */
    @Test
    void truncatedAndMutatedSamplesFailOnlyWithInputErrors() {
        Map<String, StructureFormat> samples = Map.ofEntries(
                Map.entry("ase/Li4Ge2O8.vasp", StructureFormat.POSCAR),
                Map.entry("hand/POSCAR_selective", StructureFormat.POSCAR),
                Map.entry("hand/CONTCAR_velocities", StructureFormat.POSCAR),
                Map.entry("hand/POSCAR_vasp4", StructureFormat.POSCAR),
                Map.entry("hand/XDATCAR_npt", StructureFormat.XDATCAR),
                Map.entry("hand/tilted.extxyz", StructureFormat.EXTXYZ),
                Map.entry("hand/triclinic.data", StructureFormat.LAMMPS_DATA),
                Map.entry("lammps/written.data", StructureFormat.LAMMPS_DATA),
                Map.entry("hand/dump_shuffled.lammpstrj", StructureFormat.LAMMPS_DUMP));
        String[] replacements = {"", "x", "-1", "1e999", "0", "\"", "#", "T", "99999999999"};
        int runs = 0;
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, StructureFormat> e : samples.entrySet()) {
            String[] lines = text(e.getKey()).split("\n", -1);
            for (int cut = 0; cut < lines.length; cut++) {
                runs += check(String.join("\n", java.util.Arrays.copyOf(lines, cut)), e.getValue(), e.getKey(), failures);
            }
            for (int l = 0; l < lines.length; l++) {
                String[] tokens = Tokens.split(lines[l]);
                for (int k = 0; k < tokens.length; k++) {
                    for (String r : replacements) {
                        String[] t = tokens.clone();
                        t[k] = r;
                        String[] mutated = lines.clone();
                        mutated[l] = String.join(" ", t);
                        runs += check(String.join("\n", mutated), e.getValue(), e.getKey(), failures);
                    }
                }
            }
        }
        assertTrue(runs > 2000, "runs: " + runs);
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + runs + " mutations failed badly, e.g.\n" + String.join("\n",
                    failures.subList(0, Math.min(10, failures.size()))));
        }
    }

    private static int check(String text, StructureFormat format, String name, List<String> failures) {
        try {
            StructureFiles.parse(text, name, format, ReadOptions.DEFAULT.withLammpsTypes(TYPES));
        } catch (InvalidInputException e) {
            if (!e.getMessage().startsWith(name + ":")) {
                failures.add("no location: " + e.getMessage());
            }
        } catch (RuntimeException e) {
            failures.add(e + "\n--- input ---\n" + text);
        }
        return 1;
    }
}
