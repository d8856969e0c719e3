package org.ionmat.core.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Predicate;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.composition.Composition;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.units.Units;

/**
 * An immutable periodic crystal structure: a {@link Lattice} and sites with species (occupancies),
 * fractional coordinates, labels and optional per-site numeric properties (e.g. {@code "charge"},
 * {@code "magmom"} of width 1, {@code "velocities"} or {@code "forces"} of width 3).
 *
 * <p>Coordinates are kept as given (not wrapped into the cell) so that unwrapped trajectories and
 * round trips stay exact; use {@link #wrapped()} to fold them into [0, 1).
 * Modify through {@link #toBuilder()} or the {@code with...} methods, which return new structures.
 */
public final class Structure {


    private final Lattice lattice;
    private final Site[] sites;
    private final double[] frac;
    private final Map<String, SiteProperty> properties;
    private volatile double[] cart;

    Structure(Lattice lattice, List<Site> sites, Map<String, SiteProperty> properties) {
        this.lattice = Objects.requireNonNull(lattice, "lattice");
        this.sites = sites.toArray(new Site[0]);
        this.frac = new double[3 * this.sites.length];
        for (int i = 0; i < this.sites.length; i++) {
            for (int k = 0; k < 3; k++) {
                double v = this.sites[i].frac(k);
                if (!Double.isFinite(v)) {
                    throw new InvalidInputException("site " + (i + 1) + " (" + this.sites[i].label()
                            + ") has a non-finite coordinate");
                }
                frac[3 * i + k] = v;
            }
        }
        for (Map.Entry<String, SiteProperty> e : properties.entrySet()) {
            if (e.getValue().size() != this.sites.length) {
                throw new IllegalArgumentException("site property '" + e.getKey() + "' has "
                        + e.getValue().size() + " entries for " + this.sites.length + " sites");
            }
        }
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** A structure from a lattice and sites, without site properties. */
    public static Structure of(Lattice lattice, List<Site> sites) {
        return new Structure(lattice, sites, Map.of());
    }

    /**
     * An ordered structure from species and fractional coordinates (3 per site).
     */
    public static Structure of(Lattice lattice, List<Species> species, double[] fracCoords) {
        if (fracCoords.length != 3 * species.size()) {
            throw new IllegalArgumentException("need 3 coordinates per species");
        }
        List<Site> s = new ArrayList<>(species.size());
        for (int i = 0; i < species.size(); i++) {
            s.add(Site.of(species.get(i), Arrays.copyOfRange(fracCoords, 3 * i, 3 * i + 3)));
        }
        return of(lattice, s);
    }

    /** A new builder. */
    public static Builder builder(Lattice lattice) {
        return new Builder(lattice);
    }

    /** A builder initialised with this structure's lattice, sites and properties. */
    public Builder toBuilder() {
        Builder b = new Builder(lattice);
        b.sites.addAll(Arrays.asList(sites));
        b.properties.putAll(properties);
        return b;
    }

    /** The lattice. */
    public Lattice lattice() {
        return lattice;
    }

    /** Number of sites. */
    public int size() {
        return sites.length;
    }

    /** Site {@code i}. */
    public Site site(int i) {
        return sites[i];
    }

    /** All sites (unmodifiable). */
    public List<Site> sites() {
        return Collections.unmodifiableList(Arrays.asList(sites));
    }

    /** Species and occupancies of site {@code i}. */
    public Composition speciesAt(int i) {
        return sites[i].species();
    }

    /**
     * The species of ordered site {@code i}.
     *
     * @throws IllegalStateException if the site is partially occupied or mixed
     */
    public Species speciesOf(int i) {
        if (!sites[i].isOrdered()) {
            throw new IllegalStateException("site " + i + " (" + sites[i].label() + ") is disordered: "
                    + sites[i].species());
        }
        return sites[i].majoritySpecies();
    }

    /** The element of ordered site {@code i}. */
    public Element elementOf(int i) {
        return speciesOf(i).element();
    }

    /** Atomic numbers of an ordered structure, one per site. */
    public int[] atomicNumbers() {
        int[] z = new int[sites.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = elementOf(i).z();
        }
        return z;
    }

    /** Label of site {@code i}. */
    public String label(int i) {
        return sites[i].label();
    }

    /** Copy of the fractional coordinates of site {@code i}. */
    public double[] frac(int i) {
        return Arrays.copyOfRange(frac, 3 * i, 3 * i + 3);
    }

    /** Copy of all fractional coordinates, 3 per site. */
    public double[] fracCoords() {
        return frac.clone();
    }

    /** Copy of the Cartesian coordinates (Å) of site {@code i}. */
    public double[] cart(int i) {
        double[] c = cartView();
        return Arrays.copyOfRange(c, 3 * i, 3 * i + 3);
    }

    /** Copy of all Cartesian coordinates (Å), 3 per site. */
    public double[] cartCoords() {
        return cartView().clone();
    }

    private double[] cartView() {
        double[] c = cart;
        if (c == null) {
            c = lattice.toCartesianAll(frac);
            cart = c;
        }
        return c;
    }

    /** Names of the per-site properties. */
    public java.util.Set<String> propertyNames() {
        return properties.keySet();
    }

    /** A per-site property, or null. */
    public SiteProperty property(String name) {
        return properties.get(name);
    }

    /** All per-site properties (unmodifiable). */
    public Map<String, SiteProperty> properties() {
        return properties;
    }

    /** True if every site is occupied by exactly one species with occupancy 1. */
    public boolean isOrdered() {
        for (Site s : sites) {
            if (!s.isOrdered()) {
                return false;
            }
        }
        return true;
    }

    /** Cell content: occupancy-weighted sum of the species of all sites. */
    public Composition composition() {
        Map<Species, Double> m = new LinkedHashMap<>();
        for (Site s : sites) {
            s.species().amounts().forEach((sp, v) -> m.merge(sp, v, Double::sum));
        }
        return Composition.of(m);
    }

    /** Total number of atoms (sum of occupancies). */
    public double numAtoms() {
        double n = 0;
        for (Site s : sites) {
            n += s.occupancy();
        }
        return n;
    }

    /** Cell volume, Å^3. */
    public double volume() {
        return lattice.volume();
    }

    /** Density in g/cm^3 (occupancy-weighted mass over cell volume). */
    public double density() {
        return composition().weight() * Units.AMU_PER_A3_TO_G_PER_CM3 / lattice.volume();
    }

    /** Minimum-image distance (Å) between sites {@code i} and {@code j}. */
    public double distance(int i, int j) {
        return Math.sqrt(MinimumImage.distanceSquared(lattice, frac[3 * j] - frac[3 * i],
                frac[3 * j + 1] - frac[3 * i + 1], frac[3 * j + 2] - frac[3 * i + 2],
                lattice.perpendicularWidths(), null));
    }

    /** Symmetric matrix of minimum-image distances (Å); row-major n x n. */
    public double[][] distanceMatrix() {
        int n = sites.length;
        double[][] d = new double[n][n];
        double[] w = lattice.perpendicularWidths();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double v = Math.sqrt(MinimumImage.distanceSquared(lattice, frac[3 * j] - frac[3 * i],
                        frac[3 * j + 1] - frac[3 * i + 1], frac[3 * j + 2] - frac[3 * i + 2], w, null));
                d[i][j] = v;
                d[j][i] = v;
            }
        }
        return d;
    }

    /** Same sites with fractional coordinates folded into [0, 1). */
    public Structure wrapped() {
        Builder b = new Builder(lattice);
        b.properties.putAll(properties);
        for (Site s : sites) {
            double[] f = s.frac();
            for (int k = 0; k < 3; k++) {
                f[k] = wrap(f[k]);
            }
            b.sites.add(new Site(s.species(), f, s.label()));
        }
        return b.build();
    }

    /** Folds a fractional coordinate into [0, 1). */
    public static double wrap(double x) {
        double w = x - Math.floor(x);
        return w >= 1.0 ? 0.0 : w;
    }

    /**
     * Supercell from an integer matrix: new lattice vectors are rows of {@code T · M}. All atoms of
     * the original structure inside the new cell are kept (|det T| copies of each site).
     */
    public Structure supercell(int[][] t) {
        return Supercells.make(this, t);
    }

    /** Diagonal supercell na x nb x nc. */
    public Structure supercell(int na, int nb, int nc) {
        return supercell(new int[][] {{na, 0, 0}, {0, nb, 0}, {0, 0, nc}});
    }

    /**
     * Each site moved by a random vector of length uniformly drawn in [minDistance, maxDistance] Å,
     * in a uniformly random direction, reproducibly from {@code seed}.
     */
    public Structure perturbed(double minDistance, double maxDistance, long seed) {
        if (minDistance < 0 || maxDistance < minDistance) {
            throw new InvalidInputException("perturbation distances must satisfy 0 <= min <= max");
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        Builder b = new Builder(lattice);
        b.properties.putAll(properties);
        double[] c = cartView();
        for (int i = 0; i < sites.length; i++) {
            double z = 2 * rnd.nextDouble() - 1;
            double phi = 2 * Math.PI * rnd.nextDouble();
            double s = Math.sqrt(1 - z * z);
            double len = minDistance + (maxDistance - minDistance) * rnd.nextDouble();
            double[] r = {c[3 * i] + len * s * Math.cos(phi), c[3 * i + 1] + len * s * Math.sin(phi),
                c[3 * i + 2] + len * z};
            b.sites.add(new Site(sites[i].species(), lattice.toFractional(r), sites[i].label()));
        }
        return b.build();
    }

    /** Sites (and their properties) reordered by {@code order}: new site k is old site order[k]. */
    public Structure permuted(int[] order) {
        Builder b = new Builder(lattice);
        for (int k : order) {
            b.sites.add(sites[k]);
        }
        for (Map.Entry<String, SiteProperty> e : properties.entrySet()) {
            b.properties.put(e.getKey(), e.getValue().permuted(order));
        }
        return b.build();
    }

    /** Sites sorted stably by a comparator on sites. */
    public Structure sorted(Comparator<Site> comparator) {
        Integer[] idx = new Integer[sites.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (x, y) -> comparator.compare(sites[x], sites[y]));
        int[] order = new int[idx.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = idx[i];
        }
        return permuted(order);
    }

    /**
     * Sites sorted by electronegativity of their majority species (then atomic number), stably, as
     * pymatgen's {@code get_sorted_structure}.
     */
    public Structure sortedBySpecies() {
        return sorted(Comparator.comparing(Site::majoritySpecies));
    }

    /** Structure without the sites with the given indices. */
    public Structure removeSites(int... indices) {
        boolean[] drop = new boolean[sites.length];
        for (int i : indices) {
            if (i < 0 || i >= sites.length) {
                throw new InvalidInputException("site index " + i + " out of range 0.." + (sites.length - 1));
            }
            drop[i] = true;
        }
        return keep(i -> !drop[i]);
    }

    /** Structure without the sites that contain any of the given elements. */
    public Structure removeElements(Element... elements) {
        List<Element> el = Arrays.asList(elements);
        return keep(i -> sites[i].species().elements().stream().noneMatch(el::contains));
    }

    /** Structure keeping only the sites for which {@code keep.test(index)} holds. */
    public Structure keep(Predicate<Integer> keep) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < sites.length; i++) {
            if (keep.test(i)) {
                kept.add(i);
            }
        }
        return permuted(kept.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Substitution: every species whose element is a key of {@code map} is replaced by the mapped
     * species (occupancies multiplied, e.g. {@code Li -> {Na: 1}} or {@code Li -> {Li: 0.5, Na: 0.5}}).
     */
    public Structure substitute(Map<Element, Composition> map) {
        Builder b = new Builder(lattice);
        b.properties.putAll(properties);
        for (Site s : sites) {
            Map<Species, Double> occ = new LinkedHashMap<>();
            s.species().amounts().forEach((sp, v) -> {
                Composition repl = map.get(sp.element());
                if (repl == null) {
                    occ.merge(sp, v, Double::sum);
                } else {
                    repl.amounts().forEach((rsp, rv) -> occ.merge(rsp, v * rv, Double::sum));
                }
            });
            b.sites.add(new Site(Composition.of(occ), s.frac(), s.label()));
        }
        return b.build();
    }

    /**
     * Linear interpolation between this structure and {@code end} (same number and order of sites):
     * {@code nImages + 2} structures including both end points. Fractional displacements take the
     * shortest periodic path; the lattice is interpolated when {@code interpolateLattice}.
     */
    public List<Structure> interpolate(Structure end, int nImages, boolean interpolateLattice) {
        if (end.size() != size()) {
            throw new InvalidInputException("cannot interpolate between structures with " + size() + " and "
                    + end.size() + " sites");
        }
        if (nImages < 0) {
            throw new InvalidInputException("number of images must be >= 0");
        }
        for (int i = 0; i < sites.length; i++) {
            if (!sites[i].species().equals(end.sites[i].species())) {
                throw new InvalidInputException("site " + i + " has different species in the two structures: "
                        + sites[i].species() + " vs " + end.sites[i].species());
            }
        }
        double[] d = new double[frac.length];
        for (int k = 0; k < d.length; k++) {
            double x = end.frac[k] - frac[k];
            d[k] = x - Math.rint(x);
        }
        List<Structure> out = new ArrayList<>();
        double[] m0 = lattice.rowMajor();
        double[] m1 = end.lattice.rowMajor();
        for (int s = 0; s <= nImages + 1; s++) {
            double t = s / (double) (nImages + 1);
            Lattice lat = lattice;
            if (interpolateLattice) {
                double[] m = new double[9];
                for (int k = 0; k < 9; k++) {
                    m[k] = m0[k] + t * (m1[k] - m0[k]);
                }
                lat = Lattice.ofRowMajor(m);
            }
            Builder b = new Builder(lat);
            for (int i = 0; i < sites.length; i++) {
                double[] f = {frac[3 * i] + t * d[3 * i], frac[3 * i + 1] + t * d[3 * i + 1],
                    frac[3 * i + 2] + t * d[3 * i + 2]};
                b.sites.add(new Site(sites[i].species(), f, sites[i].label()));
            }
            out.add(b.build());
        }
        return out;
    }

    /** Same sites (fractional coordinates) in a new lattice. */
    public Structure withLattice(Lattice newLattice) {
        return new Structure(newLattice, Arrays.asList(sites), properties);
    }

    /** Same lattice and species with new fractional coordinates (3 per site). */
    public Structure withFracCoords(double[] newFrac) {
        if (newFrac.length != frac.length) {
            throw new IllegalArgumentException("need " + frac.length + " coordinates, got " + newFrac.length);
        }
        List<Site> s = new ArrayList<>(sites.length);
        for (int i = 0; i < sites.length; i++) {
            s.add(new Site(sites[i].species(), Arrays.copyOfRange(newFrac, 3 * i, 3 * i + 3), sites[i].label()));
        }
        return new Structure(lattice, s, properties);
    }

    /** Same structure with new Cartesian coordinates (Å, 3 per site). */
    public Structure withCartCoords(double[] newCart) {
        return withFracCoords(lattice.toFractionalAll(newCart));
    }

    /** Same structure with a per-site property added or replaced. */
    public Structure withProperty(String name, SiteProperty property) {
        Map<String, SiteProperty> p = new LinkedHashMap<>(properties);
        p.put(name, property);
        return new Structure(lattice, Arrays.asList(sites), p);
    }

    /** Same structure without the named property. */
    public Structure withoutProperty(String name) {
        Map<String, SiteProperty> p = new LinkedHashMap<>(properties);
        p.remove(name);
        return new Structure(lattice, Arrays.asList(sites), p);
    }

    /** Same structure with the oxidation states of all species removed. */
    public Structure withoutOxidationStates() {
        List<Site> s = new ArrayList<>(sites.length);
        for (Site site : sites) {
            s.add(new Site(site.species().withoutOxidationStates(), site.frac(), site.label()));
        }
        return new Structure(lattice, s, properties);
    }

    /**
     * True if both structures have the same lattice (matrix within {@code tol} Å), the same species in
     * the same site order and fractional coordinates equal within {@code tol} modulo lattice
     * translations (compared as Cartesian minimum-image distances in Å).
     */
    public boolean equalsWithTolerance(Structure o, double tol) {
        if (size() != o.size() || !lattice.matrixEquals(o.lattice, tol)) {
            return false;
        }
        double[] w = lattice.perpendicularWidths();
        for (int i = 0; i < sites.length; i++) {
            if (!sites[i].species().almostEquals(o.sites[i].species(), 0, tol)
                    || !sites[i].species().species().equals(o.sites[i].species().species())) {
                return false;
            }
            double d2 = MinimumImage.distanceSquared(lattice, o.frac[3 * i] - frac[3 * i],
                    o.frac[3 * i + 1] - frac[3 * i + 1], o.frac[3 * i + 2] - frac[3 * i + 2], w, null);
            if (Math.sqrt(d2) > tol) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append("Structure ").append(composition().formula()).append('\n').append(lattice).append('\n');
        for (int i = 0; i < sites.length; i++) {
            sb.append(String.format(java.util.Locale.ROOT, "%4d %s%n", i, sites[i]));
        }
        return sb.toString();
    }

    /** Mutable builder of structures. */
    public static final class Builder {
        private Lattice lattice;
        private final List<Site> sites = new ArrayList<>();
        private final Map<String, SiteProperty> properties = new LinkedHashMap<>();

        private Builder(Lattice lattice) {
            this.lattice = lattice;
        }

        /** Replaces the lattice (fractional coordinates kept). */
        public Builder lattice(Lattice l) {
            this.lattice = l;
            return this;
        }

        /** Adds a site. */
        public Builder add(Site site) {
            sites.add(site);
            return this;
        }

        /** Adds a fully occupied site at fractional coordinates. */
        public Builder add(Species species, double[] frac) {
            sites.add(Site.of(species, frac));
            return this;
        }

        /** Adds a fully occupied site at fractional coordinates with a label. */
        public Builder add(Species species, double[] frac, String label) {
            sites.add(Site.of(species, frac, label));
            return this;
        }

        /** Adds a fully occupied site at Cartesian coordinates (Å). */
        public Builder addCartesian(Species species, double[] cart) {
            sites.add(Site.of(species, lattice.toFractional(cart)));
            return this;
        }

        /** Sets a per-site property (must have one entry per site when {@link #build()} is called). */
        public Builder property(String name, SiteProperty p) {
            properties.put(name, p);
            return this;
        }

        /** Number of sites added so far. */
        public int size() {
            return sites.size();
        }

        /** The immutable structure. */
        public Structure build() {
            return new Structure(lattice, sites, properties);
        }
    }
}
