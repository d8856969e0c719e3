package org.ionmat.learn.forest;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Growth and storage shared by the CART trees: a node is split on the best threshold over
 * {@code maxFeatures} features drawn without replacement (scikit-learn's best splitter with
 * {@code min_samples_split=2, min_samples_leaf=1}: constant features do not count towards
 * {@code maxFeatures}, the threshold lies halfway between neighbouring distinct values, the first
 * best split wins), until a node is pure or cannot be split. Subclasses hold the node values and
 * score the candidate splits. Nodes are flat arrays; the tree is immutable after growth.
 */
abstract class CartTree {

    /** Split feature of a node, −1 for a leaf. */
    int[] feature;
    double[] threshold;
    int[] left;
    int[] right;
    int nodes;

    /** Allocates room for {@code capacity} nodes. */
    void allocate(int capacity) {
        feature = new int[capacity];
        threshold = new double[capacity];
        left = new int[capacity];
        right = new int[capacity];
        resizeValues(capacity);
    }

    /** Makes the node-value storage hold {@code capacity} nodes, keeping what is there. */
    abstract void resizeValues(int capacity);

    /**
     * Stores the value of a new node from its rows idx[from..to) and prepares the split scan.
     *
     * @return false when the node is a leaf whatever the features (fewer than 2 rows, or pure)
     */
    abstract boolean openNode(int node, int[] idx, int from, int to);

    /** Starts the scan of one feature: every row of the node is on the right. */
    abstract void startScan();

    /** Moves training row {@code row} from the right child to the left. */
    abstract void moveLeft(int row);

    /** Score of the current split (larger is better) with {@code nl} rows left and {@code nr} right. */
    abstract double score(int nl, int nr);

    /** The features column by column, [F][N], from rows [N][F]: a node's values of one feature lie together. */
    static double[][] columns(double[][] x) {
        double[][] c = new double[x[0].length][x.length];
        for (int i = 0; i < x.length; i++) {
            for (int f = 0; f < c.length; f++) {
                c[f][i] = x[i][f];
            }
        }
        return c;
    }

    /** Grows the tree over the rows in {@code sample} (repeats allowed) of the feature columns [F][N]. */
    final void grow(double[][] columns, int[] sample, int maxFeatures, SplittableRandom rng) {
        allocate(Math.max(16, 2 * sample.length));
        int nf = columns.length;
        int[] features = new int[nf];
        for (int i = 0; i < nf; i++) {
            features[i] = i;
        }
        int[] idx = sample.clone();
        build(columns, idx, 0, idx.length, Math.max(1, Math.min(nf, maxFeatures)), features, rng, new double[idx.length],
                new PairSort(idx.length));
    }

    private int newNode() {
        if (nodes == feature.length) {
            int c = nodes * 2;
            feature = Arrays.copyOf(feature, c);
            threshold = Arrays.copyOf(threshold, c);
            left = Arrays.copyOf(left, c);
            right = Arrays.copyOf(right, c);
            resizeValues(c);
        }
        return nodes++;
    }

    private int build(double[][] columns, int[] idx, int from, int to, int mtry, int[] features, SplittableRandom rng,
            double[] keys, PairSort sorter) {
        int node = newNode();
        feature[node] = -1;
        if (!openNode(node, idx, from, to)) {
            return node;
        }
        int n = to - from;
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
            double[] column = columns[f];
            for (int i = from; i < to; i++) {
                keys[i] = column[idx[i]];
            }
            sorter.sort(keys, idx, from, to);
            if (keys[from] == keys[to - 1]) {
                continue;
            }
            drawn++;
            startScan();
            for (int i = from; i < to - 1; i++) {
                moveLeft(idx[i]);
                if (keys[i + 1] <= keys[i] + 1e-7 * Math.max(1, Math.abs(keys[i]))) {
                    continue;
                }
                int nl = i - from + 1;
                double score = score(nl, n - nl);
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
        double[] best = columns[bestF];
        for (int i = from; i < to; i++) {
            if (best[idx[i]] <= bestThr) {
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
        int l = build(columns, idx, from, mid, mtry, features, rng, keys, sorter);
        int r = build(columns, idx, mid, to, mtry, features, rng, keys, sorter);
        left[node] = l;
        right[node] = r;
        return node;
    }

    /** The leaf that a feature vector falls in. */
    final int leaf(double[] row) {
        int n = 0;
        while (feature[n] >= 0) {
            n = row[feature[n]] <= threshold[n] ? left[n] : right[n];
        }
        return n;
    }

    /** Number of nodes. */
    public int size() {
        return nodes;
    }

    /** Writes the node count, then per node the split and the subclass' value. */
    final void writeNodes(DataOutputStream out) throws IOException {
        out.writeInt(nodes);
        for (int i = 0; i < nodes; i++) {
            out.writeInt(feature[i]);
            out.writeDouble(threshold[i]);
            out.writeInt(left[i]);
            out.writeInt(right[i]);
            writeValue(out, i);
        }
    }

    abstract void writeValue(DataOutputStream out, int node) throws IOException;

    /** Reads what {@link #writeNodes} wrote and checks that it is a tree over {@code features} features. */
    final void readNodes(DataInputStream in, int features) throws IOException {
        int n = in.readInt();
        if (n < 1 || n > 100_000_000) {
            throw new IOException("bad tree size " + n);
        }
        allocate(n);
        nodes = n;
        for (int i = 0; i < n; i++) {
            feature[i] = in.readInt();
            threshold[i] = in.readDouble();
            left[i] = in.readInt();
            right[i] = in.readInt();
            readValue(in, i);
            if (feature[i] >= features || (feature[i] >= 0 && (left[i] <= i || right[i] <= i || left[i] >= n
                    || right[i] >= n))) {
                throw new IOException("corrupt tree node " + i);
            }
        }
    }

    /** Reads the value of a node; throws for an impossible value. */
    abstract void readValue(DataInputStream in, int node) throws IOException;
}
