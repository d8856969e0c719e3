package org.ionmat.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ionmat.cli.bench.SoftBvLatticeBench;
import org.ionmat.cli.bench.SoftBvLatticeReport;
import org.ionmat.cli.bench.SoftBvSpeedBench;
import org.ionmat.core.InvalidInputException;
import org.ionmat.core.io.StructureFiles;
import org.ionmat.potential.softbv.SoftBvModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The SoftBV benchmarks of {@code ionmat bench}. */
final class SoftBvBenchCommands {

    private SoftBvBenchCommands() {
    }

    /** {@code ionmat bench softbv-lattice}: the Fig. 3 / Table 2 study of Kameda et al. 2024. */
    @Command(name = "softbv-lattice", mixinStandardHelpOptions = true,
            description = {"SoftBV relaxation of cubic perovskites and spinels strained by ±10 %%: Er(sf) on the paper's sf grid, "
                + "sf_auto of the sample and of the reference, per-material sf_opt (Er = 0).",
                "References from ../shared/data/softbv (measured perovskites, DFT and MACE spinels)."})
    static final class Lattice implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Option(names = "--data", defaultValue = "../shared/data/softbv", paramLabel = "DIR",
                description = "Folder of the reference CSV files (default ${DEFAULT-VALUE}).")
        Path data;

        @Option(names = "--sets", split = ",", defaultValue = "perovskite,spinel-dft,spinel-mace", paramLabel = "SET",
                description = "perovskite, spinel-dft, spinel-mace (default ${DEFAULT-VALUE}).")
        List<String> sets;

