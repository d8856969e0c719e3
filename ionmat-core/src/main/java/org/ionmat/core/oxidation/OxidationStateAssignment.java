package org.ionmat.core.oxidation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.composition.Composition;
import org.ionmat.core.composition.OxidationStateGuess;
import org.ionmat.core.composition.OxidationStateGuesser;
import org.ionmat.core.composition.OxidationStateOptions;
import org.ionmat.core.composition.OxidationStatistics;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Structure;
import org.ionmat.core.symmetry.analysis.SymmetryAnalysis;

/**
 * The oxidation states of a structure, from the best source available: the file's own annotations
 * ({@code Li1+} type symbols), else bond-valence analysis of the structure
 * ({@link BondValenceAnalyzer}), else the best charge-balanced guess from the composition alone.
 *
 * @param source    where the states come from
 * @param averages  occupancy-weighted average oxidation state per element, electronegativity order
 * @param decorated the structure with oxidation states on every species (null for the composition
 *                  sources, which do not say which site holds which state of a mixed-valence element)
 * @param netCharge net charge of the cell with these states, e (0 except for
 *                  {@link Source#COMPOSITION_APPROXIMATE})
 */
public record OxidationStateAssignment(Source source, Map<Element, Double> averages, Structure decorated,
                                       double netCharge) {

    /**
     * Largest net charge, relative to the total positive charge, accepted for an approximate
     * assignment of a composition that no integer states balance exactly (1 %).
     */
    public static final double APPROXIMATE_TOLERANCE = 0.01;

    /** Where oxidation states came from. */
    public enum Source {
        /** Oxidation states given in the file. */
        FILE,
        /** Bond-valence analysis of the structure. */
        BOND_VALENCE,
        /** Charge-balanced guess from the composition. */
        COMPOSITION,
        /**
         * One common state per element that nearly balances a non-stoichiometric composition (e.g.
         * refined occupancies of a disordered cell); the residual is reported as the net charge.
         */
        COMPOSITION_APPROXIMATE;

        /** Lower-case name with hyphens, as reported in JSON. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public OxidationStateAssignment {
        averages = Collections.unmodifiableMap(new LinkedHashMap<>(averages));
    }

    /**
     * Groups of symmetry-equivalent sites at the tolerances of pymatgen's BVAnalyzer (0.1 Å, 5°),
     * falling back to CIF labels when the symmetry analysis fails.
     */
    public static int[] symmetryGroups(Structure s) {
        try {
            return SymmetryAnalysis.of(s, 0.1, 5.0).equivalentAtoms();
        } catch (InvalidInputException e) {
            return BondValenceAnalyzer.groupsByLabel(s);
        }
    }

    /**
     * Oxidation states of {@code s}; empty when the file has none, bond-valence analysis fails and no
     * charge-balanced guess exists.
     *
     * @param groups groups of equivalent sites for the bond-valence analysis (null: the
     *               crystallographic orbits found by {@link #symmetryGroups})
     */
    public static Optional<OxidationStateAssignment> of(Structure s, int[] groups) {
        return of(s, groups, BondValenceAnalyzer.Options.DEFAULTS);
    }

    /**
     * Oxidation states of {@code s} with options for the bond-valence analysis (e.g. forbidden
     * species; the composition guess also avoids them where it can).
     */
    public static Optional<OxidationStateAssignment> of(Structure s, int[] groups, BondValenceAnalyzer.Options options) {
        Composition comp = s.composition();
        if (!comp.isEmpty() && comp.species().stream().allMatch(Species::hasOxidationState)) {
            Map<Element, double[]> acc = new EnumMap<>(Element.class);
            comp.amounts().forEach((sp, v) -> {
                double[] a = acc.computeIfAbsent(sp.element(), e -> new double[2]);
                a[0] += v * sp.oxidationState();
                a[1] += v;
            });
            Map<Element, Double> avg = new LinkedHashMap<>();
            comp.elementAmounts().keySet().forEach(e -> avg.put(e, acc.get(e)[0] / acc.get(e)[1]));
            return Optional.of(new OxidationStateAssignment(Source.FILE, avg, s, 0));
        }
        Structure plain = s.withoutOxidationStates();
        Optional<BondValenceAnalyzer.Assignment> bv = BondValenceAnalyzer.assign(plain,
                groups != null ? groups : symmetryGroups(plain), options);
        if (bv.isPresent()) {
            return Optional.of(new OxidationStateAssignment(Source.BOND_VALENCE, bv.get().averages(plain),
                    bv.get().decorate(plain), 0));
        }
        try {
            OxidationStateOptions go = OxidationStateOptions.DEFAULTS.withMaxResults(1);
            for (Element e : comp.elements()) {
                List<Integer> allowed = OxidationStatistics.icsdStates(e).stream()
                        .filter(q -> !options.forbidden().contains(Species.of(e, q))).toList();
                if (!allowed.isEmpty() && allowed.size() < OxidationStatistics.icsdStates(e).size()) {
                    go = go.withOverride(e, allowed);
                }
            }
            List<OxidationStateGuess> gl = OxidationStateGuesser.guesses(comp.withoutOxidationStates(), go);
            Optional<OxidationStateGuess> g = gl.isEmpty() ? Optional.empty() : Optional.of(gl.get(0));
            if (g.isPresent()) {
                return Optional.of(new OxidationStateAssignment(Source.COMPOSITION, g.get().averages(), null, 0));
            }
        } catch (InvalidInputException e) {
            // search too large: fall through to the approximate assignment
        }
        return approximate(comp.withoutOxidationStates());
    }

    /**
     * One ICSD state per element minimising the net charge (ties: the more common states), accepted
     * when the net charge is within {@link #APPROXIMATE_TOLERANCE} of the total positive charge.
     */
    static Optional<OxidationStateAssignment> approximate(Composition comp) {
        List<Element> els = comp.elements();
        int n = els.size();
        if (n < 2) {
            return Optional.empty();
        }
        int[][] cand = new int[n][];
        double[] amount = new double[n];
        long combos = 1;
        for (int k = 0; k < n; k++) {
            List<Integer> st = OxidationStatistics.icsdStates(els.get(k));
            if (st.isEmpty()) {
                st = els.get(k).oxidationStates();
            }
            cand[k] = st.stream().mapToInt(Integer::intValue).filter(q -> q != 0).toArray();
            amount[k] = comp.amount(els.get(k));
            combos *= Math.max(1, cand[k].length);
            if (cand[k].length == 0 || combos > 2_000_000) {
                return Optional.empty();
            }
        }
        int[] idx = new int[n];
        int[] best = null;
        double bestNet = Double.POSITIVE_INFINITY;
        double bestScore = -1;
        double bestPositive = 0;
        while (true) {
            double net = 0;
            double positive = 0;
            double score = 0;
            for (int k = 0; k < n; k++) {
                int q = cand[k][idx[k]];
                net += amount[k] * q;
                positive += q > 0 ? amount[k] * q : 0;
                score += amount[k] * OxidationStatistics.occurrence(els.get(k), q);
            }
            double a = Math.abs(net);
            if (a < bestNet - 1e-9 || (Math.abs(a - bestNet) <= 1e-9 && score > bestScore)) {
                bestNet = a;
                bestScore = score;
                best = idx.clone();
                bestPositive = positive;
            }
            int k = 0;
            while (k < n && ++idx[k] == cand[k].length) {
                idx[k] = 0;
                k++;
            }
            if (k == n) {
                break;
            }
        }
        if (best == null || !(bestPositive > 0) || bestNet > APPROXIMATE_TOLERANCE * bestPositive) {
            return Optional.empty();
        }
        Map<Element, Double> avg = new LinkedHashMap<>();
        double net = 0;
        for (int k = 0; k < n; k++) {
            avg.put(els.get(k), (double) cand[k][best[k]]);
            net += amount[k] * cand[k][best[k]];
        }
        return Optional.of(new OxidationStateAssignment(Source.COMPOSITION_APPROXIMATE, avg, null, net));
    }
}
