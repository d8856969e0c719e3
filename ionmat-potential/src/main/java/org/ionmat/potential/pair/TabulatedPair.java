package org.ionmat.potential.pair;

import java.util.Locale;

import org.ionmat.core.InvalidInputException;

/**
 * A pair potential given as a table of energies E(r_k) at increasing distances r_0 &lt; ... &lt; r_m
 * (Å, any spacing), interpolated by a piecewise cubic in Hermite form, so that energy and force are
 * always consistent (the force is the exact derivative of the interpolated energy) and both are
 * continuous:
 * <ul>
 *   <li>with forces F(r_k) = −dE/dr given too, the cubic on each interval matches the energies and
 *       forces at both ends (cubic Hermite interpolation, C¹);</li>
 *   <li>without forces, the slopes are those of the C² cubic spline through the energies, with the
 *       end slopes taken from the cubic through the first (last) four points.</li>
 * </ul>
 *
 * <p>Range rule: the table is used only on [r_0, r_m]. Its end r_m must reach the pair's cutoff
 * (checked when the potential is built); a pair of atoms closer than r_0 is an error
 * ({@link InvalidInputException} naming the distance), never an extrapolation.
 */
public final class TabulatedPair implements PairFunction {

    private final double[] r;
    private final double[] e;
    private final double[] slope;
    private final boolean uniform;
    private final double step;

    private TabulatedPair(double[] r, double[] e, double[] slope) {
        this.r = r;
        this.e = e;
        this.slope = slope;
        double h = (r[r.length - 1] - r[0]) / (r.length - 1);
        boolean u = true;
        for (int k = 1; k < r.length; k++) {
            if (Math.abs(r[k] - (r[0] + k * h)) > 1e-9 * Math.max(1, Math.abs(r[k]))) {
                u = false;
                break;
            }
        }
        this.uniform = u;
        this.step = h;
    }

