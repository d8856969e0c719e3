package org.ionmat.analysis.diffusion;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.units.Units;

/**
 * Weighted Arrhenius fit D(T) = D0·exp(−Ea/(k_B T)): least squares of ln D against 1/T with weights
 * 1/σ_lnD^2, σ_lnD = σ_D/D (seed 002). The parameter covariance is (X^T W X)^-1; with three or more
 * temperatures it is multiplied by χ^2/dof when that exceeds 1 (the points scatter more than their
 * error bars; Birge ratio), never scaled down. Extrapolations carry the full (ln D0, slope)
 * covariance: Var ln D(T) = c00 + 2 c01/T + c11/T^2.
 *
 * @param ea          activation energy (eV)
 * @param eaErr       its standard uncertainty (eV)
 * @param lnD0        ln of the prefactor (D in the units given to {@link #fit})
 * @param covariance  2×2 covariance of (ln D0, b) with ln D = ln D0 + b/T (b = −Ea/k_B, K)
 * @param chi2Reduced χ^2/dof of the weighted fit (NaN with two temperatures)
 * @param scaled      true when the covariance was scaled by χ^2/dof
 * @param points      temperatures fitted
 */
public record ArrheniusFit(double ea, double eaErr, double lnD0, double[][] covariance, double chi2Reduced,
                           boolean scaled, int points) {

    /** Prefactor D0 (units of the fitted D). */
    public double d0() {
        return Math.exp(lnD0);
    }

    /** Standard uncertainty of ln D0. */
    public double lnD0Err() {
        return Math.sqrt(covariance[0][0]);
    }

    /** ln D at temperature T (K). */
    public double lnD(double kelvin) {
        return lnD0 + slope() / kelvin;
    }

    /** Slope b = −Ea/k_B (K) of ln D against 1/T. */
    public double slope() {
        return -ea / Units.BOLTZMANN_EV_PER_K;
    }

    /** Standard uncertainty of ln D at T (K), from the parameter covariance. */
    public double lnDErr(double kelvin) {
        double x = 1 / kelvin;
        return Math.sqrt(Math.max(0, covariance[0][0] + 2 * x * covariance[0][1] + x * x * covariance[1][1]));
    }

    /** Extrapolated D at T (K). */
    public double d(double kelvin) {
        return Math.exp(lnD(kelvin));
    }

    /** Standard uncertainty of the extrapolated D at T, to first order: D·σ_lnD. */
    public double dErr(double kelvin) {
        return d(kelvin) * lnDErr(kelvin);
    }

    /**
     * Fits temperatures (K) and D with standard uncertainties (any one unit, positive).
     *
     * @throws InvalidInputException with fewer than two points, repeated temperatures, or a
     *                               non-positive D, error or temperature
     */
    public static ArrheniusFit fit(double[] kelvin, double[] d, double[] dErr) {
        int n = kelvin.length;
        if (n < 2 || d.length != n || dErr.length != n) {
            throw new InvalidInputException("an Arrhenius fit needs at least two temperatures with D and its error");
        }
        double sw = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            if (!(kelvin[i] > 0) || !(d[i] > 0) || !(dErr[i] > 0)) {
                throw new InvalidInputException("Arrhenius fit: T, D and its error must be positive (T = " + kelvin[i]
                        + " K, D = " + d[i] + ", error = " + dErr[i] + ")");
            }
            double x = 1 / kelvin[i];
            double y = Math.log(d[i]);
            double s = dErr[i] / d[i];
            double w = 1 / (s * s);
            sw += w;
            sx += w * x;
            sy += w * y;
            sxx += w * x * x;
            sxy += w * x * y;
        }
        double det = sw * sxx - sx * sx;
        if (!(det > 0)) {
            throw new InvalidInputException("Arrhenius fit needs at least two different temperatures");
        }
        double b = (sw * sxy - sx * sy) / det;
        double a = (sxx * sy - sx * sxy) / det;
        double[][] cov = {{sxx / det, -sx / det}, {-sx / det, sw / det}};
        double chi2 = 0;
        for (int i = 0; i < n; i++) {
            double r = (Math.log(d[i]) - a - b / kelvin[i]) / (dErr[i] / d[i]);
            chi2 += r * r;
        }
        double chi2Red = n > 2 ? chi2 / (n - 2) : Double.NaN;
        boolean scaled = n > 2 && chi2Red > 1;
        if (scaled) {
            for (double[] row : cov) {
                row[0] *= chi2Red;
                row[1] *= chi2Red;
            }
        }
        double kb = Units.BOLTZMANN_EV_PER_K;
        return new ArrheniusFit(-b * kb, Math.sqrt(cov[1][1]) * kb, a, cov, chi2Red, scaled, n);
    }
}
