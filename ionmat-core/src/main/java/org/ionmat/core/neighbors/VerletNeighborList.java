package org.ionmat.core.neighbors;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.structure.Lattice;

/**
 * Verlet neighbor list for molecular dynamics: pairs are searched with the cutoff enlarged by a
 * skin (Å) and reused while the atoms move, with their vectors and distances refreshed from the
 * current positions; the list is rebuilt only when a pair outside it could have come within the
 * cutoff.
 *
 * <p>Rebuild rule: the list is rebuilt when the lattice changes (any matrix element), the number of
 * atoms changes, or the two largest displacements since the last build sum to more than the skin
 * (a pair's distance changes by at most the sum of its atoms' displacements, so every pair within
 * the cutoff is still in the list; this is never looser than the common "max displacement > skin/2"
 * rule). Displacements are measured on the coordinates as given: wrapping an atom back into the
 * cell moves it by a lattice vector and so triggers a rebuild, which keeps the image offsets valid.
 *
 * <p>The list returned by {@link #list()} holds all pairs within {@code cutoff + skin} at the last
 * build; callers skip pairs with {@code distance > cutoff}. It is owned by this object: its vectors
 * and distances are overwritten on each {@link #update}, and its arrays are reused by a rebuild that
 * finds the same number of pairs. Not thread-safe.
 */
public final class VerletNeighborList {

    private final NeighborSearch search;
    private final double skin;
    private final NeighborFinder finder;
    private NeighborList list;
    private Lattice lattice;
    private double[] reference = new double[0];
    private int rebuilds;

    /**
     * @param search the interaction cutoff (or per-atom radii), half or full, threads; the image
     *               offsets, vectors and distances are always computed
     * @param skin   extra search distance (Å), {@code >= 0}
     */
    public VerletNeighborList(NeighborSearch search, double skin) {
        if (!(skin >= 0) || Double.isInfinite(skin)) {
            throw new InvalidInputException("Verlet skin must be a non-negative number of Å, got " + skin);
        }
        this.search = search;
        this.skin = skin;
        this.finder = new NeighborFinder(search.enlargedBy(skin).withQuantities(true, true, true));
    }

    /**
     * Brings the list up to date with the positions {@code cart} (Å, 3 per atom): rebuilds it if
     * needed, otherwise refreshes vectors and distances of the stored pairs.
     *
     * @return true if the list was rebuilt
     */
    public boolean update(Lattice lattice, double[] cart) {
        if (needsRebuild(lattice, cart)) {
            list = finder.find(lattice, cart, list);
            this.lattice = lattice;
            if (reference.length != cart.length) {
                reference = new double[cart.length];
            }
            System.arraycopy(cart, 0, reference, 0, cart.length);
            rebuilds++;
            return true;
        }
        refresh(cart);
        return false;
    }

    /** True if {@link #update} would rebuild the list for these positions. */
    public boolean needsRebuild(Lattice lattice, double[] cart) {
        if (list == null || cart.length != reference.length || !lattice.equals(this.lattice)) {
            return true;
        }
        double first = 0;
        double second = 0;
        for (int p = 0; p < cart.length; p += 3) {
            double dx = cart[p] - reference[p];
            double dy = cart[p + 1] - reference[p + 1];
            double dz = cart[p + 2] - reference[p + 2];
            double d2 = dx * dx + dy * dy + dz * dz;
            if (!(d2 <= first)) {
                if (Double.isNaN(d2)) {
                    return true; // the rebuild reports the bad coordinate
                }
                second = first;
                first = d2;
            } else if (d2 > second) {
                second = d2;
            }
        }
        return Math.sqrt(first) + Math.sqrt(second) > skin;
    }

    private void refresh(double[] cart) {
        double[] m = lattice.rowMajor();
        int[] ci = list.centers;
        int[] cj = list.neighbors;
        int[] s = list.shifts;
        double[] v = list.vectors;
        double[] d = list.distances;
        for (int p = 0, n = list.size(); p < n; p++) {
            int i = 3 * ci[p];
            int j = 3 * cj[p];
            double sa = s[3 * p];
            double sb = s[3 * p + 1];
            double sc = s[3 * p + 2];
            double dx = cart[j] - cart[i] + sa * m[0] + sb * m[3] + sc * m[6];
            double dy = cart[j + 1] - cart[i + 1] + sa * m[1] + sb * m[4] + sc * m[7];
            double dz = cart[j + 2] - cart[i + 2] + sa * m[2] + sb * m[5] + sc * m[8];
            v[3 * p] = dx;
            v[3 * p + 1] = dy;
            v[3 * p + 2] = dz;
            d[p] = Math.sqrt(dx * dx + dy * dy + dz * dz);
        }
    }

    /**
     * The current list: pairs within cutoff + skin at the last build, vectors and distances as of
     * the last {@link #update}.
     *
     * @throws IllegalStateException before the first update
     */
    public NeighborList list() {
        if (list == null) {
            throw new IllegalStateException("call update() before list()");
        }
        return list;
    }

    /** The interaction search (without skin). */
    public NeighborSearch search() {
        return search;
    }

    /** Largest interaction pair cutoff (Å), without the skin. */
    public double cutoff() {
        return search.maxCutoff();
    }

    /** Skin (Å). */
    public double skin() {
        return skin;
    }

    /** Number of times the list has been built. */
    public int rebuildCount() {
        return rebuilds;
    }
}
