package org.ionmat.simulate.md;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.simulate.testing.LennardJonesTestCalculator;
import org.ionmat.simulate.testing.TestSystems;
import org.ionmat.simulate.trajectory.RunDirectory;
import org.ionmat.simulate.trajectory.RunMetadata;
import org.ionmat.simulate.trajectory.ThermoTable;
import org.ionmat.simulate.trajectory.TrajectoryReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 0.6 Å minimum-distance monitor (seed 002's cleaning rule) stops collapsing runs with a clear message. */
class CollisionMonitorTest {

    @TempDir
    Path dir;

    @Test
    void monitorFindsTheClosestPairAcrossThePeriodicBoundary() {
        Species ar = Species.of(Element.lookup("Ar"));
        AtomicSystem s = AtomicSystem.of(Lattice.cubic(10), new Species[] {ar}, new int[3],
                new double[] {0.2, 5, 5, 9.75, 5, 5, 5, 5, 5});
        MinimumDistanceMonitor m = new MinimumDistanceMonitor(0.6);
        assertTrue(m.check(s.lattice(), s.positionsView()));
        assertEquals(0.45, m.lastDistance(), 1e-12);
        int[] p = m.lastPair();
        assertEquals(0, Math.min(p[0], p[1]));
        assertEquals(1, Math.max(p[0], p[1]));
        MinimumDistanceMonitor loose = new MinimumDistanceMonitor(0.4);
        assertFalse(loose.check(s.lattice(), s.positionsView()));
        assertEquals(0.45, loose.observedMinimum(), 1e-12);
    }

    @Test
    void collapsingRunStopsWithAMessageAndValidOutputs() {
        MdSettings s = MdSettings.builder(EnsembleSettings.defaults(Ensemble.NVT_LANGEVIN, 300), 0.002, 20_000)
                .stride(5).thermoEvery(5).seed(1).build();
        Path out = dir.resolve("T300K");
        MdResult r = MolecularDynamics.create(out, TestSystems.argon(2, 2, 2), TestSystems.factory("collapse-test",
                () -> new LennardJonesTestCalculator(0.0104, 3.4, 8.5, 1.0, false, false).attractiveOnly()), s, null,
                null, null).run();
        assertEquals(RunMetadata.STOPPED, r.status());
        assertTrue(r.message().contains("Å apart") && r.message().contains("0.60 Å limit")
                && r.message().contains("(Ar)"), r.message());
        assertTrue(r.productionSteps() < 20_000);
        RunMetadata m = RunMetadata.read(out.resolve(RunDirectory.METADATA));
        assertEquals(RunMetadata.STOPPED, m.status());
        assertEquals(r.message(), m.message());
        ThermoTable t = ThermoTable.read(out.resolve(RunDirectory.THERMO));
        try (TrajectoryReader tr = TrajectoryReader.open(out.resolve(RunDirectory.TRAJECTORY))) {
            assertEquals(r.productionSteps() / 5 + 1, tr.numFrames());
            assertTrue(t.size() >= tr.numFrames());
        }
        assertTrue(r.observedMinDistance() < 0.6);
    }

    @Test
    void aHealthyRunIsNotStopped() {
        MdSettings s = MdSettings.builder(EnsembleSettings.defaults(Ensemble.NVT, 60), 0.004, 500).seed(1).build();
        MdResult r = MolecularDynamics.create(dir.resolve("ok"), TestSystems.argon(2, 2, 2), TestSystems.argonLj(), s,
                null, null, null).run();
        assertEquals(RunMetadata.COMPLETED, r.status());
        assertEquals(Double.POSITIVE_INFINITY, r.observedMinDistance(), "argon never comes within 2 Å");
    }
}
