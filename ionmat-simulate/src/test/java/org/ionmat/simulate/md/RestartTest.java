package org.ionmat.simulate.md;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.ionmat.core.InvalidInputException;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.Calculator;
import org.ionmat.potential.CalculatorResult;
import org.ionmat.simulate.testing.LennardJonesTestCalculator;
import org.ionmat.simulate.testing.TestSystems;
import org.ionmat.simulate.trajectory.RunDirectory;
import org.ionmat.simulate.trajectory.RunMetadata;
import org.ionmat.simulate.trajectory.TrajectoryReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checkpoint and restart: a run that crashed after a checkpoint, resumed, writes bitwise the same
 * trajectory and thermo log as the uninterrupted run (positions, velocities, thermostat/barostat
 * variables and random numbers all restored), in every ensemble and across the equilibration /
 * production switch; a Ctrl-C stop leaves valid outputs and resumes from the exact state.
 */
class RestartTest {

    @TempDir
    Path dir;

    /** Wraps calculators to count force calls over all instances and crash or stop at one. */
    private static final class Trap {
        final AtomicLong calls = new AtomicLong();
        long crashAt = -1;
        long stopAt = -1;
        StopSignal stop;

        CalculatorFactory wrap(Supplier<Calculator> inner) {
            return TestSystems.factory("lj-test", () -> new Calculator() {
                final Calculator c = inner.get();

                @Override
                public String name() {
                    return c.name();
                }

                @Override
                public CalculatorResult calculate(AtomicSystem s, Request r) {
                    long k = calls.incrementAndGet();
                    if (k == crashAt) {
                        throw new Error("simulated crash");
                    }
                    if (k == stopAt) {
                        stop.request();
                    }
                    return c.calculate(s, r);
                }
            });
        }
    }

    private static MdSettings settings(String kind, long steps) {
        double t = 60;
        MdSettings.Builder b = switch (kind) {
            case "nvt" -> MdSettings.builder(EnsembleSettings.defaults(Ensemble.NVT, t), 0.004, steps);
            case "langevin" -> MdSettings.builder(EnsembleSettings.defaults(Ensemble.NVT_LANGEVIN, t), 0.004, steps);
            case "npt-tri" -> MdSettings.builder(new EnsembleSettings(Ensemble.NPT, t, 0.05, 0.1, 0.5, 3, 1,
                    CellMode.TRICLINIC, 100), 0.004, steps);
            case "equilibrate" -> MdSettings.builder(EnsembleSettings.defaults(Ensemble.NVT, t), 0.004, steps)
                    .equilibration(EnsembleSettings.defaults(Ensemble.NPT_BERENDSEN, t), 200);
            default -> throw new IllegalArgumentException(kind);
        };
        return b.stride(10).thermoEvery(5).checkpointEvery(100).velocities(true).seed(42).build();
    }

    private static MdResult run(Path out, MdSettings s, CalculatorFactory f, StopSignal stop) {
        return MolecularDynamics.create(out, TestSystems.argon(2, 2, 2), f, s, null, stop, null).run();
    }

    private static void assertSameFiles(Path a, Path b) throws IOException {
        for (String name : new String[] {RunDirectory.TRAJECTORY, RunDirectory.THERMO}) {
            long mismatch = Files.mismatch(a.resolve(name), b.resolve(name));
            assertEquals(-1, mismatch, name + " differs at byte " + mismatch);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nvt", "langevin", "npt-tri", "equilibrate"})
    void resumingAfterACrashIsBitwiseIdentical(String kind) throws IOException {
        Trap none = new Trap();
        MdResult ref = run(dir.resolve("ref"), settings(kind, 300), none.wrap(LennardJonesTestCalculator::argon), null);
        assertEquals(RunMetadata.COMPLETED, ref.status());

        Trap crash = new Trap();
        crash.crashAt = kind.equals("equilibrate") ? 150 : 251; // force call 1 is the initial one
        Path out = dir.resolve("crash");
        assertThrows(Error.class, () -> run(out, settings(kind, 300), crash.wrap(LennardJonesTestCalculator::argon), null));
        assertEquals(RunMetadata.FAILED, RunMetadata.read(out.resolve(RunDirectory.METADATA)).status());

        MdResult resumed = MolecularDynamics.resume(out, none.wrap(LennardJonesTestCalculator::argon), null, null, null).run();
        assertEquals(RunMetadata.COMPLETED, resumed.status());
        assertEquals(300, resumed.productionSteps());
        assertSameFiles(dir.resolve("ref"), out);
        if (kind.equals("equilibrate")) {
            assertSameFiles(dir.resolve("ref"), out);
            assertEquals(-1, Files.mismatch(dir.resolve("ref").resolve(RunDirectory.EQUILIBRATION_THERMO),
                    out.resolve(RunDirectory.EQUILIBRATION_THERMO)));
        }
    }

    @Test
    void extendingAFinishedRunContinuesIt() throws IOException {
        Trap none = new Trap();
        run(dir.resolve("ref"), settings("langevin", 300), none.wrap(LennardJonesTestCalculator::argon), null);
        run(dir.resolve("short"), settings("langevin", 200), none.wrap(LennardJonesTestCalculator::argon), null);
        MdResult r = MolecularDynamics.resume(dir.resolve("short"), none.wrap(LennardJonesTestCalculator::argon), 300L,
                null, null).run();
        assertEquals(31, r.frames());
        assertSameFiles(dir.resolve("ref"), dir.resolve("short"));
        RunMetadata m = RunMetadata.read(dir.resolve("short").resolve(RunDirectory.METADATA));
        assertEquals(RunMetadata.COMPLETED, m.status());
        assertEquals(300L, ((Number) ((java.util.Map<?, ?>) m.json().get("production")).get("steps")).longValue());
    }

    @Test
    void ctrlCStopLeavesValidOutputsAndResumesFromTheExactState() throws IOException {
        // a calculator whose results depend only on the positions: resuming after a stop is bitwise identical
        Supplier<Calculator> historyFree = () -> new LennardJonesTestCalculator(0.0104, 3.4, 8.5, 1.0, false, true);
        Trap none = new Trap();
        run(dir.resolve("ref"), settings("nvt", 300), none.wrap(historyFree), null);
        Trap trap = new Trap();
        trap.stop = new StopSignal();
        trap.stopAt = 138;
        Path out = dir.resolve("stopped");
        MdResult r = run(out, settings("nvt", 300), trap.wrap(historyFree), trap.stop);
        assertEquals(RunMetadata.INTERRUPTED, r.status());
        assertEquals(137, r.productionSteps());
        try (TrajectoryReader tr = TrajectoryReader.open(out.resolve(RunDirectory.TRAJECTORY))) {
            assertEquals(14, tr.numFrames());
            assertEquals(130, tr.step(13));
        }
        assertEquals(RunMetadata.INTERRUPTED, RunMetadata.read(out.resolve(RunDirectory.METADATA)).status());
        MdResult done = MolecularDynamics.resume(out, none.wrap(historyFree), null, null, null).run();
        assertEquals(RunMetadata.COMPLETED, done.status());
        assertSameFiles(dir.resolve("ref"), out);
    }

    @Test
    void aNewRunRefusesADirectoryThatHoldsOne() {
        Trap none = new Trap();
        run(dir.resolve("a"), settings("nvt", 10), none.wrap(LennardJonesTestCalculator::argon), null);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> run(dir.resolve("a"), settings("nvt", 10), none.wrap(LennardJonesTestCalculator::argon), null));
        assertTrue(e.getMessage().contains("--restart"), e.getMessage());
    }
}
