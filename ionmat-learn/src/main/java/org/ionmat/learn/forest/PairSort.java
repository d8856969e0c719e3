package org.ionmat.learn.forest;

/**
 * Stable sort of a range of a key array that carries a parallel int array along, without boxing:
 * merge sort with insertion sort for short runs. Stability keeps rows with equal keys in their
 * previous order, so the sums over a node's rows, and with them the split scores to the last bit,
 * do not depend on the sort.
 */
final class PairSort {

    private static final int INSERTION = 24;

    private final double[] keyBuffer;
    private final int[] valueBuffer;

    /** A sorter for ranges of up to {@code capacity} elements. */
    PairSort(int capacity) {
        keyBuffer = new double[capacity];
        valueBuffer = new int[capacity];
    }

    /** Sorts keys[from..to) ascending (stable) and permutes values[from..to) alike. */
    void sort(double[] keys, int[] values, int from, int to) {
        if (to - from <= INSERTION) {
            insertion(keys, values, from, to);
            return;
        }
        int mid = (from + to) >>> 1;
        sort(keys, values, from, mid);
        sort(keys, values, mid, to);
        if (keys[mid - 1] <= keys[mid]) {
            return; // already in order
        }
        int n = mid - from;
        System.arraycopy(keys, from, keyBuffer, 0, n);
        System.arraycopy(values, from, valueBuffer, 0, n);
        int i = 0;
        int j = mid;
        int k = from;
        while (i < n && j < to) {
            // take from the left run on equal keys: stable
            if (keys[j] < keyBuffer[i]) {
                keys[k] = keys[j];
                values[k++] = values[j++];
            } else {
                keys[k] = keyBuffer[i];
                values[k++] = valueBuffer[i++];
            }
        }
        while (i < n) {
            keys[k] = keyBuffer[i];
            values[k++] = valueBuffer[i++];
        }
    }

    private static void insertion(double[] keys, int[] values, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            double k = keys[i];
            int v = values[i];
            int j = i - 1;
            while (j >= from && keys[j] > k) {
                keys[j + 1] = keys[j];
                values[j + 1] = values[j];
                j--;
            }
            keys[j + 1] = k;
            values[j + 1] = v;
        }
    }
}
