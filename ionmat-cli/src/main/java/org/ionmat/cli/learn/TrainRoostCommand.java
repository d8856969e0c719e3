package org.ionmat.cli.learn;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ionmat.cli.CommonOptions;
import org.ionmat.cli.Json;
import org.ionmat.cli.Main;
import org.ionmat.core.InvalidInputException;
import org.ionmat.learn.embedding.NamedEmbeddings;
import org.ionmat.learn.embedding.ElementEmbedding;
import org.ionmat.learn.eval.RegressionMetrics;
import org.ionmat.learn.model.ClassPrediction;
import org.ionmat.learn.model.Prediction;
import org.ionmat.learn.roost.EncodedComposition;
import org.ionmat.learn.roost.NativeWorkGuard;
import org.ionmat.learn.roost.RoostConfig;
import org.ionmat.learn.roost.RoostEnsemble;
import org.ionmat.learn.roost.RoostEnsembleTrainer;
import org.ionmat.learn.roost.RoostParameters;
import org.ionmat.learn.roost.TorchRuntime;
import org.ionmat.learn.roost.TrainingConfig;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ionmat train roost}: a deep ensemble of Roost networks. */
@Command(name = "roost", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Trains a deep ensemble of Roost networks (Goodall thesis ch. 4; defaults = thesis App. A.1: "
                + "matscholar200, 3 message-passing layers x 3 heads, 3 pooling heads, residual output network "
                + "1024-512-256-128-64, robust L1 loss, Adam 3e-4, batch 128, weight decay 1e-6, 250 epochs, 10 members).",
                "Progress per epoch goes to stderr. Members are saved as they finish; model.json lists the finished ones."})
