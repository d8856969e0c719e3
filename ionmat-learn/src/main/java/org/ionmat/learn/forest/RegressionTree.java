package org.ionmat.learn.forest;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A CART regression tree grown to purity (squared-error criterion, like scikit-learn's
 * {@code DecisionTreeRegressor} with {@code min_samples_split=2, min_samples_leaf=1}): the split
 * minimising the summed squared error of the two children is taken. Growth rules in
 * {@link CartTree}.
 */
public final class RegressionTree extends CartTree {

    private double[] value;
    // scan state of the node being split
    private double[] y;
    private double sum;
    private double leftSum;

    private RegressionTree() {
    }

    /**
     * Grows a tree.
     *
     * @param x           features [N][F]
     * @param y           targets [N]
     * @param sample      training rows (with repeats for a bootstrap sample)
     * @param maxFeatures features considered per split (1..F)
     * @param rng         random source for the feature draws
     */
    public static RegressionTree grow(double[][] x, double[] y, int[] sample, int maxFeatures, SplittableRandom rng) {
        double[][] columns = columns(x);
        return growColumns(columns, sortedRows(columns), y, sample, maxFeatures, rng);
    }

    /**
     * {@link #grow} from feature columns [F][N] and their sorted rows ({@link #sortedRows}); a forest
     * prepares both once for all its trees.
     */
    static RegressionTree growColumns(double[][] columns, int[][] sortedRows, double[] y, int[] sample, int maxFeatures,
            SplittableRandom rng) {
        return growColumns(columns, sortedRows, y, sample, maxFeatures, rng, SMALL_NODE);
    }

    /** {@link #growColumns} with the node size below which nodes sort instead of splitting sorted lists. */
    static RegressionTree growColumns(double[][] columns, int[][] sortedRows, double[] y, int[] sample, int maxFeatures,
            SplittableRandom rng, int smallNode) {
        RegressionTree t = new RegressionTree();
        t.y = y;
        t.grow(columns, sortedRows, sample, maxFeatures, rng, smallNode);
        t.y = null;
        return t;
    }

    @Override
    void resizeValues(int capacity) {
        value = value == null ? new double[capacity] : Arrays.copyOf(value, capacity);
    }

    @Override
    boolean openNode(int node, int[] rows, int from, int to) {
        double s = 0;
        int n = 0;
        for (int i = from; i < to; i++) {
            int w = weight[rows[i]];
            s += w * y[rows[i]];
            n += w;
        }
        value[node] = s / n;
        sum = s;
        if (to - from < 2) {
            return false;
        }
        double y0 = y[rows[from]];
        for (int i = from + 1; i < to; i++) {
            if (y[rows[i]] != y0) {
                return true;
            }
        }
        return false;
    }

    @Override
    void startScan() {
        leftSum = 0;
    }

    @Override
    void moveLeft(int row, int count) {
        leftSum += count * y[row];
    }

    @Override
    double score(int nl, int nr) {
        // proxy of scikit-learn's MSE criterion: sum_l²/n_l + sum_r²/n_r
        double rs = sum - leftSum;
        return leftSum * leftSum / nl + rs * rs / nr;
    }

    /** Prediction for one feature vector. */
    public double predict(double[] row) {
        return value[leaf(row)];
    }

    void write(DataOutputStream out) throws IOException {
        writeNodes(out);
    }

    @Override
    void writeValue(DataOutputStream out, int node) throws IOException {
        out.writeDouble(value[node]);
    }

    static RegressionTree read(DataInputStream in, int features) throws IOException {
        RegressionTree t = new RegressionTree();
        t.readNodes(in, features);
        return t;
    }

    @Override
    void readValue(DataInputStream in, int node) throws IOException {
        value[node] = in.readDouble();
    }
}
