package org.ionmat.cli.plot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;

import org.ionmat.core.io.AtomicFiles;

/** Writes XChart charts as PNG and SVG, atomically (temp file, then move). */
public final class Charts {

    private Charts() {
    }

    /** Writes {@code base.png} and {@code base.svg}; returns the two paths. */
    public static List<Path> write(Chart<?, ?> chart, Path base) {
        List<Path> out = new ArrayList<>();
        try {
            Path dir = base.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempDirectory(dir, ".plot");
            try {
                BitmapEncoder.saveBitmapWithDPI(chart, tmp.resolve("c").toString(), BitmapEncoder.BitmapFormat.PNG, 150);
                VectorGraphicsEncoder.saveVectorGraphic(chart, tmp.resolve("c").toString(),
                        VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
                Path png = base.resolveSibling(base.getFileName() + ".png");
                Path svg = base.resolveSibling(base.getFileName() + ".svg");
                AtomicFiles.write(png, Files.readAllBytes(tmp.resolve("c.png")));
                AtomicFiles.write(svg, Files.readAllBytes(tmp.resolve("c.svg")));
                out.add(png);
                out.add(svg);
            } finally {
                try (var s = Files.list(tmp)) {
                    for (Path p : s.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write plot " + base, e);
        }
        return out;
    }

    /** A line/scatter chart with common styling. */
    public static XYChart xy(String title, String x, String y) {
        XYChart c = new org.knowm.xchart.XYChartBuilder().width(640).height(480).title(title).xAxisTitle(x).yAxisTitle(y)
                .build();
        c.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        c.getStyler().setPlotBackgroundColor(java.awt.Color.WHITE);
        c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        c.getStyler().setMarkerSize(4);
        return c;
    }
}
