package org.ionmat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionmat.core.io.StructureFiles;
import org.ionmat.core.structure.Structure;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.softbv.ScreeningFactorSolver;
import org.ionmat.potential.softbv.SoftBvModel;

class RelaxCommandTest {

    /** Cubic SrTiO3 without oxidation states, a = 3.905 Å, written as CIF. */
    private static Path perovskite(Path dir, double a, boolean annotated) throws Exception {
        String sr = annotated ? "Sr2+" : "Sr";
        String ti = annotated ? "Ti4+" : "Ti";
        String o = annotated ? "O2-" : "O";
        String cif = String.join("\n", "data_SrTiO3", "_cell_length_a " + a, "_cell_length_b " + a, "_cell_length_c " + a,
                "_cell_angle_alpha 90", "_cell_angle_beta 90", "_cell_angle_gamma 90", "_symmetry_space_group_name_H-M 'P 1'",
                "loop_", "_atom_site_label", "_atom_site_type_symbol", "_atom_site_fract_x", "_atom_site_fract_y", "_atom_site_fract_z",
                "Sr1 " + sr + " 0.5 0.5 0.5", "Ti1 " + ti + " 0 0 0", "O1 " + o + " 0.5 0 0", "O2 " + o + " 0 0.5 0",
                "O3 " + o + " 0 0 0.5", "");
        Path p = dir.resolve(annotated ? "sto_ox.cif" : "sto.cif");
        Files.writeString(p, cif);
        return p;
    }

    @Test
    void relaxWithAGivenScreeningFactorWritesTheRelaxedStructureAndJson(@TempDir Path dir) throws Exception {
        Path in = perovskite(dir, 3.905, false);
        // the screening factor that makes a = 4.0 Å the zero-pressure lattice constant
        Structure ref = StructureFiles.readFirst(perovskite(dir, 4.0, true));
        double sf = ScreeningFactorSolver.solve(SoftBvModel.standard(), AtomicSystem.of(ref), 0, 1e-12).screeningFactor();
        Path out = dir.resolve("relaxed.cif");
        CliRunner r = CliRunner.run("relax", in.toString(), "--potential", "softbv", "--sf", Double.toString(sf),
                "--fmax", "1e-4", "--smax", "1e-4", "-o", out.toString(), "--json");
        assertEquals(Main.OK, r.exitCode(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        for (String key : new String[] {"file", "output", "potential", "sf", "sf_mode", "oxidation_states_source", "cell", "optimizer",
            "converged", "steps", "evaluations", "initial_energy", "final_energy", "initial_lattice", "final_lattice",
            "initial_volume", "final_volume", "initial_pressure", "final_pressure", "max_force", "stress_residual", "seconds"}) {
            assertTrue(j.has(key), "missing " + key);
        }
        assertTrue(j.get("converged").asBoolean());
        assertEquals("given", j.get("sf_mode").asText());
        assertEquals("bond-valence", j.get("oxidation_states_source").asText());
        assertEquals(sf, j.get("sf").asDouble(), 0);
        assertEquals(4.0, j.get("final_lattice").get("a").asDouble(), 1e-4);
        assertEquals(64.0, j.get("final_volume").asDouble(), 1e-2);
        assertEquals(0, j.get("final_pressure").asDouble(), 1e-3);
        assertTrue(j.get("initial_pressure").asDouble() > 0, "3.905 Å is compressed relative to 4.0 Å: " + j.get("initial_pressure"));
        assertTrue(j.get("final_energy").asDouble() < j.get("initial_energy").asDouble());
        Structure relaxed = StructureFiles.readFirst(out);
        assertEquals(4.0, relaxed.lattice().a(), 1e-4);
        assertEquals(4.0, relaxed.speciesOf(1).oxidationState(), 0);
    }

    @Test
    void autoScreeningFactorKeepsTheInputLattice(@TempDir Path dir) throws Exception {
        Path in = perovskite(dir, 3.905, true);
        Path out = dir.resolve("POSCAR");
        CliRunner r = CliRunner.run("relax", in.toString(), "--potential", "SoftBV", "--isotropic", "--optimizer", "fire",
                "-o", out.toString(), "--json");
        assertEquals(Main.OK, r.exitCode(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("auto", j.get("sf_mode").asText());
        assertEquals("file", j.get("oxidation_states_source").asText());
        assertEquals(3.905, j.get("final_lattice").get("a").asDouble(), 1e-4);
        assertEquals(0, j.get("initial_pressure").asDouble(), 1e-5);
        assertEquals(0, j.get("steps").asInt());
        assertTrue(Files.isRegularFile(out));
        CliRunner human = CliRunner.run("relax", in.toString(), "--potential", "softbv", "--fix-cell", "-o", dir.resolve("x.cif").toString());
        assertEquals(Main.OK, human.exitCode(), human.err());
        assertTrue(human.out().contains("sf = "), human.out());
    }

    @Test
    void badOptionsAreRejectedWithoutOutput(@TempDir Path dir) throws Exception {
        Path in = perovskite(dir, 3.905, false);
        Path out = dir.resolve("out.cif");
        String[][] bad = {
            {"relax", in.toString(), "--potential", "lj", "-o", out.toString()},
            {"relax", in.toString(), "--potential", "softbv", "--sf", "abc", "-o", out.toString()},
            {"relax", in.toString(), "--potential", "softbv", "--sf", "-0.5", "-o", out.toString()},
            {"relax", in.toString(), "--potential", "softbv", "--fix-cell", "--isotropic", "-o", out.toString()},
            {"relax", in.toString(), "--potential", "softbv", "--fmax", "0", "-o", out.toString()},
            {"relax", in.toString(), "--potential", "softbv", "-o", dir.resolve("missing/out.cif").toString()},
            {"relax", "../examples/LLTO.cif", "--potential", "softbv", "-o", out.toString()},
        };
        String[] mention = {"unknown potential 'lj'", "abc", "positive", "--fix-cell", "fmax", "directory", "partial"};
        for (int k = 0; k < bad.length; k++) {
            CliRunner r = CliRunner.run(bad[k]);
            assertEquals(Main.BAD_INPUT, r.exitCode(), String.join(" ", bad[k]) + ": " + r.err());
            String first = r.err().lines().findFirst().orElse("");
            assertTrue(first.contains(mention[k]), first);
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
            assertFalse(Files.exists(out));
        }
        // a malformed potential file is rejected naming the file and the field
        Path json = dir.resolve("pair.json");
        Files.writeString(json, "{}");
        CliRunner r = CliRunner.run("relax", in.toString(), "--potential", json.toString(), "-o", out.toString());
        assertEquals(Main.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("pair.json") && r.err().contains("'cutoff'"), r.err());
        assertFalse(Files.exists(out));
    }
}
