package org.ionmat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ionmat.core.io.AtomicFiles;
import org.ionmat.core.InvalidInputException;
import org.ionmat.core.io.StructureFiles;
import org.ionmat.core.structure.Structure;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.simulate.md.CalculatorFactory;
import org.ionmat.simulate.md.Durations;
import org.ionmat.simulate.md.Ensemble;
import org.ionmat.simulate.md.EnsembleSettings;
import org.ionmat.simulate.md.MdResult;
import org.ionmat.simulate.md.MdSettings;
import org.ionmat.simulate.md.MolecularDynamics;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ionmat bench md FILE... --potential P}: MD steps per second of the full engine (NVE
 * velocity Verlet with outputs, the collision monitor and checkpoints as in a production run) on
 * the given structures, for the side-by-side comparison with LAMMPS and ASE of
 * {@code scripts/bench/md_peers.sh}. Each structure is run once to warm up the JIT, then timed
 * {@code --repeat} times; the best wall-clock rate is reported with the CPU time of the run's thread.
 */
@Command(name = "md", mixinStandardHelpOptions = true,
        description = "MD steps per second (NVE, full engine with outputs) on structure files; see scripts/bench/md_peers.sh.")
final class MdBenchCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Structure files (one system each).")
    List<Path> files;

    @Option(names = "--potential", required = true, paramLabel = "POT", description = "Potential, as for 'ionmat md'.")
    String potential;

    @Option(names = "--steps", defaultValue = "500", description = "Timed steps per run (default ${DEFAULT-VALUE}).")
    long steps;

    @Option(names = "--warmup", defaultValue = "200", description = "Steps of the warm-up run (default ${DEFAULT-VALUE}).")
    long warmup;

    @Option(names = "--repeat", defaultValue = "2", description = "Timed runs per structure (default ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--dt", defaultValue = "2fs", description = "Time step (default ${DEFAULT-VALUE}).")
    String dt;

    @Option(names = "--T", defaultValue = "60", description = "Initial temperature, K (default ${DEFAULT-VALUE}).")
    double temperature;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (steps < 1 || warmup < 0 || repeat < 1) {
            throw new InvalidInputException("--steps and --repeat must be >= 1, --warmup >= 0");
        }
        double dtPs = Durations.parsePs(dt, "--dt");
        CalculatorFactory factory = PotentialResolver.resolve(potential, Path.of("").toAbsolutePath());
        List<Map<String, Object>> rows = new ArrayList<>();
        PrintWriter out = spec.commandLine().getOut();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Path f : files) {
            Structure s = StructureFiles.readFirst(f);
            AtomicSystem sys = AtomicSystem.of(s);
            double best = 0;
            double cpuBest = Double.POSITIVE_INFINITY;
            for (int r = -1; r < repeat; r++) {
                long n = r < 0 ? Math.max(1, warmup) : steps;
                MdSettings settings = MdSettings.builder(EnsembleSettings.defaults(Ensemble.NVE, temperature), dtPs, n)
                        .stride(100).thermoEvery(100).checkpointEvery(Math.max(1, n)).seed(1).build();
                Path tmp = tempDir();
                try {
                    MolecularDynamics md = MolecularDynamics.create(tmp, sys, factory, settings, Map.of(), null, null);
                    long c0 = threads.getCurrentThreadCpuTime();
                    MdResult res = md.run();
                    long c1 = threads.getCurrentThreadCpuTime();
                    if (r >= 0) {
                        best = Math.max(best, res.stepsPerSecond());
                        cpuBest = Math.min(cpuBest, (c1 - c0) * 1e-9 / n);
                    }
                } finally {
                    AtomicFiles.deleteTree(tmp);
                }
            }
            Map<String, Object> row = Json.object();
            row.put("file", f.toString());
            row.put("natoms", sys.size());
            row.put("steps", steps);
            row.put("steps_per_second", best);
            row.put("cpu_s_per_step", cpuBest);
            row.put("us_per_atom_step", 1e6 / best / sys.size());
            rows.add(row);
            if (!common.json()) {
                out.printf(Locale.ROOT, "ionmat  %-28s %6d atoms  %8.1f steps/s  (%.3f µs/atom-step wall, %.2f ms CPU/step)%n",
                        f.getFileName(), sys.size(), best, 1e6 / best / sys.size(), cpuBest * 1e3);
                out.flush();
            }
        }
        if (common.json()) {
            Json.print(out, Map.of("potential", potential, "runs", rows));
        }
        return Main.OK;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("ionmat-bench-md");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
