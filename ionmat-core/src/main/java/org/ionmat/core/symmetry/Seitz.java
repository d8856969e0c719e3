package org.ionmat.core.symmetry;

import java.util.Arrays;

/**
 * Exact symmetry operation for group arithmetic: integer rotation matrix and a translation in
 * integer units of {@code 1/DEN} of the lattice vectors, always reduced to {@code [0, DEN)}, so that
 * two operations equal modulo lattice translations are {@code equals}.
 */
final class Seitz {

    /** Denominator of translations: covers 1/2, 1/3, 1/4, 1/6, 1/8, 1/12, 1/16, 1/24, 1/48. */
    static final int DEN = 48;

    static final Seitz IDENTITY = new Seitz(new int[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, new int[3]);

    private final int[] r;  // row-major 3x3
    private final int[] t;  // units of 1/DEN, each in [0, DEN)

    Seitz(int[] rotation, int[] translation) {
        this.r = rotation.clone();
        this.t = new int[3];
        for (int i = 0; i < 3; i++) {
            t[i] = Math.floorMod(translation[i], DEN);
        }
    }

    /** Pure translation by {@code v / DEN}. */
    static Seitz translation(int[] v) {
        return new Seitz(IDENTITY.r, v);
    }

    /**
     * Exact form of a floating-point operation.
     *
     * @throws IllegalArgumentException if a translation is not a multiple of 1/DEN within 1e-6
     */
    static Seitz of(SymmetryOperation op) {
        double[] tr = op.translation();
        int[] k = new int[3];
        for (int i = 0; i < 3; i++) {
            double scaled = tr[i] * DEN;
            long n = Math.round(scaled);
            if (Math.abs(scaled - n) > 1e-6 * DEN) {
                throw new IllegalArgumentException("translation " + tr[i] + " is not a multiple of 1/" + DEN);
            }
            k[i] = (int) Math.floorMod(n, (long) DEN);
        }
        return new Seitz(op.rotation(), k);
    }

    int rot(int i, int j) {
        return r[3 * i + j];
    }

    /** Translation component in units of 1/DEN, in [0, DEN). */
    int trans(int i) {
        return t[i];
    }

    /** {@code this ∘ o}: apply {@code o} first. */
    Seitz times(Seitz o) {
        int[] rr = new int[9];
        int[] tt = new int[3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                rr[3 * i + j] = r[3 * i] * o.r[j] + r[3 * i + 1] * o.r[3 + j] + r[3 * i + 2] * o.r[6 + j];
            }
            tt[i] = r[3 * i] * o.t[0] + r[3 * i + 1] * o.t[1] + r[3 * i + 2] * o.t[2] + t[i];
        }
        return new Seitz(rr, tt);
    }

    /** Same rotation, translation plus {@code v / DEN}. */
    Seitz plusTranslation(int[] v) {
        return new Seitz(r, new int[] {t[0] + v[0], t[1] + v[1], t[2] + v[2]});
    }

    /** The rotation part negated (e.g. a rotation turned into a rotoinversion). */
    Seitz negatedRotation() {
        int[] rr = new int[9];
        for (int i = 0; i < 9; i++) {
            rr[i] = -r[i];
        }
        return new Seitz(rr, t);
    }

    boolean hasIdentityRotation() {
        return Arrays.equals(r, IDENTITY.r);
    }

    boolean sameRotation(Seitz o) {
        return Arrays.equals(r, o.r);
    }

    int determinant() {
        return r[0] * (r[4] * r[8] - r[5] * r[7]) - r[1] * (r[3] * r[8] - r[5] * r[6])
                + r[2] * (r[3] * r[7] - r[4] * r[6]);
    }

    /** Inverse; the rotation must be unimodular (determinant +1 or -1). */
    Seitz inverse() {
        int det = determinant();
        if (det != 1 && det != -1) {
            throw new IllegalArgumentException("rotation with determinant " + det + " has no integer inverse");
        }
        int[] inv = {
            (r[4] * r[8] - r[5] * r[7]) * det, (r[2] * r[7] - r[1] * r[8]) * det, (r[1] * r[5] - r[2] * r[4]) * det,
            (r[5] * r[6] - r[3] * r[8]) * det, (r[0] * r[8] - r[2] * r[6]) * det, (r[2] * r[3] - r[0] * r[5]) * det,
            (r[3] * r[7] - r[4] * r[6]) * det, (r[1] * r[6] - r[0] * r[7]) * det, (r[0] * r[4] - r[1] * r[3]) * det
        };
        int[] tt = new int[3];
        for (int i = 0; i < 3; i++) {
            tt[i] = -(inv[3 * i] * t[0] + inv[3 * i + 1] * t[1] + inv[3 * i + 2] * t[2]);
        }
        return new Seitz(inv, tt);
    }

    /** Lexicographic comparison of the translations (used to pick coset representatives). */
    int compareTranslation(Seitz o) {
        for (int i = 0; i < 3; i++) {
            if (t[i] != o.t[i]) {
                return Integer.compare(t[i], o.t[i]);
            }
        }
        return 0;
    }

    SymmetryOperation toOperation() {
        return new SymmetryOperation(r, new double[] {(double) t[0] / DEN, (double) t[1] / DEN, (double) t[2] / DEN});
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Seitz s && Arrays.equals(r, s.r) && Arrays.equals(t, s.t);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(r) + Arrays.hashCode(t);
    }

    @Override
    public String toString() {
        return toOperation().toXyz();
    }
}
