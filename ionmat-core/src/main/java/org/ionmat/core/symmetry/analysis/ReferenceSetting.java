package org.ionmat.core.symmetry.analysis;

import java.util.ArrayList;
import java.util.List;

import org.ionmat.core.symmetry.SymmetryOperation;

/**
 * A space-group type in the setting that standardized cells use (one Hall setting of the
 * International Tables): one translation per rotation (coset representatives) and the centring.
 *
 * @param number       International Tables number 1..230
 * @param hallNumber   serial number of the Hall setting (1..530, numbering of spglib and of
 *                     Hall-symbol tables after Grosse-Kunstleve)
 * @param hallSymbol   Hall symbol, e.g. {@code "-P 2ybc"}
 * @param international short Hermann–Mauguin symbol, e.g. {@code "P2_1/c"}
 * @param choice       setting choice ({@code "1"}, {@code "2"}, {@code "H"}, {@code "b1"}, ... or empty)
 * @param pointGroup   the geometric crystal class
 * @param centering    the lattice centring
 * @param rotations    the distinct rotations (row-major)
 * @param translations for each rotation its translation (coset representative), in [0, 1)
 */
record ReferenceSetting(int number, int hallNumber, String hallSymbol, String international, String choice,
        PointGroup pointGroup, Centering centering, List<int[]> rotations, List<double[]> translations) {

    /**
     * A reference setting from its full list of operations modulo integer translations (centring
     * translations included, as in Hall-symbol tables).
     */
    static ReferenceSetting of(int number, int hallNumber, String hallSymbol, String international, String choice,
            List<SymmetryOperation> operations) {
        List<int[]> rots = new ArrayList<>();
        List<double[]> trans = new ArrayList<>();
        List<double[]> cent = new ArrayList<>();
        for (SymmetryOperation op : operations) {
            int[] r = op.rotation();
            double[] t = op.translation();
            double[] w = {Matrices.wrap(t[0] + 1e-9) - 1e-9, Matrices.wrap(t[1] + 1e-9) - 1e-9, Matrices.wrap(t[2] + 1e-9) - 1e-9};
            for (int k = 0; k < 3; k++) {
                w[k] = Math.max(0, w[k]);
            }
            if (Matrices.equal(r, Matrices.IDENTITY) && !(w[0] == 0 && w[1] == 0 && w[2] == 0)) {
                cent.add(w);
            }
            if (rots.stream().noneMatch(x -> Matrices.equal(x, r))) {
                rots.add(r);
                trans.add(w);
            }
        }
        Centering c = Centering.of(cent);
        PointGroup pg = PointGroup.of(rots);
        if (c == null || pg == null) {
            throw new IllegalArgumentException("operations of " + hallSymbol + " are not a space group in a known setting");
        }
        return new ReferenceSetting(number, hallNumber, hallSymbol, international, choice, pg, c, rots, trans);
    }

    /** Index of a rotation in {@link #rotations()}, or -1. */
    int indexOf(int[] rotation) {
        for (int i = 0; i < rotations.size(); i++) {
            if (Matrices.equal(rotations.get(i), rotation)) {
                return i;
            }
        }
        return -1;
    }
}
