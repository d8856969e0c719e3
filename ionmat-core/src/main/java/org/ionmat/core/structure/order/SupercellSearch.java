package org.ionmat.core.structure.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.NiggliReduction;
import org.ionmat.core.structure.ReducedLattice;

/**
 * Automatic choice of the supercell size and shape for ordering.
 *
 * <p>Size n (number of unit cells): the smallest n, with n × sites ≤ the site limit, for which every
 * group's occupancy × multiplicity × n is within the occupancy tolerance of an integer (exact
 * ordering). If there is none (typical for refined experimental occupancies such as 0.352), the
 * smallest n whose rounded cell composition deviates by at most the composition tolerance
 * (relative, per species); if there is none either, the n with the smallest composition error.
 * The unit cell (n = 1) is always allowed, even above the site limit.
 *
 * <p>Shape: the supercell of n cells with the largest smallest perpendicular width (the largest
 * sphere that fits, which limits cut-offs in MD): diagonal supercells n1 × n2 × n3 and, up to 64
 * cells, every sublattice of index n (Hermite normal forms, Niggli-reduced) are compared; a
 * diagonal one wins ties.
 */
final class SupercellSearch {

    /** The chosen size with its rounding. */
    record Choice(int cells, int[][] matrix, boolean exact) {
    }

    private SupercellSearch() {
    }

    /**
     * @param lattice        the unit cell
     * @param sites          number of sites in the unit cell
     * @param multiplicities sites per group in the unit cell
     * @param species        species of each group
     * @param occupancies    occupancies of each group's species
     * @param fixed          species amounts on the ordered sites of the unit cell
     */
    static Choice choose(Lattice lattice, int sites, int[] multiplicities, List<List<Species>> species,
                         List<double[]> occupancies, Map<Species, Double> fixed, OrderingOptions options) {
        int maxCells = Math.max(1, options.maxSites() / Math.max(1, sites));
        int firstWithinComposition = -1;
        int best = 1;
        double bestError = Double.POSITIVE_INFINITY;
        for (int n = 1; n <= maxCells; n++) {
            List<OccupancyRounding.GroupInput> in = inputs(n, multiplicities, species, occupancies);
            if (OccupancyRounding.maxDistanceFromInteger(in) <= options.occupancyTolerance()) {
                return new Choice(n, shape(lattice, n), true);
            }
            Map<Species, Double> fixedN = new java.util.LinkedHashMap<>();
            final int cells = n;
            fixed.forEach((sp, v) -> fixedN.put(sp, v * cells));
            double err = OccupancyRounding.round(in, fixedN).compositionError();
            if (firstWithinComposition < 0 && err <= options.compositionTolerance()) {
                firstWithinComposition = n;
            }
            if (err < bestError - 1e-12) {
                bestError = err;
                best = n;
            }
        }
        int n = firstWithinComposition > 0 ? firstWithinComposition : best;
        return new Choice(n, shape(lattice, n), false);
    }

    static List<OccupancyRounding.GroupInput> inputs(int cells, int[] multiplicities, List<List<Species>> species,
                                                     List<double[]> occupancies) {
        List<OccupancyRounding.GroupInput> in = new ArrayList<>(multiplicities.length);
        for (int g = 0; g < multiplicities.length; g++) {
            in.add(new OccupancyRounding.GroupInput(cells * multiplicities[g], species.get(g), occupancies.get(g)));
        }
        return in;
    }

    /**
     * Most compact supercell of n cells: the largest smallest perpendicular width among the
     * diagonal supercells and the Niggli-reduced cells of all Hermite-normal-form supercells of
     * index n (a diagonal one wins ties, so axes are kept when that costs nothing).
     */
    static int[][] shape(Lattice lattice, int n) {
        int[][] best = null;
        double bestWidth = -1;
        for (int a = 1; a <= n; a++) {
            if (n % a != 0) {
                continue;
            }
            for (int b = 1; b <= n / a; b++) {
                if ((n / a) % b != 0) {
                    continue;
                }
                int[][] d = {{a, 0, 0}, {0, b, 0}, {0, 0, n / a / b}};
                double w = minWidth(lattice, d);
                if (w > bestWidth * (1 + 1e-9)) {
                    bestWidth = w;
                    best = d;
                }
            }
        }
        if (n > MAX_HNF_CELLS) {
            return best;
        }
        // lower-triangular Hermite normal forms of the row lattice: rows (a 0 0), (b c 0), (d e f),
        // a c f = n, 0 <= b, d < a, 0 <= e < c (entries reduced by the rows above); one per sublattice
        for (int a = 1; a <= n; a++) {
            if (n % a != 0) {
                continue;
            }
            for (int c = 1; c <= n / a; c++) {
                if ((n / a) % c != 0) {
                    continue;
                }
                int f = n / a / c;
                for (int b = 0; b < a; b++) {
                    for (int d = 0; d < a; d++) {
                        for (int e = 0; e < c; e++) {
                            double[][] h = {{a, 0, 0}, {b, c, 0}, {d, e, f}};
                            ReducedLattice red = NiggliReduction.reduce(lattice.transform(h));
                            double w = min(red.lattice().perpendicularWidths());
                            if (w > bestWidth * (1 + 1e-6)) {
                                bestWidth = w;
                                best = multiply(red.transformation(), new int[][] {{a, 0, 0}, {b, c, 0}, {d, e, f}});
                            }
                        }
                    }
                }
            }
        }
        return best;
    }

    /** Above this many cells only diagonal supercells are considered (the HNF count grows as n²). */
    private static final int MAX_HNF_CELLS = 64;

    private static double minWidth(Lattice lattice, int[][] t) {
        double[][] d = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                d[i][j] = t[i][j];
            }
        }
        return min(lattice.transform(d).perpendicularWidths());
    }

    private static double min(double[] v) {
        return Math.min(v[0], Math.min(v[1], v[2]));
    }

    private static int[][] multiply(int[][] x, int[][] y) {
        int[][] r = new int[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i][j] = x[i][0] * y[0][j] + x[i][1] * y[1][j] + x[i][2] * y[2][j];
            }
        }
        return r;
    }
}
