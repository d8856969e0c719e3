package org.ionmat.analysis.bvse;

import org.ionmat.core.structure.Lattice;

/**
 * Site energies of a mobile ion on a periodic grid over the cell.
 *
 * @param lattice  the cell
 * @param grid     the grid (point i at {@link BvseGrid#frac})
 * @param mobile   the mobile ion
 * @param energy   site energy at every grid point, eV (+∞ on a like-charged ion)
 * @param cutoff   interaction cutoff, Å
 * @param maxNeighbors largest number of nearest framework ions summed per point (0: all within the cutoff)
 */
public record BvseLandscape(Lattice lattice, BvseGrid grid, MobileIon mobile, double[] energy, double cutoff,
                            int maxNeighbors) {

    public BvseLandscape {
        if (energy.length != grid.size()) {
            throw new IllegalArgumentException("need one energy per grid point");
        }
    }

    /** Lowest site energy, eV. */
    public double minimum() {
        double m = Double.POSITIVE_INFINITY;
        for (double e : energy) {
            m = Math.min(m, e);
        }
        return m;
    }

    /** Index of the lowest site energy. */
    public int argMinimum() {
        int best = 0;
        for (int i = 1; i < energy.length; i++) {
            if (energy[i] < energy[best]) {
                best = i;
            }
        }
        return best;
    }
}
