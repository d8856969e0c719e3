package org.ionmat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Smoke test of {@code ionmat bench softbv-lattice} on its first perovskite (BaCeO3, a = 4.397 Å):
 * Er(sf) increases on both curves, both sides reach the same lattice, sf_auto of the reference
 * reproduces the reference, and sf_opt is near the paper's ≈ 0.60 (Fig. 3).
 */
class SoftBvLatticeBenchTest {

    @Test
    void firstPerovskiteBehavesAsInFigure3() throws Exception {
        Path data = Path.of(System.getProperty("ionmat.shared", "../../shared"), "data", "softbv");
        Assumptions.assumeTrue(Files.isRegularFile(data.resolve("expt_cubic_ABX3_lattice_Briones2021.csv")),
                "SoftBV reference data not found at " + data);
        CliRunner r = CliRunner.run("bench", "softbv-lattice", "--data", data.toString(), "--sets", "perovskite", "--limit", "1",
                "--threads", "1", "--json");
        assertEquals(Main.OK, r.exitCode(), r.err());
        JsonNode p = new ObjectMapper().readTree(r.out()).get("perovskite");
        assertEquals(1, p.get("materials").asInt());
        assertEquals(1.0, p.get("converged_fraction").asDouble(), 0);
        assertEquals(1.0, p.get("er_monotonic_in_sf_fraction").asDouble(), 0);
        assertTrue(p.get("both_sides_max_relative_difference").asDouble() < 1e-3);
        assertTrue(p.get("er_auto_reference").get("mae").asDouble() < 1e-4);
        assertEquals(0.60, p.get("sf_opt_by_material").get("BaCeO3").asDouble(), 0.03);
    }
}
