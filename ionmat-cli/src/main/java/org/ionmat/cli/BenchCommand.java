package org.ionmat.cli;

import org.ionmat.cli.bench.MsdBench;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ionmat.cli.bench.BvseBench;
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
        subcommands = {BenchCommand.Cif.class, BenchCommand.Symmetry.class, BenchCommand.Neighbors.class, BenchCommand.Bvse.class,
            SoftBvBenchCommands.Lattice.class, SoftBvBenchCommands.Speed.class, MdBenchCommand.class,
            BenchCommand.MsdRun.class, PotentialBenchCommand.class,
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

        @Option(names = "--threads", defaultValue = "1",
                description = "Files read in parallel on this many threads (default ${DEFAULT-VALUE}).")
        int threads;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (repeat < 0 || repeat > 1000) {
                throw new InvalidInputException("--repeat must be between 0 and 1000");
            }
            CifParseBench.Result r = CifParseBench.run(CifParseBench.cifs(dir), repeat, threads);
            PrintWriter out = spec.commandLine().getOut();
            if (common.json()) {
                Map<String, Object> m = Json.object();
                m.put("files", r.files());
                m.put("sites", r.sites());
                m.put("failures", r.failures());
                m.put("cold_seconds", r.coldMs() / 1e3);
                m.put("cold_cpu_seconds", r.coldCpuMs() / 1e3);
                m.put("warm_median_cpu_seconds", r.warmCpuMedianMs() / 1e3);
                m.put("warm_median_seconds", r.warmMedianMs() / 1e3);
                m.put("warm_best_seconds", r.warmBestMs() / 1e3);
                m.put("processors", Runtime.getRuntime().availableProcessors());
                m.put("threads", threads);
                Json.print(out, m);
            } else {
                out.printf(Locale.ROOT, "%d CIFs (%d sites, %d failures, %d thread(s)): cold pass %.3f s (process CPU %.3f s), "
                        + "warm median %.3f s (CPU %.3f s), best %.3f s%n", r.files(), r.sites(), r.failures(), threads, r.coldMs() / 1e3,
                        r.coldCpuMs() / 1e3, r.warmMedianMs() / 1e3, r.warmCpuMedianMs() / 1e3, r.warmBestMs() / 1e3);
                out.flush();
            }
            return Main.OK;
        }
    }

    /** Space-group analysis of every CIF of a folder. */
    @Command(name = "symmetry", mixinStandardHelpOptions = true,
            description = "Space-group analysis (operations, orbits, standard cell, Wyckoff positions) of every CIF of a "
                    + "folder (default: the OBELiX CIFs); scripts/bench/symmetry_peers.py times spglib on the same files.")
    static final class Symmetry implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = "../shared/data/obelix/cifs",
                description = "Folder of CIF files (default ${DEFAULT-VALUE}).")
        Path dir;

        @Option(names = "--symprec", defaultValue = "0.01", description = "Tolerance, Å (default ${DEFAULT-VALUE}).")
        double symprec;

        @Option(names = "--repeat", defaultValue = "5", description = "Warm passes (default ${DEFAULT-VALUE}).")
        int repeat;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (repeat < 0 || repeat > 100 || !(symprec > 0)) {
                throw new InvalidInputException("--repeat must be in 0..100 and --symprec positive");
            }
            org.ionmat.cli.bench.SymmetryBench.Result r = org.ionmat.cli.bench.SymmetryBench.run(dir, symprec, repeat);
            PrintWriter out = spec.commandLine().getOut();
            if (common.json()) {
                Map<String, Object> m = Json.object();
                m.put("structures", r.structures());
                m.put("failures", r.failures());
                m.put("operations", r.operations());
                m.put("cold_seconds", r.coldMs() / 1e3);
                m.put("cold_cpu_seconds", r.coldCpuMs() / 1e3);
                m.put("warm_median_seconds", r.warmMs() / 1e3);
                m.put("warm_median_cpu_seconds", r.warmCpuMs() / 1e3);
                Json.print(out, m);
            } else {
                out.printf(Locale.ROOT, "%d structures (%d failures, %d operations), symprec %.3g Å: cold pass %.3f s "
                        + "(process CPU %.3f s), warm median %.3f s (CPU %.3f s)%n", r.structures(), r.failures(),
                        r.operations(), symprec, r.coldMs() / 1e3, r.coldCpuMs() / 1e3, r.warmMs() / 1e3, r.warmCpuMs() / 1e3);
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

    /** BVSE barriers and speed against BVlain's recorded results. */
    @Command(name = "bvse", mixinStandardHelpOptions = true,
            description = "All ordered Li-containing OBELiX CIFs with BVlain's settings (10 Å, 0.2 Å, k = 100, 5 eV): "
                    + "barriers against BVlain's recorded ones, full-sum barriers, and time against BVlain's time_total_s.")
    static final class Bvse implements Callable<Integer> {
        @Parameters(arity = "0..1", paramLabel = "DATA", defaultValue = "../shared/data",
                description = "Shared data folder with bvlain/ and obelix/cifs/ (default ${DEFAULT-VALUE}).")
        Path data;

        @Option(names = "--warmup", defaultValue = "1", description = "Untimed passes first (default ${DEFAULT-VALUE}).")
        int warmup;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (warmup < 0 || warmup > 10) {
                throw new InvalidInputException("--warmup must be between 0 and 10");
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("stem  points | 1D: BVlain exact bisected full-sum | 2D: ... | 3D: ... | ionmat s, cpu s, BVlain s, ratio");
            List<BvseBench.Row> rows = BvseBench.run(data, warmup, out);
            int agree = 0;
            double maxDiff = 0;
            double maxFull = 0;
            double sumFull = 0;
            int nFull = 0;
            int bisectEqual = 0;
            int changedNull = 0;
            double t = 0;
            double cpu = 0;
            double ref = 0;
            for (BvseBench.Row r : rows) {
                boolean ok = true;
                for (int d = 1; d <= 3; d++) {
                    double a = r.ref()[d];
                    double b = r.exact()[d];
                    ok &= Double.isNaN(a) ? Double.isNaN(b) : Math.abs(a - b) <= 0.05;
                    if (!Double.isNaN(a) && !Double.isNaN(b)) {
                        maxDiff = Math.max(maxDiff, Math.abs(a - b));
                    }
                    bisectEqual += (Double.isNaN(a) && Double.isNaN(r.bisected()[d])) || Math.abs(a - r.bisected()[d]) < 1e-9 ? 1 : 0;
                    double fu = r.full()[d];
                    if (Double.isNaN(fu) != Double.isNaN(b)) {
                        changedNull++;
                    } else if (!Double.isNaN(fu)) {
                        maxFull = Math.max(maxFull, Math.abs(fu - b));
                        sumFull += Math.abs(fu - b);
                        nFull++;
                    }
                }
                agree += ok ? 1 : 0;
                t += r.seconds();
                cpu += r.cpuSeconds();
                ref += r.bvlainSeconds();
            }
            out.printf(java.util.Locale.ROOT, "%d/%d structures within 0.05 eV of BVlain in 1D, 2D and 3D; max |diff| %.4f eV;"
                    + " BVlain's bisection replayed reproduces %d/%d reported values%n", agree, rows.size(), maxDiff, bisectEqual,
                    3 * rows.size());
            out.printf(java.util.Locale.ROOT, "full sum vs k = 100: mean |diff| %.4f eV, max %.4f eV over %d barriers; %d change null/non-null%n",
                    nFull == 0 ? 0 : sumFull / nFull, maxFull, nFull, changedNull);
            out.printf(java.util.Locale.ROOT, "total: ionmat %.2f s wall (%.2f s CPU), BVlain %.1f s: %.1fx faster (%d processors)%n",
                    t, cpu, ref, ref / t, Runtime.getRuntime().availableProcessors());
            return agree >= 0.9 * rows.size() ? Main.OK : Main.INTERNAL_ERROR;
        }
    }

    /** Time-origin MSD of a long trajectory (scripts/bench/msd.sh runs MDAnalysis on the same file). */
    @Command(name = "msd", mixinStandardHelpOptions = true,
            description = "Times the FFT MSD (every frame a time origin) of raw little-endian doubles "
                    + "(frames x atoms x 3, written by scripts/bench/msd_peers.py), with 1 and all threads.")
    static final class MsdRun implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "Positions file.")
        Path file;

        @Option(names = "--frames", required = true, description = "Frames in the file.")
        int frames;

        @Option(names = "--atoms", required = true, description = "Atoms per frame.")
        int atoms;

        @Option(names = "--repeat", defaultValue = "3", description = "Timed runs (default ${DEFAULT-VALUE}).")
        int repeat;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (frames < 2 || atoms < 1 || repeat < 1) {
                throw new InvalidInputException("--frames >= 2, --atoms >= 1 and --repeat >= 1 are needed");
            }
            MsdBench.Result r = MsdBench.run(file, frames, atoms, repeat);
            PrintWriter out = spec.commandLine().getOut();
            for (int i = 0; i < r.threads().size(); i++) {
                double[] s = r.seconds().get(i);
                out.printf(Locale.ROOT, "ionmat MSD (%d thread%s): %d frames x %d atoms: best %.3f s, median %.3f s; "
                                + "MSD[1]=%.6g MSD[%d]=%.6g%n", r.threads().get(i)[0], r.threads().get(i)[0] == 1 ? "" : "s",
                        frames, atoms, s[0], s[s.length / 2], r.msd1(), frames / 2, r.msdHalf());
            }
            out.flush();
            return Main.OK;
        }
    }
}
