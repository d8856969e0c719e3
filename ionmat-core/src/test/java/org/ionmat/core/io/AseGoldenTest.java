package org.ionmat.core.io;

import static org.ionmat.core.io.IoTestFiles.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ionmat.core.element.Element;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.SiteProperty;
import org.ionmat.core.structure.Structure;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every sample and every ionmat-written file read by ionmat agrees with ASE 3.22.1 reading the same
 * file, and ionmat-written LAMMPS data files agree with what LAMMPS itself reads from them
 * (golden values from {@code scripts/golden/formats_ase.py}).
 */
class AseGoldenTest {

    private static final double TOL = 1e-8;
    private static final Map<Integer, Element> LI_GE_O = Map.of(1, Element.Li, 2, Element.Ge, 3, Element.O);
    private static final Map<Integer, Element> LI_O = Map.of(1, Element.Li, 2, Element.O);

    private static JsonNode golden() throws IOException {
        return new ObjectMapper().readTree(path("golden/ase_formats.json").toFile());
    }

    private static StructureFormat format(String aseFormat) {
        return switch (aseFormat) {
            case "vasp" -> StructureFormat.POSCAR;
            case "vasp-xdatcar" -> StructureFormat.XDATCAR;
            case "extxyz" -> StructureFormat.EXTXYZ;
            case "lammps-data" -> StructureFormat.LAMMPS_DATA;
            case "lammps-dump-text" -> StructureFormat.LAMMPS_DUMP;
            default -> throw new IllegalArgumentException(aseFormat);
        };
    }

    /** What the user would have to tell ionmat: type maps for files without masses or elements. */
    private static ReadOptions options(String rel) {
        if (rel.startsWith("ase/") && rel.endsWith(".data")) {
            return ReadOptions.DEFAULT.withLammpsTypes(LI_GE_O);
        }
        if (rel.equals("hand/dump_shuffled.lammpstrj")) {
            return ReadOptions.DEFAULT.withLammpsTypes(LI_O);
        }
        return ReadOptions.DEFAULT;
    }

    @TestFactory
    List<DynamicTest> ionmatReadsWhatAseReads() throws IOException {
        JsonNode files = golden().get("files");
        assertTrue(files.size() >= 20, "golden files: " + files.size());
        List<DynamicTest> tests = new ArrayList<>();
        for (Iterator<String> it = files.fieldNames(); it.hasNext(); ) {
            String rel = it.next();
            JsonNode g = files.get(rel);
            tests.add(DynamicTest.dynamicTest(rel, () -> compareFile(rel, g)));
        }
        return tests;
    }

    private static void compareFile(String rel, JsonNode g) {
        StructureFormat f = format(g.get("format").asText());
        List<Frame> frames = StructureFiles.readFrames(path(rel), f, options(rel));
        JsonNode gf = g.get("frames");
        assertEquals(gf.size(), frames.size(), "number of frames");
        // ASE keeps data-file and dump positions x y z as written (ignores image flags): compare modulo cell
        boolean exactPositions = f != StructureFormat.LAMMPS_DATA && !rel.equals("lammps/npt.lammpstrj")
                && !rel.equals("hand/dump_shuffled.lammpstrj");
        for (int t = 0; t < frames.size(); t++) {
            compareFrame(rel + " frame " + t, gf.get(t), frames.get(t), exactPositions, f);
        }
    }

