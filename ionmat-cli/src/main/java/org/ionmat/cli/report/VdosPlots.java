package org.ionmat.cli.report;

import java.awt.Color;
import java.util.List;
import java.util.Locale;

import org.ionmat.analysis.vibration.Vdos;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** XChart plot of vibrational densities of states against energy. */
public final class VdosPlots {

    private VdosPlots() {
    }

    /** g(E) per meV of each group, up to the energy where the total falls below 0.1 % of its peak. */
    public static XYChart vdos(String title, List<Vdos> groups) {
        XYChart c = new XYChartBuilder().width(800).height(560).title(title).xAxisTitle("energy ħω (meV)")
                .yAxisTitle("VDOS (states/meV)").build();
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setPlotBackgroundColor(Color.WHITE);
        Vdos total = groups.get(0);
        double peak = 0;
        for (double v : total.g()) {
            peak = Math.max(peak, v);
        }
        int last = total.g().length - 1;
        while (last > 10 && Math.abs(total.g()[last]) < 1e-3 * peak) {
            last--;
        }
        last = Math.min(total.g().length - 1, (int) (last * 1.1) + 1);
        int step = Math.max(1, last / 2000);
        for (Vdos v : groups) {
            int m = last / step + 1;
            double[] x = new double[m];
            double[] y = new double[m];
            for (int i = 0; i < m; i++) {
                x[i] = v.energyMeV(i * step);
                y[i] = v.perMeV(i * step);
            }
            XYSeries s = c.addSeries(String.format(Locale.ROOT, "%s (%d atoms)", v.label(), v.numAtoms()), x, y);
            s.setMarker(SeriesMarkers.NONE);
        }
        return c;
    }
}
