package org.ionmat.analysis.bvse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.Structure;

/**
 * The framework seen by a mobile test ion: every site of an ordered, oxidation-state-decorated
 * structure except those of the mobile element, each with its interaction (softBV/BVlain site
 * energy, all energies in eV, distances in Å):
 * <ul>
 * <li>counter-ion (charge of opposite sign): Morse term D0/2 [(exp(α(Rmin − R)) − 1)² − 1] from a
 * {@link BvseParameterSource};</li>
 * <li>like-charged ion: screened Coulomb repulsion 14.4 · q_m q_j / √(n_m n_j) · erfc(R / (f (r_m +
 * r_j))) / R, with formal charges q, principal quantum numbers n (the period), covalent radii r
 * (Cordero et al. 2008) and screening factor f (0.74);</li>
 * <li>neutral sites (charge 0): no interaction.</li>
 * </ul>
 * Arrays are indexed by framework ion; positions are fractional, wrapped to [0, 1).
 */
public final class BvseFramework {

    /**
     * Coulomb constant e²/(4πε0) in eV·Å rounded as softBV and BVlain use it (a parameter of the
     * published method, kept so that barriers match the peers; the CODATA value is
     * {@link org.ionmat.core.units.Units#COULOMB_CONSTANT} = 14.3996).
     */
    public static final double KAPPA = 14.4;
    /** Default screening factor f of the Coulomb term. */
    public static final double DEFAULT_SCREENING = 0.74;

    /** Interaction kinds. */
    public static final byte MORSE = 0;
    public static final byte COULOMB = 1;

    private final Lattice lattice;
    private final MobileIon mobile;
    private final double[] frac;
    private final byte[] kind;
    private final double[] p1;
    private final double[] p2;
    private final double[] p3;
    private final Species[] species;
    private final int[] siteIndex;
    private final Map<String, MorseTerm> pairs;

    private BvseFramework(Lattice lattice, MobileIon mobile, double[] frac, byte[] kind, double[] p1, double[] p2,
                          double[] p3, Species[] species, int[] siteIndex, Map<String, MorseTerm> pairs) {
        this.lattice = lattice;
        this.mobile = mobile;
        this.frac = frac;
        this.kind = kind;
        this.p1 = p1;
        this.p2 = p2;
        this.p3 = p3;
        this.species = species;
        this.siteIndex = siteIndex;
        this.pairs = pairs;
    }

