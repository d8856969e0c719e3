package org.ionmat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ionmat.cli.bench.PotentialBench;
import org.ionmat.core.InvalidInputException;
import org.ionmat.core.structure.Structure;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.Calculator;
import org.ionmat.potential.spec.PotentialFiles;
import org.ionmat.potential.spec.PotentialModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ionmat bench potential FILE --potential POT}: time per force evaluation. */
@Command(name = "potential", mixinStandardHelpOptions = true,
        description = "Times energy + forces + virial evaluations of a potential on a structure, atoms moving by "
                + "small random steps between evaluations as in MD (scripts/bench/potentials_lammps.py runs LAMMPS "
                + "on the same input).")
final class PotentialBenchCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    InputOptions input;

    @Parameters(index = "0", paramLabel = "FILE", description = "Structure file.")
    Path file;

    @Option(names = "--potential", required = true, paramLabel = "POT", description = "Potential file or model name.")
    String potential;

    @Option(names = "--steps", defaultValue = "10", description = "Timed evaluations (default ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--warmup", defaultValue = "3", description = "Untimed evaluations first (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--threads", defaultValue = "1", description = "Threads (default ${DEFAULT-VALUE}; 0 automatic).")
    int threads;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (steps < 1 || warmup < 0 || threads < 0) {
            throw new InvalidInputException("--steps must be >= 1, --warmup and --threads >= 0");
        }
        PotentialModel model = PotentialFiles.load(potential);
        List<Structure> structures = input.read(file);
        AtomicSystem system = AtomicSystem.of(structures.get(0));
        Calculator calc = model.calculatorFor(system, threads);
        PotentialBench.Result r = PotentialBench.run(system, calc, warmup, steps, 1);
        PrintWriter out = spec.commandLine().getOut();
        if (common.json()) {
            Map<String, Object> m = Json.object();
            m.put("file", file.toString());
            m.put("natoms", system.size());
            m.put("threads", threads);
            m.put("steps", steps);
            m.put("seconds_per_evaluation", r.median());
            m.put("cpu_seconds_per_evaluation", r.cpuMedian());
            Map<String, Object> terms = Json.object();
            for (int t = 0; t < r.termNames().size(); t++) {
                terms.put(r.termNames().get(t), r.perTerm()[t]);
            }
            m.put("cpu_seconds_per_term", terms);
            m.put("energy", r.energy());
            Json.print(out, m);
        } else {
            out.printf(Locale.ROOT, "%s: %d atoms, %d threads: %.4f s wall, %.4f s CPU (calling thread) per evaluation "
                    + "(medians of %d)%n", file, system.size(), threads, r.median(), r.cpuMedian(), steps);
            for (int t = 0; t < r.termNames().size(); t++) {
                out.printf(Locale.ROOT, "  %-20s %.4f s%n", r.termNames().get(t), r.perTerm()[t]);
            }
            out.flush();
        }
        return Main.OK;
    }
}
