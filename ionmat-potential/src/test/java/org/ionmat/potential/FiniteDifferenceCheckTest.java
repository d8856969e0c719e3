package org.ionmat.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.neighbors.NeighborList;
import org.ionmat.core.neighbors.NeighborSearch;
import org.ionmat.core.structure.Lattice;
import org.junit.jupiter.api.Test;

/** The checker itself, on a Lennard-Jones test model whose forces and virial are written out here. */
class FiniteDifferenceCheckTest {

    /** Truncated and shifted-force-free LJ (energy shifted to zero at the cutoff), for the test only. */
    static final class TestLennardJones implements Calculator {
        private final double eps = 0.0104;
        private final double sigma = 3.4;
        private final double rc = 8.5;
        private final boolean wrongSign;

        TestLennardJones(boolean wrongSign) {
            this.wrongSign = wrongSign;
        }

        @Override
        public String name() {
            return "test-lj";
        }

        @Override
        public CalculatorResult calculate(AtomicSystem s, Request request) {
            NeighborList nl = NeighborSearch.withCutoff(rc).half().find(s.lattice(), s.positionsView());
            double e = 0;
            double[] f = new double[3 * s.size()];
            double[] w = new double[9];
            double sr6c = Math.pow(sigma / rc, 6);
            double shift = 4 * eps * (sr6c * sr6c - sr6c);
            for (int p = 0; p < nl.size(); p++) {
                double r = nl.distances()[p];
                double sr6 = Math.pow(sigma / r, 6);
                e += 4 * eps * (sr6 * sr6 - sr6) - shift;
                double dphi = 4 * eps * (-12 * sr6 * sr6 + 6 * sr6) / r; // dφ/dr
                int i = nl.centers()[p];
                int j = nl.neighbors()[p];
                for (int a = 0; a < 3; a++) {
                    double ra = nl.vectors()[3 * p + a];
                    double fj = -dphi * ra / r * (wrongSign ? -1 : 1);
                    f[3 * j + a] += fj;
                    f[3 * i + a] -= fj;
                    for (int b = 0; b < 3; b++) {
                        w[3 * b + a] += nl.vectors()[3 * p + b] * fj;
                    }
                }
            }
            return new CalculatorResult(e, f, w, null, s.volume());
        }
    }

    static AtomicSystem argonLike() {
        Lattice l = Lattice.fromParameters(5.3, 5.5, 5.7, 88, 93, 95);
        double[] frac = {0, 0, 0, 0.52, 0.49, 0.03, 0.47, 0.02, 0.51, 0.01, 0.5, 0.48};
        Species ar = Species.of(Element.Ar);
        return AtomicSystem.of(l, new Species[] {ar}, new int[] {0, 0, 0, 0}, l.toCartesianAll(frac));
    }

    @Test
    void correctForcesAndVirialPass() {
        FiniteDifferenceCheck.assertConsistent(new TestLennardJones(false), argonLike(), 1e-3, 1e-6);
    }

    @Test
    void wrongForcesFail() {
        assertThrows(AssertionError.class,
                () -> FiniteDifferenceCheck.assertConsistent(new TestLennardJones(true), argonLike(), 1e-3, 1e-6));
    }

    @Test
    void pressureSignFollowsLammps() {
        // compressed argon: positive virial pressure, negative ASE stress
        AtomicSystem s = argonLike().strained(new double[] {-0.05, 0, 0, 0, -0.05, 0, 0, 0, -0.05});
        CalculatorResult r = new TestLennardJones(false).calculate(s);
        assertEquals(1, Math.signum(r.pressure()));
        assertEquals(-1, Math.signum(r.stress()[0]));
    }
}
