/**
 * Crystallographic symmetry: {@link org.ionmat.core.symmetry.SymmetryOperation} (x' = R x + t in
 * fractional coordinates, parsed from CIF's xyz form), {@link org.ionmat.core.symmetry.HallSymbol}
 * (Hall's explicit-origin notation, generating a group's operations), and the space-group database
 * {@link org.ionmat.core.symmetry.SpaceGroups} / {@link org.ionmat.core.symmetry.SpaceGroup} of the 530
 * settings of the International Tables (resource {@code space-groups.tsv}, made from spglib's table by
 * {@code scripts/data/make_space_group_table.py}; generated operations are checked against spglib for
 * all 530 settings).
 */
package org.ionmat.core.symmetry;
