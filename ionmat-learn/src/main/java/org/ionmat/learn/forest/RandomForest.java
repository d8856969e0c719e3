package org.ionmat.learn.forest;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.ionmat.core.InvalidInputException;

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

    private RandomForest(RegressionTree[] trees, int features) {
        this.trees = trees;
        this.features = features;
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
        if (x.length == 0 || x.length != y.length) {
            throw new InvalidInputException("random forest: need equal, non-zero numbers of rows and targets");
        }
        if (trees < 1 || !(maxFeatures > 0 && maxFeatures <= 1)) {
            throw new InvalidInputException("random forest: trees >= 1 and max_features in (0, 1] required");
        }
        int f = x[0].length;
        int mtry = Math.max(1, (int) Math.floor(maxFeatures * f));
        RegressionTree[] t = new RegressionTree[trees];
        double[][] columns = CartTree.columns(x);
        IntStream.range(0, trees).parallel().forEach(k -> {
            SplittableRandom rng = new SplittableRandom(seed + k);
            int n = x.length;
            int[] sample = new int[n];
            for (int i = 0; i < n; i++) {
                sample[i] = bootstrap ? rng.nextInt(n) : i;
            }
            t[k] = RegressionTree.growColumns(columns, y, sample, mtry, rng);
        });
        return new RandomForest(t, f);
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
        return new RandomForest(t, f);
    }
}
