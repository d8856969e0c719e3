package org.ionmat.core.io.cif;

import java.util.HashMap;
import java.util.Map;

/**
 * A growing list of fractional points with a periodic lookup: {@link #find} returns the first
 * point whose coordinates all differ from the query by less than {@code tol} modulo 1 (the
 * fractional-tolerance test of pymatgen's {@code find_in_coord_list_pbc}). Small sets are scanned;
 * from {@value #SCAN_LIMIT} points on, points are binned on a periodic grid of cell size at least
 * {@code tol}, so that a lookup inspects one bin (up to 8 near bin corners) instead of every point.
 */
final class PeriodicPointSet {

    private static final int SCAN_LIMIT = 48;

    private final double tol;
    private final int grid;
    private double[] xyz = new double[3 * 16];
    private int size;
    private Map<Long, int[]> bins; // bin key -> indices (first element = count)

    /** @param tol fractional tolerance per coordinate (&gt; 0, &lt; 0.5) */
    PeriodicPointSet(double tol) {
        if (!(tol > 0 && tol < 0.5)) {
            throw new IllegalArgumentException("tolerance must be in (0, 0.5): " + tol);
        }
        this.tol = tol;
        this.grid = (int) Math.max(1, Math.min(1024, Math.floor(1 / tol)));
    }

    int size() {
        return size;
    }

    /** Adds a point (copied) and returns its index. */
    int add(double[] p) {
        if (3 * size + 3 > xyz.length) {
            xyz = java.util.Arrays.copyOf(xyz, 2 * xyz.length);
        }
        int index = size++;
        xyz[3 * index] = p[0];
        xyz[3 * index + 1] = p[1];
        xyz[3 * index + 2] = p[2];
        if (bins != null) {
            bin(index);
        } else if (size >= SCAN_LIMIT && grid >= 3) {
            bins = new HashMap<>();
            for (int i = 0; i < size; i++) {
                bin(i);
            }
        }
        return index;
    }

    /** Index of the first point within the tolerance of {@code p} modulo lattice translations, or -1. */
    int find(double[] p) {
        if (bins == null) {
            for (int i = 0; i < size; i++) {
                if (matches(i, p)) {
                    return i;
                }
            }
            return -1;
        }
        // search the query's bin and a neighbor bin only along axes where the query lies within
        // tol of the bin boundary (bins are at least tol wide)
        int[] lo = new int[3];
        int[] hi = new int[3];
        int[] b = new int[3];
        double w = tol * grid;
        for (int k = 0; k < 3; k++) {
            double f = p[k] - Math.floor(p[k]);
            double u = f * grid;
            int c = (int) u;
            if (c >= grid) {
                c = grid - 1;
            }
            b[k] = c;
            u -= c;
            lo[k] = u <= w ? -1 : 0;
            hi[k] = u >= 1 - w ? 1 : 0;
        }
        int best = -1;
        for (int dx = lo[0]; dx <= hi[0]; dx++) {
            for (int dy = lo[1]; dy <= hi[1]; dy++) {
                for (int dz = lo[2]; dz <= hi[2]; dz++) {
                    int[] list = bins.get(key(b[0] + dx, b[1] + dy, b[2] + dz));
                    if (list == null) {
                        continue;
                    }
                    for (int k = 1; k <= list[0]; k++) {
                        int idx = list[k];
                        if ((best < 0 || idx < best) && matches(idx, p)) {
                            best = idx;
                        }
                    }
                }
            }
        }
        return best;
    }

    private boolean matches(int i, double[] p) {
        for (int k = 0; k < 3; k++) {
            double d = xyz[3 * i + k] - p[k];
            d -= Math.rint(d);
            if (!(Math.abs(d) < tol)) {
                return false;
            }
        }
        return true;
    }

    private void bin(int i) {
        long key = key(cell(xyz[3 * i]), cell(xyz[3 * i + 1]), cell(xyz[3 * i + 2]));
        int[] list = bins.get(key);
        if (list == null) {
            list = new int[3];
        } else if (list[0] + 1 >= list.length) {
            list = java.util.Arrays.copyOf(list, 2 * list.length);
        }
        list[++list[0]] = i;
        bins.put(key, list);
    }

    private int cell(double x) {
        double f = x - Math.floor(x);
        int b = (int) (f * grid);
        return b >= grid ? grid - 1 : b;
    }

    private long key(int bx, int by, int bz) {
        int x = Math.floorMod(bx, grid);
        int y = Math.floorMod(by, grid);
        int z = Math.floorMod(bz, grid);
        return ((long) x * grid + y) * grid + z;
    }
}
