package org.ionmat.analysis.elastic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.RealMatrix;
import org.ionmat.core.InvalidInputException;
import org.ionmat.core.units.Units;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.Calculator;
import org.ionmat.potential.CalculatorResult;

/**
 * Elastic constants by finite strains with any {@link Calculator}: C_jk = ∂σ_j/∂e_k, the derivative of
 * the stress (Voigt component j, ASE sign, GPa) with respect to the Voigt strain e_k (engineering
 * shear), from homogeneous deformations F = 1 + ε of the cell and the atoms, by central differences
 * with steps ±h (and ±2h for the default fourth-order stencil). The matrix is symmetrized; the
 * asymmetry before that is reported.
 *
 * <p>The reference should be at zero stress (and, for relaxed ions, zero forces): then this is the
 * usual second derivative of the energy per volume. At a stressed reference the result is the
 * stress–strain coefficient of the Cauchy stress, and a warning says so.
 *
 * <p>Relaxed-ion constants ({@link IonMode#RELAXED}) use the internal-strain correction
 * C_relaxed = C_clamped − Λᵀ Φ⁺ Λ / V, with Λ_{ia,k} = ∂F_ia/∂e_k from the strained forces and the
 * force-constant matrix Φ = −∂F/∂u from central differences of the forces under atomic displacements
 * (6N extra calls with the second-order stencil); the three translations are projected out. This is
 * exact for harmonic ions and needs no optimizer. It costs O(N) calls, fine up to a few hundred
 * atoms. Ions at centres of inversion (rocksalt, fcc) have Λ = 0, so both modes agree there.
 */
public final class FiniteStrainElastic {

    /** Default strain step. */
    public static final double DEFAULT_STRAIN = 0.005;
    /** Default atomic displacement for force constants, Å. */
    public static final double DEFAULT_DISPLACEMENT = 0.005;

    private final double strain;
    private final boolean fourthOrder;
    private final IonMode mode;
    private final double displacement;

    private FiniteStrainElastic(double strain, boolean fourthOrder, IonMode mode, double displacement) {
        this.strain = strain;
        this.fourthOrder = fourthOrder;
        this.mode = mode;
        this.displacement = displacement;
    }

    /** Clamped ions, strain step {@value #DEFAULT_STRAIN}, fourth-order stencil. */
    public static FiniteStrainElastic defaults() {
        return new FiniteStrainElastic(DEFAULT_STRAIN, true, IonMode.CLAMPED, DEFAULT_DISPLACEMENT);
    }

    /** Strain step h (0 &lt; h ≤ 0.05). */
    public FiniteStrainElastic withStrain(double h) {
        if (!(h > 0 && h <= 0.05)) {
            throw new InvalidInputException("strain step must be in (0, 0.05], got " + h);
        }
        return new FiniteStrainElastic(h, fourthOrder, mode, displacement);
    }

    /** Fourth-order (±h, ±2h; default) or second-order (±h) central differences. */
    public FiniteStrainElastic withFourthOrder(boolean f) {
        return new FiniteStrainElastic(strain, f, mode, displacement);
    }

    /** Clamped or relaxed ions. */
    public FiniteStrainElastic withIonMode(IonMode m) {
        return new FiniteStrainElastic(strain, fourthOrder, m, displacement);
    }

    /** Atomic displacement for the force constants of the relaxed-ion correction, Å. */
    public FiniteStrainElastic withDisplacement(double d) {
        if (!(d > 0 && d <= 0.1)) {
            throw new InvalidInputException("displacement must be in (0, 0.1] Å, got " + d);
        }
        return new FiniteStrainElastic(strain, fourthOrder, mode, d);
    }

    /** The ion mode. */
    public IonMode ionMode() {
        return mode;
    }

    /** The strain step. */
    public double strain() {
        return strain;
    }

