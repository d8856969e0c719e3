package org.ionmat.analysis.bvse;

import java.util.Arrays;

/**
 * Exact percolation levels of a scalar field on a periodic grid: for d = 1, 2, 3 the lowest level t
 * such that the sublevel set {v ≤ t}, with 26-neighbor connectivity through the periodic cell,
 * has a connected component that repeats along d independent lattice directions (a path that wraps
 * around the cell with a net lattice translation, rank d).
 *
 * <p>One sweep adds the points in ascending order of value to a union-find whose nodes carry the
 * lattice offset (cell translation) to their parent. An edge between two points of the same set
 * whose offsets disagree closes a loop with a non-zero translation t; each set keeps a basis of its
 * translations. The level of the point whose addition first gives a set translations of rank d is
 * the threshold for d; the set {v &lt; t} does not percolate in d dimensions and {v ≤ t} does.
 *
 * <p>Besides the rank over the integers the sweep tracks the rank of the translations modulo 2
 * (the number of the 2×2×2 supercell images of a point that its component reaches is 2^rank): that
 * is the criterion of BVlain, which differs from the true rank only for components whose
 * translation lattice has even index (interpenetrating networks).
 */
public final class PeriodicPercolation {

    /**
     * Percolation levels.
     *
     * @param level     level[d] for d = 1..3 (index 0 unused): lowest level at which the set
     *                  percolates in d dimensions, NaN if not up to the sweep's limit
     * @param levelMod2 the same with the rank of the translations modulo 2 (BVlain's criterion)
     * @param added     points added before the sweep stopped
     */
    public record Levels(double[] level, double[] levelMod2, int added) {

        /** Level for dimension d (1..3), NaN when not reached. */
        public double of(int d) {
            return level[d];
        }
    }

    private final BvseGrid grid;
    private final int[] parent;
    private final int[] size;
    private final int[] off;
    private final byte[] rank;
    private final int[] basisAt;
    private int[] basis = new int[9 * 64];
    private int basisUsed;
    private final byte[] rank2;
    private final int[] basis2;

    private PeriodicPercolation(BvseGrid grid) {
        this.grid = grid;
        int n = grid.size();
        parent = new int[n];
        Arrays.fill(parent, -1);
        size = new int[n];
        off = new int[3 * n];
        rank = new byte[n];
        basisAt = new int[n];
        rank2 = new byte[n];
        basis2 = new int[n];
    }

    /**
     * Levels of the sublevel sets {v ≤ t}, sweeping up to {@code maxLevel} (inclusive).
     *
     * @param values one value per grid point (NaN points are never added)
     */
    public static Levels ascending(BvseGrid grid, double[] values, double maxLevel) {
        return new PeriodicPercolation(grid).sweep(values, IndexSort.ascending(values), maxLevel);
    }

    /**
     * Levels of the superlevel sets {v ≥ t}, sweeping down to {@code minLevel}: level[d] is then
     * the highest t at which {v ≥ t} percolates in d dimensions.
     */
    public static Levels descending(BvseGrid grid, double[] values, double minLevel) {
        double[] neg = new double[values.length];
        for (int i = 0; i < neg.length; i++) {
            neg[i] = -values[i];
        }
        Levels l = new PeriodicPercolation(grid).sweep(neg, IndexSort.ascending(neg), -minLevel);
        double[] a = l.level().clone();
        double[] b = l.levelMod2().clone();
        for (int d = 1; d <= 3; d++) {
            a[d] = -a[d];
            b[d] = -b[d];
        }
        return new Levels(a, b, l.added());
    }

    private Levels sweep(double[] v, int[] order, double maxLevel) {
        int na = grid.na();
        int nb = grid.nb();
        int nc = grid.nc();
        double[] level = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        double[] level2 = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        int found = 0;
        int found2 = 0;
        int added = 0;
        int[] cp = new int[3];
        int[] cq = new int[3];
        for (int p : order) {
            double val = v[p];
            if (!(val <= maxLevel)) {
                break;
            }
            parent[p] = p;
            size[p] = 1;
            basisAt[p] = -1;
            added++;
            int ic = p % nc;
            int ib = (p / nc) % nb;
            int ia = p / (nc * nb);
            for (int da = -1; da <= 1; da++) {
                int ja = ia + da;
                int wa = ja < 0 ? -1 : ja >= na ? 1 : 0;
                ja -= wa * na;
                for (int db = -1; db <= 1; db++) {
                    int jb = ib + db;
                    int wb = jb < 0 ? -1 : jb >= nb ? 1 : 0;
                    jb -= wb * nb;
                    for (int dc = -1; dc <= 1; dc++) {
                        if (da == 0 && db == 0 && dc == 0) {
                            continue;
                        }
                        int jc = ic + dc;
                        int wc = jc < 0 ? -1 : jc >= nc ? 1 : 0;
                        jc -= wc * nc;
                        int q = (ja * nb + jb) * nc + jc;
                        if (parent[q] < 0) {
                            continue;
                        }
                        int rp = find(p, cp);
                        int rq = find(q, cq);
                        int tx = wa + cp[0] - cq[0];
                        int ty = wb + cp[1] - cq[1];
                        int tz = wc + cp[2] - cq[2];
                        if (rp == rq) {
                            if (tx != 0 || ty != 0 || tz != 0) {
                                addTranslation(rp, tx, ty, tz);
                            }
                        } else if (size[rp] >= size[rq]) {
                            attach(rq, rp, tx, ty, tz);
                        } else {
                            attach(rp, rq, -tx, -ty, -tz);
                        }
                    }
                }
            }
            int r = find(p, cp);
            for (int d = found + 1; d <= rank[r]; d++) {
                level[d] = val;
                found = d;
            }
            for (int d = found2 + 1; d <= rank2[r]; d++) {
                level2[d] = val;
                found2 = d;
            }
            if (found == 3 && found2 == 3) {
                break;
            }
        }
        return new Levels(level, level2, added);
    }

