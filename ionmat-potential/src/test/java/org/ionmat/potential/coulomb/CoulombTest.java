package org.ionmat.potential.coulomb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.ionmat.core.electrostatics.EwaldSummation;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.units.Units;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.Calculator;
import org.ionmat.potential.CalculatorResult;
import org.ionmat.potential.FiniteDifferenceCheck;
import org.ionmat.potential.TestSystems;
import org.ionmat.potential.spec.PotentialSpec;
import org.junit.jupiter.api.Test;

class CoulombTest {

    private static final double KE = Units.COULOMB_CONSTANT;

    private static Calculator ewald(AtomicSystem s, double accuracy, double realCutoff) {
        return PotentialSpec.builder(8.0).charge("Li", 1).charge("O", -2).charge("Mg", 2)
                .coulomb(new PotentialSpec.Ewald(accuracy, realCutoff)).build().calculatorFor(s, 1);
    }

    private static Calculator dsf(AtomicSystem s, double alpha, double cutoff) {
        return PotentialSpec.builder(cutoff).charge("Li", 1).charge("O", -2).charge("Mg", 2)
                .coulomb(new PotentialSpec.Dsf(alpha, cutoff)).build().calculatorFor(s, 1);
    }

    /** A charged triclinic cell of Li+, Mg2+ and O2- at random positions (net charge +1 e). */
    private static AtomicSystem chargedCell() {
        Lattice lat = Lattice.fromParameters(7.1, 7.9, 8.4, 79, 104, 113);
        SplittableRandom rnd = new SplittableRandom(9);
        int[] types = {0, 0, 0, 1, 1, 2, 2, 2, 2};
        double[] x = new double[3 * types.length];
        for (int i = 0; i < types.length; i++) {
            while (true) {
                double[] c = lat.toCartesian(new double[] {rnd.nextDouble(), rnd.nextDouble(), rnd.nextDouble()});
                boolean ok = true;
                for (int j = 0; j < i && ok; j++) {
                    double[] fj = lat.toFractional(new double[] {x[3 * j], x[3 * j + 1], x[3 * j + 2]});
                    ok = lat.minimumImageDistance(lat.toFractional(c), fj) > 1.8;
                }
                if (ok) {
                    System.arraycopy(c, 0, x, 3 * i, 3);
                    break;
                }
            }
        }
        return AtomicSystem.of(lat, new Species[] {TestSystems.LI, Species.of(Element.lookup("Mg")), TestSystems.O}, types, x);
    }

    /** The Ewald energy of the calculator equals the energy-only Ewald sum of ionmat-core. */
    @Test
    void ewaldEnergyMatchesCoreSummation() {
        for (AtomicSystem s : new AtomicSystem[] {TestSystems.perturbed(TestSystems.triclinicLi2o(4.61), 0.2, 1), chargedCell()}) {
            double[] q = new double[s.size()];
            for (int i = 0; i < q.length; i++) {
                q[i] = s.species(i).symbol().equals("O") ? -2 : s.species(i).symbol().equals("Mg") ? 2 : 1;
            }
            double ref = EwaldSummation.of(s.lattice(), s.positions(), q).withAccuracy(1e-13).totalEnergy();
            for (double rc : new double[] {Double.NaN, 6.0, 11.0}) {
                CalculatorResult r = ewald(s, 1e-12, rc).calculate(s, Calculator.Request.ALL);
                assertEquals(ref, r.energy(), 1e-10 * Math.abs(ref), "real cutoff " + rc);
                double sum = 0;
                for (double e : r.atomEnergies()) {
                    sum += e;
                }
                assertEquals(r.energy(), sum, 1e-10 * Math.abs(ref));
            }
        }
    }

    /**
     * The antifluorite (fluorite) Madelung constant 2.519392 referred to the cation–anion distance
     * r0 = a√3/4: E per Li2O = −M k_e |z+ z−| / r0 with z+ = 1, z− = −2.
     */
    @Test
    void madelungConstantOfAntifluorite() {
        double a = 4.61;
        AtomicSystem s = TestSystems.li2o(a, 1);
        double e = ewald(s, 1e-12, Double.NaN).energy(s) / 4;
        assertEquals(2.519392, -e * (a * Math.sqrt(3) / 4) / (KE * 2), 1e-6);
    }

