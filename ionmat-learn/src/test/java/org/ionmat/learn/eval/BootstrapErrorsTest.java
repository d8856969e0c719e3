package org.ionmat.learn.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class BootstrapErrorsTest {

    private static double[][] gaussianErrors(int n, double sigma, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] truth = new double[n];
        double[] pred = new double[n];
        for (int i = 0; i < n; i++) {
            truth[i] = 3 * r.nextDouble();
            double u1 = 1 - r.nextDouble();
            double u2 = r.nextDouble();
            pred[i] = truth[i] + sigma * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
        }
        return new double[][] {truth, pred};
    }

    @Test
    void maeIntervalWidthMatchesTheStandardErrorOfGaussianErrors() {
        // |e| of N(0, s^2) errors has standard deviation s sqrt(1 - 2/pi); the 95 % interval of the mean
        // of n of them is about +-1.96 of that over sqrt(n)
        int n = 4000;
        double s = 0.5;
        double[][] d = gaussianErrors(n, s, 7);
        BootstrapErrors.Result r = BootstrapErrors.of(d[0], d[1], 4000, 0.95, 1);
        double halfWidth = 1.96 * s * Math.sqrt(1 - 2 / Math.PI) / Math.sqrt(n);
        double measured = (r.mae().upper() - r.mae().lower()) / 2;
        assertEquals(halfWidth, measured, 0.1 * halfWidth);
        assertEquals(RegressionMetrics.of(d[0], d[1]).mae(), r.mae().estimate(), 1e-12);
        assertEquals(RegressionMetrics.of(d[0], d[1]).rmse(), r.rmse().estimate(), 1e-12);
        assertTrue(r.mae().lower() < r.mae().estimate() && r.mae().estimate() < r.mae().upper());
        assertTrue(r.rmse().lower() < r.rmse().estimate() && r.rmse().estimate() < r.rmse().upper());
        assertEquals(s * Math.sqrt(2 / Math.PI), r.mae().estimate(), 4 * halfWidth / 1.96);
    }

    @Test
    void pairedDifferenceResamplesTheSameRowsForBothModels() {
        double[][] d = gaussianErrors(500, 0.3, 3);
        double[] doubled = new double[500];
        for (int i = 0; i < 500; i++) {
            doubled[i] = d[0][i] + 2 * (d[1][i] - d[0][i]);
        }
        // model b's errors are twice model a's on every row, so MAE(a) - MAE(b) = -MAE(a) on every resample
        BootstrapErrors.Result one = BootstrapErrors.of(d[0], d[1], 1000, 0.9, 11);
        BootstrapErrors.Result diff = BootstrapErrors.difference(d[0], d[1], doubled, 1000, 0.9, 11);
        assertEquals(-one.mae().estimate(), diff.mae().estimate(), 1e-12);
        assertEquals(-one.mae().upper(), diff.mae().lower(), 1e-12);
        assertEquals(-one.mae().lower(), diff.mae().upper(), 1e-12);
        assertEquals(-one.rmse().upper(), diff.rmse().lower(), 1e-12);
        BootstrapErrors.Result same = BootstrapErrors.difference(d[0], d[1], d[1], 200, 0.95, 5);
        assertEquals(0, same.mae().lower(), 0);
        assertEquals(0, same.mae().upper(), 0);
        assertEquals(0, same.rmse().upper(), 0);
    }

    @Test
    void seededAndReproducible() {
        double[][] d = gaussianErrors(100, 1, 2);
        assertEquals(BootstrapErrors.of(d[0], d[1], 300, 0.95, 4), BootstrapErrors.of(d[0], d[1], 300, 0.95, 4));
        assertTrue(!BootstrapErrors.of(d[0], d[1], 300, 0.95, 4).equals(BootstrapErrors.of(d[0], d[1], 300, 0.95, 5)));
    }

    @Test
    void percentilesInterpolateLikeNumpy() {
        double[] v = {1, 2, 3, 4};
        assertEquals(1.75, BootstrapErrors.percentile(v, 0.25), 1e-15); // numpy.percentile([1,2,3,4], 25)
        assertEquals(4, BootstrapErrors.percentile(v, 1), 0);
        assertEquals(1, BootstrapErrors.percentile(v, 0), 0);
    }

    @Test
    void badArgumentsAreRejected() {
        double[] a = {1, 2};
        assertThrows(IllegalArgumentException.class, () -> BootstrapErrors.of(a, new double[] {1}, 10, 0.95, 0));
        assertThrows(IllegalArgumentException.class, () -> BootstrapErrors.of(a, a, 0, 0.95, 0));
        assertThrows(IllegalArgumentException.class, () -> BootstrapErrors.of(a, a, 10, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> BootstrapErrors.difference(a, a, new double[] {1}, 10, 0.9, 0));
    }
}
