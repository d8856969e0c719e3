package org.ionmat.simulate.trajectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Species;
import org.ionmat.core.io.FrameInfo;
import org.ionmat.core.io.Trajectory;
import org.ionmat.core.structure.Lattice;

/**
 * Reads a binary trajectory ({@link TrajectoryFormat}): random access to any frame, streaming frame
 * by frame into reused arrays ({@link #readFrame(long, FrameData)}) for files larger than memory,
 * or a whole range as an {@link org.ionmat.core.io.Trajectory}.
 *
 * <pre>{@code
 * try (TrajectoryReader r = TrajectoryReader.open(Path.of("run/T800K/trajectory.imtraj"))) {
 *     FrameData f = r.newFrame();
 *     for (long k = 0; k < r.numFrames(); k++) {
 *         r.readFrame(k, f);
 *         double[] x = f.positionsView(); // unwrapped, Å
 *     }
 * }
 * }</pre>
 *
 * <p>The frame count is fixed when the file is opened; a trailing partial frame (a run stopped in
 * the middle of a write) is not counted. Not thread-safe: use one reader per thread.
 */
public final class TrajectoryReader implements AutoCloseable {

    private final Path path;
    private final FileChannel channel;
    private final TrajectoryHeader header;
    private final long headerSize;
    private final long frameSize;
    private final long frames;
    private final ByteBuffer buffer;
    private final ByteBuffer small = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
    private final double[] fixedLattice;

    private TrajectoryReader(Path path, FileChannel channel, TrajectoryHeader header, long headerSize, long fileSize) {
        this.path = path;
        this.channel = channel;
        this.header = header;
        this.headerSize = headerSize;
        this.frameSize = header.frameSize();
        this.frames = (fileSize - headerSize) / frameSize;
        if (frameSize > Integer.MAX_VALUE - 8) {
            throw new InvalidInputException(path.toString(), -1, null, "trajectory frames are too large to read");
        }
        this.buffer = ByteBuffer.allocateDirect((int) frameSize).order(ByteOrder.LITTLE_ENDIAN);
        this.fixedLattice = header.lattice().rowMajor();
    }