    @Test
    void ewaldForcesAndVirialPassFiniteDifferenceCheck() {
        AtomicSystem s = TestSystems.perturbed(TestSystems.triclinicLi2o(4.61), 0.2, 2);
        FiniteDifferenceCheck.assertConsistent(ewald(s, 1e-12, Double.NaN), s, 1e-4, 1e-6);
        AtomicSystem c = chargedCell();
        FiniteDifferenceCheck.assertConsistent(ewald(c, 1e-12, 7.0), c, 1e-4, 1e-6);
    }

    /** Forces and stress do not depend on the real/reciprocal split beyond the accuracy. */
    @Test
    void ewaldResultDoesNotDependOnSplit() {
        AtomicSystem s = TestSystems.perturbed(TestSystems.li2o(4.61, 2), 0.2, 3);
        CalculatorResult a = ewald(s, 1e-9, 5.0).calculate(s);
        CalculatorResult b = ewald(s, 1e-9, 12.0).calculate(s);
        assertEquals(a.energy(), b.energy(), 1e-8 * Math.abs(a.energy()));
        assertTrue(FiniteDifferenceCheck.relativeError(a.forces(), b.forces(), 1e-3) < 1e-7);
        assertTrue(FiniteDifferenceCheck.relativeError(a.virial(), b.virial(), 1e-3) < 1e-7);
    }

    @Test
    void dsfIsSmoothAndConsistent() {
        AtomicSystem s = TestSystems.perturbed(TestSystems.triclinicLi2o(4.61), 0.2, 4);
        FiniteDifferenceCheck.assertConsistent(dsf(s, 0.2, 9.0), s, 1e-4, 1e-6);
        DampedShiftedForce k = new DampedShiftedForce(0.2, 9.0);
        double[] d = new double[1];
        assertEquals(0, k.evaluate(9.0, d), 1e-15);
        assertEquals(0, d[0], 1e-12); // the erfc derivative comes from the table (1e-13 absolute)
        // alpha = 0: shifted-force Coulomb, E = k_e (1/r − 1/rc + (r − rc)/rc²)
        DampedShiftedForce sf = new DampedShiftedForce(0, 9.0);
        assertEquals(KE * (1 / 3.0 - 1 / 9.0 + (3.0 - 9.0) / 81.0), sf.evaluate(3.0, d), 1e-13);
        // self term as LAMMPS: e_s = 1/rc + f_s rc = 2/rc, so −k_e (e_s/2) = −k_e/rc
        assertEquals(-KE / 9.0, sf.selfEnergyPerChargeSquared(), 1e-13);
    }

    /**
     * DSF with the usual α and cutoff approximates Ewald: the energy to a few parts per thousand,
     * the Coulomb forces of a perturbed crystal to several per cent of the largest force (a
     * property of the method, not a tolerance of the implementation, which is checked against
     * LAMMPS {@code coul/dsf} in the golden test).
     */
    @Test
    void dsfApproximatesEwald() {
        AtomicSystem s = TestSystems.perturbed(TestSystems.li2o(4.61, 3), 0.1, 5);
        CalculatorResult ew = ewald(s, 1e-10, Double.NaN).calculate(s);
        CalculatorResult ds = dsf(s, 0.2, 11.0).calculate(s);
        assertEquals(ew.energy(), ds.energy(), 5e-3 * Math.abs(ew.energy()));
        double fErr = FiniteDifferenceCheck.relativeError(ds.forces(), ew.forces(), 1e-3);
        System.out.printf("DSF vs Ewald: energy %.6f vs %.6f eV, force relative error %.3g%n", ds.energy(), ew.energy(), fErr);
        assertTrue(fErr < 0.1, "force error " + fErr);
    }
}