        @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "At most N materials per set (0: all).")
        int limit;

        @Option(names = "--threads", defaultValue = "2", paramLabel = "N", description = "Worker threads (default ${DEFAULT-VALUE}).")
        int threads;

        @Option(names = "--rows", paramLabel = "CSV", description = "Write every relaxation as a CSV row (the sf learning data set).")
        Path rows;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (threads < 1 || threads > 64) {
                throw new InvalidInputException("--threads must be between 1 and 64");
            }
            SoftBvModel model = SoftBvModel.standard();
            List<SoftBvLatticeBench.Material> materials = new ArrayList<>();
            for (String set : sets) {
                List<SoftBvLatticeBench.Material> m = switch (set) {
                    case "perovskite" -> SoftBvLatticeBench.perovskites(file("expt_cubic_ABX3_lattice_Briones2021.csv"));
                    case "spinel-dft" -> SoftBvLatticeBench.spinels(file("spinel_DFT_representatives_WMD2025.csv"), set, model);
                    case "spinel-mace" -> SoftBvLatticeBench.spinels(file("spinel_oxides_known_MACE_WMD2025.csv"), set, model);
                    default -> throw new InvalidInputException(null, -1, set, "--sets: unknown set '" + set
                            + "' (perovskite, spinel-dft, spinel-mace)");
                };
                materials.addAll(limit > 0 && m.size() > limit ? m.subList(0, limit) : m);
            }
            long t0 = System.nanoTime();
            PrintWriter err = spec.commandLine().getErr();
            int[] done = {0};
            List<SoftBvLatticeBench.Outcome> out = SoftBvLatticeBench.run(materials, model, SoftBvLatticeBench.SF_GRID,
                    SoftBvLatticeBench.options(), threads, o -> {
                        done[0]++;
                        if (!common.json()) {
                            err.printf(Locale.ROOT, "[%d/%d] %s%s%n", done[0], materials.size(), o.material().name(),
                                    o.skipped() != null ? " skipped: " + o.skipped() : "");
                            err.flush();
                        }
                    });
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (rows != null) {
                StructureFiles.writeAtomically(rows, SoftBvLatticeBench.csv(out));
            }
            Map<String, Object> j = Json.object();
            j.put("sf_grid", SoftBvLatticeBench.SF_GRID);
            j.put("seconds", seconds);
            j.put("threads", threads);
            for (String set : sets) {
                j.put(set, SoftBvLatticeReport.summarize(out, List.of(set), SoftBvLatticeBench.SF_GRID));
            }
            List<String> spinels = sets.stream().filter(s -> s.startsWith("spinel")).toList();
            if (spinels.size() > 1) {
                j.put("spinel", SoftBvLatticeReport.summarize(out, spinels, SoftBvLatticeBench.SF_GRID));
            }
            j.put("all", SoftBvLatticeReport.summarize(out, sets, SoftBvLatticeBench.SF_GRID));
            PrintWriter w = spec.commandLine().getOut();
            if (common.json()) {
                Json.print(w, j);
            } else {
                for (Map.Entry<String, Object> e : j.entrySet()) {
                    if (e.getValue() instanceof Map<?, ?> m) {
                        printSet(w, e.getKey(), m);
                    }
                }
                w.printf(Locale.ROOT, "%.1f s on %d threads%n", seconds, threads);
            }
            return Main.OK;
        }

        private Path file(String name) {
            Path p = data.resolve(name);
            if (!Files.isRegularFile(p)) {
                throw new InvalidInputException(p.toString(), -1, null, "reference file not found");
            }
            return p;
        }

        private static void printSet(PrintWriter w, String name, Map<?, ?> m) {
            w.printf(Locale.ROOT, "%s: %s materials (%d skipped), %s relaxations, %.1f%% converged, %.0f steps and %.3f s each%n", name,
                    m.get("materials"), ((List<?>) m.get("skipped")).size(), m.get("relaxations"),
                    100 * (Double) m.get("converged_fraction"), m.get("mean_steps"), m.get("mean_seconds_per_relaxation"));
            w.printf(Locale.ROOT, "  Er(sf) increasing on %.1f%% of curves; both sides agree within 1e-3 on %.1f%% (max %.2e)%n",
                    100 * (Double) m.get("er_monotonic_in_sf_fraction"), 100 * (Double) m.get("both_sides_within_1e-3_fraction"),
                    m.get("both_sides_max_relative_difference"));
            for (String k : new String[] {"er_auto_sample", "er_auto_sample_root", "er_auto_reference", "er_best_constant_sf"}) {
                Map<?, ?> s = (Map<?, ?>) m.get(k);
                if (s != null) {
                    w.printf(Locale.ROOT, "  %-20s n=%-4s MAE %.4f STD %.4f RMSE %.4f mean %+.4f%s%n", k, s.get("n"), s.get("mae"),
                            s.get("std"), s.get("rmse"), s.get("mean"), s.containsKey("sf") ? String.format(Locale.ROOT, " (sf %.4f)", s.get("sf")) : "");
                }
            }
            w.printf(Locale.ROOT, "  sf_auto of the sample at the bound of [%.2f, %.2f] (no root): %s%n", SoftBvLatticeBench.AUTO_RANGE[0],
                    SoftBvLatticeBench.AUTO_RANGE[1], m.get("auto_sample_at_bound"));
            Map<?, ?> so = (Map<?, ?>) m.get("sf_opt");
            w.printf(Locale.ROOT, "  sf_opt (Er = 0)      n=%-4s mean %.4f STD %.4f range %.4f–%.4f%n", so.get("bracketed"), so.get("mean"),
                    so.get("std"), so.get("min"), so.get("max"));
        }
    }

    /** {@code ionmat bench softbv}: SoftBV evaluation and relaxation speed on ~200-atom cells. */
    @Command(name = "softbv", mixinStandardHelpOptions = true,
            description = "Time per SoftBV energy+forces+virial evaluation and relaxation speed on ~200-atom cells.")
    static final class Speed implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Option(names = "--repeat", defaultValue = "200", description = "Timed evaluations (default ${DEFAULT-VALUE}).")
        int repeat;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (repeat < 1 || repeat > 100000) {
                throw new InvalidInputException("--repeat must be between 1 and 100000");
            }
            List<Map<String, Object>> r = SoftBvSpeedBench.run(repeat);
            PrintWriter w = spec.commandLine().getOut();
            if (common.json()) {
                Json.print(w, r);
            } else {
                for (Map<String, Object> m : r) {
                    w.println(m);
                }
            }
            return Main.OK;
        }
    }
}
