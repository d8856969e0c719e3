/**
 * Symmetry finder: {@link org.ionmat.core.symmetry.analysis.SymmetryAnalysis#of} takes a structure
 * and a distance tolerance (Å) and returns everything about its symmetry in one object, as spglib's
 * dataset does: operations of the cell, primitive cell, equivalent atoms, point group and crystal
 * system, space-group type (number, Hermann–Mauguin and Hall symbols, Hall number of the standard
 * setting), Wyckoff positions and site symmetries, and the standardized conventional cell with the
 * transformation to it.
 *
 * <p>Written from the published methods (Togo and Tanaka, arXiv:1808.01590; Grosse-Kunstleve, Acta
 * Cryst. A55, 383, 1999), one step per class: {@code DelaunayReduction}, {@code LatticePointGroup},
 * {@code PrimitiveCellFinder}, {@code OperationFinder}, {@code CellOperations}, {@link
 * org.ionmat.core.symmetry.analysis.PointGroup}, {@code ConventionalBases}, {@code SpaceGroupMatcher}
 * (against the standard settings of {@link org.ionmat.core.symmetry.SpaceGroups}), {@code
 * StandardCell} and {@code WyckoffAssigner}. Validated against spglib 2.0.2 on the OBELiX CIFs and on
 * synthetic structures of all 230 types ({@code scripts/golden/spglib_symmetry_golden.py}).
 */
package org.ionmat.core.symmetry.analysis;
