package org.ionmat.simulate.trajectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.ionmat.core.InvalidInputException;

/**
 * One MD run directory: the outputs of one temperature, under a run folder that holds one such
 * directory per temperature ({@code run/T600K/}, {@code run/T800K/}, ...). Layout (see
 * {@code docs/run-directory.md}):
 * <pre>
 * run/                      the -o folder of one 'ionmat md' call
 *   run.json                the call: command, temperatures, jobs and their status
 *   T800K/
 *     metadata.json         {@link RunMetadata}
 *     thermo.csv            {@link ThermoLog} of the production run
 *     equilibration.csv     {@link ThermoLog} of the equilibration (if any)
 *     trajectory.imtraj     binary trajectory of the production run ({@link TrajectoryFormat})
 *     checkpoint.imchk      latest checkpoint (restart)
 *     final.extxyz          the last state (positions unwrapped, velocities)
 * </pre>
 */
public final class RunDirectory {

    /** Metadata file name. */
    public static final String METADATA = "metadata.json";
    /** Production thermo log file name. */
    public static final String THERMO = "thermo.csv";
    /** Equilibration thermo log file name. */
    public static final String EQUILIBRATION_THERMO = "equilibration.csv";
    /** Trajectory file name. */
    public static final String TRAJECTORY = "trajectory" + TrajectoryFormat.EXTENSION;
    /** Checkpoint file name. */
    public static final String CHECKPOINT = "checkpoint.imchk";
    /** Final state file name. */
    public static final String FINAL_STRUCTURE = "final.extxyz";
    /** Summary of a whole call, in the run folder. */
    public static final String RUN_SUMMARY = "run.json";

    private final Path path;
    private final RunMetadata metadata;

    private RunDirectory(Path path, RunMetadata metadata) {
        this.path = path;
        this.metadata = metadata;
    }

    /**
     * Opens one temperature's run directory.
     *
     * @throws InvalidInputException if it has no readable {@value #METADATA}
     */
    public static RunDirectory open(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(dir.toString(), -1, null, "not a directory");
        }
        Path meta = dir.resolve(METADATA);
        if (!Files.exists(meta)) {
            throw new InvalidInputException(dir.toString(), -1, null, "not an ionmat MD run directory (no " + METADATA + ")");
        }
        return new RunDirectory(dir, RunMetadata.read(meta));
    }

    /**
     * The run directories under {@code path}, sorted by temperature: the directory itself if it is
     * one, else its sub-directories that hold a {@value #METADATA}.
     *
     * @throws InvalidInputException if there are none
     */
    public static List<RunDirectory> list(Path path) {
        if (Files.exists(path.resolve(METADATA))) {
            return List.of(open(path));
        }
        if (!Files.isDirectory(path)) {
            throw new InvalidInputException(path.toString(), -1, null, "not a directory");
        }
        List<RunDirectory> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(path)) {
            for (Path p : s.sorted().toList()) {
                if (Files.isDirectory(p) && Files.exists(p.resolve(METADATA))) {
                    out.add(open(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + path + ": " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new InvalidInputException(path.toString(), -1, null, "no MD run directories (with " + METADATA + ") here");
        }
        out.sort(Comparator.comparingDouble(RunDirectory::temperatureK));
        return out;
    }

    /** Directory name of a temperature: {@code T800K}, {@code T812.5K}. */
    public static String nameFor(double temperatureK) {
        String t = String.format(Locale.ROOT, "%.3f", temperatureK).replaceAll("0+$", "").replaceAll("\\.$", "");
        return "T" + t + "K";
    }

    /** The directory. */
    public Path path() {
        return path;
    }

    /** The metadata as read when opened. */
    public RunMetadata metadata() {
        return metadata;
    }

    /** Target temperature, K. */
    public double temperatureK() {
        return metadata.temperatureK();
    }

    /** Path of a file of this run. */
    public Path file(String name) {
        return path.resolve(name);
    }

    /** True if the run has written a trajectory. */
    public boolean hasTrajectory() {
        return Files.exists(file(TRAJECTORY));
    }

    /** Opens the production trajectory (close it after use). */
    public TrajectoryReader openTrajectory() {
        return TrajectoryReader.open(file(TRAJECTORY));
    }

    /** The production thermo log. */
    public ThermoTable thermo() {
        return ThermoTable.read(file(THERMO));
    }

    @Override
    public String toString() {
        return "RunDirectory(" + path + ", " + temperatureK() + " K, " + metadata.status() + ")";
    }
}
