package org.ionmat.analysis.bvse;

import org.ionmat.core.structure.Lattice;

/**
 * The grid cut into blocks of at most {@code edge}³ points, each with its Cartesian bounding sphere,
 * so that neighbor candidates can be gathered once per block instead of once per point.
 */
final class GridBlocks {

    final BvseGrid grid;
    final int edge;
    final int ba;
    final int bb;
    final int bc;
    private final double[] m;

    GridBlocks(BvseGrid grid, Lattice lattice, int edge) {
        this.grid = grid;
        this.edge = edge;
        this.ba = (grid.na() + edge - 1) / edge;
        this.bb = (grid.nb() + edge - 1) / edge;
        this.bc = (grid.nc() + edge - 1) / edge;
        this.m = lattice.rowMajor();
    }

    int count() {
        return ba * bb * bc;
    }

    /** Grid index ranges of block {@code b}: {a0, a1, b0, b1, c0, c1} (end exclusive). */
    int[] range(int b) {
        int kc = b % bc;
        int kb = (b / bc) % bb;
        int ka = b / (bc * bb);
        return new int[] {ka * edge, Math.min(grid.na(), (ka + 1) * edge), kb * edge, Math.min(grid.nb(), (kb + 1) * edge),
            kc * edge, Math.min(grid.nc(), (kc + 1) * edge)};
    }

    /** Cartesian position of grid point (ia, ib, ic) into out[0..2]. */
    void cart(int ia, int ib, int ic, double[] out) {
        double f0 = (double) ia / grid.na();
        double f1 = (double) ib / grid.nb();
        double f2 = (double) ic / grid.nc();
        out[0] = f0 * m[0] + f1 * m[3] + f2 * m[6];
        out[1] = f0 * m[1] + f1 * m[4] + f2 * m[7];
        out[2] = f0 * m[2] + f1 * m[5] + f2 * m[8];
    }

    /** Bounding sphere of the block's points: {cx, cy, cz, radius}. */
    double[] sphere(int[] r) {
        double[] lo = new double[3];
        double[] hi = new double[3];
        double[] c = new double[3];
        cart(r[0], r[2], r[4], lo);
        cart(r[1] - 1, r[3] - 1, r[5] - 1, hi);
        for (int k = 0; k < 3; k++) {
            c[k] = 0.5 * (lo[k] + hi[k]);
        }
        double rad = 0;
        double[] p = new double[3];
        for (int i = 0; i < 8; i++) {
            cart((i & 1) == 0 ? r[0] : r[1] - 1, (i & 2) == 0 ? r[2] : r[3] - 1, (i & 4) == 0 ? r[4] : r[5] - 1, p);
            double dx = p[0] - c[0];
            double dy = p[1] - c[1];
            double dz = p[2] - c[2];
            rad = Math.max(rad, Math.sqrt(dx * dx + dy * dy + dz * dz));
        }
        return new double[] {c[0], c[1], c[2], rad + 1e-9};
    }
}
