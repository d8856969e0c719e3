package org.ionmat.learn.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class EvalTest {

    @Test
    void metricsByHand() {
        RegressionMetrics m = RegressionMetrics.of(new double[] {1, 2, 3, 4}, new double[] {1, 3, 3, 2});
        assertEquals(0.75, m.mae(), 1e-15);
        assertEquals(Math.sqrt(5.0 / 4), m.rmse(), 1e-15);
        assertEquals(1 - 5.0 / 5.0, m.r2(), 1e-15);
    }

    @Test
    void informativeSigmaLiesBetweenOracleAndRandom() {
        SplittableRandom r = new SplittableRandom(1);
        int n = 2000;
        double[] y = new double[n];
        double[] mu = new double[n];
        double[] sigma = new double[n];
        double[] noise = new double[n];
        for (int i = 0; i < n; i++) {
            sigma[i] = 0.1 + r.nextDouble();
            y[i] = r.nextGaussian();
            mu[i] = y[i] + sigma[i] * r.nextGaussian();
            noise[i] = r.nextDouble();
        }
        ConfidenceCurve good = ConfidenceCurve.of(y, mu, sigma, 20, 200, 3);
        ConfidenceCurve bad = ConfidenceCurve.of(y, mu, noise, 20, 200, 3);
        assertEquals(good.randomMean()[0], good.byUncertainty()[0], 1e-12, "nothing removed");
        for (int i = 1; i < 20; i++) {
            assertTrue(good.oracle()[i] <= good.byUncertainty()[i] + 1e-12);
            assertTrue(good.byUncertainty()[i] < good.randomMean()[i] - good.randomStd()[i]);
        }
        assertTrue(good.rankingScore() > 0.3, "informative: " + good.rankingScore());
        assertTrue(Math.abs(bad.rankingScore()) < 0.15, "uninformative: " + bad.rankingScore());
        // Gaussian errors with the right sigma are calibrated
        Calibration c = Calibration.of(y, mu, sigma);
        assertEquals(0.683, c.within1(), 0.03);
        assertEquals(0.95, c.within2(), 0.02);
        assertEquals(c.theoretical()[n / 2], 0, 1e-3);
    }

    @Test
    void groupedFoldsKeepGroupsTogether() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            keys.add("g" + (i % 37));
        }
        int[] f = Splits.groupKFold(keys, 5, 7);
        for (int i = 0; i < keys.size(); i++) {
            for (int j = 0; j < keys.size(); j++) {
                if (keys.get(i).equals(keys.get(j))) {
                    assertEquals(f[i], f[j]);
                }
            }
        }
        int[] size = new int[5];
        for (int v : f) {
            size[v]++;
        }
        for (int s : size) {
            assertTrue(s >= 17 && s <= 23, "balanced folds " + java.util.Arrays.toString(size));
        }
        int[][] h = Splits.holdOut(10, 0.2, 1);
        assertEquals(8, h[0].length);
        assertEquals(2, h[1].length);
        Set<Integer> all = new HashSet<>();
        for (int[] part : h) {
            for (int v : part) {
                all.add(v);
            }
        }
        assertEquals(10, all.size());
    }
}
