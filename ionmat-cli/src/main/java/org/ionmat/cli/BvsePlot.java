package org.ionmat.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.ionmat.analysis.bvse.BvseAnalysis;
import org.ionmat.analysis.bvse.BvseGrid;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.ionmat.core.io.AtomicFiles;

/**
 * PNG summary of a BVSE analysis: the site energy E − Emin (capped) in the ab grid plane through the minimum
 * and the cumulative distribution of E − Emin with the 1D/2D/3D barriers marked.
 */
final class BvsePlot {

    private BvsePlot() {
    }

    static void write(Path out, BvseAnalysis.Result r, String title) {
        BvseGrid g = r.landscape().grid();
        double[] e = r.landscape().energy();
        double min = r.barriers().minimum();
        double cap = r.barriers().cap();
        HeatMapChart map = new HeatMapChartBuilder().width(560).height(480)
                .title(title + ": E - Emin (eV) in the ab plane through the minimum").xAxisTitle("a index").yAxisTitle("b index").build();
        List<Integer> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (int i = 0; i < g.na(); i++) {
            xs.add(i);
        }
        for (int j = 0; j < g.nb(); j++) {
            ys.add(j);
        }
        List<Number[]> heat = new ArrayList<>();
        int kMin = r.landscape().argMinimum() % g.nc();
        for (int i = 0; i < g.na(); i++) {
            for (int j = 0; j < g.nb(); j++) {
                double m = e[g.index(i, j, kMin)] - min;
                heat.add(new Number[] {i, j, Math.min(m, cap)});
            }
        }
        map.addSeries("E - Emin", xs, ys, heat);
        map.getStyler().setMin(0).setMax(cap);
        map.getStyler().setShowValue(false);

        XYChart dist = new XYChartBuilder().width(560).height(480)
                .title("accessible fraction of the cell").xAxisTitle("E - Emin (eV)").yAxisTitle("fraction of grid points").build();
        double[] rel = new double[e.length];
        for (int i = 0; i < e.length; i++) {
            rel[i] = e[i] - min;
        }
        Arrays.sort(rel);
        int samples = 400;
        double[] x = new double[samples];
        double[] y = new double[samples];
        int p = 0;
        for (int s = 0; s < samples; s++) {
            double level = cap * s / (samples - 1);
            while (p < rel.length && rel[p] <= level) {
                p++;
            }
            x[s] = level;
            y[s] = (double) p / rel.length;
        }
        dist.addSeries("fraction with E - Emin <= x", x, y).setMarker(SeriesMarkers.NONE);
        double top = Math.max(y[samples - 1], 1e-3);
        for (int d = 1; d <= 3; d++) {
            double b = r.barriers().barrier()[d];
            if (!Double.isNaN(b)) {
                dist.addSeries(String.format(Locale.ROOT, "%dD barrier %.3f eV", d, b), new double[] {b, b}, new double[] {0, top})
                        .setMarker(SeriesMarkers.NONE);
            }
        }
        List<Chart<?, ?>> charts = List.of(map, dist);
        AtomicFiles.write(out, os -> BitmapEncoder.saveBitmap(charts, 1, 2, os, BitmapEncoder.BitmapFormat.PNG));
    }
}
