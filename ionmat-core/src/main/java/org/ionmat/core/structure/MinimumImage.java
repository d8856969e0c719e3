package org.ionmat.core.structure;

/**
 * Exact minimum-image distances for any (also strongly skewed) cell: the fractional difference is
 * wrapped into [-0.5, 0.5) and then every image that could be closer is checked, the search range
 * following from the perpendicular widths of the cell.
 */
public final class MinimumImage {

    private MinimumImage() {
    }

    /** Shortest distance (Å) between fractional points over all periodic images. */
    public static double distance(Lattice lattice, double[] f1, double[] f2) {
        return Math.sqrt(distanceSquared(lattice, f2[0] - f1[0], f2[1] - f1[1], f2[2] - f1[2],
                lattice.perpendicularWidths(), null));
    }

    /**
     * Squared shortest distance (Å^2) of the fractional difference (dx, dy, dz) over all images.
     *
     * @param widths    perpendicular widths of the cell ({@link Lattice#perpendicularWidths()})
     * @param shortest  if not null, receives the shortest Cartesian difference vector (3 numbers)
     */
    public static double distanceSquared(Lattice lattice, double dx, double dy, double dz, double[] widths,
                                         double[] shortest) {
        dx -= Math.floor(dx + 0.5);
        dy -= Math.floor(dy + 0.5);
        dz -= Math.floor(dz + 0.5);
        double[] m = lattice.rowMajorView();
        double x0 = dx * m[0] + dy * m[3] + dz * m[6];
        double y0 = dx * m[1] + dy * m[4] + dz * m[7];
        double z0 = dx * m[2] + dy * m[5] + dz * m[8];
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