    /** Root of x; its offset relative to the root into out. Compresses the path. */
    private int find(int x, int[] out) {
        int ox = 0;
        int oy = 0;
        int oz = 0;
        int r = x;
        while (parent[r] != r) {
            ox += off[3 * r];
            oy += off[3 * r + 1];
            oz += off[3 * r + 2];
            r = parent[r];
        }
        int cx = ox;
        int cy = oy;
        int cz = oz;
        int y = x;
        while (parent[y] != y) {
            int next = parent[y];
            int tx = off[3 * y];
            int ty = off[3 * y + 1];
            int tz = off[3 * y + 2];
            parent[y] = r;
            off[3 * y] = cx;
            off[3 * y + 1] = cy;
            off[3 * y + 2] = cz;
            cx -= tx;
            cy -= ty;
            cz -= tz;
            y = next;
        }
        out[0] = ox;
        out[1] = oy;
        out[2] = oz;
        return r;
    }

    /** Puts root {@code child} under root {@code root} with the given offset and merges translations. */
    private void attach(int child, int root, int tx, int ty, int tz) {
        parent[child] = root;
        off[3 * child] = tx;
        off[3 * child + 1] = ty;
        off[3 * child + 2] = tz;
        size[root] += size[child];
        int b = basisAt[child];
        for (int k = 0; k < rank[child]; k++) {
            addTranslation(root, basis[b + 3 * k], basis[b + 3 * k + 1], basis[b + 3 * k + 2]);
        }
        int packed = basis2[child];
        for (int k = 0; k < rank2[child]; k++) {
            addMod2(root, (packed >>> (3 * k)) & 7);
        }
    }

    private void addTranslation(int r, int tx, int ty, int tz) {
        addMod2(r, (tx & 1) | (ty & 1) << 1 | (tz & 1) << 2);
        int k = rank[r];
        if (k == 3) {
            return;
        }
        if (k == 0) {
            if (basisUsed + 9 > basis.length) {
                basis = Arrays.copyOf(basis, basis.length * 2);
            }
            basisAt[r] = basisUsed;
            basisUsed += 9;
        }
        int b = basisAt[r];
        boolean independent;
        if (k == 0) {
            independent = true;
        } else if (k == 1) {
            long cx = (long) basis[b + 1] * tz - (long) basis[b + 2] * ty;
            long cy = (long) basis[b + 2] * tx - (long) basis[b] * tz;
            long cz = (long) basis[b] * ty - (long) basis[b + 1] * tx;
            independent = cx != 0 || cy != 0 || cz != 0;
        } else {
            long ax = basis[b];
            long ay = basis[b + 1];
            long az = basis[b + 2];
            long bx = basis[b + 3];
            long by = basis[b + 4];
            long bz = basis[b + 5];
            long det = ax * (by * tz - bz * ty) - ay * (bx * tz - bz * tx) + az * (bx * ty - by * tx);
            independent = det != 0;
        }
        if (independent) {
            basis[b + 3 * k] = tx;
            basis[b + 3 * k + 1] = ty;
            basis[b + 3 * k + 2] = tz;
            rank[r] = (byte) (k + 1);
        }
    }

    /** Adds a translation modulo 2 (3-bit vector) to the GF(2) basis of root r. */
    private void addMod2(int r, int bits) {
        int k = rank2[r];
        if (bits == 0 || k == 3) {
            return;
        }
        int packed = basis2[r];
        // reduce by the basis (each stored vector with its leading bit)
        for (int i = 0; i < k; i++) {
            int v = (packed >>> (3 * i)) & 7;
            int lead = Integer.highestOneBit(v);
            if ((bits & lead) != 0) {
                bits ^= v;
            }
        }
        if (bits == 0) {
            return;
        }
        // keep the stored vectors with distinct leading bits: reduce them by the new one
        int lead = Integer.highestOneBit(bits);
        int out = 0;
        for (int i = 0; i < k; i++) {
            int v = (packed >>> (3 * i)) & 7;
            if ((v & lead) != 0) {
                v ^= bits;
            }
            out |= v << (3 * i);
        }
        out |= bits << (3 * k);
        basis2[r] = out;
        rank2[r] = (byte) (k + 1);
    }
}