public final class TrainRoostCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    TrainingData dataOptions;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Model directory to write.")
    Path output;

    @Option(names = "--embedding", defaultValue = "matscholar200", paramLabel = "NAME|FILE",
            description = "Element embedding: a JSON file, or matscholar200, megnet16, cgcnn92, onehot112 from the "
                    + "data folder ('ionmat data fetch NAME') or the shared data folder; default ${DEFAULT-VALUE}.")
    String embedding;

    @Option(names = "--ensemble", defaultValue = "10", paramLabel = "W", description = "Ensemble members (default ${DEFAULT-VALUE}).")
    int ensemble;

    @Option(names = "--epochs", defaultValue = "250", paramLabel = "N", description = "Epochs (default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "N",
            description = "Seed; member k uses seed+k for initialisation and batch order (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--init", paramLabel = "DIR",
            description = "Warm start (transfer learning) from a Roost model directory with the same architecture; all "
                    + "parameters are re-optimised; its target standardisation is kept.")
    Path init;

    @Option(names = "--batch-size", defaultValue = "128", paramLabel = "N", description = "Mini-batch size (default ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--learning-rate", defaultValue = "3e-4", paramLabel = "LR", description = "Learning rate (default ${DEFAULT-VALUE}).")
    double learningRate;

    @Option(names = "--weight-decay", defaultValue = "1e-6", paramLabel = "WD", description = "Weight decay (default ${DEFAULT-VALUE}).")
    double weightDecay;

    @Option(names = "--optimizer", defaultValue = "adam", paramLabel = "adam|adamw",
            description = "Adam with L2 weight decay (thesis) or AdamW (default ${DEFAULT-VALUE}).")
    TrainingConfig.Optimizer optimizer;

    @Option(names = "--no-normalize", description = "Do not standardise the targets for training.")
    boolean noNormalize;

    @Option(names = "--task", defaultValue = "regression", paramLabel = "regression|classification",
            description = "regression (default) or classification: the target column then holds class labels (text), the "
                    + "network outputs class logits trained with cross-entropy, and predict gives class probabilities with "
                    + "the ensemble's entropy split into aleatoric and epistemic parts.")
    String taskName;

    @Option(names = "--loss", defaultValue = "robust", paramLabel = "robust|l1",
            description = "robust: mean and log sigma with the Laplace NLL (thesis); l1: mean only (epistemic-only ensemble).")
    String loss;

    @Option(names = "--weight-power", defaultValue = "learnable", paramLabel = "learnable|fixed",
            description = "Fractional weights enter the attention as w^p with a learnable p per head (default; gives the "
                    + "thesis parameter count) or as w (eq. 4.3).")
    RoostConfig.WeightPower weightPower;

    @Option(names = "--head-reduction", defaultValue = "sum", paramLabel = "sum|mean",
            description = "Combine attention heads by their sum (eq. 4.4, default) or mean.")
    RoostConfig.HeadReduction headReduction;

    @Option(names = "--self-pairs", description = "Let each element also attend to itself (pairs (i,i)); default: other elements only.")
    boolean selfPairs;

    @Option(names = "--output-layers", split = ",", paramLabel = "W1,W2,...",
            description = "Hidden widths of the residual output network (default 1024,512,256,128,64).")
    int[] outputLayers;

    @Option(names = "--resume", description = "Continue an interrupted run in the -o directory (same options): finished "
            + "members are kept, the others continue from their last checkpoint.")
    boolean resume;

    @Option(names = "--checkpoint-every", defaultValue = "1", paramLabel = "N",
            description = "Save a resumable checkpoint of each member every N epochs (0: never; default ${DEFAULT-VALUE}).")
    int checkpointEvery;

    @Option(names = "--threads", defaultValue = "0", paramLabel = "N",
            description = "libtorch intra-op threads (0: processors / --parallel).")
    int threads;

    @Option(names = "--parallel", defaultValue = "0", paramLabel = "P", description = "Members trained at once (0: on a CPU "
            + "one per processor, up to the ensemble size – single-threaded members in parallel train faster than one "
            + "multi-threaded member at a time, see BENCHMARKS.md; on a GPU one).")
    int parallel;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (ensemble < 1 || ensemble > 1000 || epochs < 0 || parallel < 0 || threads < 0) {
            throw new InvalidInputException("--ensemble must be 1..1000, --epochs >= 0, --parallel >= 0, --threads >= 0");
        }
        if (parallel == 0) {
            parallel = TorchRuntime.device().isGpu() ? 1 : Math.min(ensemble, Runtime.getRuntime().availableProcessors());
        }
        boolean classification = switch (taskName.toLowerCase(Locale.ROOT)) {
            case "regression" -> false;
            case "classification" -> true;
            default -> throw new InvalidInputException("--task must be regression or classification, got '" + taskName + "'");
        };
        RoostConfig.Task task = switch (loss.toLowerCase(Locale.ROOT)) {
            case "robust" -> RoostConfig.Task.ROBUST_REGRESSION;
            case "l1" -> RoostConfig.Task.L1_REGRESSION;
            default -> throw new InvalidInputException("--loss must be robust or l1, got '" + loss + "'");
        };
        if (classification) {
            if (task != RoostConfig.Task.ROBUST_REGRESSION) {
                throw new InvalidInputException("--loss applies to regression; classification uses cross-entropy");
            }
            task = RoostConfig.Task.CLASSIFICATION;
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new InvalidInputException(output.toString(), -1, null, "output exists and is not a directory");
        }
        if (!resume && Files.exists(output.resolve("model.json"))) {
            throw new InvalidInputException(output.toString(), -1, null,
                    "a model exists there; use --resume to continue it or choose another -o");
        }
        TrainingData.Loaded data = dataOptions.load(err, classification);
        List<String> classes = data.classes();
        RoostEnsemble initModel = init == null ? null : RoostEnsemble.load(init);
        ElementEmbedding emb = initModel != null && "matscholar200".equals(embedding) ? initModel.embedding()
                : NamedEmbeddings.resolve(embedding);
        RoostConfig config = RoostConfig.thesis(emb.dimension(), task, classes.size())
                .withChoices(weightPower, headReduction, selfPairs);
        if (outputLayers != null) {
            config = config.withOutputHidden(outputLayers);
        }
        if (initModel != null && !initModel.config().equals(config)) {
            throw new InvalidInputException(init.toString(), -1, null, "--init model architecture " + initModel.config()
                    + " differs from the requested " + config);
        }
        if (initModel != null && !initModel.classes().equals(classes)) {
            throw new InvalidInputException(init.toString(), -1, null, "--init model has classes " + initModel.classes()
                    + ", the data " + classes);
        }
        TrainingConfig training = new TrainingConfig(epochs, batchSize, learningRate, weightDecay, optimizer, !noNormalize);
        List<Integer> usable = new ArrayList<>();
        for (int i = 0; i < data.train().size(); i++) {
            String why = EncodedCompositionCheck.reason(data.train().compositions().get(i), emb);
            if (why == null) {
                usable.add(i);
            } else if (usable.size() + 1 == i + 1) {
                err.printf("training row %s left out: %s%n", data.train().formulas().get(i), why);
            }
        }
        var trainTable = data.train().subset(usable.stream().mapToInt(Integer::intValue).toArray());
        if (trainTable.size() < data.train().size()) {
            err.printf(Locale.ROOT, "%d training row(s) have elements absent from embedding %s and were left out%n",
                    data.train().size() - trainTable.size(), emb.name());
        }
        if (trainTable.size() == 0) {
            throw new InvalidInputException("no training rows can be encoded with embedding " + emb.name());
        }
        List<EncodedComposition> train = encode(trainTable.compositions(), trainTable.formulas(), emb, "training");
        double[] y = trainTable.targets();
        double mean = 0;
        double std = 1;
        if (initModel != null) {
            if (initModel.transform() != dataOptions.transform()) {
                throw new InvalidInputException("--init model uses target transform " + initModel.transform().key());
            }
            mean = initModel.targetMean();
            std = initModel.targetStd();
        } else if (training.normalizeTargets() && !classification) {
            for (double v : y) {
                mean += v;
            }
            mean /= y.length;
            double s = 0;
            for (double v : y) {
                s += (v - mean) * (v - mean);
            }
            std = y.length > 1 && s > 0 ? Math.sqrt(s / y.length) : 1;
        }
        float[] yn = new float[y.length];
        for (int i = 0; i < y.length; i++) {
            yn[i] = (float) ((y[i] - mean) / std);
        }
        int intra = threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors() / parallel);
        TorchRuntime.configureThreads(intra);
        Files.createDirectories(output);

        Map<String, Object> md = new LinkedHashMap<>();
        md.put("data", data.description());
        md.put("seed", seed);
        if (init != null) {
            md.put("init", init.toString());
        }
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("engine", "DJL PyTorch " + TorchRuntime.version());
        env.put("device", TorchRuntime.device().toString());
        env.put("intra_op_threads", intra);
        env.put("parallel_members", parallel);
        md.put("environment", env);
        err.printf(Locale.ROOT, "Roost: %d members x %d epochs on %d compositions (%s, %,d parameters, %s, %d thread(s))%n",
                ensemble, epochs, train.size(), emb.name(), RoostParameters.count(config), TorchRuntime.device(), intra);
        err.flush();

        final double fMean = mean;
        final double fStd = std;
        final RoostConfig fConfig = config;
        java.util.TreeMap<Integer, RoostParameters> done = new java.util.TreeMap<>();
        java.util.TreeMap<Integer, Double> memberSeconds = new java.util.TreeMap<>();
        if (resume && Files.exists(output.resolve("model.json"))) {
            RoostEnsemble prev = RoostEnsemble.load(output);
            if (!prev.config().equals(config)) {
                throw new InvalidInputException(output.toString(), -1, null, "--resume: the model there has architecture "
                        + prev.config() + ", the options ask for " + config);
            }
            Object idx = prev.metadata().get("member_indices");
            Object secs = prev.metadata().get("member_seconds_by_index");
            for (int i = 0; i < prev.members().size(); i++) {
                int k = idx instanceof List<?> l ? ((Number) l.get(i)).intValue() : i;
                done.put(k, prev.members().get(i));
                if (secs instanceof Map<?, ?> sm && sm.get(String.valueOf(k)) instanceof Number n) {
                    memberSeconds.put(k, n.doubleValue());
                }
            }
            err.printf(Locale.ROOT, "resuming: %d member(s) already trained%n", done.size());
        }
        RoostEnsembleTrainer.Checkpoints ckpts = new RoostEnsembleTrainer.Checkpoints() {
            private Path file(int m) {
                return output.resolve(String.format(Locale.ROOT, "member-%02d.ckpt", m));
            }

            @Override
            public org.ionmat.learn.roost.TrainingCheckpoint load(int m) {
                if (!resume || !Files.exists(file(m))) {
                    return null;
                }
                org.ionmat.learn.roost.TrainingCheckpoint c = org.ionmat.learn.roost.TrainingCheckpoint.read(fConfig, file(m));
                synchronized (err) {
                    err.printf(Locale.ROOT, "member %d/%d resumes after epoch %d%n", m + 1, ensemble, c.epoch());
                    err.flush();
                }
                return c;
            }

            @Override
            public void save(int m, org.ionmat.learn.roost.TrainingCheckpoint c) {
                c.write(file(m));
            }

            @Override
            public void clear(int m) {
                try {
                    Files.deleteIfExists(file(m));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        long t0 = System.nanoTime();
        Map<Integer, RoostParameters> finishedBefore = new java.util.HashMap<>(done);
        RoostEnsembleTrainer.train(config, training, train, yn, emb, ensemble, seed, parallel,
                initModel == null ? null : initModel.members(),
                (m, epoch, l, s) -> {
                    synchronized (err) {
                        err.printf(Locale.ROOT, "member %d/%d epoch %d/%d loss %.4f (%.2f s)%n", m + 1, ensemble, epoch,
                                epochs, l, s);
                        err.flush();
                    }
                },
                (m, p, s) -> {
                    synchronized (done) {
                        done.put(m, p);
                        memberSeconds.put(m, s);
                        Map<String, Object> partial = new LinkedHashMap<>(md);
                        partial.put("status", done.size() + " of " + ensemble + " members trained");
                        partial.put("member_indices", new ArrayList<>(done.keySet()));
                        partial.put("member_seconds_by_index", secondsByIndex(memberSeconds));
                        new RoostEnsemble(fConfig, training, emb, dataOptions.transform(), dataOptions.target, fMean, fStd,
                                classes, new ArrayList<>(done.values()), partial).save(output);
                    }
                    synchronized (err) {
                        err.printf(Locale.ROOT, "member %d/%d done in %.1f s%n", m + 1, ensemble, s);
                        err.flush();
                    }
                }, finishedBefore, checkpointEvery > 0 ? ckpts : null, checkpointEvery);
        double total = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> timing = new LinkedHashMap<>();
        timing.put("total_seconds", total);
        timing.put("member_seconds", new ArrayList<>(memberSeconds.values()));
        timing.put("seconds_per_epoch", epochs > 0 && !memberSeconds.isEmpty()
                ? memberSeconds.values().stream().mapToDouble(d -> d).sum() / memberSeconds.size() / epochs : 0);
        timing.put("note", resume ? "a resumed run: member times cover the last session of each member only" : null);
        md.put("timing", timing);
        md.put("status", "complete");
        md.put("member_indices", new ArrayList<>(done.keySet()));
        md.put("member_seconds_by_index", secondsByIndex(memberSeconds));
        RoostEnsemble model = new RoostEnsemble(config, training, emb, dataOptions.transform(), dataOptions.target, mean,
                std, classes, new ArrayList<>(done.values()), md);
        // the predictions and the save run libtorch on this thread: a SIGTERM now waits for them (seconds)
        Map<String, Object> metrics = new LinkedHashMap<>();
        try (NativeWorkGuard guard = NativeWorkGuard.open("roost-evaluation", 120)) {
            metrics.put("train", evaluate(model, train, y, null, null));
            if (data.test() != null && data.test().size() > 0) {
                List<Integer> ok = new ArrayList<>();
                for (int i = 0; i < data.test().size(); i++) {
                    if (model.reject(data.test().compositions().get(i)) == null) {
                        ok.add(i);
                    }
                }
                var test = data.test().subset(ok.stream().mapToInt(Integer::intValue).toArray());
                metrics.put("test", evaluate(model, model.encode(test.compositions()), test.targets(), test.formulas(),
                        output.resolve("test-predictions.csv")));
            }
            md.put("metrics", metrics);
            model = model.withMetadata(md);
            model.save(output);
        }
        Map<String, Object> summary = Json.object();
        summary.put("model", output.toString());
        summary.put("members", ensemble);
        summary.put("parameters", RoostParameters.count(config));
        summary.put("metrics", metrics);
        summary.put("timing", timing);
        if (common.json()) {
            Json.print(out, summary);
        } else {
            out.printf(Locale.ROOT, "wrote %s (%d members, %.1f s)%n", output, ensemble, total);
            printMetrics(out, metrics);
            out.flush();
        }
        return Main.OK;
    }

    private static Map<String, Object> secondsByIndex(Map<Integer, Double> m) {
        Map<String, Object> r = new LinkedHashMap<>();
        m.forEach((k, v) -> r.put(String.valueOf(k), v));
        return r;
    }

    static void printMetrics(PrintWriter out, Map<String, Object> metrics) {
        for (var e : metrics.entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) e.getValue();
            if (Integer.valueOf(0).equals(m.get("n"))) {
                out.printf(Locale.ROOT, "%s: n 0%n", e.getKey());
                continue;
            }
            if (m.containsKey("accuracy")) {
                out.printf(Locale.ROOT, "%s: n %s, accuracy %.4f, balanced accuracy %.4f, log loss %.4f%s%s%n", e.getKey(),
                        m.get("n"), (Double) m.get("accuracy"), (Double) m.get("balanced_accuracy"), (Double) m.get("log_loss"),
                        m.get("roc_auc") instanceof Double auc && !auc.isNaN() ? String.format(Locale.ROOT, ", ROC AUC %.4f", auc)
                                : "",
                        m.containsKey("single_accuracy_mean") ? String.format(Locale.ROOT, " (single models: accuracy %.4f +- %.4f)",
                                (Double) m.get("single_accuracy_mean"), (Double) m.get("single_accuracy_std")) : "");
                continue;
            }
            out.printf(Locale.ROOT, "%s: n %s, MAE %.4f, RMSE %.4f, R2 %.4f%s%n", e.getKey(), m.get("n"), (Double) m.get("mae"),
                    (Double) m.get("rmse"), (Double) m.get("r2"),
                    m.containsKey("single_mae_mean") ? String.format(Locale.ROOT, " (single models: MAE %.4f +- %.4f)",
                            (Double) m.get("single_mae_mean"), (Double) m.get("single_mae_std")) : "");
        }
    }

    private static Map<String, Object> evaluate(RoostEnsemble model, List<EncodedComposition> x, double[] y,
            List<String> formulas, Path csv) {
        if (!model.classes().isEmpty()) {
            return evaluateClasses(model, x, y, formulas, csv);
        }
        double[][][] mp = model.memberPredictions(x, 1024, 1);
        Prediction p = Prediction.combine(mp[0], mp[1]);
        Map<String, Object> m = MetricsReport.regression(y, p.mean());
        double[] maes = new double[mp[0].length];
        double[] rmses = new double[mp[0].length];
        for (int k = 0; k < maes.length; k++) {
            RegressionMetrics rk = RegressionMetrics.of(y, mp[0][k]);
            maes[k] = rk.mae();
            rmses[k] = rk.rmse();
        }
        m.put("single_mae_mean", MetricsReport.mean(maes));
        m.put("single_mae_std", MetricsReport.std(maes));
        m.put("single_rmse_mean", MetricsReport.mean(rmses));
        m.put("single_rmse_std", MetricsReport.std(rmses));
        if (csv != null) {
            PredictionCsv.write(csv, formulas, y, p);
            m.put("predictions", csv.getFileName().toString());
        }
        return m;
    }

    /** Accuracy, log loss, ROC AUC (two classes) and per-member accuracy; writes the class probabilities. */
    private static Map<String, Object> evaluateClasses(RoostEnsemble model, List<EncodedComposition> x, double[] y,
            List<String> formulas, Path csv) {
        int[] truth = MetricsReport.labels(y);
        double[][][] members = model.memberClassProbabilitiesEncoded(x, 1);
        ClassPrediction p = ClassPrediction.combine(members);
        Map<String, Object> m = MetricsReport.classification(truth, members, p);
        if (csv != null) {
            PredictionCsv.writeClasses(csv, formulas, model.classes(), truth, p);
            m.put("predictions", csv.getFileName().toString());
        }
        return m;
    }

    /** Why a composition cannot be encoded, or null. */
    static final class EncodedCompositionCheck {
        static String reason(org.ionmat.core.composition.Composition c, ElementEmbedding emb) {
            try {
                EncodedComposition.of(c, emb);
                return null;
            } catch (InvalidInputException e) {
                return e.getMessage();
            }
        }
    }

    static List<EncodedComposition> encode(List<org.ionmat.core.composition.Composition> comps, List<String> formulas,
            ElementEmbedding emb, String what) {
        List<EncodedComposition> r = new ArrayList<>();
        for (int i = 0; i < comps.size(); i++) {
            try {
                r.add(EncodedComposition.of(comps.get(i), emb));
            } catch (InvalidInputException e) {
                throw new InvalidInputException(what + " composition '" + formulas.get(i) + "': " + e.getMessage());
            }
        }
        return r;
    }
}
