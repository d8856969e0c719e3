package org.ionmat.learn.forest;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.stream.IntStream;


/**
 * Random forest regression (Breiman 2001) as in scikit-learn's {@code RandomForestRegressor}:
 * bootstrap samples of the training rows, fully grown {@link RegressionTree}s with
 * {@code max(1, floor(maxFeatures·F))} features per split, prediction = mean over trees. The thesis
 * baseline uses 200 trees and max_features 0.25. Tree t uses seed {@code seed + t}, so results do
 * not depend on the number of threads. The spread of the tree predictions is reported as an
 * (epistemic) uncertainty.
 */
public final class RandomForest {

    private final RegressionTree[] trees;
    private final int features;
    /** Per tree, the training rows it left out; null for a forest read from a file. */
    private final boolean[][] outOfBag;

    private RandomForest(RegressionTree[] trees, int features, boolean[][] outOfBag) {
        this.trees = trees;
        this.features = features;
        this.outOfBag = outOfBag;
    }

    /**
     * Trains a forest.
     *
     * @param x           features [N][F]
     * @param y           targets
     * @param trees       number of trees
     * @param maxFeatures fraction of the features tried per split (0, 1]
     * @param bootstrap   draw bootstrap samples (true for a random forest)
     * @param seed        seed
     */
    public static RandomForest train(double[][] x, double[] y, int trees, double maxFeatures, boolean bootstrap, long seed) {
        return train(x, y, trees, maxFeatures, bootstrap, seed, 0);
    }

    /**
     * {@link #train(double[][], double[], int, double, boolean, long)} on {@code threads} threads (0: all
     * processors, 1: serially); the forest does not depend on it (each tree has its own seeded random source).
     */
    public static RandomForest train(double[][] x, double[] y, int trees, double maxFeatures, boolean bootstrap, long seed,
            int threads) {
        ForestTraining.Grown<RegressionTree> g = ForestTraining.grow(x, y.length, trees, maxFeatures, bootstrap, seed, threads,
                RegressionTree[]::new, (columns, sorted, sample, mtry, rng) -> RegressionTree.growColumns(columns, sorted, y,
                        sample, mtry, rng));
        return new RandomForest(g.trees(), x[0].length, g.outOfBag());
    }

    /** Number of trees. */
    public int size() {
        return trees.length;
    }

    /** Number of input features. */
    public int features() {
        return features;
    }

    /** Per-tree predictions [trees][N]. */
    public double[][] treePredictions(double[][] x) {
        double[][] r = new double[trees.length][x.length];
        IntStream.range(0, trees.length).parallel().forEach(k -> {
            for (int i = 0; i < x.length; i++) {
                r[k][i] = trees[k].predict(x[i]);
            }
        });
        return r;
    }

    /**
     * Out-of-bag predictions of the training rows (scikit-learn's {@code oob_prediction_}): each
     * row predicted by the trees whose bootstrap sample left it out, with their mean and spread
     * (population standard deviation, as for the whole forest). A row that every tree saw gets NaN.
     *
     * @param x the training features, in training order
     * @throws IllegalStateException for a forest read from a file (the samples are not stored) or
     *                               other rows than the training rows
     */
    public org.ionmat.learn.model.Prediction outOfBag(double[][] x) {
        requireBags(outOfBag, x.length);
        int n = x.length;
        double[] sum = new double[n];
        double[] sumSq = new double[n];
        int[] count = new int[n];
        for (int k = 0; k < trees.length; k++) {
            for (int i = 0; i < n; i++) {
                if (outOfBag[k][i]) {
                    double v = trees[k].predict(x[i]);
                    sum[i] += v;
                    sumSq[i] += v * v;
                    count[i]++;
                }
            }
        }
        double[] mean = new double[n];
        double[] std = new double[n];
        for (int i = 0; i < n; i++) {
            mean[i] = count[i] == 0 ? Double.NaN : sum[i] / count[i];
            std[i] = count[i] == 0 ? Double.NaN : Math.sqrt(Math.max(0, sumSq[i] / count[i] - mean[i] * mean[i]));
        }
        return new org.ionmat.learn.model.Prediction(mean, std, std.clone(), new double[n]);
    }

    /** Checks that the bags of training are known and cover {@code rows} rows. */
    static void requireBags(boolean[][] outOfBag, int rows) {
        if (outOfBag == null) {
            throw new IllegalStateException("out-of-bag rows are known only right after training");
        }
        if (outOfBag[0].length != rows) {
            throw new IllegalStateException("out-of-bag predictions need the " + outOfBag[0].length + " training rows, got "
                    + rows);
        }
    }

    /** Mean prediction over the trees. */
    public double[] predict(double[][] x) {
        double[][] t = treePredictions(x);
        double[] m = new double[x.length];
        for (double[] row : t) {
            for (int i = 0; i < m.length; i++) {
                m[i] += row[i] / trees.length;
            }
        }
        return m;
    }

    /** Writes the forest in a binary format. */
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(0x494d5246);
        out.writeInt(features);
        out.writeInt(trees.length);
        for (RegressionTree t : trees) {
            t.write(out);
        }
        out.flush();
    }

    /** Reads a forest written by {@link #write}. */
    public static RandomForest read(DataInputStream in) throws IOException {
        if (in.readInt() != 0x494d5246) {
            throw new IOException("not an ionmat random forest");
        }
        int f = in.readInt();
        int n = in.readInt();
        if (n < 1 || n > 1_000_000) {
            throw new IOException("bad number of trees " + n);
        }
        RegressionTree[] t = new RegressionTree[n];
        for (int i = 0; i < n; i++) {
            t[i] = RegressionTree.read(in, f);
        }
        return new RandomForest(t, f, null);
    }
}
