package org.ionmat.analysis.bondvalence;

import java.util.List;

import org.ionmat.core.element.Species;

/**
 * Bond-valence sums of every site and the global instability index (eqn 7 of K. Kameda et al.,
 * Digital Discovery 3, 1967 (2024)).
 *
 * @param species    species of each site (with oxidation state)
 * @param bvs        bond-valence sum Σ_j s_ij of each site over counter-ions within the cutoff, v.u.
 * @param mismatch   BVS − |V| of each site, v.u.
 * @param giiCations GII over the cations, √(Σ_cations mismatch² / N_cations) (eqn 7 as printed:
 *                   "N is the number of cations"), v.u.
 * @param giiAll     GII over all sites (the usual definition; BVlain's √ of the mean squared
 *                   mismatch), v.u.
 */
public record BondValenceResult(List<Species> species, double[] bvs, double[] mismatch, double giiCations, double giiAll) {

    /** Number of sites. */
    public int size() {
        return bvs.length;
    }
}
