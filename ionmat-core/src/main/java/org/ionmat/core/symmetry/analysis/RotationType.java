package org.ionmat.core.symmetry.analysis;

/**
 * Type of a crystallographic rotation, told apart by determinant and trace: proper rotations 1, 2,
 * 3, 4, 6 and improper -1 (inversion), m (-2), -3, -4, -6.
 */
enum RotationType {
    IDENTITY(1, 3, 1), TWOFOLD(1, -1, 2), THREEFOLD(1, 0, 3), FOURFOLD(1, 1, 4), SIXFOLD(1, 2, 6),
    INVERSION(-1, -3, 2), MIRROR(-1, 1, 2), ROTOINVERSION3(-1, 0, 6), ROTOINVERSION4(-1, -1, 4),
    ROTOINVERSION6(-1, -2, 6);

    final int det;
    final int trace;
    /** Order of the operation (smallest k with W^k = 1). */
    final int order;

    RotationType(int det, int trace, int order) {
        this.det = det;
        this.trace = trace;
        this.order = order;
    }

    /** Type of an integer rotation matrix, or null if it is not a crystallographic rotation. */
    static RotationType of(int[] w) {
        int d = Matrices.det(w);
        int tr = Matrices.trace(w);
        for (RotationType t : values()) {
            if (t.det == d && t.trace == tr) {
                return t;
            }
        }
        return null;
    }

    /** Order n of the proper part {@code det(W) W}: 1, 2, 3, 4 or 6. */
    int properOrder() {
        return switch (this) {
            case IDENTITY, INVERSION -> 1;
            case TWOFOLD, MIRROR -> 2;
            case THREEFOLD, ROTOINVERSION3 -> 3;
            case FOURFOLD, ROTOINVERSION4 -> 4;
            case SIXFOLD, ROTOINVERSION6 -> 6;
        };
    }
}
