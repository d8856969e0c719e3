package org.ionmat.core.neighbors;

import java.util.Locale;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.Structure;

/**
 * Settings of a periodic neighbor search and its entry point, in the spirit of ASE's
 * {@code neighbor_list('ijSDd', ...)}: the result is a {@link NeighborList} of flat primitive arrays.
 *
 * <p>A pair {@code (i, j, S)} is listed when {@code |r_j + S·M - r_i| <= cutoff} (Å), where
 * {@code S} is an integer image offset and {@code M} the lattice matrix with rows a, b, c. All
 * periodic images are searched, so any cutoff works, also one several times larger than the cell,
 * in any (strongly skewed) triclinic cell. Coordinates need not lie inside the cell; {@code S}
 * refers to the coordinates as given. Note that the cutoff is inclusive: ASE lists
 * {@code d < cutoff}, pymatgen {@code d <= r + 1e-8}; pass {@code r + 1e-8} to match pymatgen.
 *
 * <ul>
 *   <li><b>Full list</b> (default): every pair in both directions, {@code (i, j, S)} and
 *       {@code (j, i, -S)}.</li>
 *   <li><b>Half list</b>: every unordered pair-with-image once: {@code (i, j, S)} with
 *       {@code i < j}, or {@code i == j} with {@code S} lexicographically positive (first non-zero
 *       component {@code > 0}); so an atom's images ({@code i == j, S != 0}) are counted once per
 *       ±S pair. This is the count of "unique pairs within r".</li>
 *   <li><b>Self pairs</b> {@code (i, i, 0)} at zero distance are left out unless
 *       {@link #withSelfPairs(boolean) requested}; they then appear once in either list. Distinct
 *       atoms at the same position ({@code i != j}, distance 0) are ordinary pairs.</li>
 * </ul>
 *
 * <p>Pairs are sorted by the first index {@code i}; {@link NeighborList#offsets()} gives the first
 * pair of each atom (CSR). The order of the neighbors of one atom is deterministic (independent
 * of the number of threads) but otherwise unspecified.
 *
 * <p>Instances are immutable and can be shared between threads.
 */
public final class NeighborSearch {

    /** Number of atoms from which the automatic setting uses several threads. */
    static final int PARALLEL_THRESHOLD = 4000;

    private final double cutoff;
    private final double[] radii;
    private final boolean half;
    private final boolean selfPairs;
    private final boolean shifts;
    private final boolean vectors;
    private final boolean distances;
    private final int threads;

    private NeighborSearch(double cutoff, double[] radii, boolean half, boolean selfPairs, boolean shifts,
                           boolean vectors, boolean distances, int threads) {
        this.cutoff = cutoff;
        this.radii = radii;
        this.half = half;
        this.selfPairs = selfPairs;
        this.shifts = shifts;
        this.vectors = vectors;
        this.distances = distances;
        this.threads = threads;
    }

    /**
     * Full neighbor list within {@code cutoff} (Å) with image offsets, vectors and distances.
     *
     * @throws InvalidInputException if the cutoff is not a positive finite number
     */
    public static NeighborSearch withCutoff(double cutoff) {
        if (!(cutoff > 0) || Double.isInfinite(cutoff)) {
            throw new InvalidInputException("neighbor cutoff must be a positive number of Å, got " + cutoff);
        }
        return new NeighborSearch(cutoff, null, false, false, true, true, true, 0);
    }

    /**
     * Full neighbor list with one radius per atom (Å): atoms i and j are neighbors when their
     * distance is at most {@code radii[i] + radii[j]} (as ASE's per-atom cutoffs).
     *
     * @throws InvalidInputException if a radius is negative or not finite, or all are zero
     */
    public static NeighborSearch withAtomRadii(double[] radii) {
        double max = 0;
        for (int i = 0; i < radii.length; i++) {
            double r = radii[i];
            if (!(r >= 0) || Double.isInfinite(r)) {
                throw new InvalidInputException(String.format(Locale.ROOT,
                        "neighbor radius of atom %d must be a non-negative number of Å, got %s", i, r));
            }
            max = Math.max(max, r);
        }
        if (!(max > 0)) {
            throw new InvalidInputException("at least one neighbor radius must be positive");
        }
        return new NeighborSearch(2 * max, radii.clone(), false, false, true, true, true, 0);
    }

