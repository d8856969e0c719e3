package org.ionmat.core.symmetry.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the space-group operations of a primitive cell: for each rotation of the lattice point
 * group, a translation is proposed from one atom of the least frequent type to each atom of that
 * type, and accepted if it maps the whole crystal onto itself (Togo and Tanaka,
 * arXiv:1808.01590). In a primitive cell each rotation has at most one translation modulo lattice
 * vectors.
 */
final class OperationFinder {

    private OperationFinder() {
    }

    /**
     * The operations of the primitive cell (identity first), or null if their rotations do not form
     * a group (tolerance too large for this crystal).
     */
    static List<Operation> find(Cell prim, double tolerance, double angleTolDeg) {
        List<int[]> rotations = LatticePointGroup.of(prim.lattice, tolerance, angleTolDeg);
        AtomMatcher matcher = new AtomMatcher(prim, tolerance);
        int type = prim.leastFrequentType();
        int i0 = -1;
        for (int i = 0; i < prim.size(); i++) {
            if (prim.types[i] == type) {
                i0 = i;
                break;
            }
        }
        double[] x0 = {prim.frac[3 * i0], prim.frac[3 * i0 + 1], prim.frac[3 * i0 + 2]};
        List<Operation> ops = new ArrayList<>();
        rotations.sort((a, b) -> Matrices.equal(a, Matrices.IDENTITY) ? -1 : Matrices.equal(b, Matrices.IDENTITY) ? 1 : 0);
        for (int[] w : rotations) {
            double[] wx = Matrices.mulVec(w, x0);
            for (int j : matcher.sameType(i0)) {
                double[] t = {prim.frac[3 * j] - wx[0], prim.frac[3 * j + 1] - wx[1], prim.frac[3 * j + 2] - wx[2]};
                int[] image = matcher.map(w, t);
                if (image != null) {
                    double[] r = matcher.refineTranslation(w, t, image);
                    ops.add(new Operation(w, new double[] {Matrices.wrap(r[0]), Matrices.wrap(r[1]), Matrices.wrap(r[2])}, image));
                    break;
                }
            }
        }
        if (ops.isEmpty() || !Matrices.equal(ops.get(0).rotation(), Matrices.IDENTITY) || !closed(ops)) {
            return null;
        }
        return ops;
    }

    private static boolean closed(List<Operation> ops) {
        for (Operation a : ops) {
            for (Operation b : ops) {
                int[] w = Matrices.mul(a.rotation(), b.rotation());
                boolean found = false;
                for (Operation c : ops) {
                    if (Matrices.equal(c.rotation(), w)) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return false;
                }
            }
        }
        return true;
    }
}
