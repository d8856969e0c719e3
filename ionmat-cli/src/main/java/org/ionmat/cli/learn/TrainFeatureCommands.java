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
import org.ionmat.core.io.AtomicFiles;
import org.ionmat.core.InvalidInputException;
import org.ionmat.learn.data.CompositionTable;
import org.ionmat.learn.features.MagpieFeaturizer;
import org.ionmat.learn.forest.FeatureModel;
import org.ionmat.learn.forest.RandomForest;
import org.ionmat.learn.forest.RandomForestClassifier;
import org.ionmat.learn.forest.RidgeRegression;
import org.ionmat.learn.model.ClassPrediction;
import org.ionmat.learn.model.Prediction;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ionmat train rf} and {@code ionmat train linear}: baselines on Magpie features. */
public final class TrainFeatureCommands {

    private TrainFeatureCommands() {
    }

    /** Options and flow shared by both baselines. */
    abstract static class Base implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Mixin
        TrainingData dataOptions;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Model directory to write.")
        Path output;

        @Option(names = "--features", defaultValue = "magpie", paramLabel = "magpie",
                description = "Composition features (only magpie: 145 Magpie-style features).")
        String features;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        abstract FeatureModel fit(double[][] x, double[] y, Map<String, Object> md);

        /** True when the target column holds class labels. */
        boolean classification() {
            return false;
        }

        /**
         * Adds out-of-bag metrics of the training rows and writes their predictions to {@code csv}, when
         * the command was asked to (only forests can).
         */
        void outOfBag(double[][] x, CompositionTable train, Map<String, Object> metrics, Path csv) {
        }

        /** Fits a classifier to class indices (only commands whose {@link #classification} can be true). */
        FeatureModel fitClasses(double[][] x, int[] y, List<String> classes, Map<String, Object> md) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Integer call() throws java.io.IOException {
            if (!"magpie".equalsIgnoreCase(features)) {
                throw new InvalidInputException("--features: only 'magpie' is available, got '" + features + "'");
            }
            if (Files.exists(output) && !Files.isDirectory(output)) {
                throw new InvalidInputException(output.toString(), -1, null, "output exists and is not a directory");
            }
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            boolean classes = classification();
            TrainingData.Loaded data = dataOptions.load(err, classes);
            MagpieFeaturizer fz = MagpieFeaturizer.standard();
            CompositionTable train = usable(data.train(), fz, err);
            if (train.size() == 0) {
                throw new InvalidInputException(dataOptions.data.toString(), -1, null, "no training row has Magpie data");
            }
            long t0 = System.nanoTime();
            double[][] x = fz.features(train.compositions());
            double featSeconds = (System.nanoTime() - t0) / 1e9;
            Map<String, Object> md = new LinkedHashMap<>();
            md.put("data", data.description());
            long t1 = System.nanoTime();
            FeatureModel model = classes ? fitClasses(x, MetricsReport.labels(train.targets()), data.classes(), md)
                    : fit(x, train.targets(), md);
            double fitSeconds = (System.nanoTime() - t1) / 1e9;
            Map<String, Object> metrics = new LinkedHashMap<>();
            metrics.put("train", metrics(model, x, train, null));
            // everything goes into a staging directory that replaces the output's files only when complete
            Files.createDirectories(output.toAbsolutePath().getParent());
            Path staging = AtomicFiles.stagingDirectory(output);
            Map<String, Object> timing = new LinkedHashMap<>();
            try {
                outOfBag(x, train, metrics, staging.resolve("oob-predictions.csv"));
                if (data.test() != null && data.test().size() > 0) {
                    CompositionTable test = usable(data.test(), fz, err);
                    metrics.put("test", metrics(model, fz.features(test.compositions()), test,
                            staging.resolve("test-predictions.csv")));
                }
                timing.put("featurize_seconds", featSeconds);
                timing.put("fit_seconds", fitSeconds);
                md.put("timing", timing);
                md.put("metrics", metrics);
                model = model.withMetadata(md);
                model.save(staging);
                List<String> stale = new ArrayList<>();
                for (String f : List.of("oob-predictions.csv", "test-predictions.csv", "forest.bin")) {
                    if (!Files.exists(staging.resolve(f))) {
                        stale.add(f); // left by an earlier model in this directory: not this model's
                    }
                }
                AtomicFiles.publishDirectory(staging, output, "model.json");
                for (String f : stale) {
                    Files.deleteIfExists(output.resolve(f));
                }
            } finally {
                AtomicFiles.deleteTree(staging);
            }
            if (common.json()) {
                Map<String, Object> s = Json.object();
                s.put("model", output.toString());
                s.put("kind", model.kind());
                if (classes) {
                    s.put("task", "classification");
                    s.put("classes", model.classes());
                }
                s.put("metrics", metrics);
                s.put("timing", timing);
                Json.print(out, s);
            } else {
                out.printf(Locale.ROOT, "wrote %s (%s%s on %d Magpie features, fit %.1f s)%n", output, model.kind(),
                        classes ? " classifier, " + model.classes().size() + " classes," : "", fz.size(), fitSeconds);
                TrainRoostCommand.printMetrics(out, metrics);
                out.flush();
            }
            return Main.OK;
        }

