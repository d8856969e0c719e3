package org.ionmat.analysis.diffusion;

import java.util.List;

/**
 * Diffusion of one mobile species in one trajectory at one temperature.
 *
 * @param source        where the trajectory came from (file or run directory)
 * @param ion           element symbol of the mobile species
 * @param temperatureK  temperature (K)
 * @param msd           the MSDs
 * @param tracer        fit of the tracer MSD (D*)
 * @param charge        fit of the collective MSD (D_σ, per ion)
 * @param directional   fits of the x, y, z tracer components
 * @param numberDensity mobile ions per Å^3 (mean volume)
 * @param ionCharge     charge of the mobile ion (e)
 * @param warnings      problems a reader should know about (empty when none)
 */
public record RunDiffusion(String source, String ion, double temperatureK, Msd msd, DiffusionFit tracer,
                           DiffusionFit charge, DiffusionFit[] directional, double numberDensity, double ionCharge,
                           List<String> warnings) {

    /** Haven ratio D* / D_σ (NaN when D_σ ≤ 0). */
    public double havenRatio() {
        return charge.d() > 0 ? tracer.d() / charge.d() : Double.NaN;
    }

    /** Standard uncertainty of the Haven ratio (independent errors propagated to first order). */
    public double havenRatioErr() {
        double h = havenRatio();
        if (!Double.isFinite(h) || tracer.d() == 0) {
            return Double.NaN;
        }
        double a = tracer.dErr() / tracer.d();
        double b = charge.dErr() / charge.d();
        return Math.abs(h) * Math.sqrt(a * a + b * b);
    }

    /** Nernst–Einstein conductivity at this temperature from the tracer D (S/cm, Haven ratio 1). */
    public double conductivity() {
        return NernstEinstein.conductivity(numberDensity, ionCharge, tracer.dCm2PerS(), temperatureK);
    }

    /** Its standard uncertainty (S/cm). */
    public double conductivityErr() {
        return NernstEinstein.conductivity(numberDensity, ionCharge, tracer.dErrCm2PerS(), temperatureK);
    }

    /** Nernst–Einstein conductivity from the charge D (S/cm, includes correlations). */
    public double chargeConductivity() {
        return NernstEinstein.conductivity(numberDensity, ionCharge, charge.dCm2PerS(), temperatureK);
    }
}
