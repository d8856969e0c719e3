package org.ionmat.core.symmetry.analysis;

/**
 * A space-group operation found in a cell: integer rotation W (row-major), translation t
 * (fractional) and the atom each atom is mapped to.
 */
record Operation(int[] rotation, double[] translation, int[] image) {
}