    /** Voigt strain e_k as a 3×3 row-major strain tensor (engineering shear: ε_ab = e/2). */
    static double[] voigtStrain(int k, double e) {
        double[] eps = new double[9];
        switch (k) {
            case 0 -> eps[0] = e;
            case 1 -> eps[4] = e;
            case 2 -> eps[8] = e;
            case 3 -> { eps[5] = e / 2; eps[7] = e / 2; }
            case 4 -> { eps[2] = e / 2; eps[6] = e / 2; }
            case 5 -> { eps[1] = e / 2; eps[3] = e / 2; }
            default -> throw new IllegalArgumentException("Voigt index " + k);
        }
        return eps;
    }

    /** Voigt components (xx, yy, zz, yz, xz, xy) of a 3×3 row-major stress, converted eV/Å^3 -> GPa. */
    static double[] voigtStressGpa(CalculatorResult r) {
        double[] s = r.stress();
        double f = Units.EV_PER_A3_TO_GPA;
        return new double[] {s[0] * f, s[4] * f, s[8] * f, 0.5 * (s[5] + s[7]) * f, 0.5 * (s[2] + s[6]) * f, 0.5 * (s[1] + s[3]) * f};
    }

    /**
     * Computes the elastic tensor of a system.
     *
     * @throws InvalidInputException if the calculator gives no virial, or (relaxed ions) the
     *                               reference is not at a local minimum of the energy
     */
    public ElasticResult compute(Calculator calculator, AtomicSystem system) {
        int calls = 0;
        Calculator.Request request = new Calculator.Request(mode == IonMode.RELAXED, true, false);
        CalculatorResult ref = calculator.calculate(system, Calculator.Request.FORCES_AND_VIRIAL);
        calls++;
        if (ref.virial() == null) {
            throw new InvalidInputException("potential '" + calculator.name() + "' gives no stress: no elastic constants");
        }
        double[] residual = voigtStressGpa(ref);
        double maxForce = 0;
        if (ref.forces() != null) {
            for (double f : ref.forces()) {
                maxForce = Math.max(maxForce, Math.abs(f));
            }
        }
        double[] steps = fourthOrder ? new double[] {-2 * strain, -strain, strain, 2 * strain} : new double[] {-strain, strain};
        double[] weights = fourthOrder ? new double[] {1.0 / 12, -8.0 / 12, 8.0 / 12, -1.0 / 12} : new double[] {-0.5, 0.5};
        int n = system.size();
        double[][] c = new double[6][6];
        double[][] lambda = mode == IonMode.RELAXED ? new double[3 * n][6] : null;
        for (int k = 0; k < 6; k++) {
            for (int q = 0; q < steps.length; q++) {
                CalculatorResult r = calculator.calculate(system.strained(voigtStrain(k, steps[q])), request);
                calls++;
                double[] s = voigtStressGpa(r);
                for (int j = 0; j < 6; j++) {
                    c[j][k] += weights[q] * s[j] / strain;
                }
                if (lambda != null) {
                    double[] f = r.forces();
                    for (int a = 0; a < 3 * n; a++) {
                        lambda[a][k] += weights[q] * f[a] / strain;
                    }
                }
            }
        }
        double asym = ElasticTensor.asymmetry(c);
        ElasticTensor clamped = ElasticTensor.of(c);
        List<String> warnings = new ArrayList<>();
        double maxC = 0;
        for (double[] row : c) {
            for (double v : row) {
                maxC = Math.max(maxC, Math.abs(v));
            }
        }
        double maxS = 0;
        for (double v : residual) {
            maxS = Math.max(maxS, Math.abs(v));
        }
        if (maxS > 1e-3 * maxC) {
            warnings.add(String.format(Locale.ROOT, "the reference is under stress (largest component %.4g GPa): "
                    + "relax the cell first for thermodynamic elastic constants", maxS));
        }
        ElasticTensor result = clamped;
        if (mode == IonMode.RELAXED) {
            if (maxForce > 1e-3) {
                warnings.add(String.format(Locale.ROOT, "the reference has forces up to %.3g eV/Å: relax the ions first "
                        + "for relaxed-ion constants", maxForce));
            }
            double[][] phi = forceConstants(calculator, system);
            calls += (fourthOrder ? 4 : 2) * 3 * n;
            double[][] corr = internalStrainCorrection(phi, lambda, n, system.volume());
            double[][] rc = clamped.matrix();
            for (int i = 0; i < 6; i++) {
                for (int j = 0; j < 6; j++) {
                    rc[i][j] -= corr[i][j];
                }
            }
            result = ElasticTensor.of(rc);
        }
        return new ElasticResult(result, clamped, mode, strain, residual, maxForce, asym, calls, List.copyOf(warnings));
    }

