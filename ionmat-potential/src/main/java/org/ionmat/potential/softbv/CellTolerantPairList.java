package org.ionmat.potential.softbv;

import org.ionmat.core.neighbors.NeighborList;
import org.ionmat.core.neighbors.NeighborSearch;
import org.ionmat.core.structure.Lattice;

/**
 * A Verlet pair list (half list within cutoff + skin) that survives small cell deformations as
 * well as atomic displacements, for variable-cell relaxation: the list is reused while every pair
 * that could now be within the cutoff is guaranteed to be in it, and its vectors D = r_j − r_i + S·M
 * and distances are recomputed from the current positions and cell.
 *
 * <p>Rule: with the cell deformation G = M_ref⁻¹·M (row vectors), the positions mapped back to
 * the reference cell r̃ = r·G⁻¹, the two largest displacements δ1, δ2 of r̃ since the build, and
 * σ = 1 − ‖G − I‖_F (a lower bound of the smallest singular value of G), the list is valid while
 * σ·(cutoff + skin − δ1 − δ2) ≥ cutoff: a pair absent from the list was farther than cutoff + skin
 * at the build, is now at least that minus δ1 + δ2 apart in the reference cell, and the
 * deformation shortens no vector by more than the factor σ. (The foundation's
 * {@code VerletNeighborList} rebuilds on any cell change.) Not thread-safe.
 */
final class CellTolerantPairList {

    private final NeighborSearch search;
    private final double cutoff;
    private final double skin;
    private NeighborList list;
    private double[] refLattice;
    private double[] refInverse;
    private double[] refPositions;
    private double[] vectors = new double[0];
    private double[] distances = new double[0];
    private int builds;

    /**
     * @param cutoff interaction cutoff, Å
     * @param skin   extra search distance, Å
     */
    CellTolerantPairList(double cutoff, double skin) {
        this.cutoff = cutoff;
        this.skin = skin;
        this.search = NeighborSearch.withCutoff(cutoff + skin).half();
    }

    /** Brings the list up to date; returns true if it was rebuilt. */
    boolean update(Lattice lattice, double[] cart) {
        double[] m = lattice.rowMajor();
        if (!valid(lattice, m, cart)) {
            list = search.find(lattice, cart);
            refLattice = m;
            refInverse = lattice.inverseRowMajor();
            refPositions = cart.clone();
            if (vectors.length != 3 * list.size()) {
                vectors = new double[3 * list.size()];
                distances = new double[list.size()];
            }
            System.arraycopy(list.vectors(), 0, vectors, 0, vectors.length);
            System.arraycopy(list.distances(), 0, distances, 0, distances.length);
            builds++;
            return true;
        }
        refresh(m, cart);
        return false;
    }

    private boolean valid(Lattice lattice, double[] m, double[] cart) {
        if (list == null || cart.length != refPositions.length) {
            return false;
        }
        // G = M_ref⁻¹ M and its inverse M⁻¹ M_ref
        double[] g = multiply(refInverse, m);
        double dev = 0;
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                double e = g[3 * a + b] - (a == b ? 1 : 0);
                dev += e * e;
            }
        }
        double sigma = 1 - Math.sqrt(dev);
        if (!(sigma > 0)) {
            return false;
        }
        double[] back = multiply(lattice.inverseRowMajor(), refLattice);
        double first = 0;
        double second = 0;
        for (int p = 0; p < cart.length; p += 3) {
            double x = cart[p];
            double y = cart[p + 1];
            double z = cart[p + 2];
            double dx = x * back[0] + y * back[3] + z * back[6] - refPositions[p];
            double dy = x * back[1] + y * back[4] + z * back[7] - refPositions[p + 1];
            double dz = x * back[2] + y * back[5] + z * back[8] - refPositions[p + 2];
            double d2 = dx * dx + dy * dy + dz * dz;
            if (!(d2 <= first)) {
                if (Double.isNaN(d2)) {
                    return false;
                }
                second = first;
                first = d2;
            } else if (d2 > second) {
                second = d2;
            }
        }
        return sigma * (cutoff + skin - Math.sqrt(first) - Math.sqrt(second)) >= cutoff;
    }

    private void refresh(double[] m, double[] cart) {
        int[] ci = list.centers();
        int[] cj = list.neighbors();
        int[] s = list.shifts();
        for (int p = 0, n = list.size(); p < n; p++) {
            int i = 3 * ci[p];
            int j = 3 * cj[p];
            double sa = s[3 * p];
            double sb = s[3 * p + 1];
            double sc = s[3 * p + 2];
            double dx = cart[j] - cart[i] + sa * m[0] + sb * m[3] + sc * m[6];
            double dy = cart[j + 1] - cart[i + 1] + sa * m[1] + sb * m[4] + sc * m[7];
            double dz = cart[j + 2] - cart[i + 2] + sa * m[2] + sb * m[5] + sc * m[8];
            vectors[3 * p] = dx;
            vectors[3 * p + 1] = dy;
            vectors[3 * p + 2] = dz;
            distances[p] = Math.sqrt(dx * dx + dy * dy + dz * dz);
        }
    }

    /** Number of pairs. */
    int size() {
        return list.size();
    }

    /** First atom of each pair. */
    int[] centers() {
        return list.centers();
    }

    /** Second atom of each pair. */
    int[] neighbors() {
        return list.neighbors();
    }

    /** Current pair vectors, Å (3 per pair). */
    double[] vectors() {
        return vectors;
    }

    /** Current pair distances, Å. */
    double[] distances() {
        return distances;
    }

    /** Number of builds so far. */
    int builds() {
        return builds;
    }

    private static double[] multiply(double[] a, double[] b) {
        double[] c = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                c[3 * i + j] = a[3 * i] * b[j] + a[3 * i + 1] * b[3 + j] + a[3 * i + 2] * b[6 + j];
            }
        }
        return c;
    }
}
