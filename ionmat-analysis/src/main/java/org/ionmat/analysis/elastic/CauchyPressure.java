package org.ionmat.analysis.elastic;

/**
 * Definitions of the Cauchy pressure. For cubic crystals it is C12 − C44; seed paper 001 does not
 * say how it generalizes to lower symmetry. {@link #AVERAGE} (default) reduces to C12 − C44 for
 * cubic crystals.
 */
public enum CauchyPressure {
    /** C12 − C44. */
    CUBIC,
    /** (C12 + C13 + C23)/3 − (C44 + C55 + C66)/3. */
    AVERAGE,
    /** The isotropic form from the Hill moduli: λ − G = B − 5G/3. */
    ISOTROPIC;

    /** Cauchy pressure, GPa. */
    public double of(ElasticTensor c) {
        return switch (this) {
            case CUBIC -> c.get(0, 1) - c.get(3, 3);
            case AVERAGE -> (c.get(0, 1) + c.get(0, 2) + c.get(1, 2)) / 3 - (c.get(3, 3) + c.get(4, 4) + c.get(5, 5)) / 3;
            case ISOTROPIC -> c.bulkHill() - 5 * c.shearHill() / 3;
        };
    }
}
