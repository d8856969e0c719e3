package org.ionmat.core.electrostatics;

import java.util.Locale;

/**
 * Result of an {@link EwaldSummation}: the energy terms (eV) and the per-site energies (eV), which
 * sum to {@link #total()}.
 */
public final class EwaldEnergy {

    private final double real;
    private final double reciprocal;
    private final double self;
    private final double background;
    private final double[] siteEnergies;
    private final EwaldParameters parameters;
    private final double totalCharge;

    EwaldEnergy(double real, double reciprocal, double self, double background, double[] siteEnergies,
                EwaldParameters parameters, double totalCharge) {
        this.real = real;
        this.reciprocal = reciprocal;
        this.self = self;
        this.background = background;
        this.siteEnergies = siteEnergies;
        this.parameters = parameters;
        this.totalCharge = totalCharge;
    }

    /** Total electrostatic energy (eV). */
    public double total() {
        return real + reciprocal + self + background;
    }

    /** Real-space term (eV). */
    public double real() {
        return real;
    }

    /** Reciprocal-space term (eV). */
    public double reciprocal() {
        return reciprocal;
    }

    /** Self-interaction correction −α/√π Σ q² (eV). */
    public double self() {
        return self;
    }

    /** Neutralising-background term −π Q² / (2 V α²) (eV); zero for a neutral cell. */
    public double background() {
        return background;
    }

    /** Copy of the per-site energies ½ q_i φ_i (eV). */
    public double[] siteEnergies() {
        return siteEnergies.clone();
    }

    /** Energy of site {@code i} (eV). */
    public double siteEnergy(int i) {
        return siteEnergies[i];
    }

    /** Parameters used. */
    public EwaldParameters parameters() {
        return parameters;
    }

    /** Net charge of the cell (e). */
    public double totalCharge() {
        return totalCharge;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "EwaldEnergy(total=%.10f eV, real=%.10f, reciprocal=%.10f, self=%.10f,"
                + " background=%.10f, alpha=%.6f 1/Å)", total(), real, reciprocal, self, background, parameters.alpha());
    }
}
