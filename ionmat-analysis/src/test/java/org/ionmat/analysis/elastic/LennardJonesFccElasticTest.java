package org.ionmat.analysis.elastic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ionmat.core.element.Element;
import org.ionmat.core.units.Units;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.FiniteDifferenceCheck;
import org.junit.jupiter.api.Test;

/**
 * Finite-strain elastic constants of a Lennard-Jones fcc crystal against the closed forms from
 * lattice sums at zero pressure: with Ω = a³/4 per atom and ψ(R) = φ''(R) − φ'(R)/R,
 * C11 = (1/2Ω) Σ_R ψ X⁴/R², C12 = C44 = (1/2Ω) Σ_R ψ X²Y²/R² (Cauchy relation of central pair forces).
 */
class LennardJonesFccElasticTest {

    static final TestLennardJones LJ = new TestLennardJones(0.0104, 3.4, 8.7);

    /** Σ_R g(R) over fcc lattice vectors R ≠ 0 of cubic constant a within the cutoff. */
    interface Summand {
        double value(double x, double y, double z, double r);
    }

    static double latticeSum(double a, Summand g) {
        double s = 0;
        int m = (int) Math.ceil(2 * LJ.rc / a) + 1;
        for (int i = -m; i <= m; i++) {
            for (int j = -m; j <= m; j++) {
                for (int k = -m; k <= m; k++) {
                    if ((i + j + k) % 2 != 0 || (i == 0 && j == 0 && k == 0)) {
                        continue;
                    }
                    double x = 0.5 * a * i;
                    double y = 0.5 * a * j;
                    double z = 0.5 * a * k;
                    double r = Math.sqrt(x * x + y * y + z * z);
                    if (r < LJ.rc) {
                        s += g.value(x, y, z, r);
                    }
                }
            }
        }
        return s;
    }

    /** Zero-pressure lattice constant: Σ φ'(R) R = 0, by bisection. */
    static double zeroPressureLatticeConstant() {
        double lo = 5.0;
        double hi = 5.6;
        for (int it = 0; it < 200; it++) {
            double mid = 0.5 * (lo + hi);
            double virial = latticeSum(mid, (x, y, z, r) -> LJ.dphi(r) * r);
            if (virial < 0) { // φ' < 0: repulsive on balance, the crystal wants to expand
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    @Test
    void testCalculatorPassesFiniteDifferenceCheck() {
        AtomicSystem s = TestStructures.fcc(Element.Ar, 5.3, 1);
        double[] p = s.positions();
        p[0] += 0.1;
        p[4] -= 0.07;
        AtomicSystem d = s.withPositions(p).strained(new double[] {0.01, 0.003, 0, 0.003, -0.01, 0.002, 0, 0.002, 0.005});
        FiniteDifferenceCheck.assertConsistent(LJ, d, 1e-4, 1e-6);
    }

    @Test
    void matchesLatticeSums() {
        double a0 = zeroPressureLatticeConstant();
        double omega = a0 * a0 * a0 / 4;
        double f = Units.EV_PER_A3_TO_GPA / (2 * omega);
        double c11 = f * latticeSum(a0, (x, y, z, r) -> (LJ.d2phi(r) - LJ.dphi(r) / r) * x * x * x * x / (r * r));
        double c12 = f * latticeSum(a0, (x, y, z, r) -> (LJ.d2phi(r) - LJ.dphi(r) / r) * x * x * y * y / (r * r));
        AtomicSystem s = TestStructures.fcc(Element.Ar, a0, 1);
        for (IonMode mode : IonMode.values()) {
            ElasticResult r = FiniteStrainElastic.defaults().withIonMode(mode).compute(LJ, s);
            ElasticTensor c = r.tensor();
            String m = mode + " " + c.format();
            assertEquals(c11, c.get(0, 0), 1e-6 * c11, m);
            assertEquals(c11, c.get(2, 2), 1e-6 * c11, m);
            assertEquals(c12, c.get(0, 1), 1e-6 * c12, m);
            assertEquals(c12, c.get(1, 2), 1e-6 * c12, m);
            assertEquals(c12, c.get(3, 3), 1e-6 * c12, m);
            assertEquals(c12, c.get(5, 5), 1e-6 * c12, m);
            assertEquals(0.0, c.get(0, 3), 1e-8 * c11, m);
            assertEquals(0.0, c.get(3, 4), 1e-8 * c11, m);
            assertTrue(r.warnings().isEmpty(), r.warnings().toString());
            assertTrue(Math.abs(r.residualStress()[0]) < 1e-9);
            assertTrue(c.isMechanicallyStable());
            // cubic VRH: B = (C11 + 2 C12)/3 in every average
            assertEquals((c11 + 2 * c12) / 3, c.bulkReuss(), 1e-6 * c11);
            assertEquals((c11 + 2 * c12) / 3, c.bulkVoigt(), 1e-6 * c11);
        }
        // second-order stencil: O(h²) error, still well within 1e-3 with the default step
        ElasticTensor second = FiniteStrainElastic.defaults().withFourthOrder(false).compute(LJ, s).tensor();
        assertEquals(c11, second.get(0, 0), 1e-3 * c11);
        // a stressed reference is reported
        ElasticResult stressed = FiniteStrainElastic.defaults().compute(LJ, TestStructures.fcc(Element.Ar, a0 * 0.98, 1));
        assertEquals(1, stressed.warnings().size());
    }
}
