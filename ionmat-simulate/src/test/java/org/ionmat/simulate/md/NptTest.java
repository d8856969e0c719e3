package org.ionmat.simulate.md;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ionmat.core.structure.Lattice;
import org.ionmat.core.units.Units;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.simulate.testing.TestSystems;
import org.junit.jupiter.api.Test;

/**
 * NPT acceptance: the MTK barostat holds the target pressure on average (isotropic, orthorhombic
 * and triclinic cells), conserves its extended energy and keeps the temperature; Berendsen relaxes
 * a strained cell to the target pressure.
 */
class NptTest {

    private static final double Z = 4.5;
    private static final double T = 60;
    private static final double P0 = 0.05; // GPa

    private record Series(double[] p, double[][] diag, double[] t, double[] v, double conservedDrift) {
    }

    private static Series run(Integrator integ, AtomicSystem sys, int discard, int steps, double dt) {
        ForceEvaluator fe = new ForceEvaluator(TestSystems.argonLjShiftedForce(), sys);
        MdState s = new MdState(sys);
        MaxwellBoltzmann.assign(s, T, new Xoshiro256(21), true, true, integ.degreesOfFreedom(s.n));
        fe.evaluate(s);
        integ.initialize(s);
        for (int i = 0; i < discard; i++) {
            integ.step(s, fe);
        }
        double c0 = integ.conservedQuantity(s);
        double[] p = new double[steps];
        double[][] diag = new double[6][steps];
        double[] t = new double[steps];
        double[] v = new double[steps];
        double[] kin = new double[9];
        int dof = integ.degreesOfFreedom(s.n);
        for (int i = 0; i < steps; i++) {
            integ.step(s, fe);
            double vol = s.volume();
            p[i] = s.pressure() * Units.EV_PER_A3_TO_GPA;
            s.kineticTensor(kin);
            int[] idx = {0, 4, 8, 1, 2, 5};
            for (int c = 0; c < 6; c++) {
                diag[c][i] = (kin[idx[c]] + s.virial[idx[c]]) / vol * Units.EV_PER_A3_TO_GPA;
            }
            t[i] = s.temperature(dof);
            v[i] = vol;
        }
        return new Series(p, diag, t, v, Math.abs(integ.conservedQuantity(s) - c0) / s.n);
    }

    @Test
    void mtkIsotropicHoldsTheTargetPressureAndConservesItsEnergy() {
        AtomicSystem sys = TestSystems.argon(3, 3, 3);
        Series r = run(new MtkNpt(0.004, sys.size(), T, P0, 0.2, 0.5, 3, 1, CellMode.ISOTROPIC), sys, 2000, 12_000, 0.004);
        BlockStats p = BlockStats.of(r.p, 20);
        BlockStats t = BlockStats.of(r.t, 20);
        assertTrue(p.meanZ(P0) < Z, "pressure " + p);
        assertTrue(p.meanError() < 0.01, "pressure error bar too large to test anything: " + p);
        assertTrue(t.meanZ(T) < Z, "temperature " + t);
        assertTrue(r.conservedDrift < 0.02 * Units.kT(T), "conserved quantity drift " + r.conservedDrift + " eV/atom");
        BlockStats v = BlockStats.of(r.v, 20);
        assertTrue(v.variance() > 0 && v.mean() > 0.9 * sys.volume(), "volume " + v);
    }

    @Test
    void mtkIsotropicSeesAWrongTargetPressure() {
        AtomicSystem sys = TestSystems.argon(3, 3, 3);
        Series r = run(new MtkNpt(0.004, sys.size(), T, P0 + 0.1, 0.2, 0.5, 3, 1, CellMode.ISOTROPIC), sys, 2000, 6000, 0.004);
        assertTrue(BlockStats.of(r.p, 10).meanZ(P0) > Z, "the statistics resolve a 0.1 GPa offset");
    }

    @Test
    void mtkAnisotropicHoldsEveryDiagonalComponent() {
        AtomicSystem sys = TestSystems.argon(3, 3, 3);
        Series r = run(new MtkNpt(0.004, sys.size(), T, P0, 0.2, 0.5, 3, 1, CellMode.ANISOTROPIC), sys, 2000, 12_000, 0.004);
        for (int c = 0; c < 3; c++) {
            BlockStats s = BlockStats.of(r.diag[c], 20);
            assertTrue(s.meanZ(P0) < Z, "P component " + c + " " + s);
        }
        assertTrue(r.conservedDrift < 0.02 * Units.kT(T), "conserved drift " + r.conservedDrift);
    }

    @Test
    void mtkTriclinicHoldsTheFullStressTensorInASkewedCell() {
        AtomicSystem base = TestSystems.argon(3, 3, 3);
        Lattice skew = Lattice.fromParameters(15.9, 15.6, 15.8, 88, 93, 91);
        AtomicSystem sys = base.withLattice(skew, true);
        Series r = run(new MtkNpt(0.004, sys.size(), T, P0, 0.2, 0.5, 3, 1, CellMode.TRICLINIC), sys, 3000, 12_000, 0.004);
        for (int c = 0; c < 6; c++) {
            BlockStats s = BlockStats.of(r.diag[c], 20);
            assertTrue(s.meanZ(c < 3 ? P0 : 0) < Z, "stress component " + c + " " + s);
        }
        assertTrue(r.conservedDrift < 0.02 * Units.kT(T), "conserved drift " + r.conservedDrift);
    }

    @Test
    void berendsenRelaxesAStretchedCellToTheTargetPressure() {
        AtomicSystem base = TestSystems.argon(3, 3, 3);
        AtomicSystem sys = base.withLattice(base.lattice().scale(1.03), true);
        BerendsenBarostat b = new BerendsenBarostat(0.004, P0, 0.5, 3, CellMode.ISOTROPIC);
        LangevinBaoab lv = new LangevinBaoab(0.004, T, 0.2, new Xoshiro256(3), b);
        Series r = run(lv, sys, 3000, 8000, 0.004);
        BlockStats p = BlockStats.of(r.p, 16);
        assertTrue(p.meanZ(P0) < Z, "pressure " + p);
        assertTrue(Double.isNaN(lv.conservedQuantity(new MdState(sys))));
        assertEquals(sys.volume(), r.v[0], 0.2 * sys.volume());
    }
}
