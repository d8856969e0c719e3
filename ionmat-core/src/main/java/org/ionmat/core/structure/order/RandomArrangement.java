package org.ionmat.core.structure.order;

import java.util.SplittableRandom;

/** Seeded random placement of exact species counts on the sites of each group. */
final class RandomArrangement {

    private RandomArrangement() {
    }

    /**
     * For each group: an array over its sites holding a species index or −1 (vacancy), with exactly
     * {@code counts[g][s]} sites of species s, in uniformly random order (Fisher–Yates).
     */
    static int[][] draw(int[][] slots, int[][] counts, SplittableRandom rnd) {
        int[][] occ = new int[slots.length][];
        for (int g = 0; g < slots.length; g++) {
            int[] o = new int[slots[g].length];
            int k = 0;
            for (int s = 0; s < counts[g].length; s++) {
                for (int c = 0; c < counts[g][s]; c++) {
                    o[k++] = s;
                }
            }
            while (k < o.length) {
                o[k++] = -1;
            }
            for (int i = o.length - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = o[i];
                o[i] = o[j];
                o[j] = t;
            }
            occ[g] = o;
        }
        return occ;
    }
}
