package org.ionmat.analysis.diffusion;

import java.util.Arrays;

import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.ionmat.core.InvalidInputException;

/**
 * Fits D to the linear regime of an MSD by generalised least squares (GLS) with the covariance of the
 * MSD of a random walk whose parameters are estimated from the data, in the spirit of kinisi
 * (McCluskey, Coles &amp; Morgan, J. Chem. Theory Comput. 21, 79 (2025)).
 *
 * <p><b>Why this uncertainty.</b> MSD values at different lags of one trajectory are strongly
 * correlated (overlapping time origins), so ordinary least squares gives a fair D but a standard
 * error that is far too small (pymatgen-analysis-diffusion issue #449; {@code
 * DiffusionCalibrationTest} shows OLS covering the true D in under 40 % of walks instead of 68 %).
 * Block averaging needs several blocks long enough to be diffusive each and its error-of-the-error
 * is large for the usual 5 blocks. Here the covariance of the time-origin-averaged MSD is written
 * exactly for W independent walkers with steps of variance 2DΔt per dimension, a fourth cumulant K4
 * per step (hopping is far from Gaussian when hops are rare) and independent position noise η^2 per
 * frame (vibrations about the path) ({@link RandomWalkCovariance}); D and η^2 come from the fit
 * itself (iterated), K4 from the measured displacement moments ({@link MsdSeries}). The parameter
 * covariance is then (X^T Σ^-1 X)^-1. The model is checked: when the residual χ^2 is improbable
 * (p &lt; 0.05) the covariance is scaled by χ^2/dof; when D̂ ≤ 0 (no diffusion) it is taken from the
 * residual scatter alone. Tracer MSDs use W = number of ions, collective MSDs W = 1 (the summed
 * displacement is one walker). Correlated ions make the tracer error optimistic, as in kinisi;
 * compare the collective fit. Calibration is tested on ensembles of Gaussian walks, lattice hops
 * with thermal vibrations, and collective and directional MSDs ({@code DiffusionCalibrationTest}).
 *
 * <p>{@value #MAX_LAGS} evenly spaced lags of the window enter the fit: neighbouring MSD values are
 * almost perfectly correlated, so more lags do not lower the variance of D, but they make the fit
 * sensitive to fine structure the model does not describe (time-correlated vibrations).
 */
public final class DiffusionFitter {

    /** Lags used in one fit at most. */
    public static final int MAX_LAGS = 16;
    /** Fewest frames an MSD must span to be fitted. */
    public static final int MIN_FRAMES = 10;

    private static final double MODEL_P_VALUE = 0.05;
    private static final double CURVATURE_SIGMAS = 2.0;

    private DiffusionFitter() {
    }

    /**
     * Fits MSD(τ) = c + 2·dims·D·τ.
     *
     * @param series the MSD with its dimensions, walkers and measured cumulants
     * @param window window rule
     * @throws InvalidInputException if the MSD is too short or the explicit window holds fewer than 3 lags
     */
    public static DiffusionFit fit(MsdSeries series, FitWindow window) {
        int frames = series.frames();
        double dtPs = series.dtPs();
        if (frames < MIN_FRAMES) {
            throw new InvalidInputException("fitting D needs at least " + MIN_FRAMES + " frames, the trajectory has " + frames);
        }
        int end = frames / 2;
        switch (window.rule()) {
            case EXPLICIT: {
                int s = (int) Math.ceil(window.startPs() / dtPs - 1e-9);
                int e = (int) Math.floor(window.endPs() / dtPs + 1e-9);
                if (s < 1 || e > frames - 1 || e - s + 1 < 3) {
                    throw new InvalidInputException(String.format(java.util.Locale.ROOT,
                            "fit window %.4g..%.4g ps holds fewer than 3 lags of the trajectory (lags %.4g..%.4g ps)",
                            window.startPs(), window.endPs(), dtPs, (frames - 1) * dtPs));
                }
                return linear(series, s, e, FitWindow.Rule.EXPLICIT, false);
            }
            case SEED:
                return linear(series, seedStart(end), end, FitWindow.Rule.SEED, false);
            default: {
                DiffusionFit seed = linear(series, seedStart(end), end, FitWindow.Rule.AUTO, true);
                int previous = -1;
                for (int j = 8; j >= 3; j--) {
                    int s = (int) Math.round(end * Math.pow(2, -j / 2.0));
                    if (s < 1 || s == previous || end - s + 1 < 6) {
                        continue;
                    }
                    previous = s;
                    if (straight(series, s, end)) {
                        DiffusionFit f = linear(series, s, end, FitWindow.Rule.AUTO, false);
                        if (consistent(f, seed)) {
                            return f;
                        }
                    }
                }
                return seed;
            }
        }
    }

    /** Fits a bare MSD array of Gaussian walkers (no measured cumulants). */
    public static DiffusionFit fit(double[] msd, double dtPs, int dims, int walkers, FitWindow window) {
        return fit(MsdSeries.gaussian("msd", msd, dtPs, dims, walkers), window);
    }

    private static int seedStart(int end) {
        return Math.max(1, Math.min(end - 2, (int) Math.round(end / 2.0)));
    }

