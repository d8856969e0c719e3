package org.ionmat.cli.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ionmat.analysis.diffusion.ArrheniusFit;
import org.ionmat.analysis.diffusion.DiffusionFit;
import org.ionmat.analysis.diffusion.Msd;
import org.ionmat.analysis.diffusion.RunDiffusion;
import org.ionmat.analysis.diffusion.TransportSummary;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** XChart plots of the diffusion analysis: MSD with fit window and error band, Arrhenius plot. */
public final class DiffusionPlots {

    private static final Color TRACER = new Color(31, 119, 180);
    private static final Color CHARGE = new Color(255, 127, 14);
    private static final Color FIT = new Color(200, 30, 30);
    private static final Color BAND = new Color(200, 30, 30, 60);

    private DiffusionPlots() {
    }

    private static XYChart chart(String title, String x, String y) {
        XYChart c = new XYChartBuilder().width(800).height(560).title(title).xAxisTitle(x).yAxisTitle(y).build();
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setPlotBackgroundColor(Color.WHITE);
        c.getStyler().setMarkerSize(6);
        return c;
    }

    /** Tracer and charge MSD against lag time, the fit over its window and the ±1σ band of the fit. */
    public static XYChart msd(RunDiffusion r) {
        Msd m = r.msd();
        DiffusionFit f = r.tracer();
        XYChart c = chart(String.format(Locale.ROOT, "%s MSD at %s K", r.ion(), kelvin(r.temperatureK())), "lag time (ps)",
                "MSD (Å²)");
        int last = Math.min(m.numFrames() - 1, (int) Math.round(1.25 * f.endLag()) + 1);
        int step = Math.max(1, last / 1500);
        List<Double> x = new ArrayList<>();
        List<Double> yt = new ArrayList<>();
        List<Double> yc = new ArrayList<>();
        for (int n = 0; n <= last; n += step) {
            x.add(m.lagTime(n));
            yt.add(m.total()[n]);
            yc.add(m.collective()[n]);
        }
        double t0 = f.startPs();
        double t1 = f.endPs();
        int k = 40;
        double[] bx = new double[2 * k];
        double[] by = new double[2 * k];
        for (int i = 0; i < k; i++) {
            double t = t0 + (t1 - t0) * i / (k - 1);
            bx[i] = t;
            by[i] = f.line(t) + f.lineErr(t);
            bx[2 * k - 1 - i] = t;
            by[2 * k - 1 - i] = f.line(t) - f.lineErr(t);
        }
        XYSeries band = c.addSeries("fit ±1σ", bx, by);
        band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        band.setFillColor(BAND);
        band.setLineColor(BAND);
        band.setMarker(SeriesMarkers.NONE);
        XYSeries tr = c.addSeries(String.format(Locale.ROOT, "tracer, D = %s cm²/s", pm(f.dCm2PerS(), f.dErrCm2PerS())),
                x, yt);
        tr.setMarker(SeriesMarkers.NONE);
        tr.setLineColor(TRACER);
        DiffusionFit q = r.charge();
        XYSeries ch = c.addSeries(String.format(Locale.ROOT, "charge (per ion), D_σ = %s cm²/s",
                pm(q.dCm2PerS(), q.dErrCm2PerS())), x, yc);
        ch.setMarker(SeriesMarkers.NONE);
        ch.setLineColor(CHARGE);
        ch.setLineWidth(1f);
        XYSeries fit = c.addSeries(String.format(Locale.ROOT, "fit window %.4g–%.4g ps (%s)", t0, t1,
                        f.window().name().toLowerCase(Locale.ROOT)),
                new double[] {t0, t1}, new double[] {f.line(t0), f.line(t1)});
        fit.setMarker(SeriesMarkers.NONE);
        fit.setLineColor(FIT);
        fit.setLineStyle(SeriesLines.DASH_DASH);
        fit.setLineWidth(2.5f);
        return c;
    }

    /** log10 D against 1000/T with error bars, the weighted fit extrapolated to the target temperature. */
    public static XYChart arrhenius(TransportSummary s) {
        String ion = s.runs().isEmpty() ? "" : s.runs().get(0).ion();
        XYChart c = chart(ion + " Arrhenius plot (tracer D)", "1000 / T (1/K)", "log10 D (cm²/s)");
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<Double> e = new ArrayList<>();
        double xmin = Double.POSITIVE_INFINITY;
        for (RunDiffusion r : s.runs()) {
            DiffusionFit f = r.tracer();
            if (f.d() > 0) {
                x.add(1000 / r.temperatureK());
                y.add(Math.log10(f.dCm2PerS()));
                e.add(f.dErr() / (f.d() * Math.log(10)));
                xmin = Math.min(xmin, 1000 / r.temperatureK());
            }
        }
        ArrheniusFit a = s.arrhenius();
        if (a != null) {
            double xmax = 1000 / s.targetK();
            int k = 50;
            double[] lx = new double[k];
            double[] ly = new double[k];
            double[] bx = new double[2 * k];
            double[] by = new double[2 * k];
            for (int i = 0; i < k; i++) {
                double xx = xmin + (xmax - xmin) * i / (k - 1);
                double t = 1000 / xx;
                lx[i] = xx;
                ly[i] = a.lnD(t) / Math.log(10);
                double err = a.lnDErr(t) / Math.log(10);
                bx[i] = xx;
                by[i] = ly[i] + err;
                bx[2 * k - 1 - i] = xx;
                by[2 * k - 1 - i] = ly[i] - err;
            }
            XYSeries band = c.addSeries("fit ±1σ", bx, by);
            band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
            band.setFillColor(BAND);
            band.setLineColor(BAND);
            band.setMarker(SeriesMarkers.NONE);
            XYSeries line = c.addSeries(String.format(Locale.ROOT, "Ea = %s eV", pm(a.ea(), a.eaErr())), lx, ly);
            line.setMarker(SeriesMarkers.NONE);
            line.setLineColor(FIT);
            line.setLineStyle(SeriesLines.DASH_DASH);
            XYSeries ext = c.addSeries(String.format(Locale.ROOT, "D(%.0f K) = %s cm²/s", s.targetK(),
                            pm(s.dTarget(), s.dTargetErr())),
                    new double[] {xmax}, new double[] {a.lnD(s.targetK()) / Math.log(10)},
                    new double[] {a.lnDErr(s.targetK()) / Math.log(10)});
            ext.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            ext.setMarker(SeriesMarkers.DIAMOND);
            ext.setMarkerColor(FIT);
        }
        if (!x.isEmpty()) {
            XYSeries pts = c.addSeries("MD", x, y, e);
            pts.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            pts.setMarker(SeriesMarkers.CIRCLE);
            pts.setMarkerColor(TRACER);
        }
        return c;
    }

    /** A temperature without trailing zeros: 180, 812.5. */
    public static String kelvin(double t) {
        return java.math.BigDecimal.valueOf(t).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** "1.23e-06 ± 4.5e-08". */
    public static String pm(double v, double e) {
        return String.format(Locale.ROOT, "%.3g ± %.2g", v, e);
    }
}
