package org.ionmat.core.symmetry.analysis;

/** Disjoint sets over 0..n-1 (orbits of atoms). */
final class UnionFind {

    private final int[] parent;

    UnionFind(int n) {
        parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
    }

    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** Root of each element. */
    int[] roots() {
        int[] r = new int[parent.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = find(i);
        }
        return r;
    }

    /** For each element the smallest element of its set. */
    int[] smallestMembers() {
        // the root is always the smallest member because union keeps the smaller root
        return roots();
    }
}
