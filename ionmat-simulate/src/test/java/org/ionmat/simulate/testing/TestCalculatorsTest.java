package org.ionmat.simulate.testing;

import java.util.SplittableRandom;

import org.ionmat.core.structure.Lattice;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.FiniteDifferenceCheck;
import org.junit.jupiter.api.Test;

/** The test calculators themselves pass the shared finite-difference check (forces and virial). */
class TestCalculatorsTest {

    static AtomicSystem rattled(AtomicSystem s, double amplitude, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = s.positions();
        for (int k = 0; k < x.length; k++) {
            x[k] += amplitude * (2 * r.nextDouble() - 1);
        }
        return s.withPositions(x);
    }

    @Test
    void lennardJonesForcesAndVirialMatchFiniteDifferences() {
        AtomicSystem s = rattled(TestSystems.argon(2, 2, 2), 0.3, 1);
        // energy-shifted: a pair crossing the cutoff within the finite-difference steps costs ~1e-5
        FiniteDifferenceCheck.assertConsistent(LennardJonesTestCalculator.argon(), s, 1e-4, 3e-5);
        FiniteDifferenceCheck.assertConsistent(new LennardJonesTestCalculator(0.0104, 3.4, 8.5, 1.0, true, true), s, 1e-4, 1e-6);
        AtomicSystem tri = s.withLattice(Lattice.fromParameters(10.5, 10.7, 10.4, 80, 100, 95), true);
        FiniteDifferenceCheck.assertConsistent(LennardJonesTestCalculator.argon(), tri, 1e-4, 3e-5);
    }

    @Test
    void einsteinCrystalForcesAndVirialMatchFiniteDifferences() {
        AtomicSystem ref = TestSystems.argon(1, 1, 2);
        AtomicSystem s = rattled(ref, 0.2, 2);
        FiniteDifferenceCheck.assertConsistent(new EinsteinCrystalTestCalculator(1.5, ref), s, 1e-4, 1e-6);
    }
}
