package org.ionmat.core.symmetry;

/** The seven crystal systems, with the ranges of International Tables space-group numbers. */
public enum CrystalSystem {
    TRICLINIC(1, 2),
    MONOCLINIC(3, 15),
    ORTHORHOMBIC(16, 74),
    TETRAGONAL(75, 142),
    TRIGONAL(143, 167),
    HEXAGONAL(168, 194),
    CUBIC(195, 230);

    private final int first;
    private final int last;

    CrystalSystem(int first, int last) {
        this.first = first;
        this.last = last;
    }

    /** First space-group number of this system. */
    public int firstNumber() {
        return first;
    }

    /** Last space-group number of this system. */
    public int lastNumber() {
        return last;
    }

    /**
     * Crystal system of a space-group number.
     *
     * @throws IllegalArgumentException if {@code number} is outside 1..230
     */
    public static CrystalSystem ofSpaceGroup(int number) {
        for (CrystalSystem c : values()) {
            if (number >= c.first && number <= c.last) {
                return c;
            }
        }
        throw new IllegalArgumentException("space-group number " + number + " is outside 1..230");
    }
}
