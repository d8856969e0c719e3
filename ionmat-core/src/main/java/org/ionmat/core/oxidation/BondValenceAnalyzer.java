package org.ionmat.core.oxidation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ionmat.core.composition.Composition;
import org.ionmat.core.composition.OxidationStatistics;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Site;
import org.ionmat.core.structure.Structure;

/**
 * Oxidation states of the sites of a structure by maximum a posteriori estimation from bond-valence
 * sums, the method of pymatgen's {@code BVAnalyzer} (S. P. Ong et al., Comput. Mater. Sci. 68, 314
 * (2013)):
 * <ol>
 * <li>The bond-valence sum of one site of each group of equivalent sites ({@link BondValenceSums},
 * O'Keeffe–Brese parameters, neighbors within 4 Å, distances scaled by 1.015).</li>
 * <li>For each oxidation state q of the site's element, P(q | BVS) ∝ N(BVS; μ_q, σ_q) · n_q, with μ,
 * σ the ICSD statistics of the bond-valence sum of that species and n_q its ICSD occurrence count
 * ({@link OxidationStatistics}); states with P below 1 % (0.1 % on disordered sites) of the best are
 * dropped.</li>
 * <li>The charge-neutral combination over the groups with the largest product of probabilities is
 * chosen by a depth-first search that prunes branches which can no longer balance; the states of
 * one element on different groups may differ by at most 1 (2 on disordered structures). At most
 * {@code maxPermutations} nodes are visited.</li>
 * </ol>
 * Groups are visited in order of decreasing average electronegativity. Sites are grouped by the
 * caller (crystallographic orbits from a symmetry analysis, or CIF labels); {@link #groupsByLabel}
 * gives the label grouping.
 */
public final class BondValenceAnalyzer {

    /**
     * @param maxRadius       neighbor radius for the bond-valence sums, Å (default 4)
     * @param distanceScale   distance scale factor (default 1.015, for GGA-relaxed cells; 1 for experimental structures)
     * @param maxPermutations largest number of search nodes (default 100 000)
     * @param chargeTolerance tolerance on neutrality for disordered structures, e (default 1e-5)
     * @param forbidden       species never assigned (e.g. {@code O-}); empty by default
     */
    public record Options(double maxRadius, double distanceScale, int maxPermutations, double chargeTolerance,
                          java.util.Set<Species> forbidden) {
        /** The defaults of pymatgen's analyzer. */
        public static final Options DEFAULTS = new Options(4.0, 1.015, 100_000, 1e-5, java.util.Set.of());

        public Options {
            forbidden = java.util.Set.copyOf(forbidden);
        }

        /** These options with the given species forbidden. */
        public Options withForbidden(java.util.Set<Species> species) {
            return new Options(maxRadius, distanceScale, maxPermutations, chargeTolerance, species);
        }
    }

    /**
     * The result: per site, one oxidation state per species of the site (in electronegativity order).
     *
     * @param states      states[site][k] for the k-th species of the site in electronegativity order
     * @param bvSums      bond-valence sum of each site's group representative (valence units)
     */
    public record Assignment(int[][] states, double[] bvSums) {

        /** The structure with every species decorated with its oxidation state. */
        public Structure decorate(Structure s) {
            Structure.Builder nb = Structure.builder(s.lattice());
            for (int i = 0; i < s.size(); i++) {
                Map<Species, Double> occ = new LinkedHashMap<>();
                List<Map.Entry<Species, Double>> entries = species(s.site(i));
                for (int k = 0; k < entries.size(); k++) {
                    Species sp = entries.get(k).getKey();
                    occ.merge(Species.of(sp.element(), states[i][k]), entries.get(k).getValue(), Double::sum);
                }
                nb.add(new Site(Composition.of(occ), s.site(i).frac(), s.site(i).label()));
            }
            s.properties().forEach(nb::property);
            return nb.build();
        }

        /** Occupancy-weighted average oxidation state of each element. */
        public Map<Element, Double> averages(Structure s) {
            Map<Element, double[]> acc = new EnumMap<>(Element.class);
            for (int i = 0; i < s.size(); i++) {
                List<Map.Entry<Species, Double>> entries = species(s.site(i));
                for (int k = 0; k < entries.size(); k++) {
                    double[] a = acc.computeIfAbsent(entries.get(k).getKey().element(), e -> new double[2]);
                    a[0] += entries.get(k).getValue() * states[i][k];
                    a[1] += entries.get(k).getValue();
                }
            }
            Map<Element, Double> out = new LinkedHashMap<>();
            s.composition().elementAmounts().keySet().forEach(e -> out.put(e, acc.get(e)[0] / acc.get(e)[1]));
            return out;
        }
    }

