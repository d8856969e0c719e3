package org.ionmat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ionmat bv}: JSON keys, outputs, ordering of disordered input and bad input. */
class BvCommandTest {

    /** Li3N (P6/mmm): Li at 1b and 2c, N at 1a, with oxidation states in the file. */
    private static final String LI3N = String.join("\n",
            "data_Li3N",
            "_cell_length_a 3.648", "_cell_length_b 3.648", "_cell_length_c 3.875",
            "_cell_angle_alpha 90", "_cell_angle_beta 90", "_cell_angle_gamma 120",
            "_symmetry_space_group_name_H-M 'P 1'",
            "loop_", "_symmetry_equiv_pos_as_xyz", "'x, y, z'",
            "loop_", "_atom_site_type_symbol", "_atom_site_label", "_atom_site_fract_x", "_atom_site_fract_y",
            "_atom_site_fract_z", "_atom_site_occupancy",
            "Li1+ Li1 0.33333333 0.66666667 0.0 1", "Li1+ Li2 0.66666667 0.33333333 0.0 1", "Li1+ Li3 0.0 0.0 0.5 1",
            "N3- N1 0.0 0.0 0.0 1", "");

    private static Path write(Path dir, String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void jsonHasTheDocumentedKeysAndFilesAreWritten(@TempDir Path tmp) throws Exception {
        Path cif = write(tmp, "li3n.cif", LI3N);
        Path cube = tmp.resolve("l.cube");
        Path grd = tmp.resolve("l.grd");
        Path png = tmp.resolve("l.png");
        CliRunner r = CliRunner.run("bv", cif.toString(), "--ion", "Li", "--max-neighbors", "100", "--json",
                "--cube", cube.toString(), "--grd", grd.toString(), "--plot", png.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        for (String k : List.of("file", "ion", "oxidation_states", "bvs", "gii", "barriers", "percolation_radius", "seconds")) {
            assertTrue(j.has(k), "missing key " + k);
        }
        assertEquals("Li+", j.get("ion").asText());
        assertEquals("file", j.get("oxidation_states_source").asText());
        assertEquals(-3.0, j.get("oxidation_states").get("N").asDouble());
        assertEquals(4, j.get("bvs").size());
        assertEquals("N3-", j.get("bvs").get(3).get("species").asText());
        assertTrue(j.get("bvs").get(3).has("index") && j.get("bvs").get(3).has("bvs"));
        // same structure as OBELiX gvd: BVlain reports 0.1855 eV for 1D/2D/3D
        for (String d : List.of("1D", "2D", "3D")) {
            assertEquals(0.1855, j.get("barriers_bvlain").get(d).asDouble(), 1e-9, d);
            assertEquals(0.1855, j.get("barriers").get(d).asDouble(), 0.01, d);
            assertTrue(j.get("percolation_radius").get(d).asDouble() > 0, d);
        }
        assertTrue(Files.size(cube) > 1000 && Files.size(grd) > 1000 && Files.size(png) > 1000);
        List<String> g = Files.readAllLines(grd);
        assertEquals("17 17 18", g.get(2));
        assertEquals(3 + 17 * 17 * 18, g.size());
        List<String> c = Files.readAllLines(cube);
        assertEquals(4, Integer.parseInt(c.get(2).trim().split("\\s+")[0]));
        try (var files = Files.list(tmp)) {
            assertEquals(4, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void disorderedInputIsOrderedWithItsSeedOrRejectedWithExact(@TempDir Path tmp) throws Exception {
        String disordered = LI3N.replace("Li1+ Li3 0.0 0.0 0.5 1", "Li1+ Li3 0.0 0.0 0.5 0.5\nNa1+ Na3 0.0 0.0 0.5 0.5");
        Path cif = write(tmp, "mixed.cif", disordered);
        CliRunner exact = CliRunner.run("bv", cif.toString(), "--ion", "Li", "--exact");
        assertEquals(2, exact.exitCode());
        assertTrue(exact.err().contains("--exact"), exact.err());
        assertFalse(exact.err().contains("Exception"), exact.err());
        CliRunner r = CliRunner.run("bv", cif.toString(), "--ion", "Li", "--seed", "7", "--json", "--resolution", "0.3");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(7, j.get("ordering").get("seed").asLong());
        assertNotNull(j.get("barriers").get("1D"));
    }

    @Test
    void badInputIsOneClearLine(@TempDir Path tmp) throws Exception {
        Path cif = write(tmp, "li3n.cif", LI3N);
        for (String[] args : new String[][] {
            {"bv", cif.toString(), "--ion", "Fe"},
            {"bv", cif.toString(), "--ion", "Li", "--resolution", "-1"},
            {"bv", cif.toString(), "--ion", "Li", "--parameters", "magic"},
            {"bv", cif.toString(), "--ion", "Na", "--max-neighbors", "-3"}}) {
            CliRunner r = CliRunner.run(args);
            assertEquals(2, r.exitCode(), String.join(" ", args));
            assertFalse(r.err().contains("Exception"), r.err());
        }
    }

    @Test
    void batchGoesOnAfterABadFile(@TempDir Path tmp) throws Exception {
        Path good = write(tmp, "li3n.cif", LI3N);
        Path bad = write(tmp, "bad.cif", "data_x\n_cell_length_a 3\n");
        CliRunner r = CliRunner.run("bv", bad.toString(), good.toString(), "--ion", "Li", "--json", "--resolution", "0.3");
        assertEquals(2, r.exitCode());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(2, j.size());
        assertTrue(j.get(0).has("error"));
        assertTrue(j.get(1).has("barriers"));
    }
}
