package org.ionmat.core.neighbors;

/**
 * Result of a {@link NeighborSearch}: flat primitive arrays, one entry per pair {@code p}, sorted
 * by the first atom {@code i}.
 *
 * <ul>
 *   <li>{@link #centers()}{@code [p]} = i, {@link #neighbors()}{@code [p]} = j;</li>
 *   <li>{@link #shifts()}{@code [3p..3p+2]} = S, integer image offset of j in units of a, b, c;</li>
 *   <li>{@link #vectors()}{@code [3p..3p+2]} = D = r_j + S·M - r_i (Å);</li>
 *   <li>{@link #distances()}{@code [p]} = |D| (Å);</li>
 *   <li>{@link #offsets()}: {@code atomCount() + 1} entries; the pairs of atom i are
 *       {@code offsets[i] <= p < offsets[i + 1]}.</li>
 * </ul>
 *
 * <p>Every array has exactly {@link #size()} (or {@code 3 * size()}) entries. The accessors return
 * the backing arrays, not copies, so that hot loops pay nothing: treat them as read-only. Lists
 * made by {@link NeighborSearch#find} are never changed afterwards; the list held by a
 * {@link VerletNeighborList} has its vectors and distances refreshed in place on each update.
 */
public final class NeighborList {

    private final int atomCount;
    private final int size;
    private final double maxCutoff;
    private final boolean half;
    private final boolean selfPairs;
    final int[] centers;
    final int[] neighbors;
    final int[] shifts;
    final double[] vectors;
    final double[] distances;
    final int[] offsets;

    NeighborList(int atomCount, double maxCutoff, boolean half, boolean selfPairs, int[] centers, int[] neighbors,
                 int[] shifts, double[] vectors, double[] distances, int[] offsets) {
        this.atomCount = atomCount;
        this.size = centers.length;
        this.maxCutoff = maxCutoff;
        this.half = half;
        this.selfPairs = selfPairs;
        this.centers = centers;
        this.neighbors = neighbors;
        this.shifts = shifts;
        this.vectors = vectors;
        this.distances = distances;
        this.offsets = offsets;
    }

    /** Number of pairs. */
    public int size() {
        return size;
    }

    /** Number of atoms searched. */
    public int atomCount() {
        return atomCount;
    }

    /** The largest pair cutoff used (Å). */
    public double maxCutoff() {
        return maxCutoff;
    }

    /** True for a half list (each unordered pair-with-image once). */
    public boolean isHalf() {
        return half;
    }

    /** True if self pairs {@code (i, i, 0)} are included. */
    public boolean includesSelfPairs() {
        return selfPairs;
    }

    /** First atom i of each pair (backing array, read-only). */
    public int[] centers() {
        return centers;
    }

    /** Second atom j of each pair (backing array, read-only). */
    public int[] neighbors() {
        return neighbors;
    }

    /**
     * Integer image offsets S, 3 per pair (backing array, read-only).
     *
     * @throws IllegalStateException if they were not requested
     */
    public int[] shifts() {
        if (shifts == null) {
            throw new IllegalStateException("image offsets were not requested from the neighbor search");
        }
        return shifts;
    }

    /**
     * Distance vectors D = r_j + S·M - r_i (Å), 3 per pair (backing array, read-only).
     *
     * @throws IllegalStateException if they were not requested
     */
    public double[] vectors() {
        if (vectors == null) {
            throw new IllegalStateException("distance vectors were not requested from the neighbor search");
        }
        return vectors;
    }

    /**
     * Distances |D| (Å) (backing array, read-only).
     *
     * @throws IllegalStateException if they were not requested
     */
    public double[] distances() {
        if (distances == null) {
            throw new IllegalStateException("distances were not requested from the neighbor search");
        }
        return distances;
    }

    /** True if image offsets were computed. */
    public boolean hasShifts() {
        return shifts != null;
    }

    /** True if distance vectors were computed. */
    public boolean hasVectors() {
        return vectors != null;
    }

    /** True if distances were computed. */
    public boolean hasDistances() {
        return distances != null;
    }

    /** CSR offsets, {@code atomCount() + 1} entries (backing array, read-only). */
    public int[] offsets() {
        return offsets;
    }

    /** Number of pairs whose first atom is {@code atom}. */
    public int count(int atom) {
        return offsets[atom + 1] - offsets[atom];
    }

    @Override
    public String toString() {
        return "NeighborList(" + size + " " + (half ? "half" : "full") + " pairs of " + atomCount + " atoms)";
    }
}
