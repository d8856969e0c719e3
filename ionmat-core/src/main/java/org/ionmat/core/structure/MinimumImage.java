package org.ionmat.core.structure;

import org.ionmat.core.math.Mat3;

/**
 * Exact minimum-image distances for any cell shape. The search runs in the LLL-reduced basis of
 * the lattice (computed once per lattice and cached): the fractional difference is transformed to
 * that basis, wrapped into [-0.5, 0.5), and every image that could be closer is checked, the range
 * following from the perpendicular widths of the reduced cell (usually ±1 or less). Strongly skewed
 * input cells therefore cost the same as reduced ones.
 */
public final class MinimumImage {

    private final double[] m;      // reduced lattice, row-major
    private final double[] tInv;   // f_reduced = f_original · tInv (row-major 3x3)
    private final double[] widths; // perpendicular widths of the reduced cell

    private MinimumImage(Lattice lattice) {
        ReducedLattice r = LllReduction.reduce(lattice);
        Lattice red = r.lattice();
        this.m = red.rowMajor();
        int[][] t = r.transformation();
        this.tInv = Mat3.inverse(Mat3.of(t));
        this.widths = red.perpendicularWidths();
    }

    /** The searcher of a lattice (cached on the lattice). */
    public static MinimumImage of(Lattice lattice) {
        return lattice.minimumImage();
    }

    static MinimumImage create(Lattice lattice) {
        return new MinimumImage(lattice);
    }

    /** Shortest distance (Å) between fractional points over all periodic images. */
    public static double distance(Lattice lattice, double[] f1, double[] f2) {
        return Math.sqrt(of(lattice).distanceSquared(f2[0] - f1[0], f2[1] - f1[1], f2[2] - f1[2], null));
    }

    /**
     * Squared shortest distance (Å^2) of the fractional difference (dx, dy, dz) over all images.
     *
     * @param widths   ignored (kept for source compatibility; the reduced cell's widths are used)
     * @param shortest if not null, receives the shortest Cartesian difference vector (3 numbers)
     */
    public static double distanceSquared(Lattice lattice, double dx, double dy, double dz, double[] widths,
                                         double[] shortest) {
        return of(lattice).distanceSquared(dx, dy, dz, shortest);
    }

    /**
     * Squared shortest distance (Å^2) of the fractional difference (dx, dy, dz), given in the
     * original lattice's basis, over all periodic images.
     *
     * @param shortest if not null, receives the shortest Cartesian difference vector (3 numbers)
     */
    public double distanceSquared(double dx, double dy, double dz, double[] shortest) {
        double ex = dx * tInv[0] + dy * tInv[3] + dz * tInv[6];
        double ey = dx * tInv[1] + dy * tInv[4] + dz * tInv[7];
        double ez = dx * tInv[2] + dy * tInv[5] + dz * tInv[8];
        ex -= Math.floor(ex + 0.5);
        ey -= Math.floor(ey + 0.5);
        ez -= Math.floor(ez + 0.5);
        double x0 = ex * m[0] + ey * m[3] + ez * m[6];
        double y0 = ex * m[1] + ey * m[4] + ez * m[7];
        double z0 = ex * m[2] + ey * m[5] + ez * m[8];
        double best = x0 * x0 + y0 * y0 + z0 * z0;
        double r = Math.sqrt(best);
        int na = (int) Math.ceil(r / widths[0] - 1e-12);
        int nb = (int) Math.ceil(r / widths[1] - 1e-12);
        int nc = (int) Math.ceil(r / widths[2] - 1e-12);
        double bx = x0;
        double by = y0;
        double bz = z0;
        for (int i = -na; i <= na; i++) {
            for (int j = -nb; j <= nb; j++) {
                for (int k = -nc; k <= nc; k++) {
                    if (i == 0 && j == 0 && k == 0) {
                        continue;
                    }
                    double x = x0 + i * m[0] + j * m[3] + k * m[6];
                    double y = y0 + i * m[1] + j * m[4] + k * m[7];
                    double z = z0 + i * m[2] + j * m[5] + k * m[8];
                    double d = x * x + y * y + z * z;
                    if (d < best) {
                        best = d;
                        bx = x;
                        by = y;
                        bz = z;
                    }
                }
            }
        }
        if (shortest != null) {
            shortest[0] = bx;
            shortest[1] = by;
            shortest[2] = bz;
        }
        return best;
    }
}
