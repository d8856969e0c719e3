package org.ionmat.core.symmetry.analysis;

/**
 * The minimal crystal description the symmetry search works on: lattice rows (Å, row-major),
 * fractional coordinates wrapped to [0, 1) (3 per atom) and an integer type per atom.
 */
final class Cell {

    final double[] lattice;
    final double[] frac;
    final int[] types;
    final double[] metric;

    Cell(double[] lattice, double[] frac, int[] types) {
        this.lattice = lattice;
        this.frac = new double[frac.length];
        for (int i = 0; i < frac.length; i++) {
            this.frac[i] = Matrices.wrap(frac[i]);
        }
        this.types = types;
        this.metric = Matrices.metric(lattice);
    }

    int size() {
        return types.length;
    }

    double volume() {
        return Math.abs(Matrices.det(lattice));
    }

    /**
     * The same crystal in the basis whose vectors are the columns of {@code p} (old fractional
     * coordinates); {@code p} must have determinant +-1 (same number of atoms).
     */
    Cell changeBasis(double[] p) {
        double[] pInv = Matrices.inverse(p);
        double[] f = new double[frac.length];
        for (int i = 0; i < types.length; i++) {
            double x = frac[3 * i];
            double y = frac[3 * i + 1];
            double z = frac[3 * i + 2];
            f[3 * i] = pInv[0] * x + pInv[1] * y + pInv[2] * z;
            f[3 * i + 1] = pInv[3] * x + pInv[4] * y + pInv[5] * z;
            f[3 * i + 2] = pInv[6] * x + pInv[7] * y + pInv[8] * z;
        }
        return new Cell(Matrices.changeBasisLattice(lattice, p), f, types);
    }

    /** Atom count of the least frequent type and that type (smallest type id on ties). */
    int leastFrequentType() {
        java.util.Map<Integer, Integer> counts = new java.util.TreeMap<>();
        for (int t : types) {
            counts.merge(t, 1, Integer::sum);
        }
        int best = -1;
        int bestCount = Integer.MAX_VALUE;
        for (var e : counts.entrySet()) {
            if (e.getValue() < bestCount) {
                bestCount = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }
}
