package org.ionmat.learn.forest;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A CART classification tree grown to purity with the Gini criterion, like scikit-learn's
 * {@code DecisionTreeClassifier} with {@code min_samples_split=2, min_samples_leaf=1}: the split with
 * the smallest size-weighted Gini impurity of the two children is taken, scored with
 * scikit-learn's arithmetic so that ties fall the same way. A leaf holds the class fractions of its
 * training rows (bootstrap repeats counted), which is what scikit-learn's {@code predict_proba}
 * returns. Growth rules in {@link CartTree}.
 */
public final class ClassificationTree extends CartTree {

    private final int classes;
    /** Class fractions, {@code classes} per node. */
    private double[] fractions;
    // scan state of the node being split
    private int[] y;
    private int[] count;
    private int[] leftCount;
    private long sumSquares;
    private long leftSquares;
    private long rightSquares;

    private ClassificationTree(int classes) {
        this.classes = classes;
    }

    /**
     * Grows a tree.
     *
     * @param x           features [N][F]
     * @param y           class indices [N], each in [0, classes)
     * @param classes     number of classes K
     * @param sample      training rows (with repeats for a bootstrap sample)
     * @param maxFeatures features considered per split (1..F)
     * @param rng         random source for the feature draws
     */
    public static ClassificationTree grow(double[][] x, int[] y, int classes, int[] sample, int maxFeatures,
            SplittableRandom rng) {
        double[][] columns = columns(x);
        return growColumns(columns, sortedRows(columns), y, classes, sample, maxFeatures, rng);
    }

    /**
     * {@link #grow} from feature columns [F][N] and their sorted rows ({@link #sortedRows}); a forest
     * prepares both once for all its trees.
     */
    static ClassificationTree growColumns(double[][] columns, int[][] sortedRows, int[] y, int classes, int[] sample,
            int maxFeatures, SplittableRandom rng) {
        ClassificationTree t = new ClassificationTree(classes);
        t.y = y;
        t.count = new int[classes];
        t.leftCount = new int[classes];
        t.grow(columns, sortedRows, sample, maxFeatures, rng);
        t.y = null;
        t.count = null;
        t.leftCount = null;
        return t;
    }

    @Override
    void resizeValues(int capacity) {
        fractions = fractions == null ? new double[capacity * classes] : Arrays.copyOf(fractions, capacity * classes);
    }

    @Override
    boolean openNode(int node, int[] rows, int from, int to) {
        Arrays.fill(count, 0);
        int n = 0;
        for (int i = from; i < to; i++) {
            int w = weight[rows[i]];
            count[y[rows[i]]] += w;
            n += w;
        }
        sumSquares = 0;
        int largest = 0;
        for (int c = 0; c < classes; c++) {
            fractions[node * classes + c] = count[c] / (double) n;
            sumSquares += (long) count[c] * count[c];
            largest = Math.max(largest, count[c]);
        }
        return to - from >= 2 && largest < n;
    }

    @Override
    void startScan() {
        Arrays.fill(leftCount, 0);
        leftSquares = 0;
        rightSquares = sumSquares;
    }

    @Override
    void moveLeft(int row, int w) {
        int c = y[row];
        // (l + w)² − l² and (r − w)² − r², with r the class' count on the right
        leftSquares += (2L * leftCount[c] + w) * w;
        rightSquares -= (2L * (count[c] - leftCount[c]) - w) * w;
        leftCount[c] += w;
    }

    @Override
    double score(int nl, int nr) {
        // scikit-learn's proxy: −n_r·Gini_r − n_l·Gini_l with Gini = 1 − Σ count² / n²
        double l = nl;
        double r = nr;
        double giniLeft = 1.0 - leftSquares / (l * l);
        double giniRight = 1.0 - rightSquares / (r * r);
        return -r * giniRight - l * giniLeft;
    }

    /** Number of classes. */
    public int classes() {
        return classes;
    }

    /** Class fractions of the leaf that a feature vector falls in (a fresh array of length K). */
    public double[] probabilities(double[] row) {
        int n = leaf(row);
        return Arrays.copyOfRange(fractions, n * classes, (n + 1) * classes);
    }

    void write(DataOutputStream out) throws IOException {
        writeNodes(out);
    }

    @Override
    void writeValue(DataOutputStream out, int node) throws IOException {
        for (int c = 0; c < classes; c++) {
            out.writeDouble(fractions[node * classes + c]);
        }
    }

    static ClassificationTree read(DataInputStream in, int features, int classes) throws IOException {
        ClassificationTree t = new ClassificationTree(classes);
        t.readNodes(in, features);
        return t;
    }

    @Override
    void readValue(DataInputStream in, int node) throws IOException {
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            double p = in.readDouble();
            if (!(p >= 0 && p <= 1)) {
                throw new IOException("corrupt class fraction in tree node " + node);
            }
            fractions[node * classes + c] = p;
            sum += p;
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IOException("class fractions of tree node " + node + " sum to " + sum);
        }
    }
}
