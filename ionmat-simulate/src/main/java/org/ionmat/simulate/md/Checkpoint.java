package org.ionmat.simulate.md;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.io.AtomicFiles;

/**
 * Everything an MD run needs to continue bitwise identically: the dynamical state (with the forces,
 * energy and virial of the last force call, so that no force call is repeated), the phase and step,
 * the integrator's variables, the random generator and the driver's running sums. Stored as a
 * little-endian binary file ({@code checkpoint.imchk}, magic {@code IMCHKPT\n}, version 1) written
 * atomically.
 *
 * @param phase            0 equilibration, 1 production
 * @param step             last completed step of the phase
 * @param typeSpecies      species of the atom types
 * @param types            type of each atom
 * @param lattice          cell, row-major, Å
 * @param positions        unwrapped positions, Å
 * @param velocities       velocities, Å/ps
 * @param forces           forces, eV/Å
 * @param energy           potential energy, eV
 * @param virial           virial, eV
 * @param integrator       integrator name
 * @param integratorState  its variables
 * @param rng              random generator state
 * @param driverState      driver sums (mean equilibration cell, observed minimum distance, ...)
 */
public record Checkpoint(int phase, long step, List<String> typeSpecies, int[] types, double[] lattice,
                         double[] positions, double[] velocities, double[] forces, double energy, double[] virial,
                         String integrator, double[] integratorState, long[] rng, double[] driverState) {

    private static final byte[] MAGIC = "IMCHKPT\n".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;

    /** Writes the checkpoint atomically (temporary file and move). */
    public void write(Path path) {
        int n3 = positions.length;
        int size = 8 + 4 + 4 + 8 + 4 + strings(typeSpecies) + 4 + 4 * types.length + 72 + 3 * 8 * n3 + 8 + 72
                + 4 + integrator.getBytes(StandardCharsets.UTF_8).length + 4 + 8 * integratorState.length
                + 4 + 8 * rng.length + 4 + 8 * driverState.length;
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).putInt(VERSION).putInt(phase).putLong(step);
        b.putInt(typeSpecies.size());
        for (String s : typeSpecies) {
            putString(b, s);
        }
        b.putInt(types.length);
        for (int t : types) {
            b.putInt(t);
        }
        putDoubles(b, lattice);
        putDoubles(b, positions);
        putDoubles(b, velocities);
        putDoubles(b, forces);
        b.putDouble(energy);
        putDoubles(b, virial);
        putString(b, integrator);
        b.putInt(integratorState.length);
        putDoubles(b, integratorState);
        b.putInt(rng.length);
        for (long r : rng) {
            b.putLong(r);
        }
        b.putInt(driverState.length);
        putDoubles(b, driverState);
        AtomicFiles.write(path, out -> out.write(b.array()));
    }

    /**
     * Reads a checkpoint.
     *
     * @throws InvalidInputException if the file is missing or not a valid checkpoint
     */
    public static Checkpoint read(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(path.toString(), -1, null, "no checkpoint to resume from");
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + path + ": " + e.getMessage(), e);
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        try {
            byte[] magic = new byte[8];
            b.get(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new InvalidInputException(path.toString(), -1, null, "not an ionmat checkpoint");
            }
            int version = b.getInt();
            if (version != VERSION) {
                throw new InvalidInputException(path.toString(), -1, null, "checkpoint version " + version + " is not supported");
            }
            int phase = b.getInt();
            long step = b.getLong();
            int k = b.getInt();
            String[] species = new String[k];
            for (int t = 0; t < k; t++) {
                species[t] = getString(b);
            }
            int n = b.getInt();
            int[] types = new int[n];
            for (int i = 0; i < n; i++) {
                types[i] = b.getInt();
            }
            double[] lattice = getDoubles(b, 9);
            double[] x = getDoubles(b, 3 * n);
            double[] v = getDoubles(b, 3 * n);
            double[] f = getDoubles(b, 3 * n);
            double energy = b.getDouble();
            double[] virial = getDoubles(b, 9);
            String integ = getString(b);
            double[] is = getDoubles(b, b.getInt());
            long[] rng = new long[b.getInt()];
            for (int i = 0; i < rng.length; i++) {
                rng[i] = b.getLong();
            }
            double[] ds = getDoubles(b, b.getInt());
            return new Checkpoint(phase, step, List.of(species), types, lattice, x, v, f, energy, virial, integ, is, rng, ds);
        } catch (java.nio.BufferUnderflowException | IllegalArgumentException | NegativeArraySizeException e) {
            throw new InvalidInputException(path.toString(), -1, null, "corrupt or truncated checkpoint");
        }
    }

    private static int strings(List<String> list) {
        int s = 0;
        for (String x : list) {
            s += 4 + x.getBytes(StandardCharsets.UTF_8).length;
        }
        return s;
    }

    private static void putString(ByteBuffer b, String s) {
        byte[] a = s.getBytes(StandardCharsets.UTF_8);
        b.putInt(a.length).put(a);
    }

    private static String getString(ByteBuffer b) {
        int len = b.getInt();
        byte[] a = new byte[len];
        b.get(a);
        return new String(a, StandardCharsets.UTF_8);
    }

    private static void putDoubles(ByteBuffer b, double[] a) {
        for (double v : a) {
            b.putDouble(v);
        }
    }

    private static double[] getDoubles(ByteBuffer b, int n) {
        if (n < 0 || 8L * n > b.remaining()) {
            throw new IllegalArgumentException("bad length");
        }
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = b.getDouble();
        }
        return a;
    }
}
