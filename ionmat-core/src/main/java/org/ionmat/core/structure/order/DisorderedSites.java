package org.ionmat.core.structure.order;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.composition.Composition;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.MinimumImage;
import org.ionmat.core.structure.Site;
import org.ionmat.core.structure.Structure;

/**
 * Preparation of a disordered structure for ordering: merging of (nearly) coincident sites into
 * one mixed site, and grouping of the disordered sites into orbits.
 */
final class DisorderedSites {

    /** Total occupancy of a site above which the input is rejected. */
    static final double MAX_OCCUPANCY = 1.01;

    private DisorderedSites() {
    }

    /**
     * A structure after merging, and for merged labels the original label of each species (so that
     * an atom placed on a merged La/Sr site can be labelled La1 or Sr1 again).
     */
    record Merged(Structure structure, Map<String, Map<Species, String>> speciesLabels) {
        String labelOf(String mergedLabel, Species species) {
            Map<Species, String> m = speciesLabels.get(mergedLabel);
            String l = m == null ? null : m.get(species);
            return l == null ? mergedLabel : l;
        }
    }

    /**
     * Merges sites closer than {@code distance} (Å, minimum image) into one site at the position of
     * the first, with the summed species and the labels joined by '+'. CIFs often list the species
     * of a mixed site as separate rows at the same position.
     *
     * @throws InvalidInputException if a (merged) site holds more than 1.01 atoms
     */
    static Merged merge(Structure s, double distance) {
        int n = s.size();
        int[] owner = new int[n];
        for (int i = 0; i < n; i++) {
            owner[i] = i;
        }
        if (distance > 0) {
            Lattice l = s.lattice();
            double[] w = l.perpendicularWidths();
            double[] f = s.fracCoords();
            double d2 = distance * distance;
            for (int i = 0; i < n; i++) {
                if (owner[i] != i) {
                    continue;
                }
                for (int j = i + 1; j < n; j++) {
                    if (owner[j] == j && MinimumImage.distanceSquared(l, f[3 * j] - f[3 * i],
                            f[3 * j + 1] - f[3 * i + 1], f[3 * j + 2] - f[3 * i + 2], w, null) < d2) {
                        owner[j] = i;
                    }
                }
            }
        }
        Map<Integer, Composition> species = new LinkedHashMap<>();
        Map<Integer, List<String>> labels = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            int o = owner[i];
            species.merge(o, s.site(i).species(), Composition::plus);
            List<String> ls = labels.computeIfAbsent(o, k -> new ArrayList<>());
            if (!ls.contains(s.site(i).label())) {
                ls.add(s.site(i).label());
            }
        }
        Map<String, Map<Species, String>> speciesLabels = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            int o = owner[i];
            if (labels.get(o).size() > 1) {
                String merged = String.join("+", labels.get(o));
                for (Species sp : s.site(i).species().species()) {
                    speciesLabels.computeIfAbsent(merged, k -> new LinkedHashMap<>()).putIfAbsent(sp, s.site(i).label());
                }
            }
        }
        List<Site> sites = new ArrayList<>(species.size());
        for (Map.Entry<Integer, Composition> e : species.entrySet()) {
            Composition c = e.getValue();
            String label = String.join("+", labels.get(e.getKey()));
            if (c.numAtoms() > MAX_OCCUPANCY) {
                throw new InvalidInputException(String.format(Locale.ROOT,
                        "site %s at %s holds %.4f atoms (%s); occupancies of a site must sum to at most 1",
                        label, formatFrac(s.frac(e.getKey())), c.numAtoms(), c));
            }
            sites.add(new Site(c, s.frac(e.getKey()), label));
        }
        return new Merged(Structure.of(s.lattice(), sites), speciesLabels);
    }

    private static String formatFrac(double[] f) {
        return String.format(Locale.ROOT, "(%.5f, %.5f, %.5f)", f[0], f[1], f[2]);
    }

    /** Grouping key of a disordered site; null for an ordered site. */
    static String key(Site site, SiteGrouping grouping) {
        if (site.isOrdered()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        if (grouping == SiteGrouping.LABEL) {
            sb.append(site.label());
        }
        sb.append('|');
        for (Map.Entry<Species, Double> e : site.species().amounts().entrySet()) {
            sb.append(e.getKey()).append(':').append(String.format(Locale.ROOT, "%.6f", e.getValue())).append(' ');
        }
        return sb.toString();
    }

    /** Indices of the disordered sites of each group, groups in order of first appearance. */
    static Map<String, List<Integer>> groups(Structure s, SiteGrouping grouping) {
        Map<String, List<Integer>> g = new LinkedHashMap<>();
        for (int i = 0; i < s.size(); i++) {
            String k = key(s.site(i), grouping);
            if (k != null) {
                g.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        return g;
    }
}
