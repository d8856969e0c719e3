package org.ionmat.simulate.testing;

import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.Calculator;
import org.ionmat.potential.CalculatorResult;

/**
 * A test-scope Einstein crystal: every atom tied by a spring of constant k (eV/Å²) to its reference
 * position, E = ½ k Σ |r_i − R_i|², references moving affinely with the cell (so the virial is
 * W = −k Σ d⊗d). Canonical averages are exact: ⟨E_pot⟩ = 3N k T / 2.
 */
public final class EinsteinCrystalTestCalculator implements Calculator {

    private final double k;
    private final double[] referenceFrac;

    /** Springs of constant {@code k} to the positions of {@code reference}. */
    public EinsteinCrystalTestCalculator(double k, AtomicSystem reference) {
        this.k = k;
        this.referenceFrac = reference.lattice().toFractionalAll(reference.positionsView());
    }

    @Override
    public String name() {
        return "einstein-test";
    }

    @Override
    public CalculatorResult calculate(AtomicSystem system, Request request) {
        double[] x = system.positionsView();
        double[] ref = system.lattice().toCartesianAll(referenceFrac);
        double[] f = new double[x.length];
        double[] w = new double[9];
        double[] ae = request.atomEnergies() ? new double[system.size()] : null;
        double e = 0;
        for (int i = 0; i < x.length; i += 3) {
            double dx = x[i] - ref[i];
            double dy = x[i + 1] - ref[i + 1];
            double dz = x[i + 2] - ref[i + 2];
            double pe = 0.5 * k * (dx * dx + dy * dy + dz * dz);
            e += pe;
            if (ae != null) {
                ae[i / 3] = pe;
            }
            f[i] = -k * dx;
            f[i + 1] = -k * dy;
            f[i + 2] = -k * dz;
            double[] d = {dx, dy, dz};
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    w[3 * a + b] -= k * d[a] * d[b];
                }
            }
        }
        return new CalculatorResult(e, f, w, ae, system.volume());
    }
}
