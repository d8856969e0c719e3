package org.ionmat.core.neighbors;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.math.Mat3;
import org.ionmat.core.structure.Lattice;

/**
 * Verlet neighbor list for molecular dynamics and relaxations: pairs are searched with the cutoff
 * enlarged by a skin (Å) and reused while the atoms move and the cell deforms, with their vectors
 * D = r_j − r_i + S·M and distances refreshed from the current positions and cell; the list is
 * rebuilt only when a pair outside it could have come within the cutoff.
 *
 * <p>Rebuild rule. Let M₀, r⁰ be the cell (rows a, b, c) and positions at the build, M, r the
 * current ones, G = M₀⁻¹M the deformation (D = D̃·G for row vectors), r̃ = r·G⁻¹ the current
 * positions carried back to the build cell (the same fractional coordinates in M₀), δ₁ ≥ δ₂ the two
 * largest displacements |r̃_i − r⁰_i|, rc the largest pair cutoff and s the skin. A pair (i, j, S)
 * missing from the list was farther than rc + s at the build; its vector in the build cell,
 * D̃ = r̃_j − r̃_i + S·M₀, differs from the build vector by at most δ_i + δ_j, so |D̃| &gt; rc + s − δ₁ − δ₂;
 * and |D| = |D̃·G| ≥ σ_min(G)|D̃| with σ_min(G) ≥ σ = 1 − ‖G − I‖₂ (‖·‖₂ bounded by
 * min(‖·‖_F, √(‖·‖₁‖·‖_∞))). The list is therefore complete while σ (rc + s − δ₁ − δ₂) ≥ rc, and is
 * rebuilt otherwise (or when σ ≤ 0). For a fixed cell (G = I, σ = 1) this is δ₁ + δ₂ ≤ s, which is
 * never looser than the common "max displacement &gt; s/2" rule; for pure strain ε (no motion) it
 * allows ‖ε‖ up to s/(rc + s). It is equivalently safe to, and slightly looser than, the rule
 * "2 δ_max + (rc + s)‖G − I‖ &gt; s". With per-atom radii, every pair's search distance is its cutoff
 * plus s, and since σ ≤ 1 the largest cutoff is the binding one. The list stays valid under cell
 * changes because the image offsets S are integers: only D is recomputed.
 *
 * <p>Displacements are measured on the coordinates as given: wrapping an atom back into the cell
 * moves it by a lattice vector and so triggers a rebuild, which keeps the image offsets valid. The
 * list is also rebuilt when the number of atoms changes.
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
    private double[] buildMatrix;
    private double[] buildInverse;
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
     * Brings the list up to date with the cell and the positions {@code cart} (Å, 3 per atom):
     * rebuilds it if needed, otherwise refreshes vectors and distances of the stored pairs.
     *
     * @return true if the list was rebuilt
     */
    public boolean update(Lattice lattice, double[] cart) {
        if (needsRebuild(lattice, cart)) {
            list = finder.find(lattice, cart, list);
            this.lattice = lattice;
            buildMatrix = lattice.rowMajor();
            buildInverse = lattice.inverseRowMajor();
            if (reference.length != cart.length) {
                reference = new double[cart.length];
            }
            System.arraycopy(cart, 0, reference, 0, cart.length);
            rebuilds++;
            return true;
        }
        refresh(lattice.equals(this.lattice) ? buildMatrix : lattice.rowMajor(), cart);
        return false;
    }

    /**
     * True if {@link #update} would rebuild the list for this cell and these positions (see the
     * class comment for the rule).
     */
    public boolean needsRebuild(Lattice lattice, double[] cart) {
        if (list == null || cart.length != reference.length) {
            return true;
        }
        if (lattice.equals(this.lattice)) {
            return twoLargestDisplacements(cart, null) > skin;
        }
        double[] g = Mat3.multiply(buildInverse, lattice.rowMajor());
        double sigma = 1 - normBound(g);
        if (!(sigma > 0)) {
            return true;
        }
        double moved = twoLargestDisplacements(cart, Mat3.multiply(lattice.inverseRowMajor(), buildMatrix));
        double rc = search.maxCutoff();
        return !(sigma * (rc + skin - moved) >= rc);
    }

    /**
     * δ₁ + δ₂ of the positions (carried back to the build cell by {@code back} = G⁻¹ unless null)
     * relative to the build; infinite if a coordinate is NaN (the rebuild reports it).
     */
    private double twoLargestDisplacements(double[] cart, double[] back) {
        double first = 0;
        double second = 0;
        for (int p = 0; p < cart.length; p += 3) {
            double x = cart[p];
            double y = cart[p + 1];
            double z = cart[p + 2];
            if (back != null) {
                double bx = x * back[0] + y * back[3] + z * back[6];
                double by = x * back[1] + y * back[4] + z * back[7];
                z = x * back[2] + y * back[5] + z * back[8];
                x = bx;
                y = by;
            }
            double dx = x - reference[p];
            double dy = y - reference[p + 1];
            double dz = z - reference[p + 2];
            double d2 = dx * dx + dy * dy + dz * dz;
            if (!(d2 <= first)) {
                if (Double.isNaN(d2)) {
                    return Double.POSITIVE_INFINITY;
                }
                second = first;
                first = d2;
            } else if (d2 > second) {
                second = d2;
            }
        }
        return Math.sqrt(first) + Math.sqrt(second);
    }

    /** Upper bound of the spectral norm of G − I: min(Frobenius, √(max column sum · max row sum)). */
    static double normBound(double[] g) {
        double frobenius = 0;
        double maxRow = 0;
        double maxColumn = 0;
        for (int a = 0; a < 3; a++) {
            double row = 0;
            double column = 0;
            for (int b = 0; b < 3; b++) {
                double e = g[3 * a + b] - (a == b ? 1 : 0);
                frobenius += e * e;
                row += Math.abs(e);
                column += Math.abs(g[3 * b + a] - (a == b ? 1 : 0));
            }
            maxRow = Math.max(maxRow, row);
            maxColumn = Math.max(maxColumn, column);
        }
        return Math.min(Math.sqrt(frobenius), Math.sqrt(maxRow * maxColumn));
    }

    private void refresh(double[] m, double[] cart) {
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
