package org.ionmat.cli.learn;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import ai.djl.ndarray.NDManager;

import org.ionmat.cli.Json;
import org.ionmat.cli.Main;
import org.ionmat.learn.data.CompositionTable;
import org.ionmat.learn.embedding.NamedEmbeddings;
import org.ionmat.learn.embedding.ElementEmbedding;
import org.ionmat.learn.model.TargetTransform;
import org.ionmat.learn.roost.EncodedComposition;
import org.ionmat.learn.roost.RoostConfig;
import org.ionmat.learn.roost.RoostNetwork;
import org.ionmat.learn.roost.RoostParameters;
import org.ionmat.learn.roost.RoostTrainer;
import org.ionmat.learn.roost.TorchRuntime;
import org.ionmat.learn.roost.TrainingConfig;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ionmat bench roost}: seconds per training epoch and predictions per second of one Roost network. */
@Command(name = "roost", mixinStandardHelpOptions = true,
        description = "Times Roost training epochs and prediction (thesis model) on a CSV; scripts/bench/roost_pytorch.py "
                + "runs the same architecture in PyTorch on the same input.")
public final class RoostBenchCommand implements Callable<Integer> {

    private static final int PREDICTION_WARMUP = 2;
    private static final int PREDICTION_REPEATS = 5;

    @Option(names = "--data", defaultValue = "../shared/data/bandgap/expt-non-metals.csv", paramLabel = "FILE.csv",
            description = "Data (default ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--formula-column", defaultValue = "composition", paramLabel = "C")
    String formulaColumn;

    @Option(names = "--target", defaultValue = "Eg", paramLabel = "T")
    String target;

    @Option(names = "--embedding", defaultValue = "matscholar200", paramLabel = "NAME|FILE")
    String embedding;

    @Option(names = "--epochs", defaultValue = "3", paramLabel = "N", description = "Timed epochs (default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N", description = "Intra-op threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "Use only the first N rows (0: all).")
    int limit;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (threads < 1 || limit < 0) {
            throw new org.ionmat.core.InvalidInputException("--threads must be at least 1 and --limit at least 0 (got "
                    + threads + ", " + limit + ")");
        }
        CompositionTable t = CompositionTable.read(data, formulaColumn, target, TargetTransform.NONE);
        if (t.size() == 0) {
            throw new org.ionmat.core.InvalidInputException(data + ": no usable rows (formula and numeric '" + target
                    + "') to benchmark on");
        }
        ElementEmbedding emb = NamedEmbeddings.resolve(embedding);
        List<EncodedComposition> x = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < t.size() && (limit <= 0 || x.size() < limit); i++) {
            try {
                x.add(EncodedComposition.of(t.compositions().get(i), emb));
                ys.add(t.targets()[i]);
            } catch (org.ionmat.core.InvalidInputException e) {
                // skipped, as the PyTorch script does
            }
        }
        if (x.isEmpty()) {
            throw new org.ionmat.core.InvalidInputException(data + ": no composition whose elements are all in the "
                    + "embedding " + embedding);
        }
        double mean = ys.stream().mapToDouble(d -> d).average().orElse(0);
        double sd = Math.sqrt(ys.stream().mapToDouble(d -> (d - mean) * (d - mean)).average().orElse(1));
        float[] y = new float[ys.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) ((ys.get(i) - mean) / sd);
        }
        TorchRuntime.configureThreads(threads);
        RoostConfig c = RoostConfig.thesis(emb.dimension());
        List<Double> times = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] lastCpu = {mx.getCurrentThreadCpuTime()};
        PrintWriter out = spec.commandLine().getOut();
        RoostTrainer.train(c, TrainingConfig.thesis().withEpochs(epochs), RoostParameters.initialize(c, 0), x, y, emb, 0,
                TorchRuntime.device(), (e, l, s) -> {
                    times.add(s);
                    long now = mx.getCurrentThreadCpuTime();
                    cpu.add((now - lastCpu[0]) / 1e9);
                    lastCpu[0] = now;
                    out.printf(Locale.ROOT, "{\"epoch\": %d, \"loss\": %.5f, \"seconds\": %.3f, \"cpu_seconds\": %.3f}%n", e, l,
                            s, cpu.get(cpu.size() - 1));
                    out.flush();
                });
        // prediction: the network is built once (as the PyTorch script's model is), then two warm-up passes
        // over all rows and the median of five timed passes
        double setup;
        double[] wall = new double[PREDICTION_REPEATS];
        double[] cpuPred = new double[PREDICTION_REPEATS];
        try (NDManager manager = NDManager.newBaseManager(TorchRuntime.device())) {
            long s0 = System.nanoTime();
            RoostNetwork net = new RoostNetwork(c, RoostParameters.initialize(c, 0), manager, false);
            setup = (System.nanoTime() - s0) / 1e9;
            for (int r = -PREDICTION_WARMUP; r < PREDICTION_REPEATS; r++) {
                long t0 = System.nanoTime();
                long c0 = mx.getCurrentThreadCpuTime();
                RoostTrainer.outputs(net, x, emb, 1024);
                if (r >= 0) {
                    wall[r] = (System.nanoTime() - t0) / 1e9;
                    cpuPred[r] = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
                }
            }
        }
        java.util.Arrays.sort(wall);
        java.util.Arrays.sort(cpuPred);
        double pred = wall[PREDICTION_REPEATS / 2];
        double predCpu = cpuPred[PREDICTION_REPEATS / 2];
        List<Double> sorted = new ArrayList<>(times);
        java.util.Collections.sort(sorted);
        Map<String, Object> m = Json.object();
        m.put("impl", "ionmat DJL " + TorchRuntime.version());
        m.put("threads", threads);
        m.put("rows", x.size());
        m.put("parameters", RoostParameters.count(c));
        m.put("epochs", epochs);
        m.put("seconds_per_epoch_median", sorted.isEmpty() ? null : sorted.get(sorted.size() / 2));
        m.put("seconds_per_epoch_after_first", times.size() > 1
                ? times.subList(1, times.size()).stream().mapToDouble(d -> d).average().orElse(0) : null);
        m.put("cpu_seconds_per_epoch_after_first", cpu.size() > 1
                ? cpu.subList(1, cpu.size()).stream().mapToDouble(d -> d).average().orElse(0) : null);
        m.put("predictions_per_second", x.size() / pred);
        m.put("predictions_per_cpu_second", x.size() / predCpu);
        m.put("network_setup_seconds", setup);
        out.println(Json.write(m).replaceAll("\\s*\n\\s*", " "));
        out.flush();
        return Main.OK;
    }
}
