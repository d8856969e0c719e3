/**
 * The soft bond valence (SoftBV) force field of Adams and co-workers as used by K. Kameda et al.,
 * Digital Discovery 3, 1967 (2024): parameter tables ({@link org.ionmat.potential.softbv.SoftBvParameters}),
 * the conventions the paper leaves open ({@link org.ionmat.potential.softbv.SoftBvConventions}),
 * derived bond parameters and charges ({@link org.ionmat.potential.softbv.SoftBvModel},
 * {@link org.ionmat.potential.softbv.SoftBvFormulas}).
 *
 * <pre>{@code
 * SoftBvModel m = SoftBvModel.standard();
 * SoftBvBond b = m.bond(Species.parse("Li+"), Species.parse("O2-"));   // R0, b, R_min, D0, R_cutoff
 * double[] q = m.charges(kinds, counts);                                // eqn 5
 * }</pre>
 */
package org.ionmat.potential.softbv;
