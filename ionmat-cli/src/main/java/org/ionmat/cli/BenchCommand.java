package org.ionmat.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ionmat.cli.bench.CifParseBench;
import org.ionmat.cli.bench.NeighborListBench;
import org.ionmat.core.InvalidInputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ionmat bench ...}: the measurements behind BENCHMARKS.md (never run by mvn test). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks behind BENCHMARKS.md; scripts/bench/ runs the peers on the same inputs.",
        subcommands = {BenchCommand.Cif.class, BenchCommand.Neighbors.class,
            org.ionmat.cli.learn.RoostBenchCommand.class})
final class BenchCommand implements Runnable {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing benchmark; see 'ionmat bench --help'");
    }

    /** Parsing every CIF of a folder. */
    @Command(name = "cif", mixinStandardHelpOptions = true,
            description = "Reads every CIF of a folder (default: the OBELiX CIFs in ../shared) into structures; "
                    + "one cold pass in a fresh JVM, then warm passes.")
    static final class Cif implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = "../shared/data/obelix/cifs",
                description = "Folder of CIF files (default ${DEFAULT-VALUE}).")
        Path dir;

        @Option(names = "--repeat", defaultValue = "5", description = "Warm passes (default ${DEFAULT-VALUE}).")
        int repeat;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (repeat < 0 || repeat > 1000) {
                throw new InvalidInputException("--repeat must be between 0 and 1000");
            }
            CifParseBench.Result r = CifParseBench.run(CifParseBench.cifs(dir), repeat);
            PrintWriter out = spec.commandLine().getOut();
            if (common.json()) {
                Map<String, Object> m = Json.object();
                m.put("files", r.files());
                m.put("sites", r.sites());
                m.put("failures", r.failures());
                m.put("cold_seconds", r.coldMs() / 1e3);
                m.put("warm_median_seconds", r.warmMedianMs() / 1e3);
                m.put("warm_best_seconds", r.warmBestMs() / 1e3);
                m.put("processors", Runtime.getRuntime().availableProcessors());
                Json.print(out, m);
            } else {
                out.printf(Locale.ROOT, "%d CIFs (%d sites, %d failures): cold pass %.3f s, warm median %.3f s, best %.3f s%n",
                        r.files(), r.sites(), r.failures(), r.coldMs() / 1e3, r.warmMedianMs() / 1e3, r.warmBestMs() / 1e3);
                out.flush();
            }
            return Main.OK;
        }
    }

    /** Neighbor lists on Li2O supercells of 1k to 100k atoms. */
    @Command(name = "neighbors", mixinStandardHelpOptions = true,
            description = "Times the neighbor list on jittered Li2O supercells (generated identically by "
                    + "scripts/bench/neighbors_peers.py for ASE and pymatgen).")
    static final class Neighbors implements Callable<Integer> {
        @Option(names = "--cutoff", defaultValue = "6.0", description = "Cutoff, Å (default ${DEFAULT-VALUE}).")
        double cutoff;

        @Option(names = "--repeat", defaultValue = "3", description = "Timed runs per size (default ${DEFAULT-VALUE}).")
        int repeat;

        @Option(names = "--sizes", split = ",", paramLabel = "AxBxC",
                description = "Supercells of the 12-atom cell (default 4x4x5,7x7x9,12x12x12,16x16x16,20x20x21).")
        List<String> sizes = new ArrayList<>();

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (!(cutoff > 0) || cutoff > 50 || repeat < 1) {
                throw new InvalidInputException("--cutoff must be in (0, 50] Å and --repeat >= 1");
            }
            int[][] cells = NeighborListBench.SUPERCELLS;
            if (!sizes.isEmpty()) {
                cells = new int[sizes.size()][];
                for (int i = 0; i < cells.length; i++) {
                    int[][] t = SupercellSpec.parse(sizes.get(i));
                    cells[i] = new int[] {t[0][0], t[1][1], t[2][2]};
                    if (t[0][1] != 0 || t[0][2] != 0 || t[1][0] != 0 || t[1][2] != 0 || t[2][0] != 0 || t[2][1] != 0) {
                        throw new InvalidInputException("--sizes takes diagonal supercells AxBxC");
                    }
                }
            }
            PrintWriter w = spec.commandLine().getOut();
            w.flush();
            NeighborListBench.run(cells, cutoff, repeat, new PrintStream(System.out, true));
            return Main.OK;
        }
    }
}
