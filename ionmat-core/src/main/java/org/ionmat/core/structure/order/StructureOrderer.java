package org.ionmat.core.structure.order;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.composition.Composition;
import org.ionmat.core.electrostatics.EwaldParameters;
import org.ionmat.core.electrostatics.PairEnergyMatrix;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Site;
import org.ionmat.core.structure.Structure;

/**
 * Turns a partially occupied (disordered) structure into a concrete ordered supercell, as MD and
 * bond-valence methods need.
 *
 * <ol>
 *   <li>Sites closer than the merge distance are merged into one mixed site (CIFs list the species
 *       of a mixed site as separate rows at one position).</li>
 *   <li>Disordered sites are grouped into orbits ({@link SiteGrouping}: by label and occupancies by
 *       default); ordered sites are kept as they are.</li>
 *   <li>The supercell is the user's matrix or chosen automatically ({@link SupercellSearch}: the
 *       smallest one, up to a site limit, in which every group's occupancy × sites is an integer
 *       within tolerance, else the smallest one within the composition tolerance).</li>
 *   <li>Each group gets exact integer counts per species: occupancy × sites rounded so that the
 *       cell composition stays as close as possible (largest remainder), vacancies for the rest,
 *       mixed sites split between their species.</li>
 *   <li>{@link OrderingMode#RANDOM}: the atoms of each group are placed on its sites by a seeded
 *       random permutation. {@link OrderingMode#EWALD}: N such samples are drawn (the first is the
 *       random-mode result), each is optionally improved by swaps within groups
 *       ({@link Refinement}), and the one of lowest Ewald energy is returned, so the result is never
 *       worse than the best random sample. Charges are the species' oxidation states (or
 *       {@link OrderingOptions#charges()}); energies come from the Ewald pair-energy matrix.</li>
 * </ol>
 * The result is reproducible from the input, the options and the seed.
 */
public final class StructureOrderer {

    /** Largest supercell for Ewald mode (the pair-energy matrix needs 8 N² bytes). */
    public static final int MAX_EWALD_SITES = 6000;

    private StructureOrderer() {
    }

    /** Orders with the given options. */
    public static OrderingResult order(Structure structure, OrderingOptions options) {
        DisorderedSites.Merged merging = DisorderedSites.merge(structure, options.mergeDistance());
        Structure merged = merging.structure();
        Map<String, List<Integer>> unitGroups = DisorderedSites.groups(merged, options.grouping());
        List<String> keys = new ArrayList<>(unitGroups.keySet());
        int ng = keys.size();
        int[] multiplicity = new int[ng];
        List<List<Species>> species = new ArrayList<>();
        List<double[]> occupancies = new ArrayList<>();
        List<Site> representative = new ArrayList<>();
        for (int g = 0; g < ng; g++) {
            List<Integer> idx = unitGroups.get(keys.get(g));
            multiplicity[g] = idx.size();
            Site site = merged.site(idx.get(0));
            representative.add(site);
            List<Species> sp = new ArrayList<>(site.species().species());
            double[] occ = new double[sp.size()];
            for (int s = 0; s < occ.length; s++) {
                occ[s] = site.species().amount(sp.get(s));
            }
            species.add(sp);
            occupancies.add(occ);
        }
        Map<Species, Double> fixedUnit = orderedAmounts(merged);

        int[][] matrix;
        boolean exact;
        if (options.supercell() != null) {
            matrix = options.supercell();
            exact = false; // decided below from the actual counts
        } else {
            SupercellSearch.Choice c = SupercellSearch.choose(merged.lattice(), merged.size(), multiplicity,
                    species, occupancies, fixedUnit, options);
            matrix = c.matrix();
            exact = c.exact();
        }
        Structure sup = merged.supercell(matrix);
        int cells = sup.size() / Math.max(1, merged.size());
        Map<String, List<Integer>> supGroups = DisorderedSites.groups(sup, options.grouping());
        int[][] slots = new int[ng][];
        for (int g = 0; g < ng; g++) {
            List<Integer> idx = supGroups.get(keys.get(g));
            if (idx == null || idx.size() != cells * multiplicity[g]) {
                throw new IllegalStateException("supercell lost sites of group " + representative.get(g).label());
            }
            slots[g] = idx.stream().mapToInt(Integer::intValue).toArray();
        }
        List<OccupancyRounding.GroupInput> inputs = SupercellSearch.inputs(cells, multiplicity, species, occupancies);
        if (options.supercell() != null) {
            exact = OccupancyRounding.maxDistanceFromInteger(inputs) <= options.occupancyTolerance();
        }
        Map<Species, Double> fixed = new LinkedHashMap<>();
        fixedUnit.forEach((sp, v) -> fixed.put(sp, v * cells));
        OccupancyRounding.Counts counts = OccupancyRounding.round(inputs, fixed);

        SplittableRandom master = new SplittableRandom(options.seed());
        int[][] occupants;
        double energy = Double.NaN;
        double[] sampleEnergies = new double[0];
        int chosen = 0;
        double charge = Double.NaN;
        if (options.mode() == OrderingMode.RANDOM || ng == 0) {
            occupants = RandomArrangement.draw(slots, counts.counts(), master.split());
            if (options.mode() == OrderingMode.EWALD) {
                double[] q = siteCharges(sup, options);
                energy = PairEnergyMatrix.compute(sup.lattice(), sup.cartCoords(),
                        EwaldParameters.forPairMatrix(sup.lattice(), options.ewaldAccuracy())).energy(q);
                sampleEnergies = new double[] {energy};
                charge = Arrays.stream(q).sum();
            }
        } else {
            double[] fixedCharges = new double[sup.size()];
            double[][] speciesCharges = new double[ng][];
            boolean[] inGroup = new boolean[sup.size()];
            for (int g = 0; g < ng; g++) {
                speciesCharges[g] = new double[species.get(g).size()];
                for (int s = 0; s < speciesCharges[g].length; s++) {
                    speciesCharges[g][s] = charge(species.get(g).get(s), options);
                }
                for (int i : slots[g]) {
                    inGroup[i] = true;
                }
            }
            for (int i = 0; i < sup.size(); i++) {
                if (!inGroup[i]) {
                    fixedCharges[i] = charge(sup.site(i).majoritySpecies(), options);
                }
            }
            if (sup.size() > MAX_EWALD_SITES) {
                throw new InvalidInputException("Ewald ordering of " + sup.size() + " sites is not supported (limit "
                        + MAX_EWALD_SITES + ": the pair-energy matrix grows as N^2); use a smaller supercell or random mode");
            }
            PairEnergyMatrix phi = PairEnergyMatrix.compute(sup.lattice(), sup.cartCoords(),
                    EwaldParameters.forPairMatrix(sup.lattice(), options.ewaldAccuracy()));
            EwaldOrdering search = new EwaldOrdering(phi.copyMatrix(), fixedCharges, slots, speciesCharges);
            sampleEnergies = new double[options.samples()];
            occupants = null;
            for (int k = 0; k < options.samples(); k++) {
                SplittableRandom rnd = master.split();
                int[][] occ = RandomArrangement.draw(slots, counts.counts(), rnd);
                sampleEnergies[k] = search.energy(occ);
                double e = search.refine(occ, options.refinement(), rnd);
                if (occupants == null || e < energy) {
                    occupants = occ;
                    energy = e;
                    chosen = k;
                }
            }
            charge = Arrays.stream(search.charges(occupants)).sum();
        }

        Structure ordered = build(sup, slots, species, occupants, merging);
        List<SiteGroup> groups = new ArrayList<>(ng);
        for (int g = 0; g < ng; g++) {
            Map<Species, Double> target = new LinkedHashMap<>();
            Map<Species, Integer> placed = new LinkedHashMap<>();
            int used = 0;
            for (int s = 0; s < species.get(g).size(); s++) {
                target.put(species.get(g).get(s), slots[g].length * occupancies.get(g)[s]);
                placed.put(species.get(g).get(s), counts.counts()[g][s]);
                used += counts.counts()[g][s];
            }
            Site rep = representative.get(g);
            groups.add(new SiteGroup(rep.label(), rep.species(), multiplicity[g], slots[g].length, target, placed,
                    slots[g].length - used));
        }
        Composition target = merged.composition().times(cells);
        return new OrderingResult(ordered, options.mode(), options.seed(), matrix, groups, target,
                compositionError(ordered.composition(), target), counts.maxCountError(), exact || ng == 0,
                energy, sampleEnergies, chosen, charge);
    }

