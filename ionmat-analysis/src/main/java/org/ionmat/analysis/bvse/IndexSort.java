package org.ionmat.analysis.bvse;

/** Order of the indices of a double array by value, by an LSD radix sort of the IEEE bits (stable, O(n)). */
final class IndexSort {

    private IndexSort() {
    }

    /** Indices of {@code v} in ascending order of value (NaN last, ties in index order). */
    static int[] ascending(double[] v) {
        int n = v.length;
        long[] key = new long[n];
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            long bits = Double.doubleToLongBits(v[i]);
            // order-preserving map of doubles to unsigned longs
            key[i] = bits < 0 ? ~bits : bits ^ Long.MIN_VALUE;
            idx[i] = i;
        }
        long[] k2 = new long[n];
        int[] i2 = new int[n];
        int[] count = new int[257];
        for (int shift = 0; shift < 64; shift += 8) {
            java.util.Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[(int) ((key[i] >>> shift) & 0xff) + 1]++;
            }
            if (count[1] == n || allInOneBucket(count, n)) {
                continue;
            }
            for (int b = 0; b < 256; b++) {
                count[b + 1] += count[b];
            }
            for (int i = 0; i < n; i++) {
                int b = (int) ((key[i] >>> shift) & 0xff);
                int p = count[b]++;
                k2[p] = key[i];
                i2[p] = idx[i];
            }
            long[] tk = key;
            key = k2;
            k2 = tk;
            int[] ti = idx;
            idx = i2;
            i2 = ti;
        }
        return idx;
    }

    private static boolean allInOneBucket(int[] count, int n) {
        for (int b = 1; b <= 256; b++) {
            if (count[b] == n) {
                return true;
            }
            if (count[b] != 0) {
                return false;
            }
        }
        return false;
    }
}
