package org.ionmat.analysis.diffusion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * D(T) across temperatures: the weighted Arrhenius fit of the tracer D, extrapolation to a target
 * temperature (300 K by default) with the fit covariance, and the Nernst–Einstein conductivity there
 * (tracer D, Haven ratio 1, number density and charge of the lowest-temperature run). Runs whose D is
 * not positive are left out of the fit with a warning.
 *
 * @param runs        the runs, by temperature
 * @param arrhenius   the fit, or null with fewer than two usable temperatures
 * @param targetK     extrapolation temperature (K)
 * @param warnings    problems of the fit (the runs' own warnings are in the runs)
 */
public record TransportSummary(List<RunDiffusion> runs, ArrheniusFit arrhenius, double targetK, List<String> warnings) {

    /** Room temperature used for extrapolation (K). */
    public static final double ROOM_TEMPERATURE_K = 300;

    /** Summarises runs (any order) with extrapolation to {@code targetK}. */
    public static TransportSummary of(List<RunDiffusion> runs, double targetK) {
        List<RunDiffusion> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingDouble(RunDiffusion::temperatureK));
        List<String> warnings = new ArrayList<>();
        List<double[]> pts = new ArrayList<>();
        for (RunDiffusion r : sorted) {
            DiffusionFit f = r.tracer();
            if (f.d() > 0 && f.dErr() > 0 && Double.isFinite(f.dErr())) {
                pts.add(new double[] {r.temperatureK(), f.dCm2PerS(), f.dErrCm2PerS()});
            } else {
                warnings.add(String.format(Locale.ROOT, "%.6g K left out of the Arrhenius fit: D = %.3g ± %.3g cm^2/s",
                        r.temperatureK(), f.dCm2PerS(), f.dErrCm2PerS()));
            }
        }
        ArrheniusFit fit = null;
        if (pts.size() >= 2) {
            double[] t = new double[pts.size()];
            double[] d = new double[pts.size()];
            double[] e = new double[pts.size()];
            for (int i = 0; i < t.length; i++) {
                t[i] = pts.get(i)[0];
                d[i] = pts.get(i)[1];
                e[i] = pts.get(i)[2];
            }
            boolean distinct = false;
            for (double x : t) {
                distinct |= x != t[0];
            }
            if (distinct) {
                fit = ArrheniusFit.fit(t, d, e);
                if (pts.size() == 2) {
                    warnings.add("Arrhenius fit through two temperatures: Ea has no check of linearity");
                }
            } else {
                warnings.add("all runs have the same temperature: no Arrhenius fit");
            }
        } else if (runs.size() > 1) {
            warnings.add("fewer than two temperatures with positive D: no Arrhenius fit");
        }
        return new TransportSummary(List.copyOf(sorted), fit, targetK, List.copyOf(warnings));
    }

    /** Extrapolated tracer D at the target temperature (cm^2/s), NaN without a fit. */
    public double dTarget() {
        return arrhenius == null ? Double.NaN : arrhenius.d(targetK);
    }

    /** Its standard uncertainty (cm^2/s). */
    public double dTargetErr() {
        return arrhenius == null ? Double.NaN : arrhenius.dErr(targetK);
    }

    /** Nernst–Einstein conductivity at the target temperature (S/cm), NaN without a fit. */
    public double sigmaTarget() {
        if (arrhenius == null) {
            return Double.NaN;
        }
        RunDiffusion ref = runs.get(0);
        return NernstEinstein.conductivity(ref.numberDensity(), ref.ionCharge(), dTarget(), targetK);
    }

    /** Its standard uncertainty (S/cm); same relative error as D. */
    public double sigmaTargetErr() {
        return arrhenius == null ? Double.NaN : sigmaTarget() * arrhenius.lnDErr(targetK);
    }
}
