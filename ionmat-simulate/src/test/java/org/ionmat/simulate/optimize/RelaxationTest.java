package org.ionmat.simulate.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.Structure;
import org.ionmat.core.units.Units;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.FiniteDifferenceCheck;

class RelaxationTest {

    private static final RelaxOptions.Algorithm[] ALGORITHMS = RelaxOptions.Algorithm.values();

    /** Simple cubic crystal (2x2x2 cell, 8 atoms) of lattice constant a. */
    private static AtomicSystem simpleCubic(double a) {
        Structure s = Structure.of(Lattice.cubic(a), java.util.List.of(Species.parse("Ar")), new double[] {0, 0, 0});
        return AtomicSystem.of(s.supercell(2, 2, 2));
    }

    private static AtomicSystem fcc(double a, int n) {
        Structure.Builder b = Structure.builder(Lattice.cubic(a));
        for (double[] f : new double[][] {{0, 0, 0}, {0, 0.5, 0.5}, {0.5, 0, 0.5}, {0.5, 0.5, 0}}) {
            b.add(Species.parse("Ar"), f);
        }
        return AtomicSystem.of(b.build().supercell(n, n, n));
    }

    private static AtomicSystem rattle(AtomicSystem s, double amp, long seed) {
        Random r = new Random(seed);
        double[] x = s.positions();
        for (int k = 0; k < x.length; k++) {
            x[k] += amp * (2 * r.nextDouble() - 1);
        }
        return s.withPositions(x);
    }

    @Test
    void testModelsAreConsistent() {
        AtomicSystem ref = simpleCubic(2.0);
        HarmonicNetwork h = new HarmonicNetwork(ref, 2.0 * 1.6, 3.0);
        AtomicSystem moved = rattle(ref, 0.1, 1).strained(new double[] {0.03, 0.01, 0, 0.01, -0.02, 0.02, 0, 0.02, 0.01});
        FiniteDifferenceCheck.assertConsistent(h, moved, 1e-4, 1e-7);
        FiniteDifferenceCheck.assertConsistent(new LennardJones(0.0104, 3.4, 8.5), rattle(fcc(5.4, 2), 0.1, 2), 1e-4, 1e-6);
    }

    @Test
    void fullCellRelaxationFindsTheUniqueMinimumOfASpringNetwork() {
        double a0 = 2.0;
        AtomicSystem ref = simpleCubic(a0);
        HarmonicNetwork h = new HarmonicNetwork(ref, a0 * 1.6, 3.0);
        AtomicSystem start = rattle(ref, 0.15, 5).strained(new double[] {0.08, 0.05, -0.03, 0.05, -0.06, 0.04, -0.03, 0.04, 0.1});
        for (RelaxOptions.Algorithm alg : ALGORITHMS) {
            RelaxationResult r = Relaxation.run(h, start, RelaxOptions.DEFAULT.withAlgorithm(alg).withFmax(1e-6).withSmax(1e-4)
                    .withMaxSteps(5000));
            assertTrue(r.converged(), alg + " did not converge in " + r.steps());
            assertEquals(0, r.finalEnergy(), 1e-9, alg.toString());
            double[] p = r.system().lattice().parameters();
            for (int k = 0; k < 3; k++) {
                assertEquals(2 * a0, p[k], 1e-5, alg + " length " + k);
                assertEquals(90, p[3 + k], 1e-3, alg + " angle " + k);
            }
            assertTrue(r.maxForce() <= 1e-6);
            assertTrue(r.energies()[0] > r.finalEnergy());
        }
    }

