package org.ionmat.core.io.cif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.ionmat.core.composition.Composition;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Site;
import org.ionmat.core.symmetry.SymmetryOperation;

/**
 * Expands the sites of an asymmetric unit with symmetry operations into all sites of the cell,
 * merging sites that coincide, in the way pymatgen's {@code CifParser} does so that the same CIF
 * gives the same sites in the same order:
 *
 * <ol>
 * <li>Each new asymmetric-unit site is compared with the sites added before: if some operation
 * maps it onto one of them (every fractional coordinate within {@code tol} modulo 1), its species
 * and occupancy are added to that site, which thereby becomes a mixed or fuller site.</li>
 * <li>Sites with equal species and occupancies form groups (ordered as pymatgen orders
 * compositions); within a group, every operation is applied to every site, coordinates are wrapped
 * into [0, 1) and an image is kept unless it lies within {@code tol} of an image kept before.</li>
 * <li>The result is sorted stably by the mean electronegativity of each site's species, then by
 * pymatgen's species string ({@code "Li"}, {@code "Li:0.500, La:0.500"}).</li>
 * </ol>
 * Each image keeps the label of its asymmetric-unit site (of the first one for merged sites).
 */
final class SiteExpander {

    private static final double AMOUNT_TOLERANCE = 1e-8; // pymatgen Composition.amount_tolerance

    /** A site of the asymmetric unit with species in insertion order. */
    static final class AsymSite {
        final double[] frac;
        final String label;
        final LinkedHashMap<Species, Double> species = new LinkedHashMap<>();
        final List<String> mergedLabels = new ArrayList<>();

        AsymSite(double[] frac, String label) {
            this.frac = frac;
            this.label = label;
            mergedLabels.add(label);
        }

        double occupancy() {
            double s = 0;
            for (double v : species.values()) {
                s += v;
            }
            return s;
        }
    }

    private final int[][] rot;
    private final double[][] tra;
    private final double tol;
    private final List<AsymSite> asym = new ArrayList<>();
    private final PeriodicPointSet asymPoints;

    SiteExpander(List<SymmetryOperation> ops, double tol) {
        this.tol = tol;
        this.rot = new int[ops.size()][];
        this.tra = new double[ops.size()][];
        for (int i = 0; i < ops.size(); i++) {
            rot[i] = ops.get(i).rotation();
            tra[i] = ops.get(i).translation();
        }
        this.asymPoints = new PeriodicPointSet(tol);
    }

    /**
     * Adds an asymmetric-unit site with one species; returns the site it was merged into (which is a
     * new site when nothing matched).
     */
    AsymSite add(Species species, double occupancy, double[] frac, String label) {
        double[] p = new double[3];
        for (int o = 0; o < rot.length; o++) {
            apply(o, frac, p);
            int hit = asymPoints.find(p);
            if (hit >= 0) {
                AsymSite s = asym.get(hit);
                s.species.merge(species, occupancy, Double::sum);
                if (!s.mergedLabels.contains(label)) {
                    s.mergedLabels.add(label);
                }
                return s;
            }
        }
        AsymSite s = new AsymSite(frac.clone(), label);
        s.species.put(species, occupancy);
        asym.add(s);
        asymPoints.add(s.frac);
        return s;
    }

