package org.ionmat.cli.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ionmat.analysis.diffusion.Msd;
import org.ionmat.analysis.diffusion.MsdCalculator;
import org.ionmat.analysis.diffusion.MsdOptions;
import org.ionmat.analysis.trajectory.AtomGroup;
import org.ionmat.analysis.trajectory.FrameSource;
import org.ionmat.analysis.trajectory.UnwrapMode;
import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.io.FrameInfo;
import org.ionmat.core.io.Trajectory;
import org.ionmat.core.structure.Lattice;

/** Time-origin MSD of a long trajectory read from raw little-endian doubles (frames × atoms × 3). */
public final class MsdBench {

    private MsdBench() {
    }

    /** Timings (s) per thread count and the MSD at lags 1 and frames/2. */
    public record Result(int frames, int atoms, List<int[]> threads, List<double[]> seconds, double msd1, double msdHalf) {
    }

    /** Reads the positions as an in-memory trajectory (unwrapped: a large fixed cell). */
    public static Trajectory read(Path file, int frames, int atoms) {
        long bytes = 8L * frames * atoms * 3;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            if (ch.size() != bytes) {
                throw new InvalidInputException(file + ": " + ch.size() + " bytes, expected " + bytes + " for "
                        + frames + " frames of " + atoms + " atoms");
            }
            List<Species> sp = new ArrayList<>();
            for (int i = 0; i < atoms; i++) {
                sp.add(Species.of(Element.of("Li")));
            }
            Trajectory.Builder b = Trajectory.builder(sp);
            Lattice cell = Lattice.cubic(1000);
            ByteBuffer buf = ByteBuffer.allocate(8 * 3 * atoms).order(ByteOrder.LITTLE_ENDIAN);
            double[] x = new double[3 * atoms];
            for (int t = 0; t < frames; t++) {
                buf.clear();
                while (buf.hasRemaining()) {
                    if (ch.read(buf) < 0) {
                        throw new InvalidInputException(file + ": truncated");
                    }
                }
                buf.flip();
                buf.asDoubleBuffer().get(x);
                b.addFrame(cell, x, null, null, FrameInfo.EMPTY);
            }
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the MSD {@code repeat} times with 1 and with all threads. */
    public static Result run(Path file, int frames, int atoms, int repeat) {
        FrameSource src = FrameSource.of(read(file, frames, atoms));
        AtomGroup all = AtomGroup.all(src);
        List<int[]> th = new ArrayList<>();
        List<double[]> secs = new ArrayList<>();
        Msd last = null;
        int cores = Runtime.getRuntime().availableProcessors();
        for (int threads : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
            double[] s = new double[repeat];
            for (int r = 0; r < repeat; r++) {
                long t0 = System.nanoTime();
                last = MsdCalculator.compute(src, all, 1.0,
                        MsdOptions.DEFAULT.withUnwrap(UnwrapMode.NEVER).withThreads(threads));
                s[r] = (System.nanoTime() - t0) / 1e9;
            }
            Arrays.sort(s);
            th.add(new int[] {threads});
            secs.add(s);
        }
        return new Result(frames, atoms, th, secs, last.total()[1], last.total()[frames / 2]);
    }
}
