package org.ionmat.analysis.elastic;

/**
 * Empirical Vickers hardness models from the Hill moduli (GPa). Seed paper 001 names H_V without a
 * model; Chen's is the most common in high-throughput work and the default.
 */
public enum HardnessModel {
    /** Chen, Niu, Li &amp; Li, Intermetallics 19, 1275 (2011): H_V = 2(κ²G)^0.585 − 3, κ = G/B. */
    CHEN,
    /** Tian, Xu &amp; Zhao, Int. J. Refract. Met. Hard Mater. 33, 93 (2012): H_V = 0.92 κ^1.137 G^0.708. */
    TIAN,
    /** Teter, MRS Bull. 23, 22 (1998): H_V = 0.151 G. */
    TETER;

    /**
     * Vickers hardness, GPa (NaN for non-positive moduli).
     *
     * @param bulk  bulk modulus B, GPa
     * @param shear shear modulus G, GPa
     */
    public double vickers(double bulk, double shear) {
        if (!(bulk > 0 && shear > 0)) {
            return Double.NaN;
        }
        double k = shear / bulk;
        return switch (this) {
            case CHEN -> 2 * Math.pow(k * k * shear, 0.585) - 3;
            case TIAN -> 0.92 * Math.pow(k, 1.137) * Math.pow(shear, 0.708);
            case TETER -> 0.151 * shear;
        };
    }
}
