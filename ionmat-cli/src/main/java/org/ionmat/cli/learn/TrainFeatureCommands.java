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
import org.ionmat.learn.data.CompositionTable;
import org.ionmat.learn.eval.RegressionMetrics;
import org.ionmat.learn.features.MagpieFeaturizer;
import org.ionmat.learn.forest.FeatureModel;
import org.ionmat.learn.forest.RandomForest;
import org.ionmat.learn.forest.RidgeRegression;
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
            TrainingData.Loaded data = dataOptions.load(err);
            MagpieFeaturizer fz = MagpieFeaturizer.standard();
            CompositionTable train = usable(data.train(), fz, err);
            long t0 = System.nanoTime();
            double[][] x = fz.features(train.compositions());
            double featSeconds = (System.nanoTime() - t0) / 1e9;
            Map<String, Object> md = new LinkedHashMap<>();
            md.put("data", data.description());
            long t1 = System.nanoTime();
            FeatureModel model = fit(x, train.targets(), md);
            double fitSeconds = (System.nanoTime() - t1) / 1e9;
            Map<String, Object> metrics = new LinkedHashMap<>();
            metrics.put("train", metrics(train.targets(), model.predictFeatures(x)));
            if (data.test() != null && data.test().size() > 0) {
                CompositionTable test = usable(data.test(), fz, err);
                Prediction p = model.predictFeatures(fz.features(test.compositions()));
                Map<String, Object> tm = metrics(test.targets(), p);
                Files.createDirectories(output);
                PredictionCsv.write(output.resolve("test-predictions.csv"), test.formulas(), test.targets(), p);
                tm.put("predictions", "test-predictions.csv");
                metrics.put("test", tm);
            }
            Map<String, Object> timing = new LinkedHashMap<>();
            timing.put("featurize_seconds", featSeconds);
            timing.put("fit_seconds", fitSeconds);
            md.put("timing", timing);
            md.put("metrics", metrics);
            model = model.withMetadata(md);
            model.save(output);
            if (common.json()) {
                Map<String, Object> s = Json.object();
                s.put("model", output.toString());
                s.put("kind", model.kind());
                s.put("metrics", metrics);
                s.put("timing", timing);
                Json.print(out, s);
            } else {
                out.printf(Locale.ROOT, "wrote %s (%s on %d Magpie features, fit %.1f s)%n", output, model.kind(), fz.size(),
                        fitSeconds);
                TrainRoostCommand.printMetrics(out, metrics);
                out.flush();
            }
            return Main.OK;
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

        static Map<String, Object> metrics(double[] y, Prediction p) {
            RegressionMetrics r = RegressionMetrics.of(y, p.mean());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("n", r.n());
            m.put("mae", r.mae());
            m.put("rmse", r.rmse());
            m.put("r2", r.r2());
            return m;
        }
    }

    /** Random forest. */
    @Command(name = "rf", aliases = "random-forest", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Random forest on Magpie-style composition features (thesis baseline: 200 trees, max_features 0.25).")
    public static final class Rf extends Base {
        @Option(names = "--trees", defaultValue = "200", paramLabel = "N", description = "Trees (default ${DEFAULT-VALUE}).")
        int trees;

        @Option(names = "--max-features", defaultValue = "0.25", paramLabel = "F",
                description = "Fraction of features tried per split (default ${DEFAULT-VALUE}).")
        double maxFeatures;

        @Option(names = "--seed", defaultValue = "0", paramLabel = "N", description = "Seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Override
        FeatureModel fit(double[][] x, double[] y, Map<String, Object> md) {
            md.put("trees", trees);
            md.put("max_features", maxFeatures);
            md.put("bootstrap", true);
            md.put("seed", seed);
            return FeatureModel.of(RandomForest.train(x, y, trees, maxFeatures, true, seed), dataOptions.transform(),
                    dataOptions.target, md);
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