    /**
     * The framework of an ordered structure whose species carry integer oxidation states.
     *
     * @param screening screening factor f of the Coulomb term
     * @throws InvalidInputException if a site is disordered, lacks an oxidation state, has a
     *                               non-integer one, no framework ion remains, or a counter-ion pair
     *                               has no parameters (naming the pair)
     */
    public static BvseFramework of(Structure s, MobileIon mobile, BvseParameterSource source, double screening) {
        if (!(screening > 0) || !Double.isFinite(screening)) {
            throw new InvalidInputException("the screening factor must be positive, got " + screening);
        }
        if (!s.isOrdered()) {
            throw new InvalidInputException("the BVSE landscape needs an ordered structure (order it first)");
        }
        int qm = mobile.charge();
        int nm = mobile.element().period();
        double rm = covalentRadius(mobile.element());
        Species ms = mobile.species();
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.elementOf(i) != mobile.element()) {
                keep.add(i);
            }
        }
        if (keep.isEmpty()) {
            throw new InvalidInputException("the structure has no framework ions besides " + mobile.element().symbol());
        }
        int n = keep.size();
        double[] frac = new double[3 * n];
        byte[] kind = new byte[n];
        double[] p1 = new double[n];
        double[] p2 = new double[n];
        double[] p3 = new double[n];
        Species[] species = new Species[n];
        int[] site = new int[n];
        Map<String, MorseTerm> pairs = new LinkedHashMap<>();
        for (int j = 0; j < n; j++) {
            int i = keep.get(j);
            Species sp = s.speciesOf(i);
            int q = integerCharge(sp, i);
            species[j] = Species.of(sp.element(), q);
            site[j] = i;
            double[] f = s.frac(i);
            for (int k = 0; k < 3; k++) {
                frac[3 * j + k] = Structure.wrap(f[k]);
            }
            if (q == 0) {
                kind[j] = -1;
            } else if ((q > 0) != (qm > 0)) {
                String label = BvseMorseTable.ion(sp.element().symbol(), q);
                MorseTerm t = pairs.get(label);
                if (t == null) {
                    t = source.morse(ms, species[j]);
                    pairs.put(label, t);
                }
                kind[j] = MORSE;
                p1[j] = 0.5 * t.d0();
                p2[j] = t.rMin();
                p3[j] = t.alpha();
            } else {
                kind[j] = COULOMB;
                p1[j] = KAPPA * qm * q / Math.sqrt((double) nm * sp.element().period());
                p2[j] = 1 / (screening * (rm + covalentRadius(sp.element())));
            }
        }
        return new BvseFramework(s.lattice(), mobile, frac, kind, p1, p2, p3, species, site, pairs);
    }

    /** Integer oxidation state of a species. */
    static int integerCharge(Species sp) {
        return integerCharge(sp, -1);
    }

    private static int integerCharge(Species sp, int site) {
        String where = site >= 0 ? " at site " + site : "";
        if (!sp.hasOxidationState()) {
            throw new InvalidInputException(sp.symbol() + where + " has no oxidation state");
        }
        double q = sp.oxidationState();
        long r = Math.round(q);
        if (Math.abs(q - r) > 1e-6) {
            throw new InvalidInputException(sp + where + " has a non-integer oxidation state; BVSE needs integer states");
        }
        return (int) r;
    }

    private static double covalentRadius(Element e) {
        double r = e.covalentRadius();
        if (!(r > 0)) {
            throw new InvalidInputException("no covalent radius for " + e.symbol() + " (needed for the Coulomb screening)");
        }
        return r;
    }

    public Lattice lattice() {
        return lattice;
    }

    public MobileIon mobile() {
        return mobile;
    }

    /** Number of framework ions. */
    public int size() {
        return kind.length;
    }

    /** Fractional coordinates of ion j (wrapped), copy. */
    public double[] frac(int j) {
        return new double[] {frac[3 * j], frac[3 * j + 1], frac[3 * j + 2]};
    }

    /** Interaction kind of ion j: {@link #MORSE}, {@link #COULOMB}, or −1 (neutral, no interaction). */
    public byte kind(int j) {
        return kind[j];
    }

    /** Species (with integer oxidation state) of ion j. */
    public Species species(int j) {
        return species[j];
    }

    /** Index of ion j in the input structure. */
    public int siteIndex(int j) {
        return siteIndex[j];
    }

    /** The Morse terms used, by counter-ion label ("O2-"). */
    public Map<String, MorseTerm> morseTerms() {
        return java.util.Collections.unmodifiableMap(pairs);
    }

    /** Interaction energy of the mobile ion with ion j at distance r (Å), eV; +∞ for a like charge at r = 0. */
    public double pairEnergy(int j, double r) {
        return pairEnergy(kind[j], p1[j], p2[j], p3[j], r);
    }

    static double pairEnergy(byte kind, double a, double b, double c, double r) {
        if (kind == MORSE) {
            double e = Math.exp(c * (b - r)) - 1;
            return a * (e * e - 1);
        }
        if (kind == COULOMB) {
            if (r < 1e-12) {
                return Double.POSITIVE_INFINITY;
            }
            return a * org.ionmat.core.electrostatics.Erfc.erfc(r * b) / r;
        }
        return 0;
    }

    double[] fracArray() {
        return frac;
    }

    byte[] kinds() {
        return kind;
    }

    double[] param1() {
        return p1;
    }

    double[] param2() {
        return p2;
    }

    double[] param3() {
        return p3;
    }
}