    /** All sites of the cell, in pymatgen's order. */
    List<Site> expand() {
        // 1. group asymmetric sites by composition (tolerant equality), groups in first-seen order
        List<List<AsymSite>> groups = new ArrayList<>();
        for (AsymSite s : asym) {
            List<AsymSite> g = null;
            for (List<AsymSite> cand : groups) {
                if (sameComposition(cand.get(0).species, s.species)) {
                    g = cand;
                    break;
                }
            }
            if (g == null) {
                g = new ArrayList<>();
                groups.add(g);
            }
            g.add(s);
        }
        groups.sort((x, y) -> compareCompositions(x.get(0).species, y.get(0).species));

        // 2. expand each group, dropping images that coincide with earlier images of the group
        record Image(double[] frac, AsymSite from, double meanX, String speciesString) {
        }
        List<Image> images = new ArrayList<>();
        for (List<AsymSite> g : groups) {
            Map<Species, Double> comp = g.get(0).species;
            double meanX = meanElectronegativity(comp);
            String str = speciesString(comp);
            PeriodicPointSet seen = new PeriodicPointSet(tol);
            for (AsymSite s : g) {
                for (int o = 0; o < rot.length; o++) {
                    double[] p = new double[3];
                    apply(o, s.frac, p);
                    for (int k = 0; k < 3; k++) {
                        p[k] = p[k] - Math.floor(p[k]);
                    }
                    if (seen.find(p) < 0) {
                        seen.add(p);
                        images.add(new Image(p, s, meanX, str));
                    }
                }
            }
        }

        // 3. stable sort by mean electronegativity, then species string
        images.sort(Comparator.comparingDouble(Image::meanX).thenComparing(Image::speciesString));
        List<Site> sites = new ArrayList<>(images.size());
        Map<AsymSite, Composition> comps = new LinkedHashMap<>();
        for (Image im : images) {
            Composition c = comps.computeIfAbsent(im.from, a -> Composition.of(a.species));
            sites.add(new Site(c, im.frac, im.from.label));
        }
        return sites;
    }

    private void apply(int o, double[] f, double[] out) {
        int[] r = rot[o];
        double[] t = tra[o];
        out[0] = r[0] * f[0] + r[1] * f[1] + r[2] * f[2] + t[0];
        out[1] = r[3] * f[0] + r[4] * f[1] + r[5] * f[2] + t[1];
        out[2] = r[6] * f[0] + r[7] * f[1] + r[8] * f[2] + t[2];
    }

    static boolean sameComposition(Map<Species, Double> a, Map<Species, Double> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Map.Entry<Species, Double> e : a.entrySet()) {
            Double v = b.get(e.getKey());
            if (v == null || Math.abs(v - e.getValue()) > AMOUNT_TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    /** pymatgen's composition sort order: amounts compared species by species in species order. */
    static int compareCompositions(Map<Species, Double> a, Map<Species, Double> b) {
        TreeSet<Species> all = new TreeSet<>(a.keySet());
        all.addAll(b.keySet());
        for (Species sp : all) {
            double x = a.getOrDefault(sp, 0.0);
            double y = b.getOrDefault(sp, 0.0);
            if (y - x >= AMOUNT_TOLERANCE) {
                return -1;
            }
            if (x - y >= AMOUNT_TOLERANCE) {
                return 1;
            }
        }
        return 0;
    }

    /** Occupancy-weighted mean Pauling electronegativity (species in insertion order). */
    static double meanElectronegativity(Map<Species, Double> comp) {
        double s = 0;
        double n = 0;
        for (Map.Entry<Species, Double> e : comp.entrySet()) {
            s += e.getKey().element().electronegativity() * Math.abs(e.getValue());
        }
        for (double v : comp.values()) {
            n += v;
        }
        return s / n;
    }

    /**
     * pymatgen's {@code species_string}: the species for an ordered site, else
     * {@code "A:0.500, B:0.500"} with species in electronegativity order.
     */
    static String speciesString(Map<Species, Double> comp) {
        if (comp.size() == 1) {
            Map.Entry<Species, Double> e = comp.entrySet().iterator().next();
            if (e.getValue() == 1.0) {
                return e.getKey().toString();
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Species sp : new TreeSet<>(comp.keySet())) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            // Python's "%.3f": the exact binary value rounded half-even
            sb.append(sp).append(':').append(new java.math.BigDecimal(comp.get(sp))
                    .setScale(3, java.math.RoundingMode.HALF_EVEN).toPlainString());
        }
        return sb.toString();
    }
}
