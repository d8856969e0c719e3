package org.ionmat.potential.softbv;

/**
 * Per-ion data of the softBV parameter set (one row of {@code softbv-ions.tsv}).
 *
 * @param type                   type label of the table: an element symbol, or one of the special
 *                               labels {@code Ox}, {@code Hx}, {@code D}, {@code Nh} (ammonium),
 *                               {@code du} (dummy)
 * @param atomicNumber           Z (−1 for {@code Nh} and {@code du})
 * @param oxidationState         oxidation state (integer, e)
 * @param defaultOxidationState  the table's usual state of the element (source column {@code od})
 * @param mass                   atomic mass, amu
 * @param principalQuantumNumber n of the valence shell (eqns 2 and 5 of Kameda et al. 2024)
 * @param group                  number of valence electrons (source column {@code g})
 * @param block                  block code of the source column {@code b}: 0 = H-like, 1 = s or p,
 *                               2 = d, 3 = f
 * @param radius                 radius of the table (source column {@code rc}), Å; the default
 *                               radius in the erfc screening of the Coulomb term
 * @param softness               ionic softness σ (source column {@code sf}; it is NOT the screening
 *                               factor)
 */
public record SoftBvIon(String type, int atomicNumber, int oxidationState, int defaultOxidationState, double mass,
                        int principalQuantumNumber, int group, int block, double radius, double softness) {

    /**
     * The exponent c of eqn 2 (Kameda et al. 2024, after Adams): 1 for s- and p-block ions (block
     * codes 0 and 1), 2 for d- and f-block ions (codes 2 and 3).
     */
    public int c() {
        return block >= 2 ? 2 : 1;
    }

    /** {@code Li+1}-style label of type and oxidation state. */
    public String label() {
        return SoftBvParameters.label(type, oxidationState);
    }
}
