package org.ionmat.learn.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class SigmaMethodChoiceTest {

    private static final ErrorDistribution D = ErrorDistribution.LAPLACE;

    /**
     * Rows whose true standard deviation is {@code truth} of the two predicted components; returns
     * {truth, mean, σ, σ_e, σ_a}. σ_e spans two decades so that a power law can be told from a factor.
     */
    private static double[][] rows(int n, long seed, java.util.function.DoubleBinaryOperator trueSd) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[5][n];
        for (int i = 0; i < n; i++) {
            x[1][i] = 3 * r.nextDouble();
            x[3][i] = 0.01 * Math.pow(100, r.nextDouble());
            x[4][i] = 0.05 + 0.3 * r.nextDouble();
            x[2][i] = Math.hypot(x[3][i], x[4][i]);
            x[0][i] = x[1][i] + ErrorSamples.draw(D, trueSd.applyAsDouble(x[3][i], x[4][i]), r);
        }
        return x;
    }

    private static SigmaMethodChoice.Result choose(double[][] x) {
        return SigmaMethodChoice.choose(SigmaMethodChoice.standardCandidates(D), x[0], x[1], x[2], x[3], x[4], D, 5, 1);
    }

    @Test
    void oneFactorIsChosenWhenOneFactorIsTheTruth() {
        SigmaMethodChoice.Result r = choose(rows(3000, 1, (e, a) -> 1.8 * Math.hypot(e, a)));
        assertEquals("scale", r.chosen(), r.toString());
        assertEquals(3, r.crossValidatedNll().size());
    }

    @Test
    void componentsAreChosenWhenTheTwoPartsAreOffByDifferentFactors() {
        SigmaMethodChoice.Result r = choose(rows(3000, 2, (e, a) -> Math.hypot(3 * e, 0.5 * a)));
        assertEquals("components", r.chosen(), r.toString());
        assertEquals("components", r.best(), r.toString());
        assertTrue(r.crossValidatedNll().get("scale") - r.crossValidatedNll().get("components")
                > r.standardError().get("scale"), r.toString());
    }

    @Test
    void powerLawIsChosenWhenSigmaHasTheWrongRange() {
        SigmaMethodChoice.Result r = choose(rows(3000, 3, (e, a) -> 0.7 * Math.sqrt(Math.hypot(e, a))));
        assertEquals("power", r.chosen(), r.toString());
    }

    @Test
    void methodsThatDoNotApplyAreSkippedWithTheReason() {
        double[][] x = rows(500, 4, (e, a) -> 2 * e);
        java.util.Arrays.fill(x[4], 0); // no aleatoric part, as for a random forest
        System.arraycopy(x[3], 0, x[2], 0, x[3].length);
        SigmaMethodChoice.Result r = choose(x);
        assertTrue(r.skipped().containsKey("components"), r.toString());
        assertEquals(2, r.crossValidatedNll().size());
    }

    @Test
    void tooFewRowsOrNoApplicableMethodIsRefused() {
        double[][] x = rows(SigmaMethodChoice.MIN_ROWS - 1, 5, (e, a) -> e);
        assertThrows(IllegalArgumentException.class, () -> choose(x));
        double[][] y = rows(100, 6, (e, a) -> e);
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> SigmaMethodChoice.choose(
                java.util.List.of(SigmaMethodChoice.standardCandidates(D).get(1)), y[0], y[1], y[2], y[3],
                new double[100], D, 5, 1)); // components only, with a zero aleatoric part
        assertTrue(none.getMessage().contains("no recalibration method applies"), none.getMessage());
    }

    @Test
    void foldsAreBalancedAndSeeded() {
        int[] f = SigmaMethodChoice.assignFolds(103, 5, 9);
        int[] count = new int[5];
        for (int k : f) {
            count[k]++;
        }
        for (int c : count) {
            assertTrue(c == 20 || c == 21, java.util.Arrays.toString(count));
        }
        assertEquals(java.util.Arrays.toString(f), java.util.Arrays.toString(SigmaMethodChoice.assignFolds(103, 5, 9)));
    }
}
