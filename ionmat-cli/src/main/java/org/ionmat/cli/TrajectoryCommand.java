package org.ionmat.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Species;
import org.ionmat.core.io.ExtXyzWriter;
import org.ionmat.core.io.Frame;
import org.ionmat.core.io.StructureFiles;
import org.ionmat.core.io.StructureFormat;
import org.ionmat.core.io.Trajectory;
import org.ionmat.simulate.md.Durations;
import org.ionmat.core.io.AtomicFiles;
import org.ionmat.simulate.trajectory.FrameData;
import org.ionmat.simulate.trajectory.RunDirectory;
import org.ionmat.simulate.trajectory.TrajectoryReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ionmat trajectory RUN|FILE.imtraj [-o OUT]}: what a binary MD trajectory holds, and export to text formats. */
@Command(name = "trajectory", mixinStandardHelpOptions = true,
        description = {"Summary of an ionmat binary trajectory (a run directory such as run/T800K or a .imtraj file); "
                + "with -o, export frames to extended XYZ (streamed), XDATCAR or LAMMPS dump."})
final class TrajectoryCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "RUN", description = "Run directory (one temperature) or .imtraj file.")
    Path source;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Export to this file (format from the name: .extxyz/.xyz, XDATCAR, .dump; .gz compresses).")
    Path out;

    @Option(names = "--to-format", paramLabel = "FORMAT", description = "Export format instead of the one of the name.")
    StructureFormat format;

    @Option(names = "--every", defaultValue = "1", description = "Export every K-th frame (default ${DEFAULT-VALUE}).")
    long every;

    @Option(names = "--from", paramLabel = "TIME", description = "Export frames from this time on, e.g. 10ps.")
    String from;

    @Option(names = "--until", paramLabel = "TIME", description = "Export frames up to this time, e.g. 50ps.")
    String until;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path file = Files.isDirectory(source) ? source.resolve(RunDirectory.TRAJECTORY) : source;
        if (every < 1) {
            throw new InvalidInputException("--every must be >= 1, got " + every);
        }
        Map<String, Object> report = Json.object();
        try (TrajectoryReader r = TrajectoryReader.open(file)) {
            long n = r.numFrames();
            report.put("file", file.toString());
            report.put("natoms", r.numAtoms());
            Map<String, Object> counts = new LinkedHashMap<>();
            for (Species s : r.species()) {
                counts.merge(s.toString(), 1, (a, b) -> (Integer) a + (Integer) b);
            }
            report.put("species_counts", counts);
            report.put("frames", n);
            report.put("timestep_ps", r.timestepPs());
            report.put("frame_interval_ps", r.frameIntervalPs());
            report.put("first_time_ps", n > 0 ? r.timePs(0) : null);
            report.put("last_time_ps", n > 0 ? r.timePs(n - 1) : null);
            report.put("velocities", r.header().velocities());
            report.put("variable_cell", r.header().variableCell());
            report.put("precision", r.header().singlePrecision() ? "single" : "double");
            if (out != null) {
                double t0 = from == null ? Double.NEGATIVE_INFINITY : Durations.parsePs(from, "--from");
                double t1 = until == null ? Double.POSITIVE_INFINITY : Durations.parsePs(until, "--until");
                long first = 0;
                while (first < n && r.timePs(first) < t0 - 1e-9) {
                    first++;
                }
                long last = n;
                while (last > first && r.timePs(last - 1) > t1 + 1e-9) {
                    last--;
                }
                if (first >= last) {
                    throw new InvalidInputException("no frames in the requested time range");
                }
                StructureFormat f = format != null ? format : StructureFormat.fromFileName(out.toString())
                        .orElseThrow(() -> new InvalidInputException(out.toString(), -1, null,
                                "cannot tell the output format from the file name; use --to-format"));
                if (!f.multiFrame()) {
                    throw new InvalidInputException(out.toString(), -1, null, f.id() + " holds one structure; export to "
                            + "extxyz, xdatcar or lammps-dump");
                }
                long written = f == StructureFormat.EXTXYZ ? streamExtXyz(r, first, last) : inMemory(r, first, last, f);
                report.put("output", out.toString());
                report.put("format", f.id());
                report.put("frames_written", written);
            }
        }
        PrintWriter pw = spec.commandLine().getOut();
        if (common.json()) {
            Json.print(pw, report);
        } else {
            pw.printf(Locale.ROOT, "%s: %d atoms %s, %d frames every %s (time step %s), %s to %s%s%s%n", report.get("file"),
                    (Integer) report.get("natoms"), report.get("species_counts"), (Long) report.get("frames"),
                    Durations.format((Double) report.get("frame_interval_ps")), Durations.format((Double) report.get("timestep_ps")),
                    report.get("first_time_ps") == null ? "-" : Durations.format((Double) report.get("first_time_ps")),
                    report.get("last_time_ps") == null ? "-" : Durations.format((Double) report.get("last_time_ps")),
                    Boolean.TRUE.equals(report.get("velocities")) ? ", velocities" : "",
                    Boolean.TRUE.equals(report.get("variable_cell")) ? ", variable cell" : "");
            if (out != null) {
                pw.printf(Locale.ROOT, "wrote %s (%s, %d frames)%n", out, report.get("format"), (Long) report.get("frames_written"));
            }
            pw.flush();
        }
        return Main.OK;
    }

    private long inMemory(TrajectoryReader r, long first, long last, StructureFormat f) {
        Trajectory t = r.read(first, last, every);
        StructureFiles.writeTrajectory(out, t, f);
        return t.numFrames();
    }

    /** Writes extended XYZ frame by frame to a temporary file, then moves it into place. */
    private long streamExtXyz(TrajectoryReader r, long first, long last) {
        long[] count = {0};
        boolean gz = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        List<Species> species = r.species();
        FrameData f = r.newFrame();
        StringBuilder sb = new StringBuilder();
        AtomicFiles.write(out, os -> {
            OutputStream zs = gz ? new GZIPOutputStream(os, 1 << 16) : os;
            Writer w = new OutputStreamWriter(zs, StandardCharsets.UTF_8);
            for (long k = first; k < last; k += every) {
                r.readFrame(k, f);
                Trajectory one = Trajectory.builder(species).addFrame(f.lattice(), f.positionsView(),
                        f.velocitiesView(), null, TrajectoryReader.info(f)).build();
                sb.setLength(0);
                ExtXyzWriter.write(new Frame(one.structure(0), one.info(0)), sb);
                w.append(sb);
                count[0]++;
            }
            w.flush();
            if (zs instanceof GZIPOutputStream g) {
                g.finish();
            }
        });
        return count[0];
    }
}
