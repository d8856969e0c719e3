package org.ionmat.simulate.md;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ionmat.core.io.StructureFiles;
import org.ionmat.core.io.Trajectory;
import org.ionmat.simulate.testing.TestSystems;
import org.ionmat.simulate.trajectory.FrameData;
import org.ionmat.simulate.trajectory.RunDirectory;
import org.ionmat.simulate.trajectory.RunMetadata;
import org.ionmat.simulate.trajectory.ThermoTable;
import org.ionmat.simulate.trajectory.TrajectoryReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run directory as docs/run-directory.md describes it: files, metadata keys, frames at the stride
 * with unwrapped positions, and the documented Python reader gives the same numbers.
 */
class RunDirectoryLayoutTest {

    @TempDir
    Path dir;

    @Test
    void runWithEquilibrationWritesTheDocumentedLayout() throws Exception {
        MdSettings s = MdSettings.builder(EnsembleSettings.defaults(Ensemble.NVT, 90), 0.004, 400)
                .equilibration(EnsembleSettings.defaults(Ensemble.NPT_BERENDSEN, 90), 100).stride(20).thermoEvery(10)
                .velocities(true).seed(5).build();
        Path run = dir.resolve("run");
        Path t90 = run.resolve(RunDirectory.nameFor(90));
        MdResult r = MolecularDynamics.create(t90, TestSystems.argon(2, 2, 2), TestSystems.argonLj(), s,
                Map.of("input", Map.of("file", "ar.cif"), "seed_base", 3L), null, null).run();
        assertEquals(RunMetadata.COMPLETED, r.status());
        assertEquals("T90K", t90.getFileName().toString());
        for (String f : new String[] {RunDirectory.METADATA, RunDirectory.THERMO, RunDirectory.EQUILIBRATION_THERMO,
                                      RunDirectory.TRAJECTORY, RunDirectory.CHECKPOINT, RunDirectory.FINAL_STRUCTURE}) {
            assertTrue(Files.exists(t90.resolve(f)), f);
        }
        List<RunDirectory> runs = RunDirectory.list(run);
        assertEquals(1, runs.size());
        RunMetadata m = runs.get(0).metadata();
        assertEquals(90.0, m.temperatureK());
        assertEquals("nvt", m.ensemble());
        assertEquals(0.004, m.timestepPs());
        assertEquals(20, m.strideSteps());
        assertEquals(0.08, m.frameIntervalPs(), 1e-15);
        assertEquals(5L, m.seed());
        assertEquals(3L, ((Number) m.json().get("seed_base")).longValue());
        assertEquals(32, m.numAtoms());
        assertEquals(List.of("Ar"), m.species());
        assertEquals(93, ((Number) m.json().get("degrees_of_freedom")).intValue());
        assertEquals(RunDirectory.TRAJECTORY, m.file("trajectory"));
        for (String key : new String[] {"integrator", "equilibration", "production", "trajectory", "monitor", "summary",
                                        "performance", "software", "settings", "input", "created", "updated"}) {
            assertNotNull(m.json().get(key), key);
        }
        Map<?, ?> summary = (Map<?, ?>) m.json().get("summary");
        assertEquals(41, ((Number) summary.get("rows")).intValue());

        ThermoTable thermo = runs.get(0).thermo();
        assertEquals(41, thermo.size());
        assertEquals(0, thermo.steps()[0]);
        assertEquals(11, ThermoTable.read(t90.resolve(RunDirectory.EQUILIBRATION_THERMO)).size());
        try (TrajectoryReader tr = runs.get(0).openTrajectory()) {
            assertEquals(21, tr.numFrames());
            assertEquals(400, tr.step(20));
            assertEquals(1.6, tr.timePs(20), 1e-12);
            FrameData f = tr.readFrame(20, tr.newFrame());
            Trajectory fin = StructureFiles.readTrajectory(t90.resolve(RunDirectory.FINAL_STRUCTURE));
            assertArrayEquals(fin.positions(0), f.positionsView(), 1e-9);
            assertArrayEquals(fin.velocities(0), f.velocitiesView(), 1e-9);
            // the NVT production cell is the mean cell of the second half of the Berendsen equilibration
            assertTrue(Math.abs(f.lattice().volume() - TestSystems.argon(2, 2, 2).volume()) > 1e-6);
            // frames are unwrapped: no coordinate jumps by a cell length between frames
            FrameData g = tr.newFrame();
            double maxJump = 0;
            for (int k = 1; k < tr.numFrames(); k++) {
                tr.readFrame(k - 1, f);
                tr.readFrame(k, g);
                for (int c = 0; c < f.positionsView().length; c++) {
                    maxJump = Math.max(maxJump, Math.abs(f.positionsView()[c] - g.positionsView()[c]));
                }
            }
            assertTrue(maxJump < 2, "largest move between frames " + maxJump + " Å");
        }
        checkPythonReader(t90);
    }

    /** Runs the Python reader of docs/run-directory.md on the trajectory. */
    private static void checkPythonReader(Path runDir) throws IOException, InterruptedException {
        Path python = Path.of("/usr/bin/python3");
        Path doc = Path.of(System.getProperty("user.dir")).getParent().resolve("docs/run-directory.md");
        Assumptions.assumeTrue(Files.isExecutable(python), "skipped: /usr/bin/python3 not available");
        Assumptions.assumeTrue(Files.exists(doc), "skipped: docs/run-directory.md not found");
        Matcher mt = Pattern.compile("```python\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(doc));
        Assumptions.assumeTrue(mt.find(), "no python block in the docs");
        String script = mt.group(1) + "\nimport sys\nsp, lat, dt, fr = read_imtraj(sys.argv[1])\n"
                + "print(len(sp), sp[0], dt, len(fr), fr['step'][-1], repr(float(fr['pos'][-1][3][1])), "
                + "repr(float(fr['vel'][2][0][2])))\n";
        Path py = runDir.resolve("read.py");
        Files.writeString(py, script);
        Process p = new ProcessBuilder(python.toString(), py.toString(), runDir.resolve(RunDirectory.TRAJECTORY).toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        Assumptions.assumeFalse(out.contains("No module named 'numpy'"), "skipped: numpy not installed");
        assertEquals(0, p.exitValue(), out);
        try (TrajectoryReader tr = TrajectoryReader.open(runDir.resolve(RunDirectory.TRAJECTORY))) {
            FrameData last = tr.readFrame(20, tr.newFrame());
            double x = last.positionsView()[3 * 3 + 1];
            FrameData two = tr.readFrame(2, tr.newFrame());
            double v = two.velocitiesView()[2];
            String[] f = out.split(" ");
            assertEquals("32", f[0]);
            assertEquals("Ar", f[1]);
            assertEquals(0.08, Double.parseDouble(f[2]), 1e-12);
            assertEquals("21", f[3]);
            assertEquals("400", f[4]);
            assertEquals(x, Double.parseDouble(f[5]));
            assertEquals(v, Double.parseDouble(f[6]));
        }
    }
}
