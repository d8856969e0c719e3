package org.ionmat.cli.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** XChart figures of the analysis report, styled for print: white background, readable fonts. */
public final class Figures {

    /** A colour-blind-safe qualitative palette (Okabe & Ito 2008, plus grey and black). */
    static final Color[] PALETTE = {new Color(0, 114, 178), new Color(230, 159, 0), new Color(0, 158, 115),
        new Color(204, 121, 167), new Color(86, 180, 233), new Color(213, 94, 0), new Color(240, 228, 66),
        new Color(120, 120, 120), new Color(0, 0, 0)};

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font AXIS = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private Figures() {
    }

    private static void style(Styler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setChartTitleFont(TITLE);
        s.setLegendFont(TICKS);
        s.setChartTitleBoxVisible(false);
        s.setLegendBorderColor(new Color(200, 200, 200));
        s.setSeriesColors(PALETTE);
        s.setAntiAlias(true);
    }

    private static void axes(org.knowm.xchart.style.AxesChartStyler s) {
        style(s);
        s.setAxisTitleFont(AXIS);
        s.setAxisTickLabelsFont(TICKS);
        s.setPlotGridLinesColor(new Color(225, 225, 225));
        s.setPlotBorderColor(new Color(160, 160, 160));
    }

    /**
     * Heat map of a square matrix over named columns (row 0 at the top).
     *
     * @param values    the matrix (NaN cells left blank)
     * @param transform maps a value to the colour scale [min, max]; the legend and cell labels show the
     *                  inverse (so a non-linear scale can be labelled in the original units)
     * @param inverse   the inverse of {@code transform}
     * @param piecewise number of colour bands (0 for a continuous gradient)
     */
    public static HeatMapChart heatMap(String title, List<String> names, double[][] values, double min, double max,
                                       Color[] colors, DoubleUnaryOperator transform, DoubleUnaryOperator inverse,
                                       int piecewise, String valuePattern) {
        int m = names.size();
        int size = Math.max(700, Math.min(1400, 300 + 28 * m));
        HeatMapChart c = new HeatMapChartBuilder().width(size + 160).height(size).title(title).build();
        List<Number[]> cells = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                if (!Double.isNaN(values[i][j])) {
                    // x = column j, y = row i counted from the top
                    cells.add(new Number[] {j, m - 1 - i, transform.applyAsDouble(values[i][j])});
                }
            }
        }
        List<String> ys = new ArrayList<>(names);
        java.util.Collections.reverse(ys);
        c.addSeries(title, names, ys, cells);
        var s = c.getStyler();
        axes(s);
        s.setRangeColors(colors);
        s.setMin(min);
        s.setMax(max);
        s.setXAxisLabelRotation(90);
        s.setPlotContentSize(1.0);
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setHeatMapDecimalValueFormatter(v -> String.format(Locale.ROOT, valuePattern, inverse.applyAsDouble(v)));
        if (piecewise > 0) {
            s.setPiecewise(true);
            s.setPiecewiseRanged(true);
            s.setSplitNumber(piecewise);
        }
        s.setShowValue(m <= 14);
        s.setValueFont(new Font(Font.SANS_SERIF, Font.PLAIN, m <= 8 ? 13 : 11));
        // XChart reserves room for rotated labels by character count: a monospaced font keeps them whole
        s.setAxisTickLabelsFont(new Font(Font.MONOSPACED, Font.PLAIN, m <= 24 ? 13 : 10));
        return c;
    }

    /** Grouped bars: one category per label, one series per name. */
    public static CategoryChart bars(String title, String xTitle, String yTitle, List<String> categories,
                                     List<String> seriesNames, List<double[]> series) {
        int width = Math.max(800, Math.min(1600, 200 + 34 * categories.size() * Math.max(1, seriesNames.size()) / 2));
        CategoryChart c = new CategoryChartBuilder().width(width).height(560).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        for (int k = 0; k < series.size(); k++) {
            List<Double> v = new ArrayList<>();
            for (double x : series.get(k)) {
                v.add(Double.isNaN(x) ? 0.0 : x);
            }
            c.addSeries(seriesNames.get(k), categories, v);
        }
        var s = c.getStyler();
        axes(s);
        s.setXAxisLabelRotation(categories.size() > 6 ? 60 : 0);
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setLegendVisible(series.size() > 1);
        s.setAvailableSpaceFill(0.8);
        return c;
    }

    /** Scree: normalized eigenvalues as bars and their cumulative sum as a line, both in %. */
    public static CategoryChart scree(double[] normalized, int keep) {
        int q = Math.min(normalized.length, 20);
        List<String> pcs = new ArrayList<>();
        List<Double> v = new ArrayList<>();
        List<Double> cum = new ArrayList<>();
        double acc = 0;
        for (int k = 0; k < q; k++) {
            pcs.add("PC" + (k + 1));
            v.add(100 * normalized[k]);
            acc += normalized[k];
            cum.add(100 * acc);
        }
        CategoryChart c = new CategoryChartBuilder().width(800).height(500)
                .title("Scree: variance per component (elbow at PC" + keep + ")").xAxisTitle("principal component")
                .yAxisTitle("variance (%)").build();
        c.addSeries("normalized eigenvalue", pcs, v);
        CategorySeries line = c.addSeries("cumulative", pcs, cum);
        line.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        line.setMarker(SeriesMarkers.CIRCLE);
        var s = c.getStyler();
        axes(s);
        s.setLegendPosition(Styler.LegendPosition.InsideSE);
        s.setYAxisMin(0.0);
        s.setYAxisMax(100.0);
        return c;
    }

    /** Scatter of labelled groups of points, optionally with extra marked points (e.g. centroids). */
    public static XYChart scatter(String title, String xTitle, String yTitle, List<String> groupNames,
                                  List<double[][]> groups, double[][] marks, String marksName) {
        XYChart c = new XYChartBuilder().width(800).height(600).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        for (int g = 0; g < groups.size(); g++) {
            double[][] p = groups.get(g);
            if (p.length == 0) {
                continue;
            }
            XYSeries s = c.addSeries(groupNames.get(g), column(p, 0), column(p, 1));
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.CIRCLE);
        }
        if (marks != null && marks.length > 0) {
            XYSeries s = c.addSeries(marksName, column(marks, 0), column(marks, 1));
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.DIAMOND);
            s.setMarkerColor(Color.BLACK);
        }
        var s = c.getStyler();
        axes(s);
        s.setMarkerSize(10);
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        return c;
    }

    /** A line with markers of y against integer x, with one highlighted x. */
    public static XYChart line(String title, String xTitle, String yTitle, double[] x, double[] y, double highlightX,
                               String highlightName) {
        XYChart c = new XYChartBuilder().width(800).height(500).title(title + " (\u25C6 " + highlightName + ")")
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        XYSeries s = c.addSeries(yTitle, x, y);
        s.setMarker(SeriesMarkers.CIRCLE);
        for (int i = 0; i < x.length; i++) {
            if (x[i] == highlightX) {
                XYSeries h = c.addSeries(highlightName, new double[] {x[i]}, new double[] {y[i]});
                h.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                h.setMarker(SeriesMarkers.DIAMOND);
                h.setMarkerColor(PALETTE[5]);
            }
        }
        var st = c.getStyler();
        axes(st);
        st.setMarkerSize(10);
        st.setLegendVisible(false);
        st.setXAxisDecimalPattern("0");
        return c;
    }

    /** Parity plot of predictions against reference values with the line y = x. */
    public static XYChart parity(String title, String axisName, double[] actual, double[] predicted) {
        XYChart c = new XYChartBuilder().width(640).height(600).title(title).xAxisTitle("reference " + axisName)
                .yAxisTitle("predicted " + axisName).build();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < actual.length; i++) {
            lo = Math.min(lo, Math.min(actual[i], predicted[i]));
            hi = Math.max(hi, Math.max(actual[i], predicted[i]));
        }
        double pad = 0.05 * (hi - lo + 1e-300);
        XYSeries diag = c.addSeries("y = x", new double[] {lo - pad, hi + pad}, new double[] {lo - pad, hi + pad});
        diag.setMarker(SeriesMarkers.NONE);
        diag.setLineColor(new Color(150, 150, 150));
        diag.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
        XYSeries s = c.addSeries("out-of-group predictions", actual, predicted);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(PALETTE[0]);
        var st = c.getStyler();
        axes(st);
        st.setMarkerSize(9);
        st.setLegendPosition(Styler.LegendPosition.InsideNW);
        st.setXAxisMin(lo - pad);
        st.setXAxisMax(hi + pad);
        st.setYAxisMin(lo - pad);
        st.setYAxisMax(hi + pad);
        return c;
    }

    private static double[] column(double[][] p, int k) {
        double[] r = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            r[i] = p[i][k];
        }
        return r;
    }

    /** PNG bytes of a chart (headless). */
    public static byte[] png(Chart<?, ?> chart) {
        try {
            return org.knowm.xchart.BitmapEncoder.getBitmapBytes(chart, org.knowm.xchart.BitmapEncoder.BitmapFormat.PNG);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** SVG bytes of a chart. */
    public static byte[] svg(Chart<?, ?> chart) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            org.knowm.xchart.VectorGraphicsEncoder.saveVectorGraphic(chart, out,
                    org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
