package org.ionmat.simulate.trajectory;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.ionmat.core.InvalidInputException;

/**
 * Writes the thermo log of an MD run: a CSV file with the header
 * {@value #HEADER} (step, time ps, temperature K, potential, kinetic and total energy eV, pressure
 * GPa including the kinetic term, the ensemble's conserved quantity eV (NaN where none is defined),
 * cell volume Å^3). Numbers are written in shortest round-trip form, so that drifts can be
 * measured from the file exactly. Read it back with {@link ThermoTable}.
 */
public final class ThermoLog implements AutoCloseable {

    /** The header line. */
    public static final String HEADER = "step,time_ps,T_K,E_pot_eV,E_kin_eV,E_tot_eV,P_GPa,conserved_eV,volume_A3";

    private final Path path;
    private final FileChannel channel;
    private final BufferedWriter out;
    private final StringBuilder line = new StringBuilder(256);

    private ThermoLog(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
        this.out = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8),
                1 << 16);
    }

    /** Creates (or replaces) a thermo log with only the header. */
    public static ThermoLog create(Path path) {
        try {
            FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            ThermoLog log = new ThermoLog(path, ch);
            log.out.write(HEADER);
            log.out.write('\n');
            return log;
        } catch (IOException e) {
            throw new UncheckedIOException("creating " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing log to continue after MD step {@code lastStep}: rows of later steps and an
     * incomplete last row are cut off.
     */
    public static ThermoLog resume(Path path, long lastStep) {
        try {
            if (!Files.exists(path)) {
                return create(path);
            }
            byte[] bytes = Files.readAllBytes(path);
            long keep = 0;
            int start = 0;
            boolean header = true;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    if (header) {
                        String h = new String(bytes, 0, i, StandardCharsets.UTF_8).trim();
                        if (!h.equals(HEADER)) {
                            throw new InvalidInputException(path.toString(), 1, null, "not an ionmat thermo log");
                        }
                        header = false;
                        keep = i + 1;
                    } else {
                        int comma = indexOf(bytes, start, i, (byte) ',');
                        long step = Long.parseLong(new String(bytes, start, comma - start, StandardCharsets.US_ASCII));
                        if (step > lastStep) {
                            break;
                        }
                        keep = i + 1;
                    }
                    start = i + 1;
                }
            }
            FileChannel ch = FileChannel.open(path, StandardOpenOption.WRITE);
            ch.truncate(keep);
            ch.position(keep);
            ThermoLog log = new ThermoLog(path, ch);
            if (keep == 0) {
                log.out.write(HEADER);
                log.out.write('\n');
            }
            return log;
        } catch (IOException e) {
            throw new UncheckedIOException("opening " + path + ": " + e.getMessage(), e);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(path.toString(), -1, null, "corrupt thermo log: " + e.getMessage());
        }
    }

    private static int indexOf(byte[] b, int from, int to, byte c) {
        for (int i = from; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return to;
    }

    /** Appends one row (see the class comment for units). */
    public void write(long step, double timePs, double temperatureK, double potentialEnergy, double kineticEnergy,
                      double pressureGPa, double conserved, double volume) {
        StringBuilder sb = line;
        sb.setLength(0);
        sb.append(step).append(',').append(timePs).append(',').append(temperatureK).append(',')
                .append(potentialEnergy).append(',').append(kineticEnergy).append(',')
                .append(potentialEnergy + kineticEnergy).append(',').append(pressureGPa).append(',')
                .append(conserved).append(',').append(volume).append('\n');
        try {
            out.append(sb);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + path + ": " + e.getMessage(), e);
        }
    }

    /** Writes buffered rows to the file (and to the device with {@code sync}). */
    public void flush(boolean sync) {
        try {
            out.flush();
            if (sync) {
                channel.force(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing " + path + ": " + e.getMessage(), e);
        }
    }

    /** The column names, in order. */
    public static List<String> columns() {
        return List.of(HEADER.split(","));
    }
}