    /**
     * Table of energies (and optionally forces).
     *
     * @param distances distances r_k, Å, strictly increasing, positive (at least 2 with forces, 4 without)
     * @param energies  E(r_k), eV
     * @param forces    −dE/dr at r_k, eV/Å, or null to spline the energies
     * @throws InvalidInputException if the table is malformed
     */
    public static TabulatedPair of(double[] distances, double[] energies, double[] forces) {
        int m = distances.length;
        if (energies.length != m || (forces != null && forces.length != m)) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "table columns differ in length: %d distances, %d energies%s", m, energies.length,
                    forces == null ? "" : ", " + forces.length + " forces"));
        }
        int min = forces == null ? 4 : 2;
        if (m < min) {
            throw new InvalidInputException("a table needs at least " + min + " points"
                    + (forces == null ? " when no forces are given" : "") + ", got " + m);
        }
        for (int k = 0; k < m; k++) {
            if (!Double.isFinite(distances[k]) || !Double.isFinite(energies[k])
                    || (forces != null && !Double.isFinite(forces[k]))) {
                throw new InvalidInputException("table row " + (k + 1) + " has a non-finite number");
            }
            if (k == 0 ? !(distances[0] > 0) : !(distances[k] > distances[k - 1])) {
                throw new InvalidInputException(String.format(Locale.ROOT,
                        "table distances must be positive and strictly increasing (row %d: %s Å)", k + 1, distances[k]));
            }
        }
        double[] r = distances.clone();
        double[] e = energies.clone();
        double[] s = new double[m];
        if (forces != null) {
            for (int k = 0; k < m; k++) {
                s[k] = -forces[k];
            }
        } else {
            splineSlopes(r, e, s);
        }
        return new TabulatedPair(r, e, s);
    }

    /** Slopes of the C² cubic spline with end slopes from the cubic through the end four points. */
    private static void splineSlopes(double[] r, double[] e, double[] s) {
        int m = r.length;
        s[0] = lagrangeSlope(r, e, 0, r[0]);
        s[m - 1] = lagrangeSlope(r, e, m - 4, r[m - 1]);
        if (m == 2) {
            return;
        }
        // tridiagonal system for s_1..s_{m-2}: (1/h0) s_{k-1} + 2(1/h0 + 1/h1) s_k + (1/h1) s_{k+1} = rhs
        int n = m - 2;
        double[] diag = new double[n];
        double[] upper = new double[n];
        double[] rhs = new double[n];
        for (int k = 1; k <= n; k++) {
            double h0 = r[k] - r[k - 1];
            double h1 = r[k + 1] - r[k];
            diag[k - 1] = 2 * (1 / h0 + 1 / h1);
            upper[k - 1] = 1 / h1;
            rhs[k - 1] = 3 * ((e[k] - e[k - 1]) / (h0 * h0) + (e[k + 1] - e[k]) / (h1 * h1));
        }
        rhs[0] -= s[0] / (r[1] - r[0]);
        rhs[n - 1] -= s[m - 1] / (r[m - 1] - r[m - 2]);
        // Thomas algorithm; the sub-diagonal of row k is 1/h0 = upper of row k-1
        for (int k = 1; k < n; k++) {
            double lower = 1 / (r[k + 1] - r[k]);
            double f = lower / diag[k - 1];
            diag[k] -= f * upper[k - 1];
            rhs[k] -= f * rhs[k - 1];
        }
        s[n] = rhs[n - 1] / diag[n - 1];
        for (int k = n - 2; k >= 0; k--) {
            s[k + 1] = (rhs[k] - upper[k] * s[k + 2]) / diag[k];
        }
    }

    /** Derivative at x of the cubic through points first..first+3. */
    private static double lagrangeSlope(double[] r, double[] e, int first, double x) {
        double d = 0;
        for (int i = first; i < first + 4; i++) {
            // d/dx Π_{j≠i} (x − r_j)/(r_i − r_j)
            double denom = 1;
            for (int j = first; j < first + 4; j++) {
                if (j != i) {
                    denom *= r[i] - r[j];
                }
            }
            double sum = 0;
            for (int k = first; k < first + 4; k++) {
                if (k == i) {
                    continue;
                }
                double prod = 1;
                for (int j = first; j < first + 4; j++) {
                    if (j != i && j != k) {
                        prod *= x - r[j];
                    }
                }
                sum += prod;
            }
            d += e[i] * sum / denom;
        }
        return d;
    }

    /** First tabulated distance r_0, Å. */
    public double minDistance() {
        return r[0];
    }

    /** Last tabulated distance r_m, Å. */
    public double maxDistance() {
        return r[r.length - 1];
    }

    /**
     * Checks the range rule: the table must reach {@code cutoff}.
     *
     * @param pair name of the pair, for the message (e.g. "Li-O")
     * @throws InvalidInputException if it ends before the cutoff
     */
    public void requireReaches(double cutoff, String pair) {
        if (maxDistance() < cutoff) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "the table of %s ends at %s Å, before the cutoff %s Å", pair, maxDistance(), cutoff));
        }
    }

    /** Number of table points. */
    public int size() {
        return r.length;
    }

    /**
     * @throws InvalidInputException if {@code x} is outside the table
     */
    @Override
    public double evaluate(double x, double[] dEdr) {
        int last = r.length - 1;
        if (!(x >= r[0] && x <= r[last])) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "pair distance %.4f Å is outside the table range [%.4f, %.4f] Å", x, r[0], r[last]));
        }
        int k;
        if (uniform) {
            k = Math.min((int) ((x - r[0]) / step), last - 1);
            if (x < r[k]) {
                k--;
            } else if (x > r[k + 1]) {
                k++;
            }
            k = Math.max(0, Math.min(k, last - 1));
        } else {
            int lo = 0;
            int hi = last;
            while (hi - lo > 1) {
                int mid = (lo + hi) >>> 1;
                if (r[mid] <= x) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            k = lo;
        }
        double h = r[k + 1] - r[k];
        double t = (x - r[k]) / h;
        double t2 = t * t;
        double t3 = t2 * t;
        double y0 = e[k];
        double y1 = e[k + 1];
        double m0 = h * slope[k];
        double m1 = h * slope[k + 1];
        double value = (2 * t3 - 3 * t2 + 1) * y0 + (t3 - 2 * t2 + t) * m0 + (-2 * t3 + 3 * t2) * y1 + (t3 - t2) * m1;
        double deriv = (6 * t2 - 6 * t) * y0 + (3 * t2 - 4 * t + 1) * m0 + (-6 * t2 + 6 * t) * y1 + (3 * t2 - 2 * t) * m1;
        dEdr[0] = deriv / h;
        return value;
    }

    @Override
    public String type() {
        return "table";
    }
}
