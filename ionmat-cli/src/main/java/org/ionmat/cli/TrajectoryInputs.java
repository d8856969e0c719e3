package org.ionmat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ionmat.analysis.trajectory.FrameSource;
import org.ionmat.analysis.trajectory.RunFrameSource;
import org.ionmat.core.InvalidInputException;
import org.ionmat.core.io.StructureFiles;
import org.ionmat.simulate.md.Durations;
import org.ionmat.simulate.trajectory.RunDirectory;
import org.ionmat.simulate.trajectory.RunMetadata;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The trajectories an analysis command reads: MD run directories of {@code ionmat md} (temperature
 * and frame interval from their metadata) and trajectories of other codes (XDATCAR, extXYZ, LAMMPS
 * dump), each given as {@code --temperature K FILE}, with {@code --dt} the time between their frames.
 */
final class TrajectoryInputs {

    @Parameters(paramLabel = "RUN", arity = "0..*",
            description = "MD run directories of 'ionmat md' (a folder of T*K directories or one of them).")
    List<Path> runs = new ArrayList<>();

    @Option(names = "--temperature", arity = "2", paramLabel = "K FILE",
            description = "A trajectory of another code (XDATCAR, extXYZ, LAMMPS dump) and its temperature in K; "
                    + "repeat for several, e.g. --temperature 600 a.dump --temperature 800 b.dump.")
    List<String> foreign = new ArrayList<>();

    @Option(names = "--dt", paramLabel = "DURATION",
            description = "Time between frames of --temperature trajectories, with a unit: 1fs, 0.1ps, 2ns.")
    String dt;

    @Mixin
    InputOptions input;

    /** One trajectory to analyse; close it after use. */
    record Input(String label, double temperatureK, double dtPs, FrameSource source, List<String> notes)
            implements AutoCloseable {
        @Override
        public void close() {
            if (source instanceof RunFrameSource r) {
                r.close();
            }
        }
    }

    /** Lazily opened inputs, sorted by temperature. */
    interface Opener {
        Input open();

        double temperatureK();
    }

    /**
     * The inputs (not yet opened: trajectories are read one at a time).
     *
     * @throws InvalidInputException if there are none or an argument is malformed
     */
    List<Opener> openers() {
        List<Opener> out = new ArrayList<>();
        for (Path p : runs) {
            if (Files.isRegularFile(p)) {
                throw new InvalidInputException(p + ": a trajectory file needs its temperature: --temperature K " + p);
            }
            if (!Files.exists(p)) {
                throw new InvalidInputException(p + ": no such run directory");
            }
            for (RunDirectory d : RunDirectory.list(p)) {
                out.add(runOpener(d));
            }
        }
        if (foreign.size() % 2 != 0) {
            throw new InvalidInputException("--temperature needs a temperature and a file");
        }
        Double dtPs = null;
        for (int i = 0; i < foreign.size(); i += 2) {
            double t = temperature(foreign.get(i));
            Path file = Path.of(foreign.get(i + 1));
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException(file + ": no such trajectory file (after --temperature " + foreign.get(i) + ")");
            }
            if (dtPs == null) {
                if (dt == null) {
                    throw new InvalidInputException("--dt is needed for trajectories of other codes (time between frames, e.g. --dt 10fs)");
                }
                dtPs = Durations.parsePs(dt, "--dt");
                if (!(dtPs > 0)) {
                    throw new InvalidInputException("--dt must be positive, got " + dt);
                }
            }
            double dtf = dtPs;
            out.add(new Opener() {
                @Override
                public Input open() {
                    return new Input(file.toString(), t, dtf, FrameSource.of(StructureFiles.readTrajectory(file,
                            input.format, input.readOptions())), List.of());
                }

                @Override
                public double temperatureK() {
                    return t;
                }
            });
        }
        if (out.isEmpty()) {
            throw new InvalidInputException("no trajectories: give MD run directories or --temperature K FILE");
        }
        out.sort(java.util.Comparator.comparingDouble(Opener::temperatureK));
        return out;
    }

    private static Opener runOpener(RunDirectory d) {
        return new Opener() {
            @Override
            public Input open() {
                if (!d.hasTrajectory()) {
                    throw new InvalidInputException(d.path() + ": the run has no trajectory file");
                }
                RunFrameSource src = RunFrameSource.open(d.file(RunDirectory.TRAJECTORY));
                List<String> notes = new ArrayList<>();
                String status = d.metadata().status();
                if (!RunMetadata.COMPLETED.equals(status)) {
                    notes.add(String.format(Locale.ROOT, "%s: run status is '%s'%s; analysing its %d frames", d.path(),
                            status, d.metadata().message() == null ? "" : " (" + d.metadata().message() + ")",
                            src.numFrames()));
                }
                return new Input(d.path().toString(), d.temperatureK(), src.frameIntervalPs(), src, notes);
            }

            @Override
            public double temperatureK() {
                return d.temperatureK();
            }
        };
    }

    private static double temperature(String s) {
        try {
            double t = Double.parseDouble(s.trim().replaceAll("(?i)k$", ""));
            if (t > 0 && Double.isFinite(t)) {
                return t;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new InvalidInputException(null, -1, s, "--temperature: '" + s + "' is not a positive temperature in K");
    }
}