    /** Species amounts on the ordered sites. */
    private static Map<Species, Double> orderedAmounts(Structure s) {
        Map<Species, Double> m = new LinkedHashMap<>();
        for (Site site : s.sites()) {
            if (site.isOrdered()) {
                m.merge(site.majoritySpecies(), 1.0, Double::sum);
            }
        }
        return m;
    }

    private static double compositionError(Composition actual, Composition target) {
        double e = 0;
        for (Map.Entry<Species, Double> t : target.amounts().entrySet()) {
            e = Math.max(e, Math.abs(actual.amount(t.getKey()) - t.getValue()) / t.getValue());
        }
        for (Species sp : actual.species()) {
            if (target.amount(sp) == 0) {
                e = Double.POSITIVE_INFINITY;
            }
        }
        return e;
    }

    private static double charge(Species sp, OrderingOptions options) {
        if (sp.hasOxidationState()) {
            return sp.oxidationState();
        }
        Double q = options.charges().get(sp.element());
        if (q == null) {
            throw new InvalidInputException("Ewald ordering needs charges: species " + sp
                    + " has no oxidation state; assign oxidation states or give a charge for " + sp.element());
        }
        return q;
    }

    /** Charges of an ordered structure's sites. */
    private static double[] siteCharges(Structure s, OrderingOptions options) {
        double[] q = new double[s.size()];
        for (int i = 0; i < q.length; i++) {
            q[i] = charge(s.site(i).majoritySpecies(), options);
        }
        return q;
    }

    private static Structure build(Structure sup, int[][] slots, List<List<Species>> species, int[][] occupants,
                                   DisorderedSites.Merged merging) {
        Species[] assigned = new Species[sup.size()];
        boolean[] vacant = new boolean[sup.size()];
        boolean[] inGroup = new boolean[sup.size()];
        for (int g = 0; g < slots.length; g++) {
            for (int k = 0; k < slots[g].length; k++) {
                int i = slots[g][k];
                inGroup[i] = true;
                int o = occupants[g][k];
                if (o < 0) {
                    vacant[i] = true;
                } else {
                    assigned[i] = species.get(g).get(o);
                }
            }
        }
        Structure.Builder b = Structure.builder(sup.lattice());
        for (int i = 0; i < sup.size(); i++) {
            Site site = sup.site(i);
            if (!inGroup[i]) {
                b.add(site);
            } else if (!vacant[i]) {
                b.add(Site.of(assigned[i], site.frac(), merging.labelOf(site.label(), assigned[i])));
            }
        }
        return b.build();
    }
}