    /** Same settings, listing each unordered pair-with-image once (see the class comment). */
    public NeighborSearch half() {
        return new NeighborSearch(cutoff, radii, true, selfPairs, shifts, vectors, distances, threads);
    }

    /** Same settings, listing each pair in both directions (the default). */
    public NeighborSearch full() {
        return new NeighborSearch(cutoff, radii, false, selfPairs, shifts, vectors, distances, threads);
    }

    /** Same settings, with or without the zero-distance self pairs {@code (i, i, S = 0)}. */
    public NeighborSearch withSelfPairs(boolean include) {
        return new NeighborSearch(cutoff, radii, half, include, shifts, vectors, distances, threads);
    }

    /**
     * Same settings, computing only the requested per-pair quantities (indices and offsets are
     * always computed). Leaving out what is not needed saves memory and time on large systems.
     *
     * @param withShifts    integer image offsets S (3 per pair)
     * @param withVectors   distance vectors D (3 per pair, Å)
     * @param withDistances distances d (Å)
     */
    public NeighborSearch withQuantities(boolean withShifts, boolean withVectors, boolean withDistances) {
        return new NeighborSearch(cutoff, radii, half, selfPairs, withShifts, withVectors, withDistances, threads);
    }

    /**
     * Same settings with a number of threads: 1 runs serially, {@code n > 1} uses a pool of that
     * size, 0 (the default) uses the common pool for systems of at least a few thousand atoms. The
     * result does not depend on this setting.
     */
    public NeighborSearch withThreads(int n) {
        if (n < 0) {
            throw new InvalidInputException("number of threads must be >= 0, got " + n);
        }
        return new NeighborSearch(cutoff, radii, half, selfPairs, shifts, vectors, distances, n);
    }

    /**
     * Same settings with every pair cutoff enlarged by {@code skin} (Å): the global cutoff, or
     * each radius by {@code skin / 2}. Used by {@link VerletNeighborList}.
     */
    NeighborSearch enlargedBy(double skin) {
        if (radii == null) {
            return new NeighborSearch(cutoff + skin, null, half, selfPairs, shifts, vectors, distances, threads);
        }
        double[] r = radii.clone();
        double max = 0;
        for (int i = 0; i < r.length; i++) {
            r[i] += skin / 2;
            max = Math.max(max, r[i]);
        }
        return new NeighborSearch(2 * max, r, half, selfPairs, shifts, vectors, distances, threads);
    }

    /**
     * Neighbor list of atoms at Cartesian positions {@code cart} (Å, 3 per atom, anywhere in
     * space) in the periodic lattice.
     *
     * @throws InvalidInputException if a coordinate is not finite, the array length is not a
     *                               multiple of 3, the number of radii does not match, or the list
     *                               would be too large for Java arrays
     */
    public NeighborList find(Lattice lattice, double[] cart) {
        return new NeighborFinder(this).find(lattice, cart, null);
    }

    /**
     * Neighbor list of the sites of a structure (ordered or not: only the positions are used).
     */
    public NeighborList find(Structure structure) {
        return find(structure.lattice(), structure.cartCoords());
    }

    /**
     * The largest pair cutoff (Å): the cutoff, or twice the largest radius for per-atom radii.
     */
    public double maxCutoff() {
        return cutoff;
    }

    /** True if the pair cutoffs come from per-atom radii. */
    public boolean hasAtomRadii() {
        return radii != null;
    }

    /** Copy of the per-atom radii (Å), or null when a single cutoff is used. */
    public double[] atomRadii() {
        return radii == null ? null : radii.clone();
    }

    double[] radiiView() {
        return radii;
    }

    /** True for a half list. */
    public boolean isHalf() {
        return half;
    }

    /** True if self pairs {@code (i, i, 0)} are listed. */
    public boolean includesSelfPairs() {
        return selfPairs;
    }

    boolean computesShifts() {
        return shifts;
    }

    boolean computesVectors() {
        return vectors;
    }

    boolean computesDistances() {
        return distances;
    }

    /** Thread setting (0 = automatic). */
    public int threads() {
        return threads;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "NeighborSearch(%s, %s%s)",
                radii == null ? String.format(Locale.ROOT, "cutoff=%g Å", cutoff) : "per-atom radii",
                half ? "half" : "full", selfPairs ? ", with self pairs" : "");
    }
}