    /** Φ_{ab} = −∂F_b/∂u_a by central differences (eV/Å²), symmetrized. */
    private double[][] forceConstants(Calculator calculator, AtomicSystem system) {
        int dof = 3 * system.size();
        double[] x0 = system.positions();
        double h = displacement;
        double[] steps = fourthOrder ? new double[] {-2 * h, -h, h, 2 * h} : new double[] {-h, h};
        double[] weights = fourthOrder ? new double[] {1.0 / 12, -8.0 / 12, 8.0 / 12, -1.0 / 12} : new double[] {-0.5, 0.5};
        double[][] phi = new double[dof][dof];
        for (int a = 0; a < dof; a++) {
            for (int q = 0; q < steps.length; q++) {
                double[] x = x0.clone();
                x[a] += steps[q];
                double[] f = calculator.calculate(system.withPositions(x), Calculator.Request.FORCES).forces();
                for (int b = 0; b < dof; b++) {
                    phi[a][b] -= weights[q] * f[b] / h;
                }
            }
        }
        for (int a = 0; a < dof; a++) {
            for (int b = a + 1; b < dof; b++) {
                double m = 0.5 * (phi[a][b] + phi[b][a]);
                phi[a][b] = m;
                phi[b][a] = m;
            }
        }
        return phi;
    }

    /** Λᵀ Φ⁺ Λ / V in GPa, translations projected out. */
    static double[][] internalStrainCorrection(double[][] phi, double[][] lambda, int atoms, double volume) {
        int dof = 3 * atoms;
        // project the net force out of Λ (translation invariance; removes finite-difference noise)
        double[][] l = new double[dof][6];
        for (int k = 0; k < 6; k++) {
            for (int a = 0; a < 3; a++) {
                double mean = 0;
                for (int i = 0; i < atoms; i++) {
                    mean += lambda[3 * i + a][k];
                }
                mean /= atoms;
                for (int i = 0; i < atoms; i++) {
                    l[3 * i + a][k] = lambda[3 * i + a][k] - mean;
                }
            }
        }
        // Φ + κ T Tᵀ is non-singular on the translations and equals Φ elsewhere
        double kappa = 0;
        for (int a = 0; a < dof; a++) {
            kappa = Math.max(kappa, Math.abs(phi[a][a]));
        }
        double[][] m = new double[dof][dof];
        for (int a = 0; a < dof; a++) {
            for (int b = 0; b < dof; b++) {
                m[a][b] = phi[a][b] + (a % 3 == b % 3 ? kappa / atoms : 0);
            }
        }
        RealMatrix x;
        try {
            CholeskyDecomposition chol = new CholeskyDecomposition(new Array2DRowRealMatrix(m), 1e-12, 1e-10 * kappa);
            x = chol.getSolver().solve(new Array2DRowRealMatrix(l));
        } catch (MathIllegalArgumentException e) {
            throw new InvalidInputException("the structure is not at a local minimum of the potential (its force-constant "
                    + "matrix is not positive definite): relax the ions first, or use clamped ions");
        }
        double[][] corr = new double[6][6];
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                double s = 0;
                for (int a = 0; a < dof; a++) {
                    s += l[a][i] * x.getEntry(a, j);
                }
                corr[i][j] = s / volume * Units.EV_PER_A3_TO_GPA;
            }
        }
        return corr;
    }
}