    private static void compareFrame(String what, JsonNode g, Frame frame, boolean exactPositions, StructureFormat f) {
        Structure s = frame.structure();
        JsonNode symbols = g.get("symbols");
        assertEquals(symbols.size(), s.size(), what + ": atoms");
        for (int i = 0; i < s.size(); i++) {
            assertEquals(symbols.get(i).asText(), s.elementOf(i).symbol(), what + ": element of atom " + i);
        }
        double[] cell = flat(g.get("cell"));
        IoTestFiles.assertArrayClose(cell, s.lattice().rowMajor(), TOL, what + ": cell");
        double[] pos = flat(g.get("positions"));
        double[] mine = s.cartCoords();
        Lattice l = s.lattice();
        for (int i = 0; i < s.size(); i++) {
            double[] a = {pos[3 * i], pos[3 * i + 1], pos[3 * i + 2]};
            double[] b = {mine[3 * i], mine[3 * i + 1], mine[3 * i + 2]};
            if (exactPositions) {
                IoTestFiles.assertArrayClose(a, b, TOL, what + ": position of atom " + i);
            } else {
                double d = l.minimumImageDistance(l.toFractional(a), l.toFractional(b));
                assertTrue(d < TOL, what + ": atom " + i + " differs by " + d + " Å");
            }
        }
        if (g.has("velocities")) {
            compareProperty(what, flat(g.get("velocities")), s.property(PropertyNames.VELOCITIES), 1e-8);
        }
        if (g.has("charges")) {
            compareProperty(what, flat(g.get("charges")), s.property(PropertyNames.CHARGE), 1e-12);
        }
        if (g.has("forces")) {
            compareProperty(what, flat(g.get("forces")), s.property(PropertyNames.FORCES), 1e-10);
        }
        if (g.has("selective_dynamics")) {
            compareProperty(what, flat(g.get("selective_dynamics")), s.property(PropertyNames.SELECTIVE_DYNAMICS), 0);
        }
        for (String name : List.of("initial_magmoms", "tags")) {
            if (g.has(name)) {
                compareProperty(what, flat(g.get(name)), s.property(name), 1e-12);
            }
        }
        if (f == StructureFormat.EXTXYZ) {
            if (g.has("energy")) {
                assertEquals(g.get("energy").asDouble(), frame.info().energy(), 1e-10, what + ": energy");
            }
            if (g.has("stress")) {
                IoTestFiles.assertArrayClose(flat(g.get("stress")), frame.info().stress(), 1e-12, what + ": stress");
            }
            if (g.has("info")) {
                for (Iterator<String> it = g.get("info").fieldNames(); it.hasNext(); ) {
                    String key = it.next();
                    if (List.of("energy", "stress", "virial", "free_energy").contains(key)) {
                        continue; // ASE repeats calculator results in info
                    }
                    assertEquals(g.get("info").get(key).asText(), frame.info().extra().get(key), what + ": info " + key);
                }
            }
        }
    }

    private static void compareProperty(String what, double[] expected, SiteProperty p, double tol) {
        assertNotNull(p, what + ": property missing");
        double[] v = p.values();
        assertEquals(expected.length, v.length, what + ": property size");
        for (int k = 0; k < v.length; k++) {
            assertEquals(expected[k], v[k], tol * Math.max(1, Math.abs(expected[k])), what + ": property[" + k + "]");
        }
    }

    @TestFactory
    List<DynamicTest> lammpsReadsWhatIonmatWrote() throws IOException {
        JsonNode lammps = golden().get("lammps");
        assertTrue(lammps.size() >= 5);
        List<DynamicTest> tests = new ArrayList<>();
        for (Iterator<String> it = lammps.fieldNames(); it.hasNext(); ) {
            String rel = it.next();
            JsonNode g = lammps.get(rel);
            tests.add(DynamicTest.dynamicTest(rel, () -> {
                Structure s = StructureFiles.readFirst(path(rel));
                IoTestFiles.assertArrayClose(flat(g.get("cell")), s.lattice().rowMajor(), TOL, rel + ": box");
                IoTestFiles.assertArrayClose(flat(g.get("positions")), s.cartCoords(), TOL, rel + ": unwrapped positions");
                Map<Integer, Element> types = rel.contains("step2") || rel.contains("charge_velocities") ? LI_GE_O : LI_O;
                for (int i = 0; i < s.size(); i++) {
                    assertEquals(types.get(g.get("types").get(i).asInt()), s.elementOf(i), rel + ": type of atom " + i);
                }
                SiteProperty v = s.property(PropertyNames.VELOCITIES);
                double[] gv = flat(g.get("velocities"));
                IoTestFiles.assertArrayClose(gv, v == null ? new double[gv.length] : v.values(), TOL, rel + ": velocities");
                if (g.has("charges")) {
                    compareProperty(rel, flat(g.get("charges")), s.property(PropertyNames.CHARGE), 1e-12);
                }
            }));
        }
        return tests;
    }

    private static double[] flat(JsonNode n) {
        List<Double> out = new ArrayList<>();
        flatten(n, out);
        double[] a = new double[out.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = out.get(i);
        }
        return a;
    }

    private static void flatten(JsonNode n, List<Double> out) {
        if (n.isArray()) {
            for (JsonNode c : n) {
                flatten(c, out);
            }
        } else {
            out.add(n.asDouble());
        }
    }
}
