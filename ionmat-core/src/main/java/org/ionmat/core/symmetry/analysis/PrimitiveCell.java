package org.ionmat.core.symmetry.analysis;

import java.util.List;

/**
 * A primitive cell found from a (possibly non-primitive) input cell.
 *
 * @param cell             the primitive cell, Delaunay-reduced, positions averaged over the pure
 *                         translations
 * @param toInput          change of basis P with {@code x_input = P x_primitive} (columns are the
 *                         primitive vectors in input fractional coordinates), row-major
 * @param mapping          for each input atom, the index of its primitive atom
 * @param translations     pure translations of the input cell (input fractional coordinates, exact
 *                         fractions with denominator dividing their number), zero first
 * @param reducedInput     the input cell in a Delaunay-reduced basis (same atom order)
 * @param toReduced        integer change of basis T with {@code x_input = T x_reduced}
 */
record PrimitiveCell(Cell cell, double[] toInput, int[] mapping, List<double[]> translations,
        Cell reducedInput, int[] toReduced) {
}
