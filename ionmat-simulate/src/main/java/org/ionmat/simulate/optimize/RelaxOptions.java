package org.ionmat.simulate.optimize;

import java.util.Locale;

import org.ionmat.core.InvalidInputException;

/**
 * Settings of a structure relaxation. Converged means: the largest atomic force is at most
 * {@code fmax}, and (with a variable cell) the largest component of the stress deviation
 * σ + P_target·I is at most {@code smax} (FULL), or |P − P_target| is at most {@code smax}
 * (ISOTROPIC, whose shape cannot respond to shear stress).
 *
 * @param algorithm         FIRE or L-BFGS
 * @param cellMode          fixed cell, isotropic (fixed shape) or full cell
 * @param targetPressureGpa target pressure, GPa (variable cell only)
 * @param fmax              force threshold, eV/Å
 * @param smaxGpa           stress threshold, GPa
 * @param maxSteps          largest number of optimizer steps
 * @param maxStep           largest displacement of any atom in one step, Å (cell variables are
 *                          limited alike in units of strain × number of atoms)
 */
public record RelaxOptions(Algorithm algorithm, CellMode cellMode, double targetPressureGpa, double fmax, double smaxGpa,
                           int maxSteps, double maxStep) {

    /** The optimizer. */
    public enum Algorithm {
        /** Fast inertial relaxation engine (Bitzek et al., PRL 97, 170201 (2006)). */
        FIRE,
        /** Limited-memory BFGS with a backtracking line search on the enthalpy. */
        LBFGS
    }

    /** L-BFGS, full cell at zero pressure, fmax 0.01 eV/Å, smax 0.01 GPa, 1000 steps, 0.2 Å. */
    public static final RelaxOptions DEFAULT = new RelaxOptions(Algorithm.LBFGS, CellMode.FULL, 0, 0.01, 0.01, 1000, 0.2);

    /**
     * @throws InvalidInputException naming the bad option
     */
    public RelaxOptions {
        if (algorithm == null || cellMode == null) {
            throw new InvalidInputException("relaxation algorithm and cell mode must be set");
        }
        if (!Double.isFinite(targetPressureGpa)) {
            throw new InvalidInputException("target pressure must be a finite number of GPa");
        }
        if (!(fmax > 0) || Double.isInfinite(fmax)) {
            throw new InvalidInputException(String.format(Locale.ROOT, "fmax must be a positive number of eV/Å, got %s", fmax));
        }
        if (!(smaxGpa > 0) || Double.isInfinite(smaxGpa)) {
            throw new InvalidInputException(String.format(Locale.ROOT, "smax must be a positive number of GPa, got %s", smaxGpa));
        }
        if (maxSteps < 0) {
            throw new InvalidInputException("max steps must be >= 0, got " + maxSteps);
        }
        if (!(maxStep > 0) || Double.isInfinite(maxStep)) {
            throw new InvalidInputException(String.format(Locale.ROOT, "max step must be a positive number of Å, got %s", maxStep));
        }
    }

    /** With another algorithm. */
    public RelaxOptions withAlgorithm(Algorithm a) {
        return new RelaxOptions(a, cellMode, targetPressureGpa, fmax, smaxGpa, maxSteps, maxStep);
    }

    /** With another cell mode. */
    public RelaxOptions withCellMode(CellMode m) {
        return new RelaxOptions(algorithm, m, targetPressureGpa, fmax, smaxGpa, maxSteps, maxStep);
    }

    /** With another target pressure, GPa. */
    public RelaxOptions withTargetPressure(double gpa) {
        return new RelaxOptions(algorithm, cellMode, gpa, fmax, smaxGpa, maxSteps, maxStep);
    }

    /** With another force threshold, eV/Å. */
    public RelaxOptions withFmax(double f) {
        return new RelaxOptions(algorithm, cellMode, targetPressureGpa, f, smaxGpa, maxSteps, maxStep);
    }

    /** With another stress threshold, GPa. */
    public RelaxOptions withSmax(double s) {
        return new RelaxOptions(algorithm, cellMode, targetPressureGpa, fmax, s, maxSteps, maxStep);
    }

    /** With another step limit. */
    public RelaxOptions withMaxSteps(int n) {
        return new RelaxOptions(algorithm, cellMode, targetPressureGpa, fmax, smaxGpa, n, maxStep);
    }

    /** With another largest step, Å. */
    public RelaxOptions withMaxStep(double s) {
        return new RelaxOptions(algorithm, cellMode, targetPressureGpa, fmax, smaxGpa, maxSteps, s);
    }
}
