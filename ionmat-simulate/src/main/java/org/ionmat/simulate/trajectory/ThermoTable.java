package org.ionmat.simulate.trajectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.ionmat.core.InvalidInputException;

/**
 * A thermo log ({@link ThermoLog}) read into columns. An incomplete last row (a run stopped while
 * writing) is ignored.
 */
public final class ThermoTable {

    private final long[] steps;
    private final double[][] columns; // time, T, Epot, Ekin, Etot, P, conserved, volume

    private ThermoTable(long[] steps, double[][] columns) {
        this.steps = steps;
        this.columns = columns;
    }

    /**
     * Reads a thermo log.
     *
     * @throws InvalidInputException if the file is missing or not an ionmat thermo log
     */
    public static ThermoTable read(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(path.toString(), -1, null, "no such file");
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + path + ": " + e.getMessage(), e);
        }
        int end = text.lastIndexOf('\n');
        String[] lines = end < 0 ? new String[0] : text.substring(0, end).split("\n", -1);
        if (lines.length == 0 || !lines[0].trim().equals(ThermoLog.HEADER)) {
            throw new InvalidInputException(path.toString(), 1, null, "not an ionmat thermo log (header must be "
                    + ThermoLog.HEADER + ")");
        }
        int rows = lines.length - 1;
        long[] steps = new long[rows];
        double[][] cols = new double[8][rows];
        for (int r = 0; r < rows; r++) {
            String[] f = lines[r + 1].split(",", -1);
            if (f.length != 9) {
                throw new InvalidInputException(path.toString(), r + 2, null, "expected 9 columns, got " + f.length);
            }
            try {
                steps[r] = Long.parseLong(f[0].trim());
                for (int c = 0; c < 8; c++) {
                    cols[c][r] = Double.parseDouble(f[c + 1].trim());
                }
            } catch (NumberFormatException e) {
                throw new InvalidInputException(path.toString(), r + 2, null, "not a number: " + e.getMessage());
            }
        }
        return new ThermoTable(steps, cols);
    }

    /** Number of rows. */
    public int size() {
        return steps.length;
    }

    /** MD steps. */
    public long[] steps() {
        return steps.clone();
    }

    /** Times, ps. */
    public double[] timePs() {
        return columns[0].clone();
    }

    /** Temperatures, K. */
    public double[] temperatureK() {
        return columns[1].clone();
    }

    /** Potential energies, eV. */
    public double[] potentialEnergy() {
        return columns[2].clone();
    }

    /** Kinetic energies, eV. */
    public double[] kineticEnergy() {
        return columns[3].clone();
    }

    /** Total energies, eV. */
    public double[] totalEnergy() {
        return columns[4].clone();
    }

    /** Pressures (with kinetic term), GPa. */
    public double[] pressureGPa() {
        return columns[5].clone();
    }

    /** Conserved quantities of the ensemble, eV (NaN where none is defined). */
    public double[] conserved() {
        return columns[6].clone();
    }

    /** Cell volumes, Å^3. */
    public double[] volume() {
        return columns[7].clone();
    }

    /** A column by its header name (see {@link ThermoLog#HEADER}). */
    public double[] column(String name) {
        List<String> names = ThermoLog.columns();
        int c = names.indexOf(name);
        if (c < 0) {
            throw new IllegalArgumentException("no column " + name + "; columns are " + names);
        }
        if (c == 0) {
            return Arrays.stream(steps).asDoubleStream().toArray();
        }
        return columns[c - 1].clone();
    }
}
