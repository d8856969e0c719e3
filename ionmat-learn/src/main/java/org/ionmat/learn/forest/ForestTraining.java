package org.ionmat.learn.forest;

import java.util.SplittableRandom;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.parallel.ParallelChunks;

/**
 * What both random forests do to grow their trees: check the settings, transpose and presort the
 * features once, and grow tree k from its own bootstrap sample with a random source seeded
 * {@code seed + k}, so that the forest does not depend on the number of threads.
 */
final class ForestTraining {

    /** Grows one tree from the shared columns and sorted rows. */
    @FunctionalInterface
    interface TreeGrower<T> {
        T grow(double[][] columns, int[][] sortedRows, int[] sample, int maxFeatures, SplittableRandom rng);
    }

    /** The trees, and per tree the training rows its sample left out. */
    record Grown<T>(T[] trees, boolean[][] outOfBag) {
    }

    private ForestTraining() {
    }

    /**
     * Checks the settings and grows the trees.
     *
     * @param rows        number of training rows (labels or targets already checked to match)
     * @param maxFeatures fraction of the features tried per split (0, 1]
     * @param threads     0: all processors, 1: serially, n: n threads
     * @param array       makes the array of {@code trees} trees
     */
    static <T> Grown<T> grow(double[][] x, int rows, int trees, double maxFeatures, boolean bootstrap, long seed, int threads,
            java.util.function.IntFunction<T[]> array, TreeGrower<T> grower) {
        if (x.length == 0 || x.length != rows) {
            throw new InvalidInputException("random forest: need equal, non-zero numbers of rows and targets (or labels)");
        }
        if (trees < 1 || !(maxFeatures > 0 && maxFeatures <= 1)) {
            throw new InvalidInputException("random forest: trees >= 1 and max_features in (0, 1] required");
        }
        if (threads < 0) {
            throw new InvalidInputException("random forest: threads must be >= 0 (0: all processors), got " + threads);
        }
        int mtry = Math.max(1, (int) Math.floor(maxFeatures * x[0].length));
        T[] grown = array.apply(trees);
        boolean[][] oob = new boolean[trees][];
        double[][] columns = CartTree.columns(x);
        int[][] sorted = CartTree.sortedRows(columns);
        ParallelChunks.run(trees, threads, true, k -> {
            SplittableRandom rng = new SplittableRandom(seed + k);
            Bag bag = Bag.draw(rng, x.length, bootstrap);
            oob[k] = bag.outOfBag();
            grown[k] = grower.grow(columns, sorted, bag.rows(), mtry, rng);
        });
        return new Grown<>(grown, oob);
    }
}