    private BondValenceAnalyzer() {
    }

    /** Groups sites with the same label and species (labels of CIF-derived structures name the orbits). */
    public static int[] groupsByLabel(Structure s) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        int[] g = new int[s.size()];
        for (int i = 0; i < g.length; i++) {
            String key = s.label(i) + "\u0000" + s.speciesAt(i);
            g[i] = ids.computeIfAbsent(key, k -> ids.size());
        }
        return g;
    }

    /**
     * Assigns oxidation states.
     *
     * @param groups group index of every site (equivalent sites share an index)
     * @return the assignment, or empty when no charge-balanced assignment is found or an element
     *         has no parameters or statistics
     */
    public static Optional<Assignment> assign(Structure s, int[] groups, Options o) {
        if (groups.length != s.size()) {
            throw new IllegalArgumentException("need one group index per site");
        }
        for (Element e : s.composition().elementAmounts().keySet()) {
            if (!OKeeffeBreseParameters.has(e)) {
                return Optional.empty();
            }
        }
        // groups in order of first appearance, then stably by decreasing average electronegativity
        Map<Integer, List<Integer>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < groups.length; i++) {
            byGroup.computeIfAbsent(groups[i], k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> equi = new ArrayList<>(byGroup.values());
        equi.sort(Comparator.comparingDouble((List<Integer> g) -> -averageElectronegativity(s.site(g.get(0)))));
        double[] bvs = BondValenceSums.compute(s, o.maxRadius(), o.distanceScale());
        boolean ordered = s.isOrdered();
        // flattened slots: one per (group, species of its representative in Z order)
        List<int[]> candidates = new ArrayList<>();
        List<double[]> probabilities = new ArrayList<>();
        List<Element> slotElement = new ArrayList<>();
        List<Double> weight = new ArrayList<>();
        List<Integer> slotGroup = new ArrayList<>();
        for (int g = 0; g < equi.size(); g++) {
            Site rep = s.site(equi.get(g).get(0));
            double sum = bvs[equi.get(g).get(0)];
            for (Map.Entry<Species, Double> sp : species(rep)) {
                Element e = sp.getKey().element();
                int[] states = Arrays.stream(statesWithStatistics(e))
                        .filter(q -> !o.forbidden().contains(Species.of(e, q))).toArray();
                double[] p = posterior(e, states, sum);
                Integer[] order = new Integer[states.length];
                for (int k = 0; k < order.length; k++) {
                    order[k] = k;
                }
                Arrays.sort(order, (x, y) -> Double.compare(p[y], p[x]));
                double cut = (ordered ? 0.01 : 0.001) * (order.length > 0 ? p[order[0]] : 0);
                int[] keep = Arrays.stream(order).filter(k -> p[k] > cut).mapToInt(k -> states[k]).toArray();
                double[] keepP = Arrays.stream(order).filter(k -> p[k] > cut).mapToDouble(k -> p[k]).toArray();
                if (keep.length == 0) {
                    return Optional.empty();
                }
                candidates.add(keep);
                probabilities.add(keepP);
                slotElement.add(e);
                weight.add(equi.get(g).size() * (ordered ? 1.0 : sp.getValue()));
                slotGroup.add(g);
            }
        }
        Search search = new Search(candidates, probabilities, slotElement, weight, ordered ? 0 : o.chargeTolerance(),
                ordered ? 1 : 2, o.maxPermutations());
        search.run();
        if (search.best == null) {
            return Optional.empty();
        }
        int[][] states = new int[s.size()][];
        int slot = 0;
        for (int g = 0; g < equi.size(); g++) {
            int nsp = species(s.site(equi.get(g).get(0))).size();
            int[] st = new int[nsp];
            for (int k = 0; k < nsp; k++) {
                st[k] = search.best[slot++];
            }
            for (int i : equi.get(g)) {
                states[i] = st.clone();
            }
        }
        double[] repSums = new double[s.size()];
        for (List<Integer> g : equi) {
            for (int i : g) {
                repSums[i] = bvs[g.get(0)];
            }
        }
        return Optional.of(new Assignment(states, repSums));
    }

    /** Oxidation states of {@code e} with usable ICSD statistics (non-zero state, σ > 0). */
    private static int[] statesWithStatistics(Element e) {
        List<Integer> out = new ArrayList<>();
        for (int q : OxidationStatistics.bondValenceSumStates(e)) {
            double[] st = OxidationStatistics.bondValenceSum(e, q);
            if (q != 0 && st != null && st[1] > 0) {
                out.add(q);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double[] posterior(Element e, int[] states, double bvs) {
        double[] p = new double[states.length];
        double total = 0;
        for (int k = 0; k < states.length; k++) {
            double[] st = OxidationStatistics.bondValenceSum(e, states[k]);
            double z = (bvs - st[0]) / st[1];
            p[k] = Math.exp(-0.5 * z * z) / st[1] * OxidationStatistics.occurrence(e, states[k]);
            total += p[k];
        }
        for (int k = 0; k < p.length; k++) {
            p[k] = total > 0 ? p[k] / total : 0;
        }
        return p;
    }

    private static double averageElectronegativity(Site site) {
        double s = 0;
        double n = 0;
        for (Map.Entry<Species, Double> e : site.species().amounts().entrySet()) {
            s += e.getValue() * e.getKey().element().electronegativity();
            n += e.getValue();
        }
        return s / n;
    }

    /** Species of a site in electronegativity order (the order of pymatgen's analyzer for mixed sites). */
    static List<Map.Entry<Species, Double>> species(Site site) {
        return new ArrayList<>(site.species().amounts().entrySet());
    }

    /** Depth-first search for the most probable charge-neutral assignment. */
    private static final class Search {
        private final int[][] cand;
        private final double[][] prob;
        private final Element[] element;
        private final double[] weight;
        private final double tol;
        private final int maxSpread;
        private final int maxNodes;
        private final double[] minRest;
        private final double[] maxRest;
        private final int[] current;
        private int nodes;
        private double bestScore;
        int[] best;

        Search(List<int[]> cand, List<double[]> prob, List<Element> element, List<Double> weight, double tol,
               int maxSpread, int maxNodes) {
            int n = cand.size();
            this.cand = cand.toArray(new int[0][]);
            this.prob = prob.toArray(new double[0][]);
            this.element = element.toArray(new Element[0]);
            this.weight = weight.stream().mapToDouble(Double::doubleValue).toArray();
            this.tol = tol;
            this.maxSpread = maxSpread;
            this.maxNodes = maxNodes;
            this.minRest = new double[n + 1];
            this.maxRest = new double[n + 1];
            for (int i = n - 1; i >= 0; i--) {
                int lo = Arrays.stream(this.cand[i]).min().getAsInt();
                int hi = Arrays.stream(this.cand[i]).max().getAsInt();
                minRest[i] = minRest[i + 1] + this.weight[i] * lo;
                maxRest[i] = maxRest[i + 1] + this.weight[i] * hi;
            }
            this.current = new int[n];
        }

        void run() {
            recurse(0, 0.0);
        }

        private void recurse(int i, double assignedCharge) {
            if (nodes > maxNodes) {
                return;
            }
            double highest = assignedCharge + maxRest[i];
            double lowest = assignedCharge + minRest[i];
            if (highest < -tol || lowest > tol) {
                nodes++;
                return;
            }
            if (i == cand.length) {
                evaluate();
                nodes++;
                return;
            }
            for (int v : cand[i]) {
                current[i] = v;
                recurse(i + 1, assignedCharge + weight[i] * v);
            }
        }

        private void evaluate() {
            Map<Element, int[]> range = new EnumMap<>(Element.class);
            for (int i = 0; i < current.length; i++) {
                int[] r = range.computeIfAbsent(element[i], e -> new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE});
                r[0] = Math.min(r[0], current[i]);
                r[1] = Math.max(r[1], current[i]);
            }
            for (int[] r : range.values()) {
                if (r[1] - r[0] > maxSpread) {
                    return;
                }
            }
            double score = 1;
            for (int i = 0; i < current.length; i++) {
                int k = indexOf(cand[i], current[i]);
                score *= prob[i][k];
            }
            if (score > bestScore) {
                bestScore = score;
                best = current.clone();
            }
        }

        private static int indexOf(int[] a, int v) {
            for (int k = 0; k < a.length; k++) {
                if (a[k] == v) {
                    return k;
                }
            }
            return -1;
        }
    }
}
