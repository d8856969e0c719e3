package org.ionmat.cli.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

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
            Path dir = path.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + path.getFileName(), ".tmp");
            try {
                Files.write(tmp, bytes);
                try {
                    Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
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
