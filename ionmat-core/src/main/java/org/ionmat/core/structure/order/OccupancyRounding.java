package org.ionmat.core.structure.order;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ionmat.core.element.Species;

/**
 * Integer atom counts for the groups of a supercell. The exact count of species s on group g is
 * x_gs = sites_g × occupancy_gs. The total of each species is rounded to the nearest integer, and
 * that total is apportioned to the groups by largest remainder (every group gets ⌊x_gs⌋ and the
 * largest fractional parts get one more), never exceeding a group's number of sites. This keeps
 * the cell composition as close as possible and each group within one atom of its target.
 */
final class OccupancyRounding {

    /** Groups as given: sites and occupancies. */
    record GroupInput(int sites, List<Species> species, double[] occupancies) {
    }

    /**
     * Counts per group and species, and the rounding errors: the largest |count − x_gs| (atoms) and
     * the largest relative deviation of a species' amount in the whole cell.
     */
    record Counts(int[][] counts, double maxCountError, double compositionError) {
    }

    private OccupancyRounding() {
    }

    /** Largest distance of any x_gs from an integer (atoms): 0 when the occupancies fit exactly. */
    static double maxDistanceFromInteger(List<GroupInput> groups) {
        double e = 0;
        for (GroupInput g : groups) {
            for (double o : g.occupancies()) {
                double x = g.sites() * o;
                e = Math.max(e, Math.abs(x - Math.rint(x)));
            }
        }
        return e;
    }

    /**
     * @param groups the disordered groups of the supercell
     * @param fixed  amounts of each species on the ordered sites of the supercell (for the relative
     *               composition error)
     */
    static Counts round(List<GroupInput> groups, Map<Species, Double> fixed) {
        int ng = groups.size();
        int[][] counts = new int[ng][];
        int[] free = new int[ng];
        Map<Species, Double> exactTotal = new LinkedHashMap<>();
        Map<Species, Integer> placed = new LinkedHashMap<>();
        record Candidate(int group, int index, Species species, double remainder) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < ng; g++) {
            GroupInput in = groups.get(g);
            int k = in.species().size();
            counts[g] = new int[k];
            int used = 0;
            for (int s = 0; s < k; s++) {
                double x = in.sites() * in.occupancies()[s];
                int f = (int) Math.floor(x + 1e-9);
                counts[g][s] = f;
                used += f;
                exactTotal.merge(in.species().get(s), x, Double::sum);
                placed.merge(in.species().get(s), f, Integer::sum);
                candidates.add(new Candidate(g, s, in.species().get(s), x - f));
            }
            // occupancies summing slightly above 1 may overfill a group: drop the smallest remainders
            while (used > in.sites()) {
                int worst = -1;
                for (int s = 0; s < k; s++) {
                    if (counts[g][s] > 0 && (worst < 0 || in.occupancies()[s] * in.sites() - counts[g][s]
                            < in.occupancies()[worst] * in.sites() - counts[g][worst])) {
                        worst = s;
                    }
                }
                counts[g][worst]--;
                placed.merge(in.species().get(worst), -1, Integer::sum);
                used--;
            }
            free[g] = in.sites() - used;
        }
        Map<Species, Integer> missing = new LinkedHashMap<>();
        exactTotal.forEach((sp, x) -> missing.put(sp, (int) Math.max(0, Math.round(x) - placed.get(sp))));
        candidates.sort(Comparator.comparingDouble(Candidate::remainder).reversed()
                .thenComparingInt(Candidate::group).thenComparingInt(Candidate::index));
        for (Candidate c : candidates) {
            int m = missing.get(c.species());
            if (m > 0 && free[c.group()] > 0 && c.remainder() > 1e-9) {
                counts[c.group()][c.index()]++;
                free[c.group()]--;
                missing.put(c.species(), m - 1);
                placed.merge(c.species(), 1, Integer::sum);
            }
        }
        double maxCount = 0;
        for (int g = 0; g < ng; g++) {
            GroupInput in = groups.get(g);
            for (int s = 0; s < counts[g].length; s++) {
                maxCount = Math.max(maxCount, Math.abs(counts[g][s] - in.sites() * in.occupancies()[s]));
            }
        }
        double comp = 0;
        for (Map.Entry<Species, Double> e : exactTotal.entrySet()) {
            double all = e.getValue() + fixed.getOrDefault(e.getKey(), 0.0);
            comp = Math.max(comp, Math.abs(placed.get(e.getKey()) - e.getValue()) / all);
        }
        return new Counts(counts, maxCount, comp);
    }
}
