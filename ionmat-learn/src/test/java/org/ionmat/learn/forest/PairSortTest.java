package org.ionmat.learn.forest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class PairSortTest {

    @Test
    void sortsKeysAndCarriesTheValuesAlongOnlyInsideTheRange() {
        SplittableRandom rng = new SplittableRandom(5);
        for (int trial = 0; trial < 200; trial++) {
            int n = rng.nextInt(1, 400);
            int distinct = rng.nextInt(1, 30); // few distinct values: many ties, as in composition features
            double[] keys = new double[n];
            int[] values = new int[n];
            for (int i = 0; i < n; i++) {
                keys[i] = trial % 3 == 0 ? rng.nextDouble() : rng.nextInt(distinct) * 0.5 - 3;
                values[i] = i;
            }
            double[] original = keys.clone();
            int from = rng.nextInt(n);
            int to = rng.nextInt(from, n + 1);
            new PairSort(n).sort(keys, values, from, to);
            double[] expected = Arrays.copyOfRange(original, from, to);
            Arrays.sort(expected);
            assertArrayEquals(expected, Arrays.copyOfRange(keys, from, to), "trial " + trial);
            for (int i = 0; i < n; i++) {
                assertEquals(original[values[i]], keys[i], 0.0, "value follows its key");
                if (i < from || i >= to) {
                    assertEquals(i, values[i], "outside the range nothing moves");
                }
            }
            for (int i = from + 1; i < to; i++) {
                if (keys[i] == keys[i - 1]) {
                    assertTrue(values[i] > values[i - 1], "stable: equal keys keep their order");
                }
            }
            int[] seen = values.clone();
            Arrays.sort(seen);
            for (int i = 0; i < n; i++) {
                assertEquals(i, seen[i], "a permutation");
            }
        }
    }

    @Test
    void sortedReversedAndConstantInputs() {
        int n = 10_000;
        double[] up = new double[n];
        double[] down = new double[n];
        double[] same = new double[n];
        int[] a = new int[n];
        int[] b = new int[n];
        int[] c = new int[n];
        for (int i = 0; i < n; i++) {
            up[i] = i;
            down[i] = n - i;
            same[i] = 7;
            a[i] = i;
            b[i] = i;
            c[i] = i;
        }
        PairSort sorter = new PairSort(n);
        sorter.sort(up, a, 0, n);
        sorter.sort(down, b, 0, n);
        sorter.sort(same, c, 0, n);
        for (int i = 0; i < n; i++) {
            assertEquals(i, up[i], 0.0);
            assertEquals(i + 1, down[i], 0.0);
            assertEquals(n - 1 - i, b[i]);
            assertEquals(i, c[i], "equal keys keep their order");
        }
    }
}
