package org.ionmat.learn.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClassificationMetricsTest {

    private static double[][] binary(double... p1) {
        double[][] p = new double[p1.length][];
        for (int i = 0; i < p1.length; i++) {
            p[i] = new double[] {1 - p1[i], p1[i]};
        }
        return p;
    }

    @Test
    void binaryExampleWorkedByHand() {
        // scikit-learn's roc_auc_score example: y = 0 0 1 1, scores 0.1 0.4 0.35 0.8 -> 0.75
        ClassificationMetrics m = ClassificationMetrics.of(new int[] {0, 0, 1, 1}, binary(0.1, 0.4, 0.35, 0.8));
        assertEquals(4, m.n());
        assertEquals(0.75, m.rocAuc(), 1e-12);
        assertEquals(0.75, m.accuracy(), 1e-12); // 0.35 is called class 0
        assertEquals((1.0 + 0.5) / 2, m.balancedAccuracy(), 1e-12);
        assertEquals(-(Math.log(0.9) + Math.log(0.6) + Math.log(0.35) + Math.log(0.8)) / 4, m.logLoss(), 1e-12);
    }

    @Test
    void tiesCountHalfAndCertainMistakesAreClipped() {
        ClassificationMetrics tied = ClassificationMetrics.of(new int[] {0, 1, 0, 1}, binary(0.5, 0.5, 0.5, 0.5));
        assertEquals(0.5, tied.rocAuc(), 1e-12);
        assertEquals(Math.log(2), tied.logLoss(), 1e-12);
        ClassificationMetrics wrong = ClassificationMetrics.of(new int[] {1}, binary(0.0));
        assertEquals(-Math.log(1e-15), wrong.logLoss(), 1e-9);
        assertTrue(Double.isNaN(wrong.rocAuc()), "one class only");
    }

    @Test
    void threeClassesHaveAccuraciesButNoAuc() {
        double[][] p = {{0.7, 0.2, 0.1}, {0.1, 0.8, 0.1}, {0.3, 0.3, 0.4}, {0.5, 0.4, 0.1}, {0.2, 0.2, 0.6}};
        ClassificationMetrics m = ClassificationMetrics.of(new int[] {0, 1, 2, 1, 2}, p);
        assertEquals(4.0 / 5, m.accuracy(), 1e-12);
        assertEquals((1 + 0.5 + 1) / 3.0, m.balancedAccuracy(), 1e-12);
        assertTrue(Double.isNaN(m.rocAuc()));
    }
}
