package org.ionmat.core.symmetry.analysis;

/**
 * Result of identifying a space group: the reference setting, the conventional basis (columns in
 * primitive fractional coordinates, integer) and the origin shift p such that
 * {@code x_standard = P^-1 x_primitive + p}.
 */
record SpaceGroupMatch(ReferenceSetting setting, int[] basis, double[] originShift) {
}
