package org.ionmat.learn.forest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A bootstrap sample is grown as its distinct rows weighted by their draw counts; that must be the
 * tree grown on the sample's rows written out one by one. With one feature and continuous targets
 * the tree is unique, so the two must agree to rounding.
 */
class BootstrapWeightsTest {

    @Test
    void weightedDistinctRowsGrowTheTreeOfTheRepeatedRows() {
        SplittableRandom data = new SplittableRandom(7);
        int n = 300;
        double[][] x = new double[n][1];
        double[] y = new double[n];
        int[] label = new int[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = Math.round(data.nextDouble() * 200) / 10.0; // repeated values too
            y[i] = Math.sin(x[i][0]) + data.nextGaussian() * 0.3;
            label[i] = y[i] > 0.5 ? 2 : y[i] > -0.3 ? 1 : 0;
        }
        int[] sample = new int[n];
        for (int i = 0; i < n; i++) {
            sample[i] = data.nextInt(n);
        }
        double[][] xRepeated = new double[n][];
        double[] yRepeated = new double[n];
        int[] labelRepeated = new int[n];
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            xRepeated[i] = x[sample[i]];
            yRepeated[i] = y[sample[i]];
            labelRepeated[i] = label[sample[i]];
            all[i] = i;
        }
        RegressionTree weighted = RegressionTree.grow(x, y, sample, 1, new SplittableRandom(1));
        RegressionTree repeated = RegressionTree.grow(xRepeated, yRepeated, all, 1, new SplittableRandom(1));
        ClassificationTree weightedC = ClassificationTree.grow(x, label, 3, sample, 1, new SplittableRandom(1));
        ClassificationTree repeatedC = ClassificationTree.grow(xRepeated, labelRepeated, 3, all, 1, new SplittableRandom(1));
        assertEquals(repeated.size(), weighted.size(), "regression tree size");
        assertEquals(repeatedC.size(), weightedC.size(), "classification tree size");
        for (double v = -1; v <= 21; v += 0.05) {
            double[] row = {v};
            assertEquals(repeated.predict(row), weighted.predict(row), 1e-12, "regression at " + v);
            assertArrayEquals(repeatedC.probabilities(row), weightedC.probabilities(row), 1e-12, "classes at " + v);
        }
        // the flat storage is a proper binary tree
        int leaves = 0;
        for (int i = 0; i < weighted.size(); i++) {
            leaves += weighted.feature[i] < 0 ? 1 : 0;
        }
        assertEquals((weighted.size() + 1) / 2, leaves, "a binary tree has one leaf more than splits");
    }

    @Test
    void treeDoesNotDependOnWhereNodesSwitchFromSortedListsToSorting() {
        SplittableRandom data = new SplittableRandom(3);
        int n = 400;
        double[][] x = new double[n][12];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < 12; f++) {
                x[i][f] = f % 3 == 0 ? data.nextInt(4) : data.nextDouble(); // ties and constant-in-node features
            }
            y[i] = x[i][0] + Math.round(x[i][1] * 4) + data.nextGaussian() * 0.2;
        }
        int[] sample = new int[n];
        for (int i = 0; i < n; i++) {
            sample[i] = data.nextInt(n);
        }
        double[][] columns = CartTree.columns(x);
        int[][] sorted = CartTree.sortedRows(columns);
        RegressionTree reference = RegressionTree.growColumns(columns, sorted, y, sample, 4, new SplittableRandom(9), 0);
        for (int smallNode : new int[] {1, 16, 50, n}) {
            RegressionTree t = RegressionTree.growColumns(columns, sorted, y, sample, 4, new SplittableRandom(9), smallNode);
            assertEquals(reference.size(), t.size(), "size, switch at " + smallNode);
            assertArrayEquals(reference.feature, t.feature, "split features, switch at " + smallNode);
            assertArrayEquals(reference.threshold, t.threshold, 0.0, "thresholds, switch at " + smallNode);
            for (int i = 0; i < n; i++) {
                assertEquals(reference.predict(x[i]), t.predict(x[i]), 0.0);
            }
        }
    }
}
