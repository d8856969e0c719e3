package org.ionmat.core.neighbors;

import java.util.Arrays;
import java.util.Locale;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.structure.Lattice;

/**
 * Cell list: the unit cell divided into {@code na x nb x nc} congruent parallelepipeds (bins) along
 * the lattice vectors, their number chosen from the perpendicular widths so that triclinic cells
 * are binned evenly. Atoms are wrapped into the cell and counting-sorted by bin (stable, so atoms
 * of one bin keep their input order). Buffers are reused between calls.
 */
final class CellGrid {

    /** Target bin width as a fraction of the largest cutoff. */
    static final double BINS_PER_CUTOFF = 2.0;
    /** Coordinates further than this many cells from the origin are rejected (int offsets). */
    private static final double MAX_CELLS = 1e6;

    int atoms;
    int na;
    int nb;
    int nc;
    /** Lattice matrix, row-major (Å). */
    final double[] m = new double[9];
    /** Perpendicular widths of the cell (Å). */
    double[] widths;
    /** Per input atom: wrapped fractional coordinates in [0, 1). */
    double[] frac = new double[0];
    /** Per input atom: wrapped Cartesian coordinates (Å) = input - wrap·M. */
    double[] cart = new double[0];
    /** Per input atom: integer cell of the input position, input = wrapped + wrap·M. */
    int[] wrap = new int[0];
    /** Per input atom: bin coordinates (3). */
    int[] bin = new int[0];
    /** First sorted slot of each linear bin, nbins + 1 entries. */
    int[] binStart = new int[1];
    /** Wrapped Cartesian coordinates in bin order (3 per slot). */
    double[] sortedCart = new double[0];
    /** Input index of the atom in each sorted slot. */
    int[] sortedIndex = new int[0];
    /** Sorted slot of each input atom (inverse of sortedIndex). */
    int[] slotOf = new int[0];

    /**
     * Bins the atoms.
     *
     * @param maxCutoff largest pair cutoff (Å); sets the bin width
     */
    void assign(Lattice lattice, double[] positions, double maxCutoff) {
        if (positions.length % 3 != 0) {
            throw new InvalidInputException("Cartesian coordinates need 3 numbers per atom, got "
                    + positions.length + " numbers");
        }
        int n = positions.length / 3;
        atoms = n;
        System.arraycopy(lattice.rowMajor(), 0, m, 0, 9);
        widths = lattice.perpendicularWidths();
        double[] inv = lattice.inverseRowMajor();
        chooseBins(n, maxCutoff);
        frac = ensure(frac, 3 * n);
        cart = ensure(cart, 3 * n);
        wrap = ensure(wrap, 3 * n);
        bin = ensure(bin, 3 * n);
        sortedCart = ensure(sortedCart, 3 * n);
        sortedIndex = ensure(sortedIndex, n);
        slotOf = ensure(slotOf, n);
        int nbins = na * nb * nc;
        binStart = ensure(binStart, nbins + 1);
        Arrays.fill(binStart, 0, nbins + 1, 0);
        int[] nk = {na, nb, nc};
        for (int i = 0; i < n; i++) {
            double x = positions[3 * i];
            double y = positions[3 * i + 1];
            double z = positions[3 * i + 2];
            if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(z)) {
                throw new InvalidInputException(String.format(Locale.ROOT,
                        "atom %d has a non-finite coordinate (%s, %s, %s)", i, x, y, z));
            }
            int[] w = wrap;
            for (int k = 0; k < 3; k++) {
                double f = x * inv[k] + y * inv[3 + k] + z * inv[6 + k];
                double fl = Math.floor(f);
                if (Math.abs(fl) > MAX_CELLS) {
                    throw new InvalidInputException(String.format(Locale.ROOT,
                            "atom %d lies %.3g cells away from the unit cell; wrap the coordinates first", i, fl));
                }
                double fw = f - fl;
                if (fw >= 1.0) {
                    fw = 0.0;
                    fl += 1.0;
                }
                frac[3 * i + k] = fw;
                w[3 * i + k] = (int) fl;
                int b = (int) (fw * nk[k]);
                bin[3 * i + k] = b >= nk[k] ? nk[k] - 1 : b;
            }
            int wa = w[3 * i];
            int wb = w[3 * i + 1];
            int wc = w[3 * i + 2];
            cart[3 * i] = x - (wa * m[0] + wb * m[3] + wc * m[6]);
            cart[3 * i + 1] = y - (wa * m[1] + wb * m[4] + wc * m[7]);
            cart[3 * i + 2] = z - (wa * m[2] + wb * m[5] + wc * m[8]);
            binStart[linearBin(i) + 1]++;
        }
        for (int b = 0; b < nbins; b++) {
            binStart[b + 1] += binStart[b];
        }
        int[] fill = Arrays.copyOf(binStart, nbins);
        for (int i = 0; i < n; i++) {
            int slot = fill[linearBin(i)]++;
            sortedIndex[slot] = i;
            slotOf[i] = slot;
            sortedCart[3 * slot] = cart[3 * i];
            sortedCart[3 * slot + 1] = cart[3 * i + 1];
            sortedCart[3 * slot + 2] = cart[3 * i + 2];
        }
    }

    /** Linear bin index of input atom {@code i}. */
    int linearBin(int i) {
        return (bin[3 * i] * nb + bin[3 * i + 1]) * nc + bin[3 * i + 2];
    }

    /**
     * Bins of about {@code maxCutoff / BINS_PER_CUTOFF} Å between opposite faces, at least one per
     * axis, and not many more bins than atoms (a sparse system in a large cell would otherwise
     * allocate mostly empty bins).
     */
    private void chooseBins(int n, double maxCutoff) {
        double h = maxCutoff / BINS_PER_CUTOFF;
        double[] c = new double[3];
        for (int k = 0; k < 3; k++) {
            c[k] = Math.max(1.0, Math.floor(widths[k] / h));
        }
        double limit = 2.0 * n + 8;
        double total = c[0] * c[1] * c[2];
        if (total > limit) {
            double s = Math.cbrt(limit / total);
            for (int k = 0; k < 3; k++) {
                c[k] = Math.max(1.0, Math.floor(c[k] * s));
            }
            // a flat cell may still exceed the limit along its long axes
            while (c[0] * c[1] * c[2] > limit) {
                int k = c[0] >= c[1] && c[0] >= c[2] ? 0 : c[1] >= c[2] ? 1 : 2;
                c[k] = Math.max(1.0, Math.floor(c[k] / 2));
            }
        }
        na = (int) c[0];
        nb = (int) c[1];
        nc = (int) c[2];
    }

    private static double[] ensure(double[] a, int n) {
        return a.length >= n ? a : new double[Math.max(n, a.length + a.length / 2)];
    }

    private static int[] ensure(int[] a, int n) {
        return a.length >= n ? a : new int[Math.max(n, a.length + a.length / 2)];
    }
}
