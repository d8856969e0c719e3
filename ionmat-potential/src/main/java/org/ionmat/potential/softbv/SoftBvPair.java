package org.ionmat.potential.softbv;

/**
 * Bond-valence parameters of one cation–anion pair of the softBV set (one row of
 * {@code softbv-pairs.tsv}): the bond valence at distance R is s = exp((R0 − R)/b).
 *
 * @param cation             cation type label (see {@link SoftBvIon#type()})
 * @param cationOxidation    cation oxidation state (> 0)
 * @param anion              anion type label
 * @param anionOxidation     anion oxidation state (< 0)
 * @param r0                 R0, Å
 * @param b                  softness parameter b, Å
 * @param meanCoordination   mean coordination number N_C of the cation by this anion (table
 *                           column {@code cn}; non-integer)
 * @param cutoff             R_cutoff, Å: bonds and bond-valence sums include anions up to this
 *                           distance
 * @param note               remark of the source row ("RCN estimated", "Low accuracy", ...) or
 *                           empty
 */
public record SoftBvPair(String cation, int cationOxidation, String anion, int anionOxidation, double r0, double b,
                         double meanCoordination, double cutoff, String note) {

    /** Bond valence s = exp((R0 − R)/b) at distance {@code r} (Å), in valence units. */
    public double bondValence(double r) {
        return Math.exp((r0 - r) / b);
    }

    /** {@code Li+1–O-2}-style label of the pair. */
    public String label() {
        return SoftBvParameters.label(cation, cationOxidation) + "–" + SoftBvParameters.label(anion, anionOxidation);
    }
}
