package org.ionmat.learn.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import org.ionmat.learn.model.Prediction;

class ComponentScalingTest {

    /**
     * Truths around predicted means with true standard deviation √((e·σ_e)² + (a·σ_a)²), the two
     * components drawn independently so that they can be told apart. Returns {truth, mean, σ_e, σ_a}.
     */
    private static double[][] sample(ErrorDistribution d, int n, double e, double a, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[4][n];
        for (int i = 0; i < n; i++) {
            x[1][i] = 5 * r.nextDouble();
            x[2][i] = 0.02 + 0.3 * r.nextDouble();
            x[3][i] = 0.05 + 0.5 * r.nextDouble();
            double sd = Math.hypot(e * x[2][i], a * x[3][i]);
            double err = ErrorSamples.draw(d, sd, r);
            x[0][i] = x[1][i] + err;
        }
        return x;
    }

    @Test
    void recoversSeparateFactorsOfTheEpistemicAndAleatoricSigma() {
        for (ErrorDistribution d : ErrorDistribution.values()) {
            double[][] x = sample(d, 40000, 3.0, 0.5, 7);
            ComponentScaling c = ComponentScaling.fit(x[0], x[1], x[2], x[3], d);
            assertEquals(3.0, c.epistemic(), 0.15, d + ": " + c);
            assertEquals(0.5, c.aleatoric(), 0.05, d + ": " + c);
            // one common factor fits these rows worse
            double[] total = new double[x[0].length];
            for (int i = 0; i < total.length; i++) {
                total[i] = Math.hypot(x[2][i], x[3][i]);
            }
            SigmaScaling one = SigmaScaling.fit(x[0], x[1], total, d);
            assertTrue(c.nllAfter() < one.nllAfter() - 0.01, d + ": " + c + " vs " + one);
            assertEquals(one.nllBefore(), c.nllBefore(), 1e-9, "both start from the model's sigma");
            // the optimum: moving either factor by 2 % raises the likelihood's negative log
            for (double[] f : new double[][] {{1.02, 1}, {0.98, 1}, {1, 1.02}, {1, 0.98}}) {
                assertTrue(ComponentScaling.meanNll(x[0], x[1], x[2], x[3], f[0] * c.epistemic(), f[1] * c.aleatoric(), d)
                        > c.nllAfter(), d + " at " + java.util.Arrays.toString(f));
            }
        }
    }

    @Test
    void equalTrueFactorsGiveEqualFittedFactors() {
        double[][] x = sample(ErrorDistribution.LAPLACE, 40000, 1.7, 1.7, 11);
        ComponentScaling c = ComponentScaling.fit(x[0], x[1], x[2], x[3], ErrorDistribution.LAPLACE);
        assertEquals(1.7, c.epistemic(), 0.1, c.toString());
        assertEquals(1.7, c.aleatoric(), 0.1, c.toString());
    }

    @Test
    void predictionsRecombineTheScaledComponents() {
        Prediction p = Prediction.combine(new double[][] {{1, 2}, {3, 2}}, new double[][] {{0.5, 0.1}, {0.5, 0.1}});
        Prediction q = p.withComponentsScaled(2, 3);
        for (int i = 0; i < 2; i++) {
            assertEquals(2 * p.stdEpistemic()[i], q.stdEpistemic()[i], 1e-15);
            assertEquals(3 * p.stdAleatoric()[i], q.stdAleatoric()[i], 1e-15);
            assertEquals(Math.hypot(q.stdEpistemic()[i], q.stdAleatoric()[i]), q.std()[i], 1e-15);
            assertEquals(p.mean()[i], q.mean()[i], 0);
        }
        Prediction same = p.withComponentsScaled(1.5, 1.5);
        Prediction uniform = p.withSigmaScaled(1.5);
        for (int i = 0; i < 2; i++) {
            assertEquals(uniform.std()[i], same.std()[i], 1e-14);
        }
    }

    @Test
    void aComponentThatIsZeroEverywhereCannotBeScaled() {
        double[] t = {1, 2, 3};
        double[] m = {1.1, 1.8, 3.3};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ComponentScaling.fit(t, m, new double[] {0.1, 0.2, 0.1}, new double[3], ErrorDistribution.LAPLACE));
        assertTrue(e.getMessage().contains("aleatoric"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ComponentScaling.fit(t, m, new double[] {0.1, -1, 0.1}, new double[] {1, 1, 1}, ErrorDistribution.LAPLACE));
    }
}