    @Test
    void isotropicRelaxationUnderPressureMatchesTheAnalyticLatticeConstant() {
        // springs on first (6, rest a0) and second (12, rest a0√2) neighbours of simple cubic: per atom
        // E(a) = 7.5 k (a − a0)², P = −dE/dV = −5k (a − a0)/a²; under P: 5k (a0 − a) = P a²
        double a0 = 2.0;
        double k = 3.0;
        AtomicSystem ref = simpleCubic(a0);
        HarmonicNetwork h = new HarmonicNetwork(ref, a0 * 1.6, k);
        double pGpa = 20;
        double p = pGpa / Units.EV_PER_A3_TO_GPA;
        double expected = (-5 * k + Math.sqrt(25 * k * k + 20 * k * p * a0)) / (2 * p);
        for (RelaxOptions.Algorithm alg : ALGORITHMS) {
            for (double scale : new double[] {0.9, 1.1}) {
                AtomicSystem start = ref.strained(new double[] {scale - 1, 0, 0, 0, scale - 1, 0, 0, 0, scale - 1});
                RelaxationResult r = Relaxation.run(h, start, RelaxOptions.DEFAULT.withAlgorithm(alg)
                        .withCellMode(CellMode.ISOTROPIC).withTargetPressure(pGpa).withSmax(1e-5).withFmax(1e-6));
                assertTrue(r.converged(), alg + " " + scale);
                assertEquals(2 * expected, r.system().lattice().a(), 1e-6, alg + " from " + scale);
                assertEquals(pGpa, r.pressureGpa(), 1e-4);
                // the shape is kept
                assertEquals(90, r.system().lattice().alpha(), 1e-9);
            }
        }
    }

    @Test
    void fixedCellRelaxationRestoresARattledLennardJonesCrystal() {
        LennardJones lj = new LennardJones(0.0104, 3.4, 8.5);
        AtomicSystem perfect = fcc(5.3, 2);
        double e0 = lj.energy(perfect);
        for (RelaxOptions.Algorithm alg : ALGORITHMS) {
            RelaxationResult r = Relaxation.run(lj, rattle(perfect, 0.15, 9),
                    RelaxOptions.DEFAULT.withAlgorithm(alg).withCellMode(CellMode.FIXED).withFmax(1e-5).withMaxSteps(2000));
            assertTrue(r.converged(), alg.toString());
            assertEquals(e0, r.finalEnergy(), 1e-8, alg.toString());
            assertEquals(perfect.lattice(), r.system().lattice());
            assertEquals(0, r.stressResidualGpa(), 0);
        }
    }

    @Test
    void variableCellLennardJonesReachesTheMinimumOfEOfA() {
        // reference: golden-section minimum of the energy of the perfect crystal over a
        LennardJones lj = new LennardJones(0.0104, 3.4, 8.5);
        double lo = 5.0;
        double hi = 5.8;
        double g = (Math.sqrt(5) - 1) / 2;
        for (int it = 0; it < 80; it++) {
            double m1 = hi - g * (hi - lo);
            double m2 = lo + g * (hi - lo);
            if (lj.energy(fcc(m1, 2)) < lj.energy(fcc(m2, 2))) {
                hi = m2;
            } else {
                lo = m1;
            }
        }
        double aMin = (lo + hi) / 2;
        for (RelaxOptions.Algorithm alg : ALGORITHMS) {
            RelaxationResult r = Relaxation.run(lj, rattle(fcc(5.0, 2), 0.05, 4).strained(new double[] {0.02, 0.01, 0, 0.01, -0.01, 0, 0, 0, 0.03}),
                    RelaxOptions.DEFAULT.withAlgorithm(alg).withFmax(1e-5).withSmax(1e-4).withMaxSteps(3000));
            assertTrue(r.converged(), alg.toString());
            double v = r.system().volume();
            // smax 1e-4 GPa with B ≈ 3 GPa leaves |Δa|/a ≲ 1e-5
            assertEquals(2 * aMin, Math.cbrt(v), 1e-4, alg.toString());
        }
    }

    @Test
    void stepLimitIsReportedAsNotConverged() {
        LennardJones lj = new LennardJones(0.0104, 3.4, 8.5);
        RelaxationResult r = Relaxation.run(lj, rattle(fcc(5.3, 2), 0.2, 3), RelaxOptions.DEFAULT.withMaxSteps(3));
        assertFalse(r.converged());
        assertEquals(3, r.steps());
        assertEquals(4, r.energies().length);
        assertThrows(InvalidInputException.class, () -> RelaxOptions.DEFAULT.withFmax(0));
        assertThrows(InvalidInputException.class, () -> RelaxOptions.DEFAULT.withMaxSteps(-1));
    }
}
