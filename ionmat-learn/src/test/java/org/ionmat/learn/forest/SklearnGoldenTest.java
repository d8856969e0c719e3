package org.ionmat.learn.forest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.InputStream;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tree, forest and ridge against scikit-learn 1.2.1 (scripts/golden/sklearn_forest_ridge.py). */
class SklearnGoldenTest {

    static double[][] xTrain;
    static double[] yTrain;
    static double[][] xTest;
    static double[] yTest;
    static JsonNode golden;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = SklearnGoldenTest.class.getResourceAsStream("/golden/sklearn_forest_ridge.json")) {
            golden = new ObjectMapper().readTree(in);
        }
        ObjectMapper m = new ObjectMapper();
        xTrain = m.convertValue(golden.get("x_train"), double[][].class);
        yTrain = m.convertValue(golden.get("y_train"), double[].class);
        xTest = m.convertValue(golden.get("x_test"), double[][].class);
        yTest = m.convertValue(golden.get("y_test"), double[].class);
    }

    @Test
    void fullTreeEqualsSklearnDecisionTree() {
        int[] all = new int[xTrain.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        RegressionTree t = RegressionTree.grow(xTrain, yTrain, all, xTrain[0].length, new SplittableRandom(1));
        assertEquals(golden.get("tree_nodes").asInt(), t.size(), "node count");
        for (int i = 0; i < xTrain.length; i++) {
            assertEquals(yTrain[i], t.predict(xTrain[i]), 1e-12, "pure leaves");
        }
        // With several features, small nodes admit several splits of equal score that scikit-learn breaks by its
        // random feature order, so test predictions differ; with one feature the tree is unique.
        double[][] x1 = new double[xTrain.length][];
        for (int i = 0; i < x1.length; i++) {
            x1[i] = new double[] {xTrain[i][0]};
        }
        RegressionTree t1 = RegressionTree.grow(x1, yTrain, all, 1, new SplittableRandom(1));
        double[] expected1 = new ObjectMapper().convertValue(golden.get("tree1_test_predictions"), double[].class);
        assertEquals(golden.get("tree1_nodes").asInt(), t1.size(), "node count, one feature");
        for (int i = 0; i < xTest.length; i++) {
            assertEquals(expected1[i], t1.predict(new double[] {xTest[i][0]}), 1e-12, "row " + i);
        }
    }

    @Test
    void forestErrorMatchesSklearnForest() {
        double sum = 0;
        int runs = 3;
        for (int s = 0; s < runs; s++) {
            RandomForest f = RandomForest.train(xTrain, yTrain, 200, 0.25, true, 1000L * s);
            double[] p = f.predict(xTest);
            double mae = 0;
            for (int i = 0; i < p.length; i++) {
                mae += Math.abs(p[i] - yTest[i]) / p.length;
            }
            sum += mae;
        }
        double ours = sum / runs;
        double sk = 0;
        for (JsonNode v : golden.get("forest_test_mae_seeds")) {
            sk += v.asDouble() / golden.get("forest_test_mae_seeds").size();
        }
        // scikit-learn's seeds give 0.2648 +- 0.006; a different algorithm (e.g. no bootstrap, all features) is > 0.29
        assertEquals(sk, ours, 0.02, "mean test MAE over seeds");
    }

    @Test
    void outOfBagErrorMatchesSklearnsOobPrediction() {
        double ours = 0;
        int runs = 5;
        for (int s = 0; s < runs; s++) {
            org.ionmat.learn.model.Prediction oob = RandomForest.train(xTrain, yTrain, 200, 0.25, true, 1000L * s)
                    .outOfBag(xTrain);
            double mae = 0;
            for (int i = 0; i < yTrain.length; i++) {
                mae += Math.abs(oob.mean()[i] - yTrain[i]) / yTrain.length;
                assertEquals(oob.std()[i], oob.stdEpistemic()[i], 0);
            }
            ours += mae / runs;
        }
        double sk = 0;
        for (JsonNode v : golden.get("forest_oob_mae_seeds")) {
            sk += v.asDouble() / golden.get("forest_oob_mae_seeds").size();
        }
        // scikit-learn's oob_prediction_: MAE 0.256 over its seeds; predicting the training rows with all trees gives ~0.11
        assertEquals(sk, ours, 0.01, "mean out-of-bag MAE over seeds");
        RandomForest noBags = RandomForest.train(xTrain, yTrain, 5, 0.25, false, 1);
        org.ionmat.learn.model.Prediction none = noBags.outOfBag(xTrain);
        assertTrue(Double.isNaN(none.mean()[0]), "without bootstrap no tree leaves a row out");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> noBags.outOfBag(xTest));
    }

    @Test
    void forestIsSeededAndRoundTrips() throws Exception {
        RandomForest a = RandomForest.train(xTrain, yTrain, 20, 0.25, true, 7);
        RandomForest b = RandomForest.train(xTrain, yTrain, 20, 0.25, true, 7);
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        a.write(new DataOutputStream(bo));
        RandomForest c = RandomForest.read(new DataInputStream(new ByteArrayInputStream(bo.toByteArray())));
        double[] pa = a.predict(xTest);
        double[] pb = b.predict(xTest);
        double[] pc = c.predict(xTest);
        for (int i = 0; i < pa.length; i++) {
            assertEquals(pa[i], pb[i], 0.0);
            assertEquals(pa[i], pc[i], 0.0);
        }
    }

    @Test
    void ridgeEqualsSklearnRidgeOnStandardisedFeatures() {
        RidgeRegression r = RidgeRegression.fit(xTrain, yTrain, golden.get("ridge_alpha").asDouble());
        double[] expected = new ObjectMapper().convertValue(golden.get("ridge_test_predictions"), double[].class);
        double[] p = r.predict(xTest);
        for (int i = 0; i < p.length; i++) {
            assertEquals(expected[i], p[i], 1e-9, "row " + i);
        }
        assertTrue(r.alpha() > 0);
    }
}
