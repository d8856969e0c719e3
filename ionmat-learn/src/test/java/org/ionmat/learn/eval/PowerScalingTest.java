package org.ionmat.learn.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import org.ionmat.learn.model.Prediction;
import org.ionmat.learn.model.SigmaMap;

class PowerScalingTest {

    /** Truths around predicted means with true standard deviation c·σ^b; returns {truth, mean, σ}. */
    private static double[][] sample(ErrorDistribution d, int n, double c, double b, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[3][n];
        for (int i = 0; i < n; i++) {
            x[1][i] = 5 * r.nextDouble();
            x[2][i] = Math.exp(-4 + 4 * r.nextDouble()); // 0.018 to 1: a wide range, as a forest's tree spread
            double sd = c * Math.pow(x[2][i], b);
            double err = ErrorSamples.draw(d, sd, r);
            x[0][i] = x[1][i] + err;
        }
        return x;
    }

    @Test
    void recoversThePowerLawAndBeatsOneFactor() {
        for (ErrorDistribution d : ErrorDistribution.values()) {
            double[][] x = sample(d, 40000, 0.7, 0.55, 5);
            PowerScaling p = PowerScaling.fit(x[0], x[1], x[2], d);
            assertEquals(0.55, p.exponent(), 0.02, d + ": " + p);
            assertEquals(0.7, p.scale(), 0.03, d + ": " + p);
            SigmaScaling one = SigmaScaling.fit(x[0], x[1], x[2], d);
            assertEquals(one.nllBefore(), p.nllBefore(), 1e-12);
            assertTrue(p.nllAfter() < one.nllAfter() - 0.05, d + ": " + p + " vs " + one);
            for (double[] f : new double[][] {{1.02, 1}, {0.98, 1}, {1, 1.02}, {1, 0.98}}) {
                double[] s = new double[x[2].length];
                for (int i = 0; i < s.length; i++) {
                    s[i] = f[0] * p.scale() * Math.pow(x[2][i], f[1] * p.exponent());
                }
                assertTrue(SigmaScaling.meanNll(x[0], x[1], s, 1, d) > p.nllAfter(), d + " at " + java.util.Arrays.toString(f));
            }
        }
    }

    @Test
    void anExponentOfOneIsFoundWhenOneFactorIsRight() {
        double[][] x = sample(ErrorDistribution.LAPLACE, 40000, 1.8, 1, 6);
        PowerScaling p = PowerScaling.fit(x[0], x[1], x[2], ErrorDistribution.LAPLACE);
        assertEquals(1, p.exponent(), 0.02, p.toString());
        assertEquals(1.8, p.scale(), 0.08, p.toString());
    }

    @Test
    void theMapScalesBothComponentsByTheRowFactorAndItsFactorCanBeUndone() {
        SigmaMap.Power map = new SigmaMap.Power(0.7, 0.5);
        Prediction p = new Prediction(new double[] {1, 2, 3}, new double[] {0.25, 1, 0}, new double[] {0.15, 0.6, 0},
                new double[] {0.2, 0.8, 0});
        Prediction q = map.apply(p);
        for (int i = 0; i < 3; i++) {
            assertEquals(0.7 * Math.pow(p.std()[i], 0.5), q.std()[i], 1e-15);
            double f = map.factorAt(p.std()[i]);
            assertEquals(f * p.stdEpistemic()[i], q.stdEpistemic()[i], 1e-15);
            assertEquals(f * p.stdAleatoric()[i], q.stdAleatoric()[i], 1e-15);
            assertEquals(f, map.factorOfCalibrated(q.std()[i]), 1e-12);
        }
        assertEquals(1, map.factorAt(0), 0, "zero sigma stays zero");
        assertThrows(IllegalArgumentException.class, () -> new SigmaMap.Power(0.7, 0));
    }

    @Test
    void rejectsZeroSigma() {
        assertThrows(IllegalArgumentException.class, () -> PowerScaling.fit(new double[] {1, 2}, new double[] {1.1, 2.2},
                new double[] {0.1, 0}, ErrorDistribution.LAPLACE));
    }
}
