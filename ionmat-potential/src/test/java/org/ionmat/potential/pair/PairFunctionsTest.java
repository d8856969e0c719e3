package org.ionmat.potential.pair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ionmat.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class PairFunctionsTest {

    /** dE/dr of every form agrees with a central difference of E. */
    @Test
    void derivativesMatchFiniteDifferences() {
        PairFunction[] fs = {new Buckingham(426.48, 0.3, 0.0), new Buckingham(22764.0, 0.149, 27.88),
            new BornMayerHuggins(0.2, 0.317, 2.34, 1.05, 0.5), new Morse(0.5, 1.8, 2.1), new LennardJones(0.0104, 3.4)};
        double[] d = new double[1];
        for (PairFunction f : fs) {
            for (double r = 1.2; r < 10; r += 0.37) {
                double h = 1e-5;
                double fd = (f.energy(r + h) - f.energy(r - h)) / (2 * h);
                f.evaluate(r, d);
                assertEquals(fd, d[0], 1e-7 * (1 + Math.abs(fd)), f + " at r = " + r);
            }
        }
    }

    /** Values against the formulas written out by hand. */
    @Test
    void valuesMatchFormulas() {
        double r = 2.3;
        assertEquals(426.48 * Math.exp(-r / 0.3) - 5.0 / Math.pow(r, 6), new Buckingham(426.48, 0.3, 5.0).energy(r), 1e-14);
        assertEquals(0.2 * Math.exp((2.34 - r) / 0.317) - 1.05 / Math.pow(r, 6) + 0.5 / Math.pow(r, 8),
                new BornMayerHuggins(0.2, 0.317, 2.34, 1.05, 0.5).energy(r), 1e-14);
        // Born with sigma = 0 and D = 0 is Buckingham
        assertEquals(new Buckingham(1000, 0.25, 12).energy(r), new BornMayerHuggins(1000, 0.25, 0, 12, 0).energy(r), 1e-14);
        // Morse: minimum −D0 at r0; LJ: minimum −ε at 2^(1/6) σ and zero at σ
        Morse m = new Morse(0.5, 1.8, 2.1);
        assertEquals(-0.5, m.energy(2.1), 1e-15);
        double[] d = new double[1];
        m.evaluate(2.1, d);
        assertEquals(0, d[0], 1e-15);
        LennardJones lj = new LennardJones(0.0104, 3.4);
        assertEquals(-0.0104, lj.energy(Math.pow(2, 1.0 / 6) * 3.4), 1e-15);
        assertEquals(0, lj.energy(3.4), 1e-15);
    }

    @Test
    void rejectsBadParameters() {
        assertThrows(InvalidInputException.class, () -> new Buckingham(1, 0, 0));
        assertThrows(InvalidInputException.class, () -> new Buckingham(Double.NaN, 0.3, 0));
        assertThrows(InvalidInputException.class, () -> new Morse(1, -1, 2));
        assertThrows(InvalidInputException.class, () -> new LennardJones(1, 0));
        assertThrows(InvalidInputException.class, () -> new BornMayerHuggins(1, 0.3, 0, 0, Double.POSITIVE_INFINITY));
    }
}
