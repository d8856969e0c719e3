package org.ionmat.analysis.elastic;

import org.ionmat.core.units.Units;

/**
 * The mechanical–elastic descriptors of seed paper 001 (Table 1, section 2.6) from an elastic tensor
 * and the density, with the Hill moduli B and G:
 * <ul>
 * <li>E = 9BG/(3B+G), ν = (3B−2G)/[2(3B+G)], λ = B − 2G/3, M = B + 4G/3 (P-wave modulus),
 *     κ = G/B (Pugh's ratio), Cauchy pressure and Vickers hardness by the chosen definitions;</li>
 * <li>v_l = √(M/ρ), v_t = √(G/ρ), v_r = v_l/v_t, mean sound velocity
 *     v_m = [(1/3)(1/v_l³ + 2/v_t³)]^(−1/3) (Anderson 1963);</li>
 * <li>Debye temperature θ_D = (h/k_B)(3n/4π)^(1/3) v_m with n the number density of atoms.</li>
 * </ul>
 *
 * @param bulk            B (Hill), GPa
 * @param shear           G (Hill), GPa
 * @param young           E, GPa
 * @param poisson         ν
 * @param lame            λ, GPa
 * @param pWave           M, GPa
 * @param pugh            κ = G/B
 * @param cauchyPressure  P_C, GPa
 * @param vickers         H_V, GPa
 * @param vLongitudinal   v_l, km/s
 * @param vTransverse     v_t, km/s
 * @param velocityRatio   v_r = v_l/v_t
 * @param vMean           v_m, km/s
 * @param debyeTemperature θ_D, K
 * @param anisotropy      universal anisotropy index A_U
 */
public record MechanicalProperties(double bulk, double shear, double young, double poisson, double lame, double pWave,
                                   double pugh, double cauchyPressure, double vickers, double vLongitudinal,
                                   double vTransverse, double velocityRatio, double vMean, double debyeTemperature,
                                   double anisotropy) {

    /**
     * Computes the descriptors.
     *
     * @param c              elastic tensor, GPa
     * @param densityGcm3    mass density, g/cm³
     * @param atomsPerA3     number density of atoms, Å⁻³
     * @param hardness       Vickers hardness model
     * @param cauchy         Cauchy pressure definition
     */
    public static MechanicalProperties of(ElasticTensor c, double densityGcm3, double atomsPerA3,
                                          HardnessModel hardness, CauchyPressure cauchy) {
        double b = c.bulkHill();
        double g = c.shearHill();
        return fromModuli(b, g, densityGcm3, atomsPerA3, hardness, cauchy.of(c), c.universalAnisotropy());
    }

    /** The descriptors from given Hill moduli (GPa), Cauchy pressure (GPa) and anisotropy index. */
    public static MechanicalProperties fromModuli(double b, double g, double densityGcm3, double atomsPerA3,
                                                  HardnessModel hardness, double cauchyPressure, double anisotropy) {
        double e = 9 * b * g / (3 * b + g);
        double nu = (3 * b - 2 * g) / (2 * (3 * b + g));
        double lambda = b - 2 * g / 3;
        double m = b + 4 * g / 3;
        // GPa / (g/cm³) = 1e6 m²/s², so √(GPa/(g/cm³)) is in km/s
        double vl = m > 0 ? Math.sqrt(m / densityGcm3) : Double.NaN;
        double vt = g > 0 ? Math.sqrt(g / densityGcm3) : Double.NaN;
        double vm = Math.pow((1.0 / 3) * (1 / (vl * vl * vl) + 2 / (vt * vt * vt)), -1.0 / 3);
        double theta = Units.PLANCK_OVER_BOLTZMANN_K_S * Math.cbrt(3 * atomsPerA3 * 1e30 / (4 * Math.PI)) * vm * 1e3;
        return new MechanicalProperties(b, g, e, nu, lambda, m, g / b, cauchyPressure, hardness.vickers(b, g),
                vl, vt, vl / vt, vm, theta, anisotropy);
    }
}
