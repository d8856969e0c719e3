package org.ionmat.learn.forest;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.stream.IntStream;

import org.ionmat.core.InvalidInputException;

/**
 * Random forest classification (Breiman 2001) as in scikit-learn's {@code RandomForestClassifier}:
 * bootstrap samples of the training rows, fully grown Gini {@link ClassificationTree}s with
 * {@code max(1, floor(maxFeatures·F))} features per split, class probabilities = mean of the trees'
 * leaf class fractions. Tree t uses seed {@code seed + t}, so results do not depend on the number
 * of threads. The trees play the part of ensemble members for the entropy split of
 * {@link org.ionmat.learn.model.ClassPrediction}.
 */
public final class RandomForestClassifier {

    private static final int MAGIC = 0x494d5243;

    private final ClassificationTree[] trees;
    private final int features;
    private final int classes;
    /** Per tree, the training rows it left out; null for a forest read from a file. */
    private final boolean[][] outOfBag;

    private RandomForestClassifier(ClassificationTree[] trees, int features, int classes, boolean[][] outOfBag) {
        this.trees = trees;
        this.features = features;
        this.classes = classes;
        this.outOfBag = outOfBag;
    }

    /**
     * Trains a forest.
     *
     * @param x           features [N][F]
     * @param y           class indices [N] in [0, classes)
     * @param classes     number of classes K (at least 2)
     * @param trees       number of trees
     * @param maxFeatures fraction of the features tried per split (0, 1]
     * @param bootstrap   draw bootstrap samples (true for a random forest)
     * @param seed        seed
     */
    public static RandomForestClassifier train(double[][] x, int[] y, int classes, int trees, double maxFeatures,
            boolean bootstrap, long seed) {
        return train(x, y, classes, trees, maxFeatures, bootstrap, seed, 0);
    }

    /**
     * {@link #train(double[][], int[], int, int, double, boolean, long)} on {@code threads} threads (0: all
     * processors, 1: serially); the forest does not depend on it (each tree has its own seeded random source).
     */
    public static RandomForestClassifier train(double[][] x, int[] y, int classes, int trees, double maxFeatures,
            boolean bootstrap, long seed, int threads) {
        if (classes < 2) {
            throw new InvalidInputException("random forest: >= 2 classes required, got " + classes);
        }
        for (int i = 0; i < Math.min(y.length, x.length); i++) {
            if (y[i] < 0 || y[i] >= classes) {
                throw new InvalidInputException("random forest: label " + y[i] + " of row " + i + " outside 0.." + (classes - 1));
            }
        }
        ForestTraining.Grown<ClassificationTree> g = ForestTraining.grow(x, y.length, trees, maxFeatures, bootstrap, seed,
                threads, ClassificationTree[]::new, (columns, sorted, sample, mtry, rng) -> ClassificationTree.growColumns(
                        columns, sorted, y, classes, sample, mtry, rng));
        return new RandomForestClassifier(g.trees(), x[0].length, classes, g.outOfBag());
    }

    /** Number of trees. */
    public int size() {
        return trees.length;
    }

    /** Number of input features. */
    public int features() {
        return features;
    }

    /** Number of classes. */
    public int classes() {
        return classes;
    }

    /** Per-tree class probabilities [trees][N][K]. */
    public double[][][] treeProbabilities(double[][] x) {
        double[][][] r = new double[trees.length][x.length][];
        IntStream.range(0, trees.length).parallel().forEach(k -> {
            for (int i = 0; i < x.length; i++) {
                r[k][i] = trees[k].probabilities(x[i]);
            }
        });
        return r;
    }

    /**
     * Out-of-bag class probabilities of the training rows (scikit-learn's
     * {@code oob_decision_function_}): each row combined over the trees whose bootstrap sample left
     * it out, with the entropy split over those trees. A row that every tree saw gets NaN.
     *
     * @param x the training features, in training order
     * @throws IllegalStateException for a forest read from a file or other rows than the training rows
     */
    public org.ionmat.learn.model.ClassPrediction outOfBag(double[][] x) {
        RandomForest.requireBags(outOfBag, x.length);
        int n = x.length;
        double[][] p = new double[n][];
        double[] h = new double[n];
        double[] ha = new double[n];
        double[] he = new double[n];
        for (int i = 0; i < n; i++) {
            java.util.List<double[]> votes = new java.util.ArrayList<>();
            for (int k = 0; k < trees.length; k++) {
                if (outOfBag[k][i]) {
                    votes.add(trees[k].probabilities(x[i]));
                }
            }
            if (votes.isEmpty()) {
                p[i] = new double[classes];
                java.util.Arrays.fill(p[i], Double.NaN);
                h[i] = ha[i] = he[i] = Double.NaN;
                continue;
            }
            double[][][] members = new double[votes.size()][1][];
            for (int w = 0; w < members.length; w++) {
                members[w][0] = votes.get(w);
            }
            org.ionmat.learn.model.ClassPrediction one = org.ionmat.learn.model.ClassPrediction.combine(members);
            p[i] = one.probabilities()[0];
            h[i] = one.entropy()[0];
            ha[i] = one.entropyAleatoric()[0];
            he[i] = one.entropyEpistemic()[0];
        }
        return new org.ionmat.learn.model.ClassPrediction(p, h, ha, he);
    }

    /** Class probabilities averaged over the trees [N][K]. */
    public double[][] predictProbabilities(double[][] x) {
        double[][] p = new double[x.length][classes];
        for (double[][] tree : treeProbabilities(x)) {
            for (int i = 0; i < x.length; i++) {
                for (int c = 0; c < classes; c++) {
                    p[i][c] += tree[i][c] / trees.length;
                }
            }
        }
        return p;
    }

    /** Writes the forest in a binary format. */
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(features);
        out.writeInt(classes);
        out.writeInt(trees.length);
        for (ClassificationTree t : trees) {
            t.write(out);
        }
        out.flush();
    }

    /** Reads a forest written by {@link #write}. */
    public static RandomForestClassifier read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not an ionmat random-forest classifier");
        }
        int f = in.readInt();
        int k = in.readInt();
        int n = in.readInt();
        if (k < 2 || k > 100_000) {
            throw new IOException("bad number of classes " + k);
        }
        if (n < 1 || n > 1_000_000) {
            throw new IOException("bad number of trees " + n);
        }
        ClassificationTree[] t = new ClassificationTree[n];
        for (int i = 0; i < n; i++) {
            t[i] = ClassificationTree.read(in, f, k);
        }
        return new RandomForestClassifier(t, f, k, null);
    }
}
