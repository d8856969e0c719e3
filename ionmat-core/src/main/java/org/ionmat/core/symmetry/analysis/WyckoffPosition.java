package org.ionmat.core.symmetry.analysis;

/**
 * A Wyckoff position of a space-group type in its standard setting: all points whose orbit meets
 * the affine subspace {@code representative + span(directions)} and has {@code multiplicity}
 * points per conventional cell.
 *
 * @param number         International Tables number
 * @param letter         Wyckoff letter ({@code "a"} .. {@code "z"}, {@code "A"})
 * @param multiplicity   points per conventional cell
 * @param siteSymmetry   oriented site-symmetry symbol, e.g. {@code "m-3m"}, {@code "4mm."}, {@code "..2"}
 * @param representative a point generic on the position (fractional, standard setting)
 * @param directions     integer vectors spanning the position (0 for points, 3 for the general one)
 */
public record WyckoffPosition(int number, String letter, int multiplicity, String siteSymmetry,
        double[] representative, int[][] directions) {

    /** Number of free parameters (0, 1, 2 or 3). */
    public int dimension() {
        return directions.length;
    }

    /** Multiplicity and letter, e.g. {@code "4a"}. */
    @Override
    public String toString() {
        return multiplicity + letter;
    }
}
