package org.ionmat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnergyCommandTest {

    private static final String LI2O = "../examples/Li2O.cif";
    private static final String EWALD = "../examples/potentials/li2o_buckingham_ewald.json";
    private static final Path GOLDEN = Path.of("../ionmat-potential/src/test/resources/golden/lammps_potentials.json");
    private static final Path CASES = Path.of("../scripts/golden/lammps_potentials");

    private static JsonNode json(CliRunner r) throws IOException {
        assertEquals(Main.OK, r.exitCode(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    /** Keys, units and sign conventions on the perfect antifluorite cell (forces vanish by symmetry). */
    @Test
    void reportsEnergyForcesStressAndPressure() throws IOException {
        JsonNode j = json(CliRunner.run("energy", LI2O, "--potential", EWALD, "--json", "--per-atom"));
        assertEquals(12, j.get("natoms").asInt());
        assertEquals(12, j.get("forces").size());
        assertTrue(j.get("fmax").asDouble() < 1e-9);
        double e = j.get("energy").asDouble();
        assertEquals(e / 12, j.get("energy_per_atom").asDouble(), 1e-12);
        double sum = 0;
        for (JsonNode a : j.get("atom_energies")) {
            sum += a.asDouble();
        }
        assertEquals(e, sum, 1e-9 * Math.abs(e));
        JsonNode s = j.get("stress");
        double trace = s.get(0).get(0).asDouble() + s.get(1).get(1).asDouble() + s.get(2).get(2).asDouble();
        assertEquals(-trace / 3, j.get("pressure").asDouble(), 1e-12);
        assertEquals(s.get(0).get(0).asDouble(), s.get(2).get(2).asDouble(), 1e-9);
        assertTrue(j.get("stress_convention").asText().startsWith("ase"));
        // the rigid-ion model's cell is smaller than the experimental one: under tension, negative pressure
        assertTrue(j.get("pressure").asDouble() < -10);
        CliRunner human = CliRunner.run("energy", LI2O, "--potential", EWALD);
        assertEquals(Main.OK, human.exitCode());
        assertTrue(human.out().contains("energy ") && human.out().contains("GPa"), human.out());
    }

    /**
     * End to end against LAMMPS: the golden LAMMPS data file read by ionmat, the same potential, the
     * energy (eV) and the pressure (GPa, LAMMPS's sign) as LAMMPS printed them with run 0.
     */
    @Test
    void matchesLammpsOnItsOwnDataFile(@TempDir Path dir) throws IOException {
        JsonNode golden = new ObjectMapper().readTree(GOLDEN.toFile());
        for (JsonNode c : golden.get("cases")) {
            String name = c.get("name").asText();
            if (!name.equals("li2o_triclinic_ewald") && !name.equals("llzo_dsf")) {
                continue;
            }
            Path pot = dir.resolve(name + ".json");
            Files.writeString(pot, c.get("potential").toString());
            StringBuilder types = new StringBuilder();
            int t = 1;
            for (var it = c.get("potential").get("charges").fieldNames(); it.hasNext(); t++) {
                types.append(types.length() > 0 ? "," : "").append(t).append('=').append(it.next());
            }
            JsonNode j = json(CliRunner.run("energy", CASES.resolve(name).resolve("data.lmp").toString(), "--lammps-types",
                    types.toString(), "--lammps-style", "charge", "--potential", pot.toString(), "--json"));
            JsonNode ref = c.get("lammps");
            assertEquals(ref.get("energy").asDouble(), j.get("energy").asDouble(), 1e-6 * Math.abs(ref.get("energy").asDouble()));
            JsonNode p = ref.get("pressure_tensor_bar");
            double pressureGpa = (p.get(0).get(0).asDouble() + p.get(1).get(1).asDouble() + p.get(2).get(2).asDouble()) / 3 / 1e4;
            assertEquals(pressureGpa, j.get("pressure").asDouble(), 1e-5 * Math.abs(pressureGpa), name);
            // stress is minus the LAMMPS pressure tensor
            assertEquals(-p.get(0).get(1).asDouble() / 1e4, j.get("stress").get(0).get(1).asDouble(),
                    1e-5 * Math.abs(pressureGpa), name);
        }
    }

    @Test
    void softBvIsARegisteredModelAndBalancesPressureWithAutomaticScreening() throws IOException {
        CliRunner r = CliRunner.run("energy", "../examples/Li2O.cif", "--potential", "softbv", "--json");
        assertEquals(0, r.exitCode(), r.err());
        com.fasterxml.jackson.databind.JsonNode j = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertEquals("softbv (sf auto)", j.get("potential").asText());
        // sf auto zeroes the pressure of the input structure
        assertEquals(0.0, j.get("pressure").asDouble(), 1e-5);
        assertTrue(j.get("energy").asDouble() < 0);
    }

    @Test
    void badInputGivesExitCodeTwo(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"charges\": {\"Li\": 1, \"O\": -2}, \"cutoff\": -3, \"coulomb\": {\"method\": \"none\"}}");
        String[][] cases = {
            {"energy", LI2O, "--potential", dir.resolve("missing.json").toString()},
            {"energy", LI2O, "--potential", bad.toString()},
            {"energy", "../examples/LiFePO4.cif", "--potential", EWALD},
            {"energy", "../examples/LLTO.cif", "--potential", EWALD},
            {"energy", LI2O, "--potential", "nosuchmodel"},
            {"energy", LI2O},
        };
        String[] mention = {"no such potential file", "'cutoff'", "does not cover species", "partial", "nosuchmodel", "--potential"};
        for (int k = 0; k < cases.length; k++) {
            CliRunner r = CliRunner.run(cases[k]);
            assertEquals(Main.BAD_INPUT, r.exitCode(), r.err());
            String first = r.err().lines().findFirst().orElse("");
            assertTrue(first.contains(mention[k]), "should mention '" + mention[k] + "': " + first);
            assertFalse(r.err().contains("\tat "), r.err());
            assertEquals("", r.out());
        }
    }
}
