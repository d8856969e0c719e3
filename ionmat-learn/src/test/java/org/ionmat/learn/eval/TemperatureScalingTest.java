package org.ionmat.learn.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import org.ionmat.learn.model.ClassPrediction;

class TemperatureScalingTest {

    private static double[] softmax(double[] z, double t) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v / t);
        }
        double[] p = new double[z.length];
        double s = 0;
        for (int c = 0; c < z.length; c++) {
            p[c] = Math.exp(z[c] / t - max);
            s += p[c];
        }
        for (int c = 0; c < z.length; c++) {
            p[c] /= s;
        }
        return p;
    }

    @Test
    void temperingIsSoftmaxOfLogitsOverT() {
        double[] z = {1.5, -0.3, 0.2};
        double[][][] m = {{softmax(z, 1)}};
        for (double t : new double[] {0.5, 1, 2.5}) {
            assertArrayEquals(softmax(z, t), ClassPrediction.temper(m, t)[0][0], 1e-12);
        }
        double[] flat = ClassPrediction.temper(m, 1e9)[0][0];
        assertEquals(1.0 / 3, flat[0], 1e-6);
    }

    @Test
    void recoversTheTemperatureOfOverconfidentMembers() {
        // labels drawn from softmax(z); two members report softmax(3 z + noise): T should come out near 3
        SplittableRandom r = new SplittableRandom(4);
        int n = 8000;
        int[] truth = new int[n];
        double[][][] members = new double[2][n][];
        for (int i = 0; i < n; i++) {
            double[] z = {r.nextGaussian(), r.nextGaussian(), r.nextGaussian()};
            double[] p = softmax(z, 1);
            double u = r.nextDouble();
            truth[i] = u < p[0] ? 0 : u < p[0] + p[1] ? 1 : 2;
            for (int w = 0; w < 2; w++) {
                double[] zw = {3 * z[0] + 0.05 * r.nextGaussian(), 3 * z[1], 3 * z[2]};
                members[w][i] = softmax(zw, 1);
            }
        }
        TemperatureScaling t = TemperatureScaling.fit(truth, members);
        assertEquals(3, t.temperature(), 0.25);
        assertTrue(t.nllAfter() < t.nllBefore() - 0.1, t.toString());
        assertEquals(t.nllAfter(), TemperatureScaling.nll(truth, members, t.temperature()), 1e-12);
        // a fine brute-force scan finds nothing better
        for (double u = Math.log(0.5); u < Math.log(10); u += 0.02) {
            assertTrue(TemperatureScaling.nll(truth, members, Math.exp(u)) >= t.nllAfter() - 1e-9, "T " + Math.exp(u));
        }
    }

    @Test
    void calibratedMembersKeepTemperatureNearOne() {
        SplittableRandom r = new SplittableRandom(8);
        int n = 20000;
        int[] truth = new int[n];
        double[][][] members = new double[1][n][];
        for (int i = 0; i < n; i++) {
            double[] p = softmax(new double[] {2 * r.nextGaussian(), 0}, 1);
            truth[i] = r.nextDouble() < p[0] ? 0 : 1;
            members[0][i] = p;
        }
        assertEquals(1, TemperatureScaling.fit(truth, members).temperature(), 0.05);
    }
}
