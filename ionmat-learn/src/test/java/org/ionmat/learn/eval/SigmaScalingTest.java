package org.ionmat.learn.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import org.ionmat.learn.model.Prediction;

class SigmaScalingTest {

    /** Truths drawn around predicted means with true standard deviation {@code factor}·σ_i. */
    private static double[][] overconfident(ErrorDistribution d, int n, double factor, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] truth = new double[n];
        double[] mean = new double[n];
        double[] sigma = new double[n];
        for (int i = 0; i < n; i++) {
            mean[i] = 5 * r.nextDouble();
            sigma[i] = 0.05 + 0.5 * r.nextDouble();
            double sd = factor * sigma[i];
            double e = ErrorSamples.draw(d, sd, r);
            truth[i] = mean[i] + e;
        }
        return new double[][] {truth, mean, sigma};
    }

    @Test
    void recoversTheFactorByWhichSigmaWasTooSmall() {
        for (ErrorDistribution d : ErrorDistribution.values()) {
            double[][] x = overconfident(d, 40000, 1.7, 3);
            SigmaScaling s = SigmaScaling.fit(x[0], x[1], x[2], d);
            assertEquals(1.7, s.scale(), 0.03, d.key());
            assertEquals(40000, s.rows());
            assertTrue(s.nllAfter() < s.nllBefore() - 0.05, d + ": " + s);
            double[] scaled = x[2].clone();
            for (int i = 0; i < scaled.length; i++) {
                scaled[i] *= s.scale();
            }
            // after scaling, the coverage is the distribution's own
            Calibration c = Calibration.of(x[0], x[1], scaled);
            assertEquals(d.probabilityWithin(1), c.within1(), 0.01, d.key());
            assertEquals(d.probabilityWithin(1.96), c.within2(), 0.01, d.key());
        }
    }

    @Test
    void theClosedFormIsTheMinimumOfTheNegativeLogLikelihood() {
        for (ErrorDistribution d : ErrorDistribution.values()) {
            double[][] x = overconfident(ErrorDistribution.LAPLACE, 500, 0.6, 11);
            SigmaScaling s = SigmaScaling.fit(x[0], x[1], x[2], d);
            double at = SigmaScaling.meanNll(x[0], x[1], x[2], s.scale(), d);
            assertEquals(s.nllAfter(), at, 1e-12);
            for (double f : new double[] {0.99, 1.01, 0.9, 1.1}) {
                assertTrue(SigmaScaling.meanNll(x[0], x[1], x[2], f * s.scale(), d) > at, d + " at " + f);
            }
            // a golden-section search over s finds the same minimum
            double lo = 0.05;
            double hi = 5;
            double g = (Math.sqrt(5) - 1) / 2;
            for (int it = 0; it < 100; it++) {
                double a = hi - g * (hi - lo);
                double b = lo + g * (hi - lo);
                if (SigmaScaling.meanNll(x[0], x[1], x[2], a, d) < SigmaScaling.meanNll(x[0], x[1], x[2], b, d)) {
                    hi = b;
                } else {
                    lo = a;
                }
            }
            assertEquals(s.scale(), (lo + hi) / 2, 1e-6, d.key());
        }
    }

    @Test
    void densitiesAreNormalisedAndHaveTheNamedStandardDeviation() {
        double sigma = 0.7;
        for (ErrorDistribution d : ErrorDistribution.values()) {
            double h = 1e-4;
            double mass = 0;
            double var = 0;
            double inside = 0;
            for (double r = -20; r <= 20; r += h) {
                double p = Math.exp(-d.negativeLogLikelihood(r, sigma)) * h;
                mass += p;
                var += r * r * p;
                if (Math.abs(r) <= sigma) {
                    inside += p;
                }
            }
            assertEquals(1, mass, 1e-4, d.key());
            assertEquals(sigma * sigma, var, 1e-4, d.key());
            assertEquals(d.probabilityWithin(1), inside, 1e-3, d.key());
        }
        assertEquals(1 - Math.exp(-Math.sqrt(2)), ErrorDistribution.LAPLACE.probabilityWithin(1), 1e-15);
        assertEquals(0.6827, ErrorDistribution.GAUSSIAN.probabilityWithin(1), 1e-4);
        assertEquals(0.9500, ErrorDistribution.GAUSSIAN.probabilityWithin(1.96), 1e-4);
        assertEquals(ErrorDistribution.GAUSSIAN, ErrorDistribution.of("Gaussian"));
    }

    @Test
    void refusesSigmaThatIsNotPositiveAndErrorsThatAreAllZero() {
        double[] y = {1, 2, 3};
        assertThrows(IllegalArgumentException.class,
                () -> SigmaScaling.fit(y, new double[] {1, 2, 2}, new double[] {0.1, 0, 0.1}, ErrorDistribution.LAPLACE));
        assertThrows(IllegalArgumentException.class,
                () -> SigmaScaling.fit(y, y.clone(), new double[] {0.1, 0.1, 0.1}, ErrorDistribution.GAUSSIAN));
        assertThrows(IllegalArgumentException.class,
                () -> SigmaScaling.fit(y, new double[] {1, 2}, new double[] {0.1, 0.1}, ErrorDistribution.GAUSSIAN));
        assertThrows(org.ionmat.core.InvalidInputException.class, () -> ErrorDistribution.of("cauchy"));
    }

    @Test
    void scalingAPredictionKeepsTheVarianceSplit() {
        Prediction p = Prediction.combine(new double[][] {{1, 2}, {1.4, 2.6}}, new double[][] {{0.3, 0.2}, {0.5, 0.1}});
        Prediction q = p.withSigmaScaled(1.5);
        for (int i = 0; i < 2; i++) {
            assertEquals(p.mean()[i], q.mean()[i], 0);
            assertEquals(1.5 * p.std()[i], q.std()[i], 1e-15);
            double e = q.stdEpistemic()[i];
            double a = q.stdAleatoric()[i];
            assertEquals(q.std()[i] * q.std()[i], e * e + a * a, 1e-12);
        }
        assertEquals(0.3, p.stdEpistemic()[1], 1e-12); // member means 2 and 2.6: population sd 0.3
    }
}
