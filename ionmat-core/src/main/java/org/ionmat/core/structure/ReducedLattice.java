package org.ionmat.core.structure;

import java.util.Arrays;

/**
 * The result of a lattice reduction: the reduced lattice and the unimodular integer matrix
 * {@code T} (det ±1) that produced it from the original, {@code reduced rows = T · original rows},
 * the convention of {@link Lattice#transform(double[][])} and {@link Structure#supercell(int[][])}.
 * The reduced vectors are expressed in the same Cartesian frame as the original (no rotation).
 */
public final class ReducedLattice {

    private final Lattice original;
    private final Lattice lattice;
    private final long[] t;

    ReducedLattice(Lattice original, long[] t) {
        this.original = original;
        this.t = t.clone();
        this.lattice = Lattice.ofRowMajor(IntMatrix3.apply(t, original.rowMajorView()));
    }

    /** The lattice before reduction (Å). */
    public Lattice original() {
        return original;
    }

    /** The reduced lattice (Å). */
    public Lattice lattice() {
        return lattice;
    }

    /** Copy of the transformation matrix {@code T}: row i gives reduced vector i in the original basis. */
    public int[][] transformation() {
        return IntMatrix3.toIntArray(t);
    }

    /** Determinant of {@code T}: +1, or -1 if the reduction changed the handedness of the basis. */
    public int determinant() {
        return (int) IntMatrix3.det(t);
    }

    /**
     * The same crystal described in the reduced cell: the lattice is replaced and the fractional
     * coordinates become {@code f · T^-1}, folded into [0, 1). Cartesian positions, species, labels
     * and site properties are unchanged.
     *
     * @throws IllegalArgumentException if {@code s} does not have the original lattice (1e-6 Å)
     */
    public Structure applyTo(Structure s) {
        if (!s.lattice().matrixEquals(original, 1e-6)) {
            throw new IllegalArgumentException("structure lattice " + s.lattice()
                    + " is not the lattice that was reduced, " + original);
        }
        long[] inv = IntMatrix3.inverseUnimodular(t);
        double[] f = s.fracCoords();
        double[] g = new double[f.length];
        for (int i = 0; i < f.length; i += 3) {
            for (int k = 0; k < 3; k++) {
                g[i + k] = Structure.wrap(f[i] * inv[k] + f[i + 1] * inv[3 + k] + f[i + 2] * inv[6 + k]);
            }
        }
        return s.withFracCoords(g).withLattice(lattice);
    }

    @Override
    public String toString() {
        return "ReducedLattice(" + lattice + ", T=" + Arrays.deepToString(transformation()) + ")";
    }
}
