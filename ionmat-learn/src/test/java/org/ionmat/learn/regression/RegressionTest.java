package org.ionmat.learn.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.ionmat.learn.Golden;
import org.ionmat.learn.table.DataTable;
import org.junit.jupiter.api.Test;

/** MLP and kernel ridge against scikit-learn; scaler, encoder, MAPE, leave-one-group-out. */
class RegressionTest {

    @Test
    void mlpFollowsScikitLearnsTrajectoryFromTheSameInitialWeights() {
        JsonNode g = Golden.get().get("mlp");
        double[][] x = Golden.matrix(g.get("x"));
        double[] y = Golden.vector(g.get("y"));
        double[][] init = Golden.matrix(g.get("initial"));
        MlpRegressor mlp = MlpRegressor.withLayers(Golden.ints(g.get("hidden"))).withAlpha(g.get("alpha").asDouble())
                .withLearningRate(g.get("learning_rate").asDouble()).withBatchSize(g.get("batch_size").asInt())
                .withShuffle(false).withStopping(g.get("epochs").asInt(), 0.0, 1_000_000);
        MlpModel m = mlp.fit(x, y, init, 0);
        double[] curve = Golden.vector(g.get("loss_curve"));
        assertEquals(curve.length, m.epochs());
        for (int e = 0; e < curve.length; e++) {
            assertEquals(curve[e], m.lossCurve()[e], 1e-10 * curve[e], "loss of epoch " + e);
        }
        double[] expected = Golden.vector(g.get("predicted"));
        double[] p = m.predict(Golden.matrix(g.get("x_test")));
        for (int i = 0; i < p.length; i++) {
            assertEquals(expected[i], p[i], 1e-10, "prediction " + i);
        }
        double[][] fin = Golden.matrix(g.get("final"));
        for (int l = 0; l < 3; l++) {
            assertArrayEquals(fin[2 * l], m.weights(l), 1e-10);
            assertArrayEquals(fin[2 * l + 1], m.biases(l), 1e-10);
        }
    }

    @Test
    void mlpLearnsAndStopsWhenTheLossStopsImproving() {
        double[][] x = new double[60][2];
        double[] y = new double[60];
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        for (int i = 0; i < 60; i++) {
            x[i][0] = r.nextDouble() * 2 - 1;
            x[i][1] = r.nextDouble() * 2 - 1;
            y[i] = x[i][0] * x[i][0] + 0.5 * x[i][1];
        }
        MlpModel m = MlpRegressor.withLayers(32, 16).withLearningRate(1e-2).withStopping(2000, 1e-5, 10).fit(x, y, 1);
        assertTrue(m.converged(), "stopped by the no-improvement rule");
        assertTrue(m.epochs() < 2000);
        assertTrue(Metrics.rmse(y, m.predict(x)) < 0.05, "fits a smooth function");
        MlpModel again = MlpRegressor.withLayers(32, 16).withLearningRate(1e-2).withStopping(2000, 1e-5, 10).fit(x, y, 1);
        assertArrayEquals(m.lossCurve(), again.lossCurve(), 0.0);
    }

    @Test
    void linearKernelRidgeMatchesScikitLearn() {
        JsonNode g = Golden.get().get("kernel_ridge");
        Regressor.Model m = new LinearKernelRidge(g.get("alpha").asDouble()).fit(Golden.matrix(g.get("x")), Golden.vector(g.get("y")), 0);
        double[] p = m.predict(Golden.matrix(g.get("x_test")));
        double[] e = Golden.vector(g.get("predicted"));
        for (int i = 0; i < p.length; i++) {
            assertEquals(e[i], p[i], 1e-10);
        }
    }

    @Test
    void mapeOfEquationEight() {
        JsonNode g = Golden.get().get("mape_example");
        assertEquals(0.25, Metrics.mape(Golden.vector(g.get("reference")), Golden.vector(g.get("predicted"))), 1e-15);
    }

    @Test
    void scalerAndOneHot() {
        StandardScaler s = StandardScaler.fit(new double[][] {{1, 5}, {3, 5}, {Double.NaN, 5}});
        assertArrayEquals(new double[] {2, 5}, s.mean(), 0);
        assertArrayEquals(new double[] {1, 1}, s.scale(), 0);
        OneHotEncoder e = OneHotEncoder.fit(new String[] {"Na", "Li", null, "Li"});
        assertEquals(List.of("Li", "Na"), e.categories());
        double[][] t = e.transform(new String[] {"Na", "O", null});
        assertArrayEquals(new double[] {0, 1}, t[0], 0);
        assertArrayEquals(new double[] {0, 0}, t[1], 0);
        assertArrayEquals(new double[] {0, 0}, t[2], 0);
    }

    @Test
    void leaveOneGroupOutPredictsEachSampleFromOtherGroupsOnly() {
        // y = 2 a - b exactly; one-hot 'family' carries no information
        int n = 12;
        double[] a = new double[n];
        double[] b = new double[n];
        double[] y = new double[n];
        String[] fam = new String[n];
        String[] compound = new String[n];
        for (int i = 0; i < n; i++) {
            a[i] = i % 5 + 0.3 * i;
            b[i] = (i * 7) % 4;
            y[i] = 2 * a[i] - b[i] + 10;
            fam[i] = i % 2 == 0 ? "Li" : "Na";
            compound[i] = "c" + i / 3;
        }
        y[4] = Double.NaN; // left out
        DataTable t = DataTable.builder("t", n).numeric("a", a).numeric("b", b).numeric("y", y)
                .categorical("family", fam).categorical("compound", compound).build();
        FeatureSet fs = new FeatureSet("all", List.of("a", "b"), List.of("family"));
        CrossValidationResult r = LeaveOneGroupOut.run(t, "y", fs, compound, new LinearKernelRidge(1e-8), 0);
        assertEquals(4, r.folds());
        assertEquals(11, r.actual().length);
        assertEquals(4, r.features());
        // a linear model without intercept on standardized inputs cannot fit the offset 10, so check
        // the pooled metrics are consistent with the predictions instead
        assertEquals(Metrics.mape(r.actual(), r.predicted(), Metrics.mean(r.actual())), r.mapeTest(), 1e-15);
        assertEquals(Metrics.mae(r.actual(), r.predicted()), r.mae(), 1e-15);
        // the harmonic set drops the named columns
        List<FeatureSet> sets = FeatureSet.harmonicAnharmonic(List.of("a", "b"), List.of("family"), List.of("b"));
        assertEquals(List.of("a"), sets.get(1).numeric());
        assertEquals(List.of("a", "b"), sets.get(0).numeric());
    }
}