    /**
     * Opens a trajectory file.
     *
     * @throws InvalidInputException if the file is missing, unreadable or not an ionmat trajectory
     */
    public static TrajectoryReader open(Path path) {
        FileChannel ch;
        try {
            ch = FileChannel.open(path, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(path.toString(), -1, null, "no such file");
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(path.toString(), -1, null, "permission denied");
        } catch (IOException e) {
            throw new InvalidInputException(path.toString(), -1, null, "cannot open: " + e.getMessage());
        }
        try {
            long size = ch.size();
            ByteBuffer fixed = ByteBuffer.allocate((int) Math.min(size, TrajectoryFormat.FIXED_HEADER_BYTES))
                    .order(ByteOrder.LITTLE_ENDIAN);
            readFully(ch, fixed, 0);
            if (fixed.capacity() < 16) {
                throw new InvalidInputException(path.toString(), -1, null, "too short for an ionmat trajectory");
            }
            int headerSize = fixed.getInt(12);
            if (!java.util.Arrays.equals(java.util.Arrays.copyOf(fixed.array(), 8), TrajectoryFormat.MAGIC)) {
                throw new InvalidInputException(path.toString(), -1, null, "not an ionmat binary trajectory (wrong magic bytes)");
            }
            if (headerSize < TrajectoryFormat.FIXED_HEADER_BYTES || headerSize > size || headerSize > (1 << 28)) {
                throw new InvalidInputException(path.toString(), -1, null, "corrupt or truncated trajectory header");
            }
            ByteBuffer head = ByteBuffer.allocate(headerSize).order(ByteOrder.LITTLE_ENDIAN);
            readFully(ch, head, 0);
            TrajectoryHeader h = TrajectoryHeader.decode(head, path.toString());
            return new TrajectoryReader(path, ch, h, headerSize, size);
        } catch (IOException e) {
            closeQuietly(ch);
            throw new UncheckedIOException("reading " + path + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(ch);
            throw e;
        }
    }

    private static void closeQuietly(FileChannel ch) {
        try {
            ch.close();
        } catch (IOException ignored) {
            // already failing
        }
    }

    private static void readFully(FileChannel ch, ByteBuffer b, long position) throws IOException {
        b.clear();
        long p = position;
        while (b.hasRemaining()) {
            int r = ch.read(b, p);
            if (r < 0) {
                break;
            }
            p += r;
        }
        b.flip();
    }

    /** The file. */
    public Path path() {
        return path;
    }

    /** The header. */
    public TrajectoryHeader header() {
        return header;
    }

    /** Number of complete frames. */
    public long numFrames() {
        return frames;
    }

    /** Number of atoms. */
    public int numAtoms() {
        return header.numAtoms();
    }

    /** Species of every atom, in order. */
    public List<Species> species() {
        return header.atomSpecies();
    }

    /** MD time step, ps. */
    public double timestepPs() {
        return header.timestepPs();
    }

    /** Time between frames, ps (NaN if the stride is irregular). */
    public double frameIntervalPs() {
        return header.frameIntervalPs();
    }

    /** A frame buffer of the right size for {@link #readFrame}. */
    public FrameData newFrame() {
        return new FrameData(header.numAtoms(), header.velocities());
    }

    /** MD step of frame {@code k}. */
    public long step(long k) {
        return readLong(k, 8);
    }

    /** Time of frame {@code k}, ps. */
    public double timePs(long k) {
        return Double.longBitsToDouble(readLong(k, 16));
    }

    private long readLong(long k, int offset) {
        check(k);
        try {
            readFully(channel, small, headerSize + k * frameSize + offset);
            return small.getLong(0);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + path + ": " + e.getMessage(), e);
        }
    }

    private void check(long k) {
        if (k < 0 || k >= frames) {
            throw new IndexOutOfBoundsException("frame " + k + " of " + frames);
        }
    }

    /**
     * Reads frame {@code k} (0-based) into {@code out}.
     *
     * @throws InvalidInputException if the frame is corrupt (bad marker)
     */
    public FrameData readFrame(long k, FrameData out) {
        check(k);
        int n3 = 3 * header.numAtoms();
        if (out.positions.length != n3 || (out.velocities != null) != header.velocities()) {
            throw new IllegalArgumentException("frame buffer does not match this trajectory; use newFrame()");
        }
        ByteBuffer b = buffer;
        try {
            readFully(channel, b, headerSize + k * frameSize);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + path + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < 4; i++) {
            if (b.get(i) != TrajectoryFormat.FRAME_MARKER[i]) {
                throw new InvalidInputException(path.toString(), -1, null, "frame " + (k + 1) + " is corrupt (bad frame marker)");
            }
        }
        b.position(8);
        out.step = b.getLong();
        out.timePs = b.getDouble();
        out.energy = b.getDouble();
        if (header.variableCell()) {
            for (int i = 0; i < 9; i++) {
                out.lattice[i] = b.getDouble();
            }
        } else {
            System.arraycopy(fixedLattice, 0, out.lattice, 0, 9);
        }
        getAll(b, out.positions);
        if (out.velocities != null) {
            getAll(b, out.velocities);
        }
        return out;
    }

    private void getAll(ByteBuffer b, double[] a) {
        if (header.singlePrecision()) {
            for (int i = 0; i < a.length; i++) {
                a[i] = b.getFloat();
            }
        } else {
            for (int i = 0; i < a.length; i++) {
                a[i] = b.getDouble();
            }
        }
    }

    /** All frames as a trajectory in memory. */
    public Trajectory read() {
        return read(0, frames, 1);
    }

    /**
     * Frames {@code from, from + every, ...} below {@code to} as a trajectory in memory, each with
     * {@link FrameInfo} step, time (ps) and energy (eV).
     */
    public Trajectory read(long from, long to, long every) {
        if (from < 0 || to > frames || from > to || every < 1) {
            throw new IllegalArgumentException("bad frame range " + from + ".." + to + " every " + every + " of " + frames);
        }
        Trajectory.Builder b = Trajectory.builder(header.atomSpecies());
        FrameData f = newFrame();
        Lattice fixed = header.lattice();
        for (long k = from; k < to; k += every) {
            readFrame(k, f);
            b.addFrame(header.variableCell() ? f.lattice() : fixed, f.positions, f.velocities, null, info(f));
        }
        return b.build();
    }

    /** The frame information (step, time, energy) of a frame that was read. */
    public static FrameInfo info(FrameData f) {
        FrameInfo.Builder i = FrameInfo.builder().step(f.step).time(f.timePs);
        if (!Double.isNaN(f.energy)) {
            i.energy(f.energy);
        }
        return i.build();
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
