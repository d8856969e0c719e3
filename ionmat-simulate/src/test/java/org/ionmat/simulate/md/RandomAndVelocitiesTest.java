package org.ionmat.simulate.md;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.units.Units;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.simulate.testing.TestSystems;
import org.junit.jupiter.api.Test;

/** The random generator against the reference algorithm, Maxwell–Boltzmann velocities, duration and unit parsing. */
class RandomAndVelocitiesTest {

    @Test
    void xoshiroMatchesTheReferenceAlgorithmAndRestoresItsState() {
        // scripts/golden/xoshiro256.py 42 5 and 0 3
        long[] ref42 = {1546998764402558742L, 6990951692964543102L, -5902157311460992607L, -1389169964527427423L,
                        -151191095644234140L};
        Xoshiro256 r = new Xoshiro256(42);
        for (long v : ref42) {
            assertEquals(v, r.nextLong());
        }
        Xoshiro256 z = new Xoshiro256(0);
        assertEquals(-7355399402456485196L, z.nextLong());
        assertEquals(-4652746763540216534L, z.nextLong());
        assertEquals(1900383378846508768L, z.nextLong());

        Xoshiro256 a = new Xoshiro256(7);
        a.nextGaussian(); // leaves a spare deviate in the state
        long[] saved = a.state();
        double[] expected = {a.nextGaussian(), a.nextGaussian(), a.nextDouble()};
        Xoshiro256 b = new Xoshiro256(99);
        b.restore(saved);
        assertArrayEquals(expected, new double[] {b.nextGaussian(), b.nextGaussian(), b.nextDouble()});
    }

    @Test
    void gaussianDeviatesHaveUnitVariance() {
        Xoshiro256 r = new Xoshiro256(3);
        int n = 200_000;
        double s = 0;
        double s2 = 0;
        double s4 = 0;
        for (int i = 0; i < n; i++) {
            double g = r.nextGaussian();
            s += g;
            s2 += g * g;
            s4 += g * g * g * g;
        }
        assertEquals(0, s / n, 5 * Math.sqrt(1.0 / n));
        assertEquals(1, s2 / n, 5 * Math.sqrt(2.0 / n));
        assertEquals(3, s4 / n, 5 * Math.sqrt(96.0 / n));
    }

    @Test
    void maxwellBoltzmannHasZeroMomentumTheExactTemperatureAndIsSeeded() {
        AtomicSystem sys = TestSystems.argon(3, 3, 3);
        MdState s = new MdState(sys);
        MaxwellBoltzmann.assign(s, 300, new Xoshiro256(5), true, true, 3 * s.n - 3);
        double[] p = new double[3];
        s.momentum(p);
        assertEquals(0, Math.abs(p[0]) + Math.abs(p[1]) + Math.abs(p[2]), 1e-9);
        assertEquals(300, s.temperature(3 * s.n - 3), 1e-9);
        MdState t = new MdState(sys);
        MaxwellBoltzmann.assign(t, 300, new Xoshiro256(5), true, true, 3 * s.n - 3);
        assertArrayEquals(s.v, t.v);
        MaxwellBoltzmann.assign(t, 300, new Xoshiro256(6), true, true, 3 * s.n - 3);
        assertFalse(java.util.Arrays.equals(s.v, t.v));

        // without rescaling the velocity variance is kT/m (checked on many atoms)
        MdState big = new MdState(TestSystems.argon(10, 10, 10));
        MaxwellBoltzmann.assign(big, 300, new Xoshiro256(8), false, false, 0);
        double var = 0;
        for (double v : big.v) {
            var += v * v;
        }
        var /= big.v.length;
        double expected = Units.kT(300) * Units.FORCE_TO_ACCEL / big.masses[0];
        assertEquals(expected, var, 5 * expected * Math.sqrt(2.0 / big.v.length));
    }

    @Test
    void unitConstantsAgreeWithTheirDefinitions() {
        // 1 eV/(Å amu) = e / (1e-10 m × u) = 9.6485e17 m/s² = 9648.53 Å/ps²
        assertEquals(9648.5332, Units.FORCE_TO_ACCEL, 1e-3);
        // ASE's time unit: 1 fs = 0.0982269 (Å sqrt(amu/eV))
        assertEquals(0.09822694788464063, 1e-3 / Units.NATURAL_TIME_PS, 1e-8);
    }

    @Test
    void durationsAcceptUnitsAndRejectBareOrUnknownOnes() {
        assertEquals(0.001, Durations.parsePs("1fs", "--dt"), 1e-18);
        assertEquals(0.1, Durations.parsePs("0.1ps", null));
        assertEquals(2000, Durations.parsePs("2ns", null));
        assertEquals(0.5e-3, Durations.parsePs(" 0.5 fs ", null), 1e-18);
        assertEquals(1, Durations.parsePs("1e3fs", null), 1e-15);
        assertEquals(1e6, Durations.parsePs("1us", null));
        assertEquals(0.01, Durations.parsePs("10", null, "fs"), 1e-18);
        assertTrue(assertThrows(InvalidInputException.class, () -> Durations.parsePs("10", "--time")).getMessage()
                .contains("--time: '10' has no unit"));
        assertTrue(assertThrows(InvalidInputException.class, () -> Durations.parsePs("3 days", "--time")).getMessage()
                .contains("unknown time unit 'days'"));
        assertThrows(InvalidInputException.class, () -> Durations.parsePs("-1ps", null));
        assertThrows(InvalidInputException.class, () -> Durations.parsePs("ps", null));
        assertEquals(100_000, Durations.steps(100, 0.001, "--time"));
        assertThrows(InvalidInputException.class, () -> Durations.steps(0.0015, 0.001, "--time"));
        assertEquals("1 fs", Durations.format(0.001));
        assertEquals("2.5 ps", Durations.format(2.5));
        assertEquals("2 ns", Durations.format(2000));
    }
}
