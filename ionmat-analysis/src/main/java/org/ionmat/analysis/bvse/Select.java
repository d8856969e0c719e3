package org.ionmat.analysis.bvse;

/** In-place selection of the k smallest keys of an array with a parallel payload (no allocation). */
final class Select {

    private Select() {
    }

    /**
     * Reorders {@code key[0..n)} (and {@code idx} alongside) so that the k smallest keys come first
     * (in no particular order). Requires 0 &lt; k &lt; n.
     */
    static void smallest(double[] key, int[] idx, int n, int k) {
        int lo = 0;
        int hi = n - 1;
        int target = k - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            // median of three as pivot
            if (key[mid] < key[lo]) {
                swap(key, idx, mid, lo);
            }
            if (key[hi] < key[lo]) {
                swap(key, idx, hi, lo);
            }
            if (key[hi] < key[mid]) {
                swap(key, idx, hi, mid);
            }
            double pivot = key[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (key[i] < pivot) {
                    i++;
                }
                while (key[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(key, idx, i, j);
                    i++;
                    j--;
                }
            }
            if (target <= j) {
                hi = j;
            } else if (target >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    private static void swap(double[] key, int[] idx, int a, int b) {
        double t = key[a];
        key[a] = key[b];
        key[b] = t;
        int u = idx[a];
        idx[a] = idx[b];
        idx[b] = u;
    }
}
