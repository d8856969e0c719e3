package org.ionmat.learn.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.ionmat.core.InvalidInputException;

/** Seeded train/test splits: random hold-out and grouped k-fold. */
public final class Splits {

    private Splits() {
    }

    /** A random permutation of 0..n-1. */
    public static int[] permutation(int n, long seed) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /**
     * Random hold-out: {@code round(testFraction * n)} rows for test, the rest for training; both
     * returned in ascending order as {train, test}.
     */
    public static int[][] holdOut(int n, double testFraction, long seed) {
        if (!(testFraction >= 0 && testFraction < 1)) {
            throw new InvalidInputException("test fraction must be in [0, 1), got " + testFraction);
        }
        int nt = (int) Math.round(testFraction * n);
        int[] p = permutation(n, seed);
        int[] test = java.util.Arrays.copyOfRange(p, 0, nt);
        int[] train = java.util.Arrays.copyOfRange(p, nt, n);
        java.util.Arrays.sort(test);
        java.util.Arrays.sort(train);
        return new int[][] {train, test};
    }

    /**
     * Grouped k-fold: groups (rows with equal keys) are shuffled with the seed and dealt to the
     * fold with the fewest rows so far (largest groups first), so that no group is split across
     * folds. Returns fold index per row.
     */
    public static int[] groupKFold(List<String> keys, int k, long seed) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            groups.computeIfAbsent(keys.get(i), x -> new ArrayList<>()).add(i);
        }
        if (k < 2 || k > groups.size()) {
            throw new InvalidInputException("need 2 <= folds <= number of groups (" + groups.size() + "), got " + k);
        }
        List<List<Integer>> g = new ArrayList<>(groups.values());
        int[] p = permutation(g.size(), seed);
        List<List<Integer>> shuffled = new ArrayList<>();
        for (int i : p) {
            shuffled.add(g.get(i));
        }
        shuffled.sort((a, b) -> Integer.compare(b.size(), a.size()));
        int[] fold = new int[keys.size()];
        int[] size = new int[k];
        for (List<Integer> grp : shuffled) {
            int best = 0;
            for (int f = 1; f < k; f++) {
                if (size[f] < size[best]) {
                    best = f;
                }
            }
            for (int i : grp) {
                fold[i] = best;
            }
            size[best] += grp.size();
        }
        return fold;
    }
}
