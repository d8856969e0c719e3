package org.ionmat.learn.forest;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A CART regression tree grown to purity (squared-error criterion, like scikit-learn's
 * {@code DecisionTreeRegressor} with {@code min_samples_split=2, min_samples_leaf=1}): at each node
 * {@code maxFeatures} features are drawn without replacement and the split minimising the summed
 * squared error of the two children is taken, with the threshold halfway between neighbouring
 * distinct values. Stored as flat arrays; immutable after growth.
 */
public final class RegressionTree {

    private int[] feature;
    private double[] threshold;
    private int[] left;
    private int[] right;
    private double[] value;
    private int nodes;

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
        RegressionTree t = new RegressionTree();
        int cap = Math.max(16, 2 * sample.length);
        t.feature = new int[cap];
        t.threshold = new double[cap];
        t.left = new int[cap];
        t.right = new int[cap];
        t.value = new double[cap];
        int nf = x[0].length;
        int[] idx = sample.clone();
        int[] features = new int[nf];
        for (int i = 0; i < nf; i++) {
            features[i] = i;
        }
        double[] keys = new double[idx.length];
        Integer[] boxed = null;
        t.build(x, y, idx, 0, idx.length, Math.max(1, Math.min(nf, maxFeatures)), features, rng, keys, new int[idx.length]);
        return t;
    }

    private int newNode() {
        if (nodes == feature.length) {
            int c = nodes * 2;
            feature = Arrays.copyOf(feature, c);
            threshold = Arrays.copyOf(threshold, c);
            left = Arrays.copyOf(left, c);
            right = Arrays.copyOf(right, c);
            value = Arrays.copyOf(value, c);
        }
        return nodes++;
    }

    private int build(double[][] x, double[] y, int[] idx, int from, int to, int mtry, int[] features,
            SplittableRandom rng, double[] keys, int[] tmp) {
        int node = newNode();
        int n = to - from;
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += y[idx[i]];
        }
        value[node] = sum / n;
        feature[node] = -1;
        if (n < 2) {
            return node;
        }
        boolean constant = true;
        double y0 = y[idx[from]];
        for (int i = from + 1; i < to && constant; i++) {
            constant = y[idx[i]] == y0;
        }
        if (constant) {
            return node;
        }
        int nf = features.length;
        int bestF = -1;
        double bestThr = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        int drawn = 0;
        int visited = 0;
        // partial Fisher-Yates over the feature list; as in scikit-learn, constant features do not count
        // towards max_features and drawing continues until max_features non-constant ones were tried
        while (visited < nf && drawn < mtry) {
            int j = visited + rng.nextInt(nf - visited);
            int f = features[j];
            features[j] = features[visited];
            features[visited] = f;
            visited++;
            for (int i = from; i < to; i++) {
                keys[i] = x[idx[i]][f];
            }
            sortByKey(idx, keys, from, to, tmp);
            if (keys[from] == keys[to - 1]) {
                continue;
            }
            drawn++;
            double leftSum = 0;
            for (int i = from; i < to - 1; i++) {
                leftSum += y[idx[i]];
                if (keys[i + 1] <= keys[i] + 1e-7 * Math.max(1, Math.abs(keys[i]))) {
                    continue;
                }
                int nl = i - from + 1;
                int nr = n - nl;
                double rs = sum - leftSum;
                double score = leftSum * leftSum / nl + rs * rs / nr;
                if (score > bestScore) {
                    bestScore = score;
                    bestF = f;
                    bestThr = keys[i] / 2.0 + keys[i + 1] / 2.0;
                }
            }
        }
        if (bestF < 0) {
            return node;
        }
        int mid = from;
        for (int i = from; i < to; i++) {
            if (x[idx[i]][bestF] <= bestThr) {
                int t = idx[i];
                idx[i] = idx[mid];
                idx[mid] = t;
                mid++;
            }
        }
        if (mid == from || mid == to) {
            return node;
        }
        feature[node] = bestF;
        threshold[node] = bestThr;
        int l = build(x, y, idx, from, mid, mtry, features, rng, keys, tmp);
        int r = build(x, y, idx, mid, to, mtry, features, rng, keys, tmp);
        left[node] = l;
        right[node] = r;
        return node;
    }

    /** Sorts idx[from..to) and keys[from..to) together by key (stable merge sort). */
    private static void sortByKey(int[] idx, double[] keys, int from, int to, int[] tmp) {
        int n = to - from;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = from + i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(keys[a], keys[b]));
        double[] k2 = new double[n];
        for (int i = 0; i < n; i++) {
            tmp[i] = idx[order[i]];
            k2[i] = keys[order[i]];
        }
        System.arraycopy(tmp, 0, idx, from, n);
        System.arraycopy(k2, 0, keys, from, n);
    }

    /** Prediction for one feature vector. */
    public double predict(double[] row) {
        int n = 0;
        while (feature[n] >= 0) {
            n = row[feature[n]] <= threshold[n] ? left[n] : right[n];
        }
        return value[n];
    }

    /** Number of nodes. */
    public int size() {
        return nodes;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(nodes);
        for (int i = 0; i < nodes; i++) {
            out.writeInt(feature[i]);
            out.writeDouble(threshold[i]);
            out.writeInt(left[i]);
            out.writeInt(right[i]);
            out.writeDouble(value[i]);
        }
    }

    static RegressionTree read(DataInputStream in, int features) throws IOException {
        RegressionTree t = new RegressionTree();
        int n = in.readInt();
        if (n < 1 || n > 100_000_000) {
            throw new IOException("bad tree size " + n);
        }
        t.nodes = n;
        t.feature = new int[n];
        t.threshold = new double[n];
        t.left = new int[n];
        t.right = new int[n];
        t.value = new double[n];
        for (int i = 0; i < n; i++) {
            t.feature[i] = in.readInt();
            t.threshold[i] = in.readDouble();
            t.left[i] = in.readInt();
            t.right[i] = in.readInt();
            t.value[i] = in.readDouble();
            if (t.feature[i] >= features || (t.feature[i] >= 0 && (t.left[i] <= i || t.right[i] <= i || t.left[i] >= n
                    || t.right[i] >= n))) {
                throw new IOException("corrupt tree node " + i);
            }
        }
        return t;
    }
}
