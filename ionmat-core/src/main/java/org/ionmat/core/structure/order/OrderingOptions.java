package org.ionmat.core.structure.order;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.ionmat.core.element.Element;

/**
 * Options of {@link StructureOrderer}; immutable, made with {@link #builder()}. Defaults: random
 * mode, seed 0, automatic supercell up to 1000 sites, occupancy tolerance 0.05 atoms, composition
 * tolerance 1 %, grouping by label, 50 samples and greedy refinement in Ewald mode.
 */
public final class OrderingOptions {

    private final OrderingMode mode;
    private final long seed;
    private final int[][] supercell;
    private final int maxSites;
    private final double occupancyTolerance;
    private final double compositionTolerance;
    private final SiteGrouping grouping;
    private final double mergeDistance;
    private final int samples;
    private final Refinement refinement;
    private final double ewaldAccuracy;
    private final Map<Element, Double> charges;

    private OrderingOptions(Builder b) {
        this.mode = b.mode;
        this.seed = b.seed;
        this.supercell = b.supercell == null ? null : copy(b.supercell);
        this.maxSites = b.maxSites;
        this.occupancyTolerance = b.occupancyTolerance;
        this.compositionTolerance = b.compositionTolerance;
        this.grouping = b.grouping;
        this.mergeDistance = b.mergeDistance;
        this.samples = b.samples;
        this.refinement = b.refinement;
        this.ewaldAccuracy = b.ewaldAccuracy;
        this.charges = Collections.unmodifiableMap(new EnumMap<>(b.charges));
    }

    /** Builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Default options (random mode, seed 0, automatic supercell). */
    public static OrderingOptions defaults() {
        return builder().build();
    }

    /** A builder initialised with these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.mode = mode;
        b.seed = seed;
        b.supercell = supercell == null ? null : copy(supercell);
        b.maxSites = maxSites;
        b.occupancyTolerance = occupancyTolerance;
        b.compositionTolerance = compositionTolerance;
        b.grouping = grouping;
        b.mergeDistance = mergeDistance;
        b.samples = samples;
        b.refinement = refinement;
        b.ewaldAccuracy = ewaldAccuracy;
        b.charges.putAll(charges);
        return b;
    }

    public OrderingMode mode() {
        return mode;
    }

    public long seed() {
        return seed;
    }

    /** The user-given supercell matrix, or null for the automatic choice. */
    public int[][] supercell() {
        return supercell == null ? null : copy(supercell);
    }

    /** Upper limit of sites in an automatically chosen supercell (the unit cell is always allowed). */
    public int maxSites() {
        return maxSites;
    }

    /** Largest deviation (atoms) of occupancy × multiplicity from an integer that counts as exact. */
    public double occupancyTolerance() {
        return occupancyTolerance;
    }

    /** Relative composition error accepted when no supercell up to the limit is exact. */
    public double compositionTolerance() {
        return compositionTolerance;
    }

    public SiteGrouping grouping() {
        return grouping;
    }

    /** Sites closer than this (Å) are merged into one mixed site before ordering. */
    public double mergeDistance() {
        return mergeDistance;
    }

    /** Number of random samples in Ewald mode. */
    public int samples() {
        return samples;
    }

    public Refinement refinement() {
        return refinement;
    }

    /** Accuracy target of the Ewald pair-energy matrix. */
    public double ewaldAccuracy() {
        return ewaldAccuracy;
    }

    /** Charges (e) for species without an oxidation state, by element; empty by default. */
    public Map<Element, Double> charges() {
        return charges;
    }

    private static int[][] copy(int[][] m) {
        int[][] c = new int[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    /** Mutable builder of {@link OrderingOptions}. */
    public static final class Builder {
        private OrderingMode mode = OrderingMode.RANDOM;
        private long seed;
        private int[][] supercell;
        private int maxSites = 1000;
        private double occupancyTolerance = 0.05;
        private double compositionTolerance = 0.01;
        private SiteGrouping grouping = SiteGrouping.LABEL;
        private double mergeDistance = 1e-3;
        private int samples = 50;
        private Refinement refinement = Refinement.GREEDY;
        private double ewaldAccuracy = 1e-6;
        private final Map<Element, Double> charges = new EnumMap<>(Element.class);

        private Builder() {
        }

        public Builder mode(OrderingMode m) {
            this.mode = m;
            return this;
        }

        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        /** Explicit supercell: new lattice rows = T · old rows (integer, non-singular). */
        public Builder supercell(int[][] t) {
            if (t.length != 3 || t[0].length != 3 || t[1].length != 3 || t[2].length != 3) {
                throw new IllegalArgumentException("supercell matrix must be 3x3");
            }
            this.supercell = copy(t);
            return this;
        }

        /** Diagonal supercell na × nb × nc. */
        public Builder supercell(int na, int nb, int nc) {
            return supercell(new int[][] {{na, 0, 0}, {0, nb, 0}, {0, 0, nc}});
        }

        /** Automatic supercell with at most {@code max} sites (the default). */
        public Builder automaticSupercell(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maximum number of sites must be >= 1");
            }
            this.supercell = null;
            this.maxSites = max;
            return this;
        }

        public Builder occupancyTolerance(double atoms) {
            if (!(atoms >= 0 && atoms < 0.5)) {
                throw new IllegalArgumentException("occupancy tolerance must be in [0, 0.5) atoms");
            }
            this.occupancyTolerance = atoms;
            return this;
        }

        public Builder compositionTolerance(double relative) {
            if (!(relative >= 0)) {
                throw new IllegalArgumentException("composition tolerance must be >= 0");
            }
            this.compositionTolerance = relative;
            return this;
        }

        public Builder grouping(SiteGrouping g) {
            this.grouping = g;
            return this;
        }

        public Builder mergeDistance(double angstrom) {
            if (!(angstrom >= 0)) {
                throw new IllegalArgumentException("merge distance must be >= 0");
            }
            this.mergeDistance = angstrom;
            return this;
        }

        public Builder samples(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("number of samples must be >= 1");
            }
            this.samples = n;
            return this;
        }

        public Builder refinement(Refinement r) {
            this.refinement = r;
            return this;
        }

        public Builder ewaldAccuracy(double accuracy) {
            if (!(accuracy > 0 && accuracy <= 0.1)) {
                throw new IllegalArgumentException("Ewald accuracy must be in (0, 0.1]");
            }
            this.ewaldAccuracy = accuracy;
            return this;
        }

        /** Charge (e) used for species of {@code element} that carry no oxidation state. */
        public Builder charge(Element element, double charge) {
            this.charges.put(element, charge);
            return this;
        }

        public OrderingOptions build() {
            return new OrderingOptions(this);
        }
    }
}
