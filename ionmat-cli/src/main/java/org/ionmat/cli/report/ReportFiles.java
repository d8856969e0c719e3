package org.ionmat.cli.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.ionmat.core.io.AtomicFiles;

/** Writes report files atomically (temporary file in the same folder, then a move). */
public final class ReportFiles {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private ReportFiles() {
    }

    /** Writes bytes to {@code path} atomically, creating parent folders. */
    public static void write(Path path, byte[] bytes) {
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + path + ": " + e.getMessage(), e);
        }
        AtomicFiles.write(path, bytes);
    }

    /** Writes UTF-8 text atomically. */
    public static void write(Path path, String text) {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a chart as {@code base.png} and {@code base.svg} in {@code dir}; returns the two file names. */
    public static String[] saveChart(Chart<?, ?> chart, Path dir, String base) {
        try {
            write(dir.resolve(base + ".png"), BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
            java.io.ByteArrayOutputStream svg = new java.io.ByteArrayOutputStream();
            VectorGraphicsEncoder.saveVectorGraphic(chart, svg, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            write(dir.resolve(base + ".svg"), svg.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + base + ": " + e.getMessage(), e);
        }
        return new String[] {base + ".png", base + ".svg"};
    }
}
