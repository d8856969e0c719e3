package org.ionmat.core.electrostatics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ErfcTest {

    /** Reference values from Python's math.erfc (C library, ~1 ulp). */
    @Test
    void matchesLibraryValues() {
        double[][] ref = {
            {0, 1.0}, {0.001, 0.9988716212090307}, {0.1, 0.8875370839817152}, {0.5, 0.4795001221869535},
            {1, 0.15729920705028513}, {1.5, 0.033894853524689274}, {2, 0.004677734981047265},
            {2.5, 0.0004069520174449589}, {3, 2.2090496998585438e-05}, {3.7, 1.6715105790914596e-07},
            {4.5, 1.9661604415428873e-10}, {5.5, 7.357847917974398e-15}, {6.5, 3.8421483271206475e-20},
            {8, 1.1224297172982928e-29}};
        for (double[] r : ref) {
            assertEquals(r[1], Erfc.erfc(r[0]), 1e-15 + 1e-14 * r[1], "erfc(" + r[0] + ")");
            assertEquals(r[1], Erfc.accurate(r[0]), 4e-16 + 2e-15 * r[1], "series erfc(" + r[0] + ")");
            assertEquals(2 - r[1], Erfc.erfc(-r[0]), 5e-16);
        }
    }

    /** The derivative from the table agrees with −(2/√π) e^(−x²), and the value with erfc(x). */
    @Test
    void derivativeFromTableMatchesGaussian() {
        SplittableRandom rnd = new SplittableRandom(3);
        double[] d = new double[1];
        for (int i = 0; i < 20000; i++) {
            double x = 7 * rnd.nextDouble();
            double exact = -2 / Math.sqrt(Math.PI) * Math.exp(-x * x);
            assertEquals(Erfc.erfc(x), Erfc.erfcWithDerivative(x, d), 0, "x = " + x);
            assertEquals(exact, d[0], 1e-13 + 1e-9 * Math.abs(exact), "x = " + x);
        }
    }

    @Test
    void interpolationMatchesSeriesBetweenNodes() {
        SplittableRandom rnd = new SplittableRandom(1);
        for (int i = 0; i < 20000; i++) {
            double x = 6.2 * rnd.nextDouble();
            double ref = Erfc.accurate(x);
            assertEquals(ref, Erfc.erfc(x), 1e-15 + 1e-14 * ref, "x = " + x);
        }
    }
}
