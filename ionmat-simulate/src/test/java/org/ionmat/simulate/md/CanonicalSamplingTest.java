package org.ionmat.simulate.md;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.stat.inference.KolmogorovSmirnovTest;
import org.ionmat.core.units.Units;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.simulate.testing.EinsteinCrystalTestCalculator;
import org.ionmat.simulate.testing.TestSystems;
import org.junit.jupiter.api.Test;

/**
 * NVT acceptance: thermostats sample the canonical distribution. Kinetic energy has mean N_f kT/2
 * and variance N_f (kT)²/2; Langevin velocities are Gaussian with variance kT/m; the Einstein
 * crystal's potential energy has mean 3N kT/2. Error bars by block averaging; a 4.5σ band.
 */
class CanonicalSamplingTest {

    private static final double Z = 4.5;

    /** Kinetic energies along a run, after discarding the first {@code discard} steps. */
    private static double[] kinetic(Integrator integ, MdState s, ForceEvaluator fe, int discard, int steps) {
        double[] ke = new double[steps];
        for (int i = 0; i < discard; i++) {
            integ.step(s, fe);
        }
        for (int i = 0; i < steps; i++) {
            integ.step(s, fe);
            ke[i] = s.kineticEnergy();
        }
        return ke;
    }

    private static MdState start(AtomicSystem sys, double t, int dof, ForceEvaluator fe, long seed) {
        MdState s = new MdState(sys);
        MaxwellBoltzmann.assign(s, t, new Xoshiro256(seed), true, true, dof);
        fe.evaluate(s);
        return s;
    }

    @Test
    void noseHooverChainGivesTheCanonicalKineticEnergyDistribution() {
        AtomicSystem sys = TestSystems.argon(2, 2, 2);
        double t = 60;
        ForceEvaluator fe = new ForceEvaluator(TestSystems.argonLj(), sys);
        NoseHooverNvt nh = new NoseHooverNvt(0.004, sys.size(), t, 0.2, 3, 1);
        MdState s = start(sys, t, nh.degreesOfFreedom(sys.size()), fe, 3);
        nh.initialize(s);
        double c0 = nh.conservedQuantity(s);
        double[] ke = kinetic(nh, s, fe, 2500, 25_000);
        int dof = nh.degreesOfFreedom(sys.size());
        double kT = Units.kT(t);
        BlockStats st = BlockStats.of(ke, 25);
        assertTrue(st.meanZ(dof * kT / 2) < Z, "mean KE " + st + " expected " + dof * kT / 2);
        assertTrue(st.varianceZ(dof * kT * kT / 2) < Z, "var KE " + st + " expected " + dof * kT * kT / 2);
        assertTrue(Math.abs(st.variance() / (dof * kT * kT / 2) - 1) < 0.2, "variance within 20%: " + st);
        // the extended energy is conserved (small against kT per atom)
        assertEquals(c0, nh.conservedQuantity(s), 0.02 * kT * sys.size());
    }

    @Test
    void noseHooverFailsTheTestIfTheTargetIsWrong() {
        // the same statistics detect a thermostat aiming at a different temperature
        AtomicSystem sys = TestSystems.argon(2, 2, 2);
        ForceEvaluator fe = new ForceEvaluator(TestSystems.argonLj(), sys);
        NoseHooverNvt nh = new NoseHooverNvt(0.004, sys.size(), 66, 0.2, 3, 1);
        MdState s = start(sys, 66, nh.degreesOfFreedom(sys.size()), fe, 3);
        nh.initialize(s);
        double[] ke = kinetic(nh, s, fe, 2500, 10_000);
        int dof = nh.degreesOfFreedom(sys.size());
        assertTrue(BlockStats.of(ke, 20).meanZ(dof * Units.kT(60) / 2) > Z);
    }

    @Test
    void langevinGivesGaussianVelocitiesAndTheCanonicalEnergies() {
        AtomicSystem sys = TestSystems.argon(2, 2, 2);
        double t = 300;
        double k = 1.0;
        ForceEvaluator fe = new ForceEvaluator(TestSystems.factory("einstein",
                () -> new EinsteinCrystalTestCalculator(k, sys)), sys);
        Xoshiro256 rng = new Xoshiro256(5);
        LangevinBaoab lv = new LangevinBaoab(0.002, t, 0.1, rng, null);
        MdState s = start(sys, t, lv.degreesOfFreedom(sys.size()), fe, 4);
        lv.initialize(s);
        int steps = 40_000;
        double[] ke = new double[steps];
        double[] pe = new double[steps];
        int every = 100; // 0.2 ps, twice the velocity correlation time
        double[] u = new double[steps / every * 3 * sys.size()];
        int nu = 0;
        double kT = Units.kT(t);
        for (int i = 0; i < 2000; i++) {
            lv.step(s, fe);
        }
        for (int i = 0; i < steps; i++) {
            lv.step(s, fe);
            ke[i] = s.kineticEnergy();
            pe[i] = s.potentialEnergy();
            if (i % every == 0) {
                for (int a = 0; a < sys.size(); a++) {
                    double scale = Math.sqrt(s.masses[a] / (kT * Units.FORCE_TO_ACCEL));
                    for (int c = 0; c < 3; c++) {
                        u[nu++] = s.v[3 * a + c] * scale;
                    }
                }
            }
        }
        int dof = 3 * sys.size();
        BlockStats kst = BlockStats.of(ke, 20);
        BlockStats pst = BlockStats.of(pe, 20);
        assertTrue(kst.meanZ(dof * kT / 2) < Z, "mean KE " + kst);
        assertTrue(kst.varianceZ(dof * kT * kT / 2) < Z, "var KE " + kst);
        assertTrue(pst.meanZ(3 * sys.size() * kT / 2) < Z, "mean PE " + pst);
        assertTrue(pst.varianceZ(3 * sys.size() * kT * kT / 2) < Z, "var PE " + pst);
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new NormalDistribution(0, 1), u, false);
        assertTrue(p > 1e-3, "velocities are not Gaussian: KS p = " + p);
        // and the KS test does see a wrong width
        double[] wide = u.clone();
        for (int i = 0; i < wide.length; i++) {
            wide[i] *= 1.05;
        }
        assertTrue(new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new NormalDistribution(0, 1), wide, false) < 1e-3);
    }

    @Test
    void langevinHeatBookkeepingKeepsTheReportedQuantityConstant() {
        AtomicSystem sys = TestSystems.argon(2, 2, 2);
        ForceEvaluator fe = new ForceEvaluator(TestSystems.argonLjShiftedForce(), sys);
        LangevinBaoab lv = new LangevinBaoab(0.002, 60, 0.5, new Xoshiro256(9), null);
        MdState s = start(sys, 30, 96, fe, 8);
        lv.initialize(s);
        double c0 = lv.conservedQuantity(s);
        double maxDev = 0;
        for (int i = 0; i < 5000; i++) {
            lv.step(s, fe);
            maxDev = Math.max(maxDev, Math.abs(lv.conservedQuantity(s) - c0));
        }
        // the thermostat moved a lot of heat (heating 30 K -> 60 K) but the balance holds
        assertTrue(s.temperature(96) > 40, "heated");
        assertTrue(maxDev < 1e-3, "E_tot - heat deviates by " + maxDev + " eV");
    }
}
