package org.ionmat.learn.forest;

import java.util.SplittableRandom;

/**
 * One tree's training sample: the rows drawn (with repeats for a bootstrap sample) and the rows it
 * left out, on which the tree's predictions are out of bag.
 *
 * @param rows      training rows, in draw order
 * @param outOfBag  per training row, true when the sample does not contain it
 */
record Bag(int[] rows, boolean[] outOfBag) {

    /** Draws n rows with replacement ({@code bootstrap}) or takes all n in order. */
    static Bag draw(SplittableRandom rng, int n, boolean bootstrap) {
        int[] rows = new int[n];
        boolean[] out = new boolean[n];
        java.util.Arrays.fill(out, bootstrap);
        for (int i = 0; i < n; i++) {
            rows[i] = bootstrap ? rng.nextInt(n) : i;
            out[rows[i]] = false;
        }
        return new Bag(rows, out);
    }
}
