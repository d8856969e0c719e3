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
 *
 * <p>As in scikit-learn, a bootstrap sample is grown as its distinct rows weighted by how often
 * they were drawn. Each feature's rows are sorted once per forest ({@link #sortedRows}); a tree keeps
 * one sorted list per feature and splits every list stably at each large node, so that only small
 * nodes sort. Rows with equal values keep their row order.
 */
abstract class CartTree {

    /** Nodes of at most this many distinct rows sort their drawn features instead of splitting sorted lists. */
    static final int SMALL_NODE = 16;

    /** Split feature of a node, −1 for a leaf. */
    int[] feature;
    double[] threshold;
    int[] left;
    int[] right;
    int nodes;
    /** Per training row, how often the sample holds it (during growth only). */
    int[] weight;

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
     * Stores the value of a new node from its distinct rows rows[from..to), each counted
     * {@link #weight} times, and prepares the split scan.
     *
     * @return false when the node is a leaf whatever the features (fewer than 2 rows, or pure)
     */
    abstract boolean openNode(int node, int[] rows, int from, int to);

    /** Starts the scan of one feature: every row of the node is on the right. */
    abstract void startScan();

    /** Moves training row {@code row}, drawn {@code count} times, from the right child to the left. */
    abstract void moveLeft(int row, int count);

    /** Score of the current split (larger is better) with {@code nl} draws left and {@code nr} right. */
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

    /** Per feature, the row indices in ascending order of the feature's value (equal values by row), [F][N]. */
    static int[][] sortedRows(double[][] columns) {
        int n = columns[0].length;
        PairSort sorter = new PairSort(n);
        double[] keys = new double[n];
        int[][] order = new int[columns.length][n];
        for (int f = 0; f < columns.length; f++) {
            System.arraycopy(columns[f], 0, keys, 0, n);
            for (int i = 0; i < n; i++) {
                order[f][i] = i;
            }
            sorter.sort(keys, order[f], 0, n);
        }
        return order;
    }

    /**
     * Grows the tree over the rows in {@code sample} (repeats allowed) of the feature columns [F][N],
     * given each feature's rows in ascending order ({@link #sortedRows}).
     */
    final void grow(double[][] columns, int[][] sortedRows, int[] sample, int maxFeatures, SplittableRandom rng) {
        grow(columns, sortedRows, sample, maxFeatures, rng, SMALL_NODE);
    }

    /** {@link #grow} with the node size below which drawn features are sorted per node (the tree does not depend on it). */
    final void grow(double[][] columns, int[][] sortedRows, int[] sample, int maxFeatures, SplittableRandom rng,
            int smallNode) {
        int nf = columns.length;
        weight = new int[columns[0].length];
        for (int r : sample) {
            weight[r]++;
        }
        int distinct = 0;
        for (int w : weight) {
            distinct += w > 0 ? 1 : 0;
        }
        int[] base = new int[distinct];
        for (int r = 0, k = 0; r < weight.length; r++) {
            if (weight[r] > 0) {
                base[k++] = r;
            }
        }
        // per-feature sorted lists only where a node is large enough for them to pay
        int[][] lists = distinct > smallNode ? new int[nf][distinct] : null;
        for (int f = 0; lists != null && f < nf; f++) {
            int k = 0;
            for (int r : sortedRows[f]) {
                if (weight[r] > 0) {
                    lists[f][k++] = r;
                }
            }
        }
        allocate(Math.max(16, 2 * distinct));
        int[] features = new int[nf];
        for (int i = 0; i < nf; i++) {
            features[i] = i;
        }
        new Grower(columns, base, lists, Math.max(1, Math.min(nf, maxFeatures)), features, rng, smallNode)
                .build(0, distinct, lists != null);
        weight = null;
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

    /**
     * The recursive growth. Nodes are ranges [from, to) of the distinct rows: of {@code base} (row order)
     * and, while a node is larger than {@code smallNode} rows ({@link #SMALL_NODE}), of every feature's sorted
     * list. Below that size, sorting the drawn features' values is cheaper than splitting all lists; the sort is
     * stable from row order, so rows with equal values come in the same order either way.
     */
    private final class Grower {
        private final double[][] columns;
        private final int[] base;
        private final int[][] lists;
        private final int mtry;
        private final int[] features;
        private final SplittableRandom rng;
        private final double[] keys;
        private final int[] work;
        private final int[] rightBuffer;
        private final boolean[] goesLeft;
        private final PairSort sorter;
        private final int smallNode;

        Grower(double[][] columns, int[] base, int[][] lists, int mtry, int[] features, SplittableRandom rng,
                int smallNode) {
            this.smallNode = smallNode;
            this.columns = columns;
            this.base = base;
            this.lists = lists;
            this.mtry = mtry;
            this.features = features;
            this.rng = rng;
            this.keys = new double[base.length];
            this.work = new int[base.length];
            this.rightBuffer = new int[base.length];
            this.goesLeft = new boolean[columns[0].length];
            this.sorter = new PairSort(base.length);
        }

        /** Grows the subtree of rows [from, to); {@code presorted}: the feature lists hold this node's rows. */
        int build(int from, int to, boolean presorted) {
            int node = newNode();
            feature[node] = -1;
            if (!openNode(node, base, from, to)) {
                return node;
            }
            int total = 0;
            for (int i = from; i < to; i++) {
                total += weight[base[i]];
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
                double[] column = columns[f];
                int[] list;
                if (presorted) {
                    list = lists[f];
                    for (int i = from; i < to; i++) {
                        keys[i] = column[list[i]];
                    }
                } else {
                    list = work;
                    for (int i = from; i < to; i++) {
                        list[i] = base[i];
                        keys[i] = column[base[i]];
                    }
                    sorter.sort(keys, list, from, to);
                }
                if (keys[from] == keys[to - 1]) {
                    continue;
                }
                drawn++;
                startScan();
                int nl = 0;
                for (int i = from; i < to - 1; i++) {
                    int r = list[i];
                    int w = weight[r];
                    moveLeft(r, w);
                    nl += w;
                    if (keys[i + 1] <= keys[i] + 1e-7 * Math.max(1, Math.abs(keys[i]))) {
                        continue;
                    }
                    double score = score(nl, total - nl);
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
            double[] best = columns[bestF];
            int nLeft = 0;
            for (int i = from; i < to; i++) {
                int r = base[i];
                goesLeft[r] = best[r] <= bestThr;
                nLeft += goesLeft[r] ? 1 : 0;
            }
            if (nLeft == 0 || nLeft == to - from) {
                return node;
            }
            int mid = from + nLeft;
            partition(base, from, to);
            boolean childrenPresorted = presorted && to - from > smallNode;
            for (int f = 0; childrenPresorted && f < nf; f++) {
                if (f != bestF) {
                    partition(lists[f], from, to);
                }
            }
            feature[node] = bestF;
            threshold[node] = bestThr;
            int l = build(from, mid, childrenPresorted);
            int r = build(mid, to, childrenPresorted);
            left[node] = l;
            right[node] = r;
            return node;
        }

        /** Stable split of list[from..to): the rows that go left first, both parts in their order. */
        private void partition(int[] list, int from, int to) {
            int k = from;
            int nr = 0;
            for (int i = from; i < to; i++) {
                int r = list[i];
                if (goesLeft[r]) {
                    list[k++] = r;
                } else {
                    rightBuffer[nr++] = r;
                }
            }
            System.arraycopy(rightBuffer, 0, list, k, nr);
        }
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
