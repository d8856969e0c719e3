package org.ionmat.simulate.optimize;

import org.ionmat.core.structure.Lattice;
import org.ionmat.core.units.Units;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.Calculator;
import org.ionmat.potential.CalculatorResult;

/**
 * The enthalpy H = E + P_target·V of a system as a function of atomic and cell variables, in the
 * manner of ASE's {@code UnitCellFilter}: with a variable cell the current cell is M = M0·Fᵀ for a
 * deformation gradient F (F = λ·I when isotropic) and the atoms are r = F·r̃; the variables are
 * r̃ and c·(F − I) (c = number of atoms, so that cell and atom gradients are of similar size).
 * Gradients: ∂H/∂r̃ = −Fᵀ·f, ∂H/∂F = −(W − P_target·V·I)·F⁻ᵀ (W the virial),
 * ∂H/∂λ = −(tr W − 3 P_target V)/λ.
 */
final class CellObjective implements Objective {

    private final Calculator calculator;
    private final AtomicSystem reference;
    private final CellMode mode;
    private final double targetPressure; // eV/Å^3
    private final double fmax;
    private final double smax; // eV/Å^3
    private final double cellFactor;
    private final int n;
    private final double[] m0;

    private AtomicSystem lastSystem;
    private CalculatorResult lastResult;
    private double lastMaxForce;
    private double lastStress;

    CellObjective(Calculator calculator, AtomicSystem start, RelaxOptions o) {
        this.calculator = calculator;
        this.reference = start;
        this.mode = o.cellMode();
        this.targetPressure = o.targetPressureGpa() / Units.EV_PER_A3_TO_GPA;
        this.fmax = o.fmax();
        this.smax = o.smaxGpa() / Units.EV_PER_A3_TO_GPA;
        this.n = start.size();
        this.cellFactor = Math.max(1, n);
        this.m0 = start.lattice().rowMajor();
    }

    @Override
    public int dimension() {
        return 3 * n + switch (mode) {
            case FIXED -> 0;
            case ISOTROPIC -> 1;
            case FULL -> 9;
        };
    }

    @Override
    public double[] start() {
        double[] x = new double[dimension()];
        System.arraycopy(reference.positionsView(), 0, x, 0, 3 * n);
        return x;
    }

    /** The deformation gradient F (row-major 3x3) of the variables. */
    private double[] deformation(double[] x) {
        double[] f = {1, 0, 0, 0, 1, 0, 0, 0, 1};
        if (mode == CellMode.ISOTROPIC) {
            double lambda = 1 + x[3 * n] / cellFactor;
            f[0] = lambda;
            f[4] = lambda;
            f[8] = lambda;
        } else if (mode == CellMode.FULL) {
            for (int k = 0; k < 9; k++) {
                f[k] += x[3 * n + k] / cellFactor;
            }
        }
        return f;
    }

    /** The system at the variables {@code x}. */
    AtomicSystem system(double[] x) {
        if (mode == CellMode.FIXED) {
            double[] p = new double[3 * n];
            System.arraycopy(x, 0, p, 0, 3 * n);
            return reference.withPositionsOwned(p);
        }
        double[] f = deformation(x);
        double[] m = new double[9];
        for (int v = 0; v < 3; v++) {
            for (int i = 0; i < 3; i++) {
                m[3 * v + i] = f[3 * i] * m0[3 * v] + f[3 * i + 1] * m0[3 * v + 1] + f[3 * i + 2] * m0[3 * v + 2];
            }
        }
        double[] p = new double[3 * n];
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < 3; i++) {
                p[3 * k + i] = f[3 * i] * x[3 * k] + f[3 * i + 1] * x[3 * k + 1] + f[3 * i + 2] * x[3 * k + 2];
            }
        }
        return reference.withLattice(Lattice.ofRowMajor(m), false).withPositionsOwned(p);
    }

    @Override
    public double evaluate(double[] x, double[] gradient) {
        AtomicSystem s = system(x);
        CalculatorResult r = calculator.calculate(s, Calculator.Request.FORCES_AND_VIRIAL);
        double[] forces = r.forces();
        double[] w = r.virial();
        double volume = s.volume();
        double maxF2 = 0;
        for (int k = 0; k < n; k++) {
            double fx = forces[3 * k];
            double fy = forces[3 * k + 1];
            double fz = forces[3 * k + 2];
            maxF2 = Math.max(maxF2, fx * fx + fy * fy + fz * fz);
        }
        lastMaxForce = Math.sqrt(maxF2);
        double[] f = deformation(x);
        for (int k = 0; k < n; k++) {
            for (int a = 0; a < 3; a++) {
                gradient[3 * k + a] = -(f[a] * forces[3 * k] + f[3 + a] * forces[3 * k + 1] + f[6 + a] * forces[3 * k + 2]);
            }
        }
        double pv = targetPressure * volume;
        if (mode == CellMode.ISOTROPIC) {
            double lambda = f[0];
            gradient[3 * n] = -(w[0] + w[4] + w[8] - 3 * pv) / lambda / cellFactor;
            lastStress = Math.abs((w[0] + w[4] + w[8]) / (3 * volume) - targetPressure);
        } else if (mode == CellMode.FULL) {
            double[] fi = inverseTranspose(f);
            double max = 0;
            for (int a = 0; a < 3; a++) {
                for (int c = 0; c < 3; c++) {
                    double sum = 0;
                    for (int b = 0; b < 3; b++) {
                        sum += (w[3 * a + b] - (a == b ? pv : 0)) * fi[3 * b + c];
                    }
                    gradient[3 * n + 3 * a + c] = -sum / cellFactor;
                    max = Math.max(max, Math.abs(w[3 * a + c] / volume - (a == c ? targetPressure : 0)));
                }
            }
            lastStress = max;
        } else {
            lastStress = 0;
        }
        lastSystem = s;
        lastResult = r;
        return r.energy() + (mode == CellMode.FIXED ? 0 : pv);
    }

    @Override
    public boolean converged() {
        return lastResult != null && lastMaxForce <= fmax && (mode == CellMode.FIXED || lastStress <= smax);
    }

    /** The system of the last evaluation. */
    AtomicSystem lastSystem() {
        return lastSystem;
    }

    /** The calculator result of the last evaluation. */
    CalculatorResult lastResult() {
        return lastResult;
    }

    /** Largest atomic force of the last evaluation, eV/Å. */
    double lastMaxForce() {
        return lastMaxForce;
    }

    /** Stress measure of the last evaluation (see {@link RelaxOptions}), eV/Å^3. */
    double lastStress() {
        return lastStress;
    }

    /** (F⁻¹)ᵀ of a row-major 3x3 matrix (row-major result: element [b][c] = (F⁻¹)[c][b]). */
    private static double[] inverseTranspose(double[] f) {
        double a = f[0], b = f[1], c = f[2], d = f[3], e = f[4], g = f[5], h = f[6], i = f[7], j = f[8];
        double det = a * (e * j - g * i) - b * (d * j - g * h) + c * (d * i - e * h);
        // cofactor matrix / det = inverse transpose
        return new double[] {
            (e * j - g * i) / det, -(d * j - g * h) / det, (d * i - e * h) / det,
            -(b * j - c * i) / det, (a * j - c * h) / det, -(a * i - b * h) / det,
            (b * g - c * e) / det, -(a * g - c * d) / det, (a * e - b * d) / det};
    }
}
