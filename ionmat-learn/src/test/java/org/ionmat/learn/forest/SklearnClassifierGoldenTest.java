package org.ionmat.learn.forest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ionmat.core.InvalidInputException;
import org.ionmat.learn.eval.ClassificationMetrics;

/** Gini tree and forest classifier against scikit-learn 1.2.1 (scripts/golden/sklearn_forest_classifier.py). */
class SklearnClassifierGoldenTest {

    static JsonNode golden;
    static double[][] xTrain;
    static int[] yTrain;
    static double[][] xTest;
    static int[] yTest;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = SklearnClassifierGoldenTest.class.getResourceAsStream("/golden/sklearn_forest_classifier.json")) {
            golden = new ObjectMapper().readTree(in);
        }
        ObjectMapper m = new ObjectMapper();
        xTrain = m.convertValue(golden.get("x_train"), double[][].class);
        yTrain = m.convertValue(golden.get("y_train"), int[].class);
        xTest = m.convertValue(golden.get("x_test"), double[][].class);
        yTest = m.convertValue(golden.get("y_test"), int[].class);
    }

    private static int[] allRows() {
        int[] all = new int[xTrain.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return all;
    }

    @Test
    void oneFeatureTreeEqualsSklearnDecisionTreeClassifier() {
        double[][] x1 = new double[xTrain.length][];
        for (int i = 0; i < x1.length; i++) {
            x1[i] = new double[] {xTrain[i][0]};
        }
        ClassificationTree t = ClassificationTree.grow(x1, yTrain, 3, allRows(), 1, new SplittableRandom(1));
        double[][] expected = new ObjectMapper().convertValue(golden.get("tree1_test_probabilities"), double[][].class);
        assertEquals(golden.get("tree1_nodes").asInt(), t.size(), "node count, one feature");
        for (int i = 0; i < xTest.length; i++) {
            assertArrayEquals(expected[i], t.probabilities(new double[] {xTest[i][0]}), 1e-12, "row " + i);
        }
    }

    @Test
    void fullTreeHasPureLeavesAndItsSizeIsNearSklearns() {
        ClassificationTree t = ClassificationTree.grow(xTrain, yTrain, 3, allRows(), xTrain[0].length, new SplittableRandom(1));
        for (int i = 0; i < xTrain.length; i++) {
            double[] p = t.probabilities(xTrain[i]);
            assertEquals(1.0, p[yTrain[i]], 0.0, "training row " + i + " sits in a pure leaf of its class");
        }
        // tied splits are broken by scikit-learn's random feature order, so the sizes agree only roughly
        assertEquals(golden.get("tree_nodes").asInt(), t.size(), 20, "node count");
    }

    @Test
    void forestAccuracyAndLogLossMatchSklearnForest() {
        double acc = 0;
        double logLoss = 0;
        int runs = 10;
        for (int s = 0; s < runs; s++) {
            RandomForestClassifier f = RandomForestClassifier.train(xTrain, yTrain, 3, 200, 0.25, true, 1000L * s);
            ClassificationMetrics m = ClassificationMetrics.of(yTest, f.predictProbabilities(xTest));
            acc += m.accuracy() / runs;
            logLoss += m.logLoss() / runs;
        }
        double skAcc = mean(golden.get("forest_test_accuracy_seeds"));
        double skLogLoss = mean(golden.get("forest_test_log_loss_seeds"));
        // scikit-learn's 20 seeds: log loss 0.590 +- 0.007 per seed (ours: 0.588 +- 0.007 over 20); without
        // bootstrap the log loss is 0.576, so 0.01 separates the algorithms (3.7 standard errors of the difference)
        assertEquals(skAcc, acc, 0.02, "mean test accuracy over seeds");
        assertEquals(skLogLoss, logLoss, 0.01, "mean test log loss over seeds");
    }

    @Test
    void outOfBagAccuracyMatchesSklearnsOobScore() throws IOException {
        double ours = 0;
        int runs = 10;
        for (int s = 0; s < runs; s++) {
            RandomForestClassifier f = RandomForestClassifier.train(xTrain, yTrain, 3, 200, 0.25, true, 1000L * s);
            org.ionmat.learn.model.ClassPrediction oob = f.outOfBag(xTrain);
            ours += ClassificationMetrics.of(yTrain, oob.probabilities()).accuracy() / runs;
            for (int i = 0; i < yTrain.length; i++) {
                assertEquals(oob.entropy()[i], oob.entropyAleatoric()[i] + oob.entropyEpistemic()[i], 1e-12);
            }
            if (s == 0) {
                ByteArrayOutputStream bo = new ByteArrayOutputStream();
                f.write(new DataOutputStream(bo));
                RandomForestClassifier read = RandomForestClassifier.read(new DataInputStream(new ByteArrayInputStream(
                        bo.toByteArray())));
                assertThrows(IllegalStateException.class, () -> read.outOfBag(xTrain), "bags are not stored");
            }
        }
        double sk = mean(golden.get("forest_oob_accuracy_seeds"));
        // scikit-learn's oob_score_: 0.762 +- 0.010 per seed; the training rows predicted by all trees score ~1
        assertEquals(sk, ours, 0.02, "mean out-of-bag accuracy over seeds");
    }

    @Test
    void forestIsSeededNormalisedAndRoundTrips() throws IOException {
        RandomForestClassifier a = RandomForestClassifier.train(xTrain, yTrain, 3, 20, 0.25, true, 7);
        RandomForestClassifier b = RandomForestClassifier.train(xTrain, yTrain, 3, 20, 0.25, true, 7);
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        a.write(new DataOutputStream(bo));
        RandomForestClassifier c = RandomForestClassifier.read(new DataInputStream(new ByteArrayInputStream(bo.toByteArray())));
        double[][] pa = a.predictProbabilities(xTest);
        double[][] pb = b.predictProbabilities(xTest);
        double[][] pc = c.predictProbabilities(xTest);
        for (int i = 0; i < pa.length; i++) {
            assertArrayEquals(pa[i], pb[i], 0.0);
            assertArrayEquals(pa[i], pc[i], 0.0);
            assertEquals(1.0, pa[i][0] + pa[i][1] + pa[i][2], 1e-12);
        }
        byte[] bytes = bo.toByteArray();
        byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length / 2);
        assertThrows(IOException.class,
                () -> RandomForestClassifier.read(new DataInputStream(new ByteArrayInputStream(truncated))));
        assertThrows(IOException.class, () -> RandomForest.read(new DataInputStream(new ByteArrayInputStream(bytes))),
                "a classifier file is not a regression forest");
    }

    @Test
    void aBootstrapThatMissesAClassStillGivesProbabilitiesOverAllClasses() {
        // class 2 occurs once; most bootstrap samples of 4 rows miss it
        double[][] x = {{0}, {1}, {2}, {3}};
        int[] y = {0, 0, 1, 2};
        RandomForestClassifier f = RandomForestClassifier.train(x, y, 3, 50, 1.0, true, 3);
        double[] p = f.predictProbabilities(new double[][] {{3}})[0];
        assertEquals(3, p.length);
        assertTrue(p[2] > 0 && p[2] < 1, "class 2 seen by some trees only: " + p[2]);
        assertEquals(1.0, p[0] + p[1] + p[2], 1e-12);
    }

    @Test
    void withTwoClassesGiniTreesAreSquaredErrorTreesOnTheZeroOneIndicator() {
        // for two classes n·Gini = 2·(sum of squared errors of the 0/1 indicator), so both criteria rank the splits
        // alike, and leaf fractions of class 1 are leaf means of the indicator: same seed, same forest
        int[] y = new int[yTrain.length];
        double[] indicator = new double[yTrain.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = yTrain[i] == 0 ? 1 : 0;
            indicator[i] = y[i];
        }
        RandomForestClassifier c = RandomForestClassifier.train(xTrain, y, 2, 30, 0.25, true, 11);
        RandomForest r = RandomForest.train(xTrain, indicator, 30, 0.25, true, 11);
        double[][][] pc = c.treeProbabilities(xTest);
        double[][] pr = r.treePredictions(xTest);
        for (int t = 0; t < 30; t++) {
            for (int i = 0; i < xTest.length; i++) {
                assertEquals(pr[t][i], pc[t][i][1], 1e-12, "tree " + t + ", row " + i);
            }
        }
    }

    @Test
    void labelsOutsideTheClassRangeAreRejected() {
        assertThrows(InvalidInputException.class,
                () -> RandomForestClassifier.train(new double[][] {{0}, {1}}, new int[] {0, 2}, 2, 5, 1.0, true, 0));
    }

    private static double mean(JsonNode values) {
        double s = 0;
        for (JsonNode v : values) {
            s += v.asDouble() / values.size();
        }
        return s;
    }
}
