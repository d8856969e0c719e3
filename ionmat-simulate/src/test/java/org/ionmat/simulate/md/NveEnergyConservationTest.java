package org.ionmat.simulate.md;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.ionmat.simulate.testing.TestSystems;
import org.ionmat.simulate.trajectory.RunDirectory;
import org.ionmat.simulate.trajectory.RunMetadata;
import org.ionmat.simulate.trajectory.ThermoTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NVE acceptance in small: the total energy of velocity Verlet does not drift (the 100 ps / 1 fs
 * measurement of the issue is scaled from a 20 ps run) and its fluctuations scale as Δt² (second
 * order); total momentum stays zero.
 */
class NveEnergyConservationTest {

    @TempDir
    Path dir;

    private ThermoTable run(Path out, double dtPs, long steps, double temperature) {
        MdSettings s = MdSettings.builder(EnsembleSettings.defaults(Ensemble.NVE, temperature), dtPs, steps)
                .stride(100).thermoEvery(10).seed(11).build();
        MdResult r = MolecularDynamics.create(out, TestSystems.argon(3, 3, 3), TestSystems.argonLjShiftedForce(), s,
                null, null, null).run();
        assertEquals(RunMetadata.COMPLETED, r.status(), r.message());
        return ThermoTable.read(out.resolve(RunDirectory.THERMO));
    }

    @Test
    void energyDriftOver20psIsFarBelowTheAcceptanceBound() {
        ThermoTable t = run(dir.resolve("nve"), 0.001, 20_000, 70);
        double[] e = t.totalEnergy();
        double[] c = t.conserved();
        assertEquals(e[e.length - 1], c[c.length - 1], 0, "NVE conserves E_tot itself");
        int n = 108;
        double slope = MolecularDynamics.slope(t.timePs(), e) / n; // eV/atom/ps
        double maxDev = 0;
        for (double x : e) {
            maxDev = Math.max(maxDev, Math.abs(x - e[0]) / n);
        }
        // acceptance: drift over 100 ps below 1e-4 eV/atom; require 10x margin from the slope
        assertTrue(Math.abs(slope) * 100 < 1e-5, "drift " + slope * 100 + " eV/atom per 100 ps");
        assertTrue(maxDev < 1e-4, "max deviation " + maxDev + " eV/atom");
        // the run really moved: temperature near half the initial (equipartition), not frozen
        double tMean = MolecularDynamics.mean(t.temperatureK());
        assertTrue(tMean > 25 && tMean < 50, "mean T " + tMean);
    }

    @Test
    void energyFluctuationsScaleWithTheSquareOfTheTimeStep() {
        double f2 = rmsFluctuation(run(dir.resolve("dt2"), 0.004, 1000, 70));
        double f1 = rmsFluctuation(run(dir.resolve("dt1"), 0.002, 2000, 70));
        double ratio = f2 / f1;
        assertTrue(ratio > 3.2 && ratio < 4.8, "fluctuation ratio for dt 4 fs / 2 fs: " + ratio + " (expected ~4)");
    }

    private static double rmsFluctuation(ThermoTable t) {
        return MolecularDynamics.std(t.totalEnergy());
    }
}
