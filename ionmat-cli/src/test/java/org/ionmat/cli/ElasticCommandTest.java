package org.ionmat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ionmat.analysis.elastic.ElasticTensor;
import org.ionmat.analysis.elastic.FiniteStrainElastic;
import org.ionmat.core.io.StructureFiles;
import org.ionmat.learn.table.CsvTableReader;
import org.ionmat.learn.table.DataTable;
import org.ionmat.potential.AtomicSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ionmat elastic} with a test Lennard-Jones potential file (the JSON pair potentials are not merged yet). */
class ElasticCommandTest {

    static final String POSCAR = """
            fcc Ar
            5.26
            1 0 0
            0 1 0
            0 0 1
            Ar
            4
            Direct
            0 0 0
            0 0.5 0.5
            0.5 0 0.5
            0.5 0.5 0
            """;

    /** Argon Lennard-Jones (truncated at 8.7 Å, no shift) in the potential-file format. */
    private static final String LJ_ARGON = """
            {"charges": {"Ar": 0}, "cutoff": 8.7, "coulomb": {"method": "none"},
             "pairs": [{"species": ["Ar", "Ar"], "type": "lj", "epsilon": 0.0104, "sigma": 3.4}]}
            """;

    @Test
    void jsonAndDescriptorTable(@TempDir Path dir) throws Exception {
        Path poscar = dir.resolve("POSCAR");
        Files.writeString(poscar, POSCAR);
        Path pot = dir.resolve("pot.json");
        Files.writeString(pot, LJ_ARGON);
        Path table = dir.resolve("desc.csv");
        CliRunner r = CliRunner.run("elastic", poscar.toString(), "--potential", pot.toString(), "--json", "--table", table.toString(),
                "--mobile", "Ar");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        // the command reports what the library computes on the same input
        AtomicSystem system = AtomicSystem.of(StructureFiles.readFirst(poscar));
        ElasticTensor c = FiniteStrainElastic.defaults().compute(
                org.ionmat.potential.spec.PotentialFiles.read(pot).calculatorFor(system), system).tensor();
        for (int a = 0; a < 6; a++) {
            for (int b = 0; b < 6; b++) {
                assertEquals(c.get(a, b), j.get("c_ij_gpa").get(a).get(b).asDouble(), 1e-12);
            }
        }
        assertEquals(c.bulkHill(), j.get("hill").get("bulk_gpa").asDouble(), 1e-12);
        assertEquals("clamped", j.get("ion_mode").asText());
        assertTrue(j.get("mechanically_stable").asBoolean());
        assertEquals(c.bulkHill(), j.get("descriptors").get("B [GPa]").asDouble(), 1e-12);
        assertTrue(j.get("descriptors").has("d_nn [A]"));
        assertEquals(25, j.get("evaluations").asInt());
        DataTable t = CsvTableReader.auto().read(table);
        assertEquals(1, t.rows());
        assertEquals(c.bulkHill(), t.numeric("B [GPa]")[0], 1e-9 * c.bulkHill());
        assertEquals("Ar", t.labels("formula")[0]);

        CliRunner human = CliRunner.run("elastic", poscar.toString(), "--potential", pot.toString(), "--relaxed-ion");
        assertEquals(0, human.exitCode(), human.err());
        assertTrue(human.out().contains("relaxed ions"), human.out());
        assertTrue(human.out().contains("C_ij (GPa)"));
    }

    @Test
    void badInputExitsTwoWithoutStackTrace(@TempDir Path dir) throws Exception {
        Path poscar = dir.resolve("POSCAR");
        Files.writeString(poscar, POSCAR);
        Path unknown = dir.resolve("other.json");
        Files.writeString(unknown, "{\"something\": 1}");
        CliRunner r = CliRunner.run("elastic", poscar.toString(), "--potential", unknown.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("other.json") && r.err().contains("something"), r.err());
        assertFalse(r.err().contains("at org."), r.err());
        CliRunner missing = CliRunner.run("elastic", poscar.toString(), "--potential", dir.resolve("none.json").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("no such potential file"), missing.err());
        Path pot = dir.resolve("pot.json");
        Files.writeString(pot, LJ_ARGON);
        CliRunner strain = CliRunner.run("elastic", poscar.toString(), "--potential", pot.toString(), "--strain", "0.5");
        assertEquals(2, strain.exitCode());
        assertTrue(strain.err().contains("strain step"), strain.err());
    }
}
