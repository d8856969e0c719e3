package org.ionmat.analysis.bvse;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.structure.Lattice;

/**
 * A periodic grid over the unit cell: {@code n[i]} points along lattice vector i at fractional
 * coordinates {@code k / n[i]}, k = 0..n[i]−1. Points are indexed {@code (ia * nb + ib) * nc + ic}
 * (c fastest).
 *
 * <p>{@link #forResolution} chooses the sizes as BVlain does: BVlain samples ⌊L/resolution⌋ points
 * per axis with both ends (fractions 0 and 1, the same point) included, i.e. ⌊L/resolution⌋ − 1
 * distinct points with spacing L/(⌊L/resolution⌋ − 1). ⌊·⌋ is Python's float floor division.
 *
 * @param na points along a
 * @param nb points along b
 * @param nc points along c
 */
public record BvseGrid(int na, int nb, int nc) {

    public BvseGrid {
        if (na < 1 || nb < 1 || nc < 1) {
            throw new IllegalArgumentException("grid sizes must be positive: " + na + "x" + nb + "x" + nc);
        }
        if ((long) na * nb * nc > 200_000_000L) {
            throw new InvalidInputException("grid of " + na + "x" + nb + "x" + nc + " points is too large; use a coarser --resolution");
        }
    }

    /**
     * The grid BVlain uses for a resolution (Å): {@code floor(L/resolution) − 1} distinct points per
     * axis.
     *
     * @throws InvalidInputException if the resolution is not positive or leaves fewer than 2 points
     *                               on an axis
     */
    public static BvseGrid forResolution(Lattice lattice, double resolution) {
        if (!(resolution > 0) || !Double.isFinite(resolution)) {
            throw new InvalidInputException(null, -1, Double.toString(resolution), "--resolution must be a positive length in Å");
        }
        double[] len = lattice.lengths();
        int[] n = new int[3];
        for (int i = 0; i < 3; i++) {
            n[i] = (int) pythonFloorDiv(len[i], resolution) - 1;
            if (n[i] < 2) {
                throw new InvalidInputException(null, -1, Double.toString(resolution), String.format(java.util.Locale.ROOT,
                        "--resolution %.3g Å leaves fewer than 2 grid points along a lattice vector of %.3f Å", resolution, len[i]));
            }
        }
        return new BvseGrid(n[0], n[1], n[2]);
    }

    /** Number of points. */
    public int size() {
        return na * nb * nc;
    }

    /** Sizes as an array {na, nb, nc}. */
    public int[] dims() {
        return new int[] {na, nb, nc};
    }

    /** Index of point (ia, ib, ic). */
    public int index(int ia, int ib, int ic) {
        return (ia * nb + ib) * nc + ic;
    }

    /** Fractional coordinates of point {@code index}. */
    public double[] frac(int index) {
        int ic = index % nc;
        int ib = (index / nc) % nb;
        int ia = index / (nc * nb);
        return new double[] {(double) ia / na, (double) ib / nb, (double) ic / nc};
    }

    /** Python's {@code x // y} for positive floats (floor of the exact quotient of the two doubles). */
    static double pythonFloorDiv(double x, double y) {
        double mod = x % y;
        double div = (x - mod) / y;
        double floor = Math.floor(div);
        if (div - floor > 0.5) {
            floor += 1;
        }
        return floor;
    }
}