        /** Metrics of the model on a table; with {@code csv}, also writes its predictions there. */
        private static Map<String, Object> metrics(FeatureModel model, double[][] x, CompositionTable table, Path csv) {
            if (!model.classes().isEmpty()) {
                int[] truth = MetricsReport.labels(table.targets());
                double[][][] trees = model.treeClassProbabilities(x);
                ClassPrediction p = ClassPrediction.combine(trees);
                Map<String, Object> m = MetricsReport.classification(truth, trees, p);
                if (csv != null) {
                    PredictionCsv.writeClasses(csv, table.formulas(), model.classes(), truth, p);
                    m.put("predictions", csv.getFileName().toString());
                }
                return m;
            }
            Prediction p = model.predictFeatures(x);
            Map<String, Object> m = MetricsReport.regression(table.targets(), p.mean());
            if (csv != null) {
                PredictionCsv.write(csv, table.formulas(), table.targets(), p);
                m.put("predictions", csv.getFileName().toString());
            }
            return m;
        }

        static CompositionTable usable(CompositionTable t, MagpieFeaturizer fz, PrintWriter err) {
            List<Integer> ok = new ArrayList<>();
            for (int i = 0; i < t.size(); i++) {
                if (fz.reject(t.compositions().get(i)) == null) {
                    ok.add(i);
                }
            }
            if (ok.size() < t.size()) {
                err.printf("%d row(s) without Magpie data left out%n", t.size() - ok.size());
            }
            return t.subset(ok.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /** The rows that have an out-of-bag prediction (every row unless a tree count is tiny). */
    static int[] predicted(double[] values) {
        return java.util.stream.IntStream.range(0, values.length).filter(i -> !Double.isNaN(values[i])).toArray();
    }

    /** Random forest. */
    @Command(name = "rf", aliases = "random-forest", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Random forest on Magpie-style composition features (thesis baseline: 200 trees, max_features 0.25).",
                    "With --task classification the target column holds class labels: Gini trees, class probabilities "
                            + "averaged over the trees (as scikit-learn's RandomForestClassifier), the trees taken as the "
                            + "ensemble members of the entropy split."})
    public static final class Rf extends Base {
        @Option(names = "--task", defaultValue = "regression", paramLabel = "regression|classification",
                description = "regression (default) or classification (the target column holds class labels; at most 100 "
                        + "classes).")
        String taskName;

        @Option(names = "--trees", defaultValue = "200", paramLabel = "N", description = "Trees (default ${DEFAULT-VALUE}).")
        int trees;

        @Option(names = "--max-features", defaultValue = "0.25", paramLabel = "F",
                description = "Fraction of features tried per split (default ${DEFAULT-VALUE}).")
        double maxFeatures;

        @Option(names = "--seed", defaultValue = "0", paramLabel = "N", description = "Seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--threads", defaultValue = "0", paramLabel = "N",
                description = "Threads growing trees (0: all processors; the forest is the same for any number).")
        int threads;

        @Option(names = "--oob", description = "Also predict every training row from the trees whose bootstrap sample left it "
                + "out (out of bag, as scikit-learn's oob_score): metrics.oob and DIR/oob-predictions.csv, held-out "
                + "predictions for 'ionmat calibrate DIR --predictions' that cost no training rows.")
        boolean oob;

        private RandomForest forest;
        private RandomForestClassifier classifier;

        @Override
        void outOfBag(double[][] x, CompositionTable train, Map<String, Object> metrics, Path csv) {
            if (!oob) {
                return;
            }
            // rows that every tree saw (possible only with very few rows or trees) have no out-of-bag prediction and are
            // left out
            ClassPrediction classes = classifier != null ? classifier.outOfBag(x) : null;
            Prediction values = classifier != null ? null : forest.outOfBag(x);
            int[] ok = predicted(classes != null ? classes.entropy() : values.mean());
            Map<String, Object> m = new LinkedHashMap<>();
            if (ok.length == 0) {
                m.put("n", 0);
                spec.commandLine().getErr().printf("--oob: every training row was in every tree's bootstrap sample (%d rows, "
                        + "%d trees); no out-of-bag predictions%n", train.size(), trees);
            } else {
                try {
                    Files.createDirectories(csv.getParent());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                CompositionTable t = train.subset(ok);
                if (classes != null) {
                    ClassPrediction p = new ClassPrediction(rows(classes.probabilities(), ok), rows(classes.entropy(), ok),
                            rows(classes.entropyAleatoric(), ok), rows(classes.entropyEpistemic(), ok));
                    int[] truth = MetricsReport.labels(t.targets());
                    m.putAll(MetricsReport.classification(truth, p.probabilities()));
                    PredictionCsv.writeClasses(csv, t.formulas(), this.classes, truth, p);
                } else {
                    Prediction p = new Prediction(rows(values.mean(), ok), rows(values.std(), ok),
                            rows(values.stdEpistemic(), ok), rows(values.stdAleatoric(), ok));
                    m.putAll(MetricsReport.regression(t.targets(), p.mean()));
                    PredictionCsv.write(csv, t.formulas(), t.targets(), p);
                }
                m.put("predictions", csv.getFileName().toString());
            }
            m.put("rows_without_oob_prediction", train.size() - ok.length);
            metrics.put("oob", m);
        }

        private static double[] rows(double[] a, int[] ok) {
            return java.util.Arrays.stream(ok).mapToDouble(i -> a[i]).toArray();
        }

        private static double[][] rows(double[][] a, int[] ok) {
            return java.util.Arrays.stream(ok).mapToObj(i -> a[i]).toArray(double[][]::new);
        }

        private List<String> classes = List.of();

        @Override
        FeatureModel fit(double[][] x, double[] y, Map<String, Object> md) {
            md.put("trees", trees);
            md.put("max_features", maxFeatures);
            md.put("bootstrap", true);
            md.put("seed", seed);
            forest = RandomForest.train(x, y, trees, maxFeatures, true, seed, threads);
            return FeatureModel.of(forest, dataOptions.transform(), dataOptions.target, md);
        }

        @Override
        boolean classification() {
            return switch (taskName.toLowerCase(Locale.ROOT)) {
                case "regression" -> false;
                case "classification" -> true;
                default -> throw new InvalidInputException("--task must be regression or classification, got '" + taskName + "'");
            };
        }

        @Override
        FeatureModel fitClasses(double[][] x, int[] y, List<String> classes, Map<String, Object> md) {
            md.put("trees", trees);
            md.put("max_features", maxFeatures);
            md.put("bootstrap", true);
            md.put("seed", seed);
            md.put("criterion", "gini");
            classifier = RandomForestClassifier.train(x, y, classes.size(), trees, maxFeatures, true, seed, threads);
            this.classes = classes;
            return FeatureModel.of(classifier, classes, dataOptions.target, md);
        }
    }

    /** Ridge regression. */
    @Command(name = "linear", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Ridge regression on standardised Magpie-style composition features.")
    public static final class Linear extends Base {
        @Option(names = "--alpha", defaultValue = "1.0", paramLabel = "A",
                description = "L2 penalty on the standardised weights (default ${DEFAULT-VALUE}).")
        double alpha;

        @Override
        FeatureModel fit(double[][] x, double[] y, Map<String, Object> md) {
            md.put("alpha", alpha);
            return FeatureModel.of(RidgeRegression.fit(x, y, alpha), dataOptions.transform(), dataOptions.target, md);
        }
    }
}
