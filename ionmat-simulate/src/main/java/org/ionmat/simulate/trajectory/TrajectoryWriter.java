package org.ionmat.simulate.trajectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.ionmat.core.InvalidInputException;

/**
 * Appends frames to a binary trajectory ({@link TrajectoryFormat}). Each frame is encoded into one
 * reused buffer and written with a single channel write, so writing allocates nothing and a run
 * stopped at any moment leaves a file whose complete frames are all readable.
 *
 * <p>Not thread-safe; one writer per file.
 */
public final class TrajectoryWriter implements AutoCloseable {

    private final Path path;
    private final TrajectoryHeader header;
    private final FileChannel channel;
    private final ByteBuffer frame;
    private final int n3;
    private long frames;

    private TrajectoryWriter(Path path, TrajectoryHeader header, FileChannel channel, long frames) {
        this.path = path;
        this.header = header;
        this.channel = channel;
        long size = header.frameSize();
        if (size > Integer.MAX_VALUE - 8) {
            throw new InvalidInputException("too many atoms for one trajectory frame: " + header.numAtoms());
        }
        this.frame = ByteBuffer.allocateDirect((int) size).order(ByteOrder.LITTLE_ENDIAN);
        this.n3 = 3 * header.numAtoms();
        this.frames = frames;
    }

    /** Creates (or replaces) a trajectory file with the given header and no frames. */
    public static TrajectoryWriter create(Path path, TrajectoryHeader header) {
        try {
            FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            ch.write(ByteBuffer.wrap(header.encode()));
            return new TrajectoryWriter(path, header, ch, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("creating " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing trajectory to continue it after MD step {@code lastStep}: frames with a larger
     * step (written after the checkpoint being resumed) and any partial frame are cut off.
     *
     * @throws InvalidInputException if the file's header differs from {@code expected}
     */
    public static TrajectoryWriter resume(Path path, TrajectoryHeader expected, long lastStep) {
        long keep;
        try (TrajectoryReader r = TrajectoryReader.open(path)) {
            if (!r.header().equals(expected)) {
                throw new InvalidInputException(path.toString(), -1, null,
                        "the trajectory does not belong to this run (header " + r.header() + ", expected " + expected + ")");
            }
            keep = r.numFrames();
            while (keep > 0 && r.step(keep - 1) > lastStep) {
                keep--;
            }
        }
        try {
            FileChannel ch = FileChannel.open(path, StandardOpenOption.WRITE);
            long size = expected.encode().length + keep * expected.frameSize();
            ch.truncate(size);
            ch.position(size);
            return new TrajectoryWriter(path, expected, ch, keep);
        } catch (IOException e) {
            throw new UncheckedIOException("opening " + path + ": " + e.getMessage(), e);
        }
    }

    /** The header. */
    public TrajectoryHeader header() {
        return header;
    }

    /** The file. */
    public Path path() {
        return path;
    }

    /** Frames in the file. */
    public long numFrames() {
        return frames;
    }

    /**
     * Appends a frame.
     *
     * @param step       MD step
     * @param timePs     time, ps
     * @param energy     potential energy, eV (NaN if unknown)
     * @param lattice    row-major lattice (Å, 9 numbers); required for a variable cell, else ignored
     * @param positions  Cartesian unwrapped positions, Å, 3 per atom
     * @param velocities velocities, Å/ps, 3 per atom; required when the header has velocities, else ignored
     */
    public void write(long step, double timePs, double energy, double[] lattice, double[] positions, double[] velocities) {
        if (positions.length != n3) {
            throw new IllegalArgumentException("need " + n3 + " coordinates, got " + positions.length);
        }
        ByteBuffer b = frame;
        b.clear();
        b.put(TrajectoryFormat.FRAME_MARKER);
        b.putInt(0);
        b.putLong(step);
        b.putDouble(timePs);
        b.putDouble(energy);
        if (header.variableCell()) {
            for (int k = 0; k < 9; k++) {
                b.putDouble(lattice[k]);
            }
        }
        putAll(b, positions);
        if (header.velocities()) {
            if (velocities == null || velocities.length != n3) {
                throw new IllegalArgumentException("the trajectory stores velocities: need " + n3 + " numbers");
            }
            putAll(b, velocities);
        }
        b.flip();
        try {
            while (b.hasRemaining()) {
                channel.write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + path + ": " + e.getMessage(), e);
        }
        frames++;
    }

    private void putAll(ByteBuffer b, double[] a) {
        if (header.singlePrecision()) {
            for (int k = 0; k < n3; k++) {
                b.putFloat((float) a[k]);
            }
        } else {
            for (int k = 0; k < n3; k++) {
                b.putDouble(a[k]);
            }
        }
    }

    /** Forces written frames to the storage device. */
    public void sync() {
        try {
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("syncing " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing " + path + ": " + e.getMessage(), e);
        }
    }
}
