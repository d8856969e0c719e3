package org.ionmat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.ionmat.core.io.StructureFiles;
import org.ionmat.simulate.testing.TestSystems;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * vdos and diffusion on run directories of the MD engine: solid argon (Lennard-Jones test potential,
 * 32 atoms, Nosé–Hoover at 40 K, velocities written).
 */
class VdosCommandTest {

    @TempDir
    static Path dir;

    static Path run;

    @BeforeAll
    static void runMd() {
        Path argon = dir.resolve("Ar.vasp");
        StructureFiles.write(argon, TestSystems.argon(2, 2, 2).toStructure());
        run = dir.resolve("run");
        CliRunner r = CliRunner.run("md", argon.toString(), "--potential", "lj-test", "--T", "40", "--dt", "5fs",
                "--time", "4ps", "--equilibrate", "1ps", "--stride", "10fs", "--velocities", "--seed", "11",
                "--no-progress", "-o", run.toString());
        assertEquals(0, r.exitCode(), r.err());
    }

    @Test
    void vdosOfSolidArgonSatisfiesEquipartition() throws Exception {
        Path out = dir.resolve("vdos");
        CliRunner r = CliRunner.run("vdos", run.toString(), "--json", "-o", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        JsonNode run0 = j.get("runs").get(0);
        assertEquals(40.0, run0.get("temperature").asDouble());
        assertEquals("trajectory", run0.get("velocities").asText());
        JsonNode all = run0.get("groups").get("all");
        // ∫g = Σ m<v²>/kT = 3N · T_kin/T with 3N − 3 degrees of freedom (momentum conserved)
        assertEquals(93, all.get("integral_states").asDouble(), 0.12 * 93);
        double centre = all.get("band_centre_meV").asDouble();
        assertTrue(centre > 2 && centre < 8, "argon phonons lie below 10 meV: " + centre);
        assertTrue(all.get("C_V_meV_per_K").asDouble() < 8.617333262e-2, "quantum C_V below k_B per mode");
        assertTrue(Files.size(out.resolve("vdos_40K.png")) > 1000);
        assertTrue(Files.readString(out.resolve("vdos_40K.csv")).startsWith("energy_meV,frequency_THz"));
        assertTrue(Files.exists(out.resolve("index.html")));
        assertTrue(run0.has("lindemann_non_diffusive") || run0.get("diffusive_ion").isNull());
    }

    @Test
    void diffusionReadsRunDirectories() throws Exception {
        CliRunner r = CliRunner.run("diffusion", run.toString(), "--ion", "Ar", "--json", "--no-plots");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(40.0, j.get("temperatures").get(0).asDouble());
        double d = j.get("D").get(0).asDouble();
        double e = j.get("D_err").get(0).asDouble();
        assertTrue(Math.abs(d) < 3 * e && e < 1e-5, "solid argon does not diffuse: " + d + " ± " + e);
        assertTrue(j.get("Ea").isNull(), "one temperature: no Arrhenius fit");
        assertFalse(j.get("warnings").isEmpty(), "no significant diffusion is reported");
    }

    @Test
    void badVdosInput() {
        CliRunner r = CliRunner.run("vdos", run.toString(), "--weighting", "volume");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--weighting"), r.err());
        r = CliRunner.run("vdos", run.toString(), "--ion", "Li");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("no Li"), r.err());
    }
}
