package org.ionmat.potential.softbv;

import java.util.Locale;

import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.units.Units;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.CalculatorResult;

/**
 * sf_auto of K. Kameda et al., Digital Discovery 3, 1967 (2024): the screening factor at which the
 * SoftBV virial pressure of a given structure equals a target (zero by default), "tuning sf to the
 * structure". Only the Coulomb term depends on sf and its pressure grows monotonically with sf, so
 * the root is unique when it exists; it is found with Brent's method (Hipparchus) on a bracket
 * that is widened from [0.4, 1.0] up to [{@value #MIN_SF}, {@value #MAX_SF}].
 */
public final class ScreeningFactorSolver {

    /** Smallest screening factor searched. */
    public static final double MIN_SF = 0.1;
    /** Largest screening factor searched. */
    public static final double MAX_SF = 1.6;

    private ScreeningFactorSolver() {
    }

    /**
     * The result of the search.
     *
     * @param screeningFactor sf_auto
     * @param pressure        pressure at sf_auto, GPa (the target within the tolerance)
     * @param evaluations     number of energy/virial evaluations
     * @param atBound         true if no sf in the allowed range reaches the target and the result
     *                        is the bound closest to it ({@link #minimizePressure} only)
     */
    public record Result(double screeningFactor, double pressure, int evaluations, boolean atBound) {
    }

    /**
     * The sf in [{@code lo}, {@code hi}] whose pressure is closest to zero: the root if the
     * pressure changes sign in the range, else the bound with the smaller |P| ("minimise the
     * pressure", as softBV's automatic setting is described; what softBV does when no root exists
     * is not documented).
     */
    public static Result minimizePressure(SoftBvModel model, AtomicSystem system, double lo, double hi, double tolerance) {
        if (!(lo > 0) || !(hi > lo)) {
            throw new InvalidInputException("sf range must satisfy 0 < lo < hi, got [" + lo + ", " + hi + "]");
        }
        double plo = pressureGpa(model, system, lo);
        double phi = pressureGpa(model, system, hi);
        if (plo >= 0) {
            return new Result(lo, plo, 2, plo > 0);
        }
        if (phi <= 0) {
            return new Result(hi, phi, 2, phi < 0);
        }
        int[] count = {2};
        double sf = new BrentSolver(tolerance).solve(200, x -> {
            count[0]++;
            return pressureGpa(model, system, x);
        }, lo, hi);
        return new Result(sf, pressureGpa(model, system, sf), count[0] + 1, false);
    }

    private static double pressureGpa(SoftBvModel model, AtomicSystem system, double sf) {
        return new SoftBvCalculator(model, sf, 0).calculate(system, org.ionmat.potential.Calculator.Request.FORCES_AND_VIRIAL)
                .pressure() * Units.EV_PER_A3_TO_GPA;
    }

    /**
     * sf at which the pressure of {@code system} is {@code targetPressureGpa}.
     *
     * @param model             tables and conventions
     * @param system            the structure (with oxidation states)
     * @param targetPressureGpa target pressure, GPa
     * @param tolerance         absolute tolerance on sf
     * @throws InvalidInputException if no sf in the searched range reaches the target (for example
     *                               when the bonds alone are already compressed beyond it)
     */
    public static Result solve(SoftBvModel model, AtomicSystem system, double targetPressureGpa, double tolerance) {
        int[] count = {0};
        java.util.function.DoubleUnaryOperator excess = sf -> {
            count[0]++;
            CalculatorResult r = new SoftBvCalculator(model, sf, 0).calculate(system, org.ionmat.potential.Calculator.Request.FORCES_AND_VIRIAL);
            return r.pressure() * Units.EV_PER_A3_TO_GPA - targetPressureGpa;
        };
        double lo = 0.4;
        double hi = 1.0;
        double flo = excess.applyAsDouble(lo);
        double fhi = excess.applyAsDouble(hi);
        while (flo > 0 && lo > MIN_SF) {
            hi = lo;
            fhi = flo;
            lo = Math.max(MIN_SF, lo / 2);
            flo = excess.applyAsDouble(lo);
        }
        while (fhi < 0 && hi < MAX_SF) {
            lo = hi;
            flo = fhi;
            hi = Math.min(MAX_SF, hi * 2);
            fhi = excess.applyAsDouble(hi);
        }
        if (flo > 0 || fhi < 0) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "no screening factor in [%.2f, %.1f] gives a pressure of %.3g GPa: the pressure is %.4g GPa at sf = %.2f and %.4g GPa at sf = %.1f",
                    MIN_SF, MAX_SF, targetPressureGpa, flo + targetPressureGpa, lo, fhi + targetPressureGpa, hi));
        }
        if (flo == 0) {
            return new Result(lo, targetPressureGpa, count[0], false);
        }
        if (fhi == 0) {
            return new Result(hi, targetPressureGpa, count[0], false);
        }
        try {
            double sf = new BrentSolver(tolerance).solve(200, excess::applyAsDouble, lo, hi);
            return new Result(sf, excess.applyAsDouble(sf) + targetPressureGpa, count[0], false);
        } catch (MathIllegalArgumentException | MathIllegalStateException e) {
            throw new InvalidInputException("sf_auto: Brent search failed: " + e.getMessage());
        }
    }
}
