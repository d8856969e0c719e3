package org.ionmat.core.structure.order;

import java.util.List;
import java.util.Locale;

import org.ionmat.core.composition.Composition;
import org.ionmat.core.structure.Structure;

/**
 * An ordered supercell and how it was made: everything needed to reproduce it (mode, seed,
 * supercell matrix) and to judge it (composition error, Ewald energies).
 *
 * @param structure           the ordered supercell: every site holds one species with occupancy 1
 *                            (vacancies removed); labels kept, site properties not carried over
 * @param mode                ordering mode
 * @param seed                seed of the random draws
 * @param supercellMatrix     new lattice rows = T · rows of the input lattice
 * @param groups              the disordered site groups and their counts
 * @param targetComposition   occupancy-weighted composition of the input × number of cells
 * @param compositionError    largest relative deviation of a species' amount in the ordered cell
 *                            from the target (0 when the occupancies fit exactly)
 * @param maxCountError       largest deviation of a group's species count from occupancy × sites
 *                            (atoms)
 * @param exact               true if every occupancy × sites was within the tolerance of an integer
 * @param energy              Ewald energy of the returned structure (eV), NaN in random mode
 * @param sampleEnergies      Ewald energies of the random samples before refinement (eV); empty in
 *                            random mode
 * @param chosenSample        index of the sample that gave the returned structure
 * @param totalCharge         net charge of the ordered cell (e), NaN when charges are unknown
 */
public record OrderingResult(Structure structure, OrderingMode mode, long seed, int[][] supercellMatrix,
                             List<SiteGroup> groups, Composition targetComposition, double compositionError,
                             double maxCountError, boolean exact, double energy, double[] sampleEnergies,
                             int chosenSample, double totalCharge) {

    public OrderingResult {
        groups = List.copyOf(groups);
        supercellMatrix = copy(supercellMatrix);
        sampleEnergies = sampleEnergies.clone();
    }

    @Override
    public int[][] supercellMatrix() {
        return copy(supercellMatrix);
    }

    @Override
    public double[] sampleEnergies() {
        return sampleEnergies.clone();
    }

    /** Number of unit cells in the supercell, |det T|. */
    public int cells() {
        int[][] t = supercellMatrix;
        long d = (long) t[0][0] * ((long) t[1][1] * t[2][2] - (long) t[1][2] * t[2][1])
                - (long) t[0][1] * ((long) t[1][0] * t[2][2] - (long) t[1][2] * t[2][0])
                + (long) t[0][2] * ((long) t[1][0] * t[2][1] - (long) t[1][1] * t[2][0]);
        return (int) Math.abs(d);
    }

    /** Lowest Ewald energy among the unrefined random samples (eV), NaN in random mode. */
    public double bestSampleEnergy() {
        double b = Double.NaN;
        for (double e : sampleEnergies) {
            b = Double.isNaN(b) ? e : Math.min(b, e);
        }
        return b;
    }

    private static int[][] copy(int[][] m) {
        int[][] c = new int[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    @Override
    public String toString() {
        int[][] t = supercellMatrix;
        return String.format(Locale.ROOT, "OrderingResult(%s, %s, seed %d, supercell [[%d %d %d] [%d %d %d] [%d %d %d]],"
                        + " %d sites, %d groups, composition error %.3g, count error %.3g atoms%s%s)",
                structure.composition().formula(), mode, seed, t[0][0], t[0][1], t[0][2], t[1][0], t[1][1], t[1][2],
                t[2][0], t[2][1], t[2][2], structure.size(), groups.size(), compositionError, maxCountError,
                exact ? ", exact" : "",
                Double.isNaN(energy) ? "" : String.format(Locale.ROOT, ", Ewald %.6f eV (best sample %.6f eV)",
                        energy, bestSampleEnergy()));
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
