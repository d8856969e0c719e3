package org.ionmat.core.structure;

import java.util.Arrays;
import java.util.Map;

import org.ionmat.core.composition.Composition;
import org.ionmat.core.element.Species;

/**
 * One site of a {@link Structure}: its species with occupancies, fractional coordinates and label.
 * A fully occupied site has a single species with occupancy 1; partial and mixed occupancy are
 * represented by a {@link Composition} whose amounts are the occupancies (summing to at most 1).
 */
public final class Site {

    /** Tolerance on occupancies when deciding whether a site is fully occupied by one species. */
    public static final double OCCUPANCY_TOLERANCE = 1e-8;

    private final Composition species;
    private final double[] frac;
    private final String label;

    /**
     * @param species species and occupancies (amounts in (0, 1], total at most 1 + 1e-3)
     * @param frac    fractional coordinates (copied)
     * @param label   site label, or null to use the species string
     */
    public Site(Composition species, double[] frac, String label) {
        if (species.isEmpty()) {
            throw new IllegalArgumentException("a site needs at least one species");
        }
        if (frac.length != 3) {
            throw new IllegalArgumentException("fractional coordinates need 3 components");
        }
        this.species = species;
        this.frac = frac.clone();
        this.label = label != null ? label : species.toString();
    }

    /** A fully occupied site. */
    public static Site of(Species species, double[] frac) {
        return new Site(Composition.of(Map.of(species, 1.0)), frac, null);
    }

    /** A fully occupied site with a label. */
    public static Site of(Species species, double[] frac, String label) {
        return new Site(Composition.of(Map.of(species, 1.0)), frac, label);
    }

    /** Species with occupancies. */
    public Composition species() {
        return species;
    }

    /** Copy of the fractional coordinates. */
    public double[] frac() {
        return frac.clone();
    }

    /** Fractional coordinate {@code k}. */
    public double frac(int k) {
        return frac[k];
    }

    /** Site label. */
    public String label() {
        return label;
    }

    /** True if the site holds exactly one species with occupancy 1. */
    public boolean isOrdered() {
        if (species.species().size() != 1) {
            return false;
        }
        return Math.abs(species.numAtoms() - 1.0) < OCCUPANCY_TOLERANCE;
    }

    /** The single species of an ordered site (or the one with largest occupancy otherwise). */
    public Species majoritySpecies() {
        Species best = null;
        double occ = -1;
        for (Map.Entry<Species, Double> e : species.amounts().entrySet()) {
            if (e.getValue() > occ) {
                occ = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }

    /** Total occupancy of the site. */
    public double occupancy() {
        return species.numAtoms();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Site s && species.equals(s.species) && Arrays.equals(frac, s.frac)
                && label.equals(s.label);
    }

    @Override
    public int hashCode() {
        return 31 * species.hashCode() + Arrays.hashCode(frac);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s [%.6f %.6f %.6f] %s", species, frac[0], frac[1], frac[2], label);
    }
}
