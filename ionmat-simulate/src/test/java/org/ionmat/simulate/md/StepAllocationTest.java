package org.ionmat.simulate.md;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;

import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.Calculator;
import org.ionmat.potential.CalculatorResult;
import org.ionmat.simulate.testing.TestSystems;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The step loop of every integrator allocates nothing that grows with the number of atoms: with a
 * calculator that returns one preallocated result, the bytes allocated per step stay far below one
 * array of positions (the per-step AtomicSystem wrapper and, for a changing cell, a Lattice).
 */
class StepAllocationTest {

    /** Weak harmonic pull to the origin of each atom's own start, returning a reused result. */
    private static final class NoAllocationCalculator implements Calculator {
        private final double[] f;
        private final double[] w = new double[9];
        private final CalculatorResult result;

        NoAllocationCalculator(int n, double volume) {
            this.f = new double[3 * n];
            this.result = new CalculatorResult(0, f, w, null, volume);
        }

        @Override
        public String name() {
            return "reused";
        }

        @Override
        public CalculatorResult calculate(AtomicSystem system, Request request) {
            return result;
        }
    }

    @ParameterizedTest
    @EnumSource(Ensemble.class)
    void stepsAllocateLessThanOneCoordinateArray(Ensemble e) {
        java.lang.management.ThreadMXBean tb = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(tb instanceof com.sun.management.ThreadMXBean, "skipped: no allocation counter in this JVM");
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) tb;
        AtomicSystem sys = TestSystems.argon(5, 5, 5); // 500 atoms: one coordinate array is 12 kB
        ForceEvaluator fe = new ForceEvaluator(TestSystems.factory("reused",
                () -> new NoAllocationCalculator(sys.size(), sys.volume())), sys);
        MdState s = new MdState(sys);
        Xoshiro256 rng = new Xoshiro256(1);
        Integrator integ = EnsembleSettings.defaults(e, 50).integrator(0.001, sys.size(), rng);
        MaxwellBoltzmann.assign(s, 50, rng, true, true, integ.degreesOfFreedom(s.n));
        fe.evaluate(s);
        integ.initialize(s);
        for (int i = 0; i < 2000; i++) {
            integ.step(s, fe); // warm up the JIT (escape analysis removes temporaries)
        }
        long id = Thread.currentThread().getId();
        long b0 = mx.getThreadAllocatedBytes(id);
        int steps = 1000;
        for (int i = 0; i < steps; i++) {
            integ.step(s, fe);
        }
        double perStep = (double) (mx.getThreadAllocatedBytes(id) - b0) / steps;
        assertTrue(perStep < 1000, e + ": " + perStep + " bytes allocated per step");
    }
}
