package org.ionmat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.ionmat.core.composition.Composition;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.io.StructureFiles;
import org.ionmat.core.io.Trajectory;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.Site;
import org.ionmat.core.structure.Structure;
import org.ionmat.simulate.testing.TestSystems;
import org.ionmat.simulate.trajectory.RunDirectory;
import org.ionmat.simulate.trajectory.RunMetadata;
import org.ionmat.simulate.trajectory.TrajectoryReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The md and trajectory commands, end to end with the test potential {@code lj-test} (argon Lennard-Jones). */
class MdCliTest {

    @TempDir
    Path dir;

    Path argon;

    @BeforeEach
    void writeStructure() {
        argon = dir.resolve("Ar.vasp");
        StructureFiles.write(argon, TestSystems.argon(2, 2, 2).toStructure());
    }

    private String[] md(String... extra) {
        String[] base = {"md", argon.toString(), "--potential", "lj-test", "--dt", "4fs", "--time", "0.4ps",
                         "--stride", "40fs", "--no-progress", "-o", dir.resolve("run").toString()};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @SuppressWarnings("unchecked")
    @Test
    void severalTemperaturesRunAsJobsIntoOneDirectoryEach() throws Exception {
        CliRunner r = CliRunner.run(md("--T", "60,90", "--equilibrate", "80fs", "--seed", "7", "--json"));
        assertEquals(Main.OK, r.exitCode(), r.err());
        Map<String, Object> json = new ObjectMapper().readValue(r.out(), Map.class);
        assertEquals(32, json.get("natoms"));
        assertEquals("nvt", json.get("ensemble"));
        assertEquals("nvt", json.get("equilibration_ensemble"));
        assertEquals(0.004, (Double) json.get("timestep_ps"), 1e-15);
        List<Map<String, Object>> runs = (List<Map<String, Object>>) json.get("runs");
        assertEquals(2, runs.size());
        for (Map<String, Object> run : runs) {
            assertEquals("completed", run.get("status"));
            assertEquals(100, ((Number) run.get("steps")).intValue());
            assertEquals(11, ((Number) run.get("frames")).intValue());
            assertTrue(run.containsKey("T_mean_K") && run.containsKey("conserved_drift_eV_per_atom"));
        }
        assertNotEquals(runs.get(0).get("seed"), runs.get(1).get("seed"));
        List<RunDirectory> dirs = RunDirectory.list(dir.resolve("run"));
        assertEquals(List.of(60.0, 90.0), dirs.stream().map(RunDirectory::temperatureK).toList());
        assertEquals("T60K", dirs.get(0).path().getFileName().toString());
        RunMetadata m = dirs.get(1).metadata();
        assertEquals(7L, ((Number) m.json().get("seed_base")).longValue());
        assertEquals(MdCommand.seedFor(7, 90), m.seed());
        assertTrue(((String) m.json().get("command")).contains("--T 60,90"));
        assertEquals("lj-test", ((Map<String, Object>) m.json().get("potential")).get("spec"));
        assertTrue(Files.exists(dir.resolve("run").resolve(RunDirectory.RUN_SUMMARY)));
        assertTrue(Files.exists(dirs.get(0).path().resolve(RunDirectory.EQUILIBRATION_THERMO)));
    }

    @Test
    void restartExtendsAFinishedRunAndSkipsCompleteOnes() {
        assertEquals(Main.OK, CliRunner.run(md("--T", "60")).exitCode());
        CliRunner again = CliRunner.run("md", "--restart", dir.resolve("run").toString(), "--no-progress");
        assertEquals(Main.OK, again.exitCode(), again.err());
        assertTrue(again.out().contains("already completed"), again.out());
        CliRunner longer = CliRunner.run("md", "--restart", dir.resolve("run").toString(), "--time", "0.8ps", "--no-progress");
        assertEquals(Main.OK, longer.exitCode(), longer.err());
        try (TrajectoryReader t = TrajectoryReader.open(dir.resolve("run/T60K").resolve(RunDirectory.TRAJECTORY))) {
            assertEquals(21, t.numFrames());
        }
    }

    @Test
    void collidingAtomsStopTheRunWithExitCodeTwoAndAClearMessage() {
        CliRunner r = CliRunner.run("md", argon.toString(), "--potential", "collapse-test", "--ensemble", "nvt-langevin",
                "--T", "300", "--time", "40ps", "--dt", "2fs", "--no-progress", "-o", dir.resolve("c").toString());
        assertEquals(Main.BAD_INPUT, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains("T300K stopped: atoms") && r.err().contains("Å apart"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertEquals(RunMetadata.STOPPED, RunDirectory.open(dir.resolve("c/T300K")).metadata().status());
    }

    @Test
    void disorderedInputIsOrderedWithTheSeedReportedOrRejected() throws Exception {
        Composition mixed = Composition.of(Map.of(Species.of(Element.lookup("Ar")), 0.5, Species.of(Element.lookup("Kr")), 0.5));
        Structure s = Structure.of(Lattice.cubic(5.3), List.of(new Site(mixed, new double[] {0, 0, 0}, "M"),
                new Site(mixed, new double[] {0.5, 0.5, 0}, "M"), new Site(mixed, new double[] {0.5, 0, 0.5}, "M"),
                new Site(mixed, new double[] {0, 0.5, 0.5}, "M")));
        Path cif = dir.resolve("ArKr.cif");
        StructureFiles.write(cif, s);
        CliRunner r = CliRunner.run("md", cif.toString(), "--potential", "lj-test", "--T", "50", "--time", "0.04ps",
                "--dt", "4fs", "--seed", "3", "--no-progress", "--json", "-o", dir.resolve("o").toString());
        assertEquals(Main.OK, r.exitCode(), r.err());
        @SuppressWarnings("unchecked")
        Map<String, Object> ordering = (Map<String, Object>) new ObjectMapper().readValue(r.out(), Map.class).get("ordering");
        assertEquals("random", ordering.get("mode"));
        assertEquals(3, ((Number) ordering.get("seed")).intValue());
        CliRunner rej = CliRunner.run("md", cif.toString(), "--potential", "lj-test", "--T", "50", "--time", "0.04ps",
                "--order", "reject", "--no-progress", "-o", dir.resolve("p").toString());
        assertEquals(Main.BAD_INPUT, rej.exitCode());
        assertTrue(rej.err().contains("partial occupancies"), rej.err());
    }

    @Test
    void trajectoryCommandSummarisesAndExports() {
        assertEquals(Main.OK, CliRunner.run(md("--T", "60", "--velocities")).exitCode());
        Path run = dir.resolve("run/T60K");
        CliRunner info = CliRunner.run("trajectory", run.toString());
        assertEquals(Main.OK, info.exitCode(), info.err());
        assertTrue(info.out().contains("32 atoms") && info.out().contains("11 frames"), info.out());
        Path xyz = dir.resolve("t.extxyz");
        CliRunner ex = CliRunner.run("trajectory", run.toString(), "-o", xyz.toString(), "--every", "2");
        assertEquals(Main.OK, ex.exitCode(), ex.err());
        Trajectory t = StructureFiles.readTrajectory(xyz);
        assertEquals(6, t.numFrames());
        assertTrue(t.hasVelocities());
        Path xdat = dir.resolve("XDATCAR");
        assertEquals(Main.OK, CliRunner.run("trajectory", run.toString(), "-o", xdat.toString(), "--from", "0.2ps").exitCode());
        Trajectory x = StructureFiles.readTrajectory(xdat);
        assertEquals(6, x.numFrames());
        try (TrajectoryReader r = TrajectoryReader.open(run.resolve(RunDirectory.TRAJECTORY))) {
            assertEquals(r.read(5, 11, 1).fracPositions(5)[4], x.fracPositions(5)[4], 1e-9);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--time|10|has no unit",
        "--time|1.5fs|not a multiple of the time step",
        "--dt|1xs|unknown time unit",
        "--T|-5|temperatures must be positive",
        "--T|abc|not a temperature",
        "--ensemble|nvx|unknown ensemble",
        "--potential|nosuch|no potential file or model named 'nosuch'",
        "--cell|cubic|unknown cell mode",
        "--pressure|3furlongs|unknown pressure unit",
        "--precision|half|--precision must be double or single",
    })
    void badOptionsGiveExitCodeTwoAndOneLine(String option, String value, String message) {
        String[] base = {"md", argon.toString(), "--potential", "lj-test", "--T", "60", "--time", "0.04ps", "--dt", "4fs",
                         "--no-progress", "-o", dir.resolve("bad").toString()};
        String[] args = java.util.Arrays.copyOf(base, base.length + 2);
        for (int i = 0; i < base.length - 1; i++) {
            if (base[i].equals(option)) {
                args = base.clone();
                args[i + 1] = value;
            }
        }
        if (args.length != base.length) {
            args[base.length] = option;
            args[base.length + 1] = value;
        }
        CliRunner r = CliRunner.run(args);
        assertEquals(Main.BAD_INPUT, r.exitCode(), r.err());
        String first = r.err().lines().findFirst().orElse("");
        assertTrue(first.startsWith("ionmat: error: ") && first.contains(message), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void potentialFilesRunAndBadFilesNameTheField() throws Exception {
        Path pot = dir.resolve("pot.json");
        Files.writeString(pot, "{\"pairs\": []}");
        CliRunner r = CliRunner.run("md", argon.toString(), "--potential", pot.toString(), "--T", "60", "--time", "1ps",
                "--no-progress", "-o", dir.resolve("x").toString());
        assertEquals(Main.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("pot.json") && r.err().contains("'cutoff'"), r.err());
        CliRunner missing = CliRunner.run("md", argon.toString(), "--T", "60", "--time", "1ps");
        assertEquals(Main.BAD_INPUT, missing.exitCode());
        assertTrue(missing.err().contains("--potential is required"), missing.err());
        assertFalse(Files.exists(dir.resolve("x")), "no output for bad input");

        // the same argon model as a real potential file (Lennard-Jones pair term, no Coulomb)
        Path lj = dir.resolve("argon.json");
        Files.writeString(lj, "{\"charges\": {\"Ar\": 0}, \"cutoff\": 8.5, \"coulomb\": {\"method\": \"none\"},"
                + " \"pairs\": [{\"species\": [\"Ar\", \"Ar\"], \"type\": \"lj\", \"epsilon\": 0.0104, \"sigma\": 3.4}]}");
        CliRunner ok = CliRunner.run("md", argon.toString(), "--potential", lj.toString(), "--ensemble", "nve", "--T", "60",
                "--time", "0.1ps", "--dt", "2fs", "--no-progress", "--json", "-o", dir.resolve("y").toString());
        assertEquals(0, ok.exitCode(), ok.err());
        assertTrue(Files.exists(dir.resolve("y").resolve("T60K").resolve("trajectory.imtraj")));
    }
}