    /** Evenly spaced distinct lags from s to e. */
    static int[] lags(int s, int e) {
        int m = Math.min(MAX_LAGS, e - s + 1);
        int[] out = new int[m];
        int k = 0;
        for (int i = 0; i < m; i++) {
            int lag = m == 1 ? s : (int) Math.round(s + (double) i * (e - s) / (m - 1));
            if (k == 0 || lag != out[k - 1]) {
                out[k++] = lag;
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** About {@value #MAX_LAGS} logarithmically spaced distinct lags from s to e (dense where curvature shows). */
    static int[] logLags(int s, int e) {
        int m = Math.min(MAX_LAGS, e - s + 1);
        int[] out = new int[m];
        int k = 0;
        for (int i = 0; i < m; i++) {
            int lag = m == 1 ? s : (int) Math.round(s * Math.pow((double) e / s, (double) i / (m - 1)));
            if (k == 0 || lag > out[k - 1]) {
                out[k++] = lag;
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** A polynomial fit with its (possibly residual-scaled) parameter covariance. */
    private record Poly(double[] beta, double[][] cov, double chi2Reduced, boolean scaled) {
    }

    private static GeneralizedLeastSquares.Result gls(MsdSeries series, int[] lags, int degree, double d, double k4,
                                                      double eta2) {
        double dtPs = series.dtPs();
        double[][] x = new double[lags.length][degree + 1];
        double[] y = new double[lags.length];
        for (int i = 0; i < lags.length; i++) {
            double tau = lags[i] * dtPs;
            double p = 1;
            for (int k = 0; k <= degree; k++) {
                x[i][k] = p;
                p *= tau;
            }
            y[i] = series.msd()[lags[i]];
        }
        double[][] cov = RandomWalkCovariance.matrix(lags, series.frames(), d, dtPs, series.dims(), series.walkers(), k4,
                eta2);
        return GeneralizedLeastSquares.fit(x, y, cov);
    }

    /**
     * GLS fit of a polynomial of the given degree with the random-walk covariance at the data's own D
     * and fourth cumulant (iterated, as the covariance depends on D), then the model check.
     */
    private static Poly poly(MsdSeries series, int[] lags, int degree, int s, int e) {
        int dims = series.dims();
        // the Gaussian covariance is D^2 K: its GLS estimate does not depend on D
        GeneralizedLeastSquares.Result lin = gls(series, lags, 1, 1.0, 0.0, 0.0);
        double dHat = lin.beta()[1] / (2 * dims);
        if (!(dHat > 0)) {
            GeneralizedLeastSquares.Result r = degree == 1 ? lin : gls(series, lags, degree, 1.0, 0.0, 0.0);
            double residual = r.dof() > 0 ? r.chi2() / r.dof() : 0;
            return new Poly(r.beta(), scale(r.covariance(), residual), Double.NaN, true);
        }
        double k4 = series.fourthCumulantPerStep(s, e);
        double m1 = series.msd()[1] / (2 * dims);
        double eta2 = Math.max(0, m1 - dHat * series.dtPs());
        for (int it = 0; it < 3; it++) {
            GeneralizedLeastSquares.Result r = gls(series, lags, 1, dHat, k4, eta2);
            double next = r.beta()[1] / (2 * dims);
            if (!(next > 0)) {
                break;
            }
            dHat = next;
            eta2 = Math.max(0, m1 - dHat * series.dtPs());
        }
        GeneralizedLeastSquares.Result r = gls(series, lags, degree, dHat, k4, eta2);
        double chi2Red = r.dof() > 0 ? r.chi2() / r.dof() : Double.NaN;
        boolean rejected = r.dof() > 0
                && 1 - new ChiSquaredDistribution(r.dof()).cumulativeProbability(r.chi2()) < MODEL_P_VALUE;
        return new Poly(r.beta(), rejected ? scale(r.covariance(), chi2Red) : r.covariance(), chi2Red, rejected);
    }

    private static double[][] scale(double[][] c, double f) {
        double[][] out = new double[c.length][c.length];
        for (int i = 0; i < c.length; i++) {
            for (int j = 0; j < c.length; j++) {
                out[i][j] = c[i][j] * f;
            }
        }
        return out;
    }

    private static boolean straight(MsdSeries series, int s, int e) {
        int[] lags = logLags(s, e);
        if (lags.length < 6) {
            return true;
        }
        Poly lin = poly(series, lags, 1, s, e);
        if (lin.scaled()) {
            return false;
        }
        Poly q = poly(series, lags, 2, s, e);
        double sigmaA = Math.sqrt(q.cov()[2][2]);
        return !(Math.abs(q.beta()[2]) >= CURVATURE_SIGMAS * sigmaA);
    }

    /**
     * Hausman-type test of a wider window against the seed window it contains: under a straight MSD
     * both estimate D, the wider one more precisely, and Var(D_wide − D_seed) ≈ σ_seed^2 − σ_wide^2.
     */
    private static boolean consistent(DiffusionFit wide, DiffusionFit seed) {
        double v = seed.dErr() * seed.dErr() - wide.dErr() * wide.dErr();
        double sigma = v > 0 ? Math.sqrt(v) : seed.dErr();
        return Math.abs(wide.d() - seed.d()) <= CURVATURE_SIGMAS * sigma;
    }

    private static DiffusionFit linear(MsdSeries series, int s, int e, FitWindow.Rule rule, boolean fallback) {
        double[] msd = series.msd();
        for (int n = s; n <= e; n++) {
            if (!Double.isFinite(msd[n])) {
                throw new InvalidInputException("MSD is not finite at lag " + n);
            }
        }
        int dims = series.dims();
        int[] lags = lags(s, e);
        Poly r = poly(series, lags, 1, s, e);
        double dHat = r.beta()[1] / (2 * dims);
        double dErr = Math.sqrt(r.cov()[1][1]) / (2 * dims);
        return new DiffusionFit(dHat, dErr, r.beta()[0], r.cov(), dims, lags[0], lags[lags.length - 1],
                series.dtPs(), lags.length, r.chi2Reduced(), r.scaled(), rule, fallback);
    }
}
