package org.ionmat.cli.learn;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionmat.cli.CommonOptions;
import org.ionmat.cli.Json;
import org.ionmat.cli.Main;
import org.ionmat.core.InvalidInputException;
import org.ionmat.core.composition.Composition;
import org.ionmat.core.io.AtomicFiles;
import org.ionmat.learn.data.CompositionTable;
import org.ionmat.learn.eval.Calibration;
import org.ionmat.learn.eval.ClassificationMetrics;
import org.ionmat.learn.eval.ErrorDistribution;
import org.ionmat.learn.eval.SigmaFit;
import org.ionmat.learn.eval.SigmaMethodChoice;
import org.ionmat.learn.eval.TemperatureScaling;
import org.ionmat.learn.model.ClassPrediction;
import org.ionmat.learn.model.SigmaMap;
import org.ionmat.learn.roost.RoostEnsemble;
import org.ionmat.learn.model.CompositionModel;
import org.ionmat.learn.model.Prediction;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ionmat calibrate MODEL --data FILE.csv}: rescales a model's σ on held-out data. */
@Command(name = "calibrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Recalibrates a composition model's uncertainty (sigma scaling): predicts the rows of a calibration "
                + "file that the model was NOT trained on, fits the one factor s that maximises the likelihood of the errors "
                + "under s * sigma (closed form; Laplace by default, the distribution of Roost's robust loss), and stores "
                + "it in MODEL/model.json. 'predict' then reports s * sigma (total, epistemic and aleatoric alike); means "
                + "and the ranking of rows by sigma do not change.",
                "--method components fits one factor for the epistemic and one for the aleatoric sigma of an ensemble "
                        + "instead (sigma = sqrt((e*sigma_e)^2 + (a*sigma_a)^2)): ensemble members tend to agree too readily "
                        + "on new compositions while their aleatoric heads are fitted to the training rows. --method power "
                        + "fits sigma' = c*sigma^b (sigma in target units), for sigma whose range is off, as a random "
                        + "forest's tree spread. Each fit also reports what the other methods reach on the same rows.",
                "Refitting replaces the factors (the fit always starts from the model's own sigma); --clear removes them.",
                "Classifiers get temperature scaling instead: p_c is replaced by p_c^(1/T), normalised, with the T that "
                        + "minimises the log loss of the --data rows (labels in the target column); for a Roost ensemble "
                        + "every member is tempered (its logits divided by T), for a random forest the trees' mean (its "
                        + "mostly pure leaves give 0/1 tree probabilities). 'predict' reports the tempered probabilities.",
                "Workflow: train with a validation split (--test-fraction 0.1), then 'ionmat calibrate MODEL --predictions "
                        + "MODEL/test-predictions.csv'; judge the calibration on other rows ('predict -o --target', 'evaluate')."})
public final class CalibrateCommand implements Callable<Integer> {

    /** Fewest calibration rows accepted. */
    static final int MIN_ROWS = 10;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "MODEL", description = "Model directory (modified in place, atomically).")
    Path model;

    @Option(names = "--data", paramLabel = "FILE.csv",
            description = "Calibration rows with known targets, disjoint from the training data (e.g. a validation split).")
    Path data;

    @Option(names = "--predictions", paramLabel = "PRED.csv",
            description = "Instead of --data: this model's predictions of held-out rows with their targets, in the model's "
                    + "target units (the test-predictions.csv that 'train --test-fraction|--test' writes, or 'predict -o "
                    + "--target' output); nothing is re-predicted.")
    Path predictions;

    @Option(names = "--formula-column", paramLabel = "C",
            description = "Formula column of FILE.csv (default: the model's training formula column).")
    String formulaColumn;

    @Option(names = "--target", paramLabel = "T", description = "Target column of FILE.csv (default: the model's target).")
    String target;

    @Option(names = "--distribution", defaultValue = "laplace", paramLabel = "laplace|gaussian",
            description = "Error distribution of the likelihood (default ${DEFAULT-VALUE}).")
    String distribution;

    @Option(names = "--method", defaultValue = "auto", paramLabel = "auto|scale|components|power",
            description = "auto (default): the method chosen by 5-fold cross-validation on the calibration rows, the "
                    + "simplest within one standard error of the best (one factor below 20 rows); scale: one factor for all "
                    + "sigma; components: separate factors for the epistemic and the aleatoric sigma (ensembles with both "
                    + "parts); power: c*sigma^b.")
    String method;

    @Option(names = "--dry-run", description = "Fit and report, but leave model.json unchanged.")
    boolean dryRun;

    @Option(names = "--clear", description = "Remove the model's calibration (no --data).")
    boolean clear;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Folds and fold seed of --method auto. */
    private static final int CHOICE_FOLDS = 5;
    private static final long CHOICE_SEED = 0;

    @Override
    public Integer call() {
        JsonNode meta = ModelDirectory.metadata(model);
        if (!(meta instanceof ObjectNode root)) {
            throw new InvalidInputException(model.resolve("model.json").toString(), -1, null, "not a JSON object");
        }
        if (clear) {
            return clear(root);
        }
        if (meta.path("target").path("class_labels").size() > 0) {
            if (!"auto".equalsIgnoreCase(method)) {
                throw new InvalidInputException("--method applies to regression models; " + model
                        + " is a classifier and gets temperature scaling");
            }
            return calibrateClassifier(root);
        }
        if ((data == null) == (predictions == null)) {
            throw new InvalidInputException("calibrate needs either --data FILE.csv or --predictions PRED.csv (or --clear)");
        }
        ErrorDistribution dist = ErrorDistribution.of(distribution);
        String how = method.toLowerCase(Locale.ROOT);
        if (!List.of("scale", "components", "power", "auto").contains(how)) {
            throw new InvalidInputException("--method must be scale, components, power or auto, got '" + method + "'");
        }
        boolean components = how.equals("components");
        Held held = data != null ? predictData(root) : readPredictions(components);
        Path source = data != null ? data : predictions;
        requireRows(held.truth().length, held.leftOut(), source);
        double[] y = held.truth();
        double[] mu = held.mean();
        double[] sigma = held.sigma();
        SigmaMethodChoice.Result choice = null;
        String choiceLine = "";
        if (how.equals("auto") && y.length < SigmaMethodChoice.MIN_ROWS) {
            how = "scale";
            choiceLine = String.format(Locale.ROOT, "--method auto: %d rows are too few to cross-validate (%d needed): one "
                    + "factor%n", y.length, SigmaMethodChoice.MIN_ROWS);
        } else if (how.equals("auto")) {
            try {
                List<SigmaMethodChoice.Candidate> candidates = new ArrayList<>(SigmaMethodChoice.standardCandidates(dist));
                if (Double.isNaN(held.epistemic()[0])) { // a predictions file without the two sigma parts
                    candidates.replaceAll(c -> !c.name().equals("components") ? c : new SigmaMethodChoice.Candidate(c.name(),
                            c.parameters(), (t, m, sd, e, a) -> {
                                throw new IllegalArgumentException("no std_epistemic and std_aleatoric columns");
                            }));
                }
                choice = SigmaMethodChoice.choose(candidates, y, mu, sigma, held.epistemic(), held.aleatoric(), dist,
                        CHOICE_FOLDS, CHOICE_SEED);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(source.toString(), -1, null, "--method auto: " + e.getMessage());
            }
            how = choice.chosen();
        }
        SigmaFit fit;
        try {
            fit = fit(how, held, dist);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(source.toString(), -1, null, e.getMessage());
        }
        SigmaMap map = fit.map();
        String chosenBy = choice != null ? "cross-validation" : method.equalsIgnoreCase("auto") ? "too few rows" : "user";
        double nllBefore = fit.nllBefore();
        double nllAfter = fit.nllAfter();
        // what the other methods reach on the same rows (in-sample, so the two-parameter ones have an edge)
        Map<String, Object> others = new java.util.LinkedHashMap<>();
        for (String other : List.of("scale", "components", "power")) {
            if (!other.equals(how)) {
                try {
                    others.put(other, fit(other, held, dist).nllAfter());
                } catch (IllegalArgumentException e) {
                    // not applicable here (e.g. no aleatoric part): not offered
                }
            }
        }
        int n = y.length;
        double[] scaled = map.apply(new Prediction(mu, sigma, held.epistemic(), held.aleatoric())).std();
        Calibration before = Calibration.of(y, mu, sigma);
        Calibration after = Calibration.of(y, mu, scaled);
        Map<String, Object> cal = Json.object();
        cal.put("method", how);
        cal.put("method_chosen_by", chosenBy);
        if (map instanceof SigmaMap.Components c) {
            cal.put("scale_epistemic", c.epistemic());
            cal.put("scale_aleatoric", c.aleatoric());
        } else if (map instanceof SigmaMap.Power pw) {
            cal.put("scale", pw.scale());
            cal.put("exponent", pw.exponent());
        } else {
            cal.put("scale", ((SigmaMap.Scale) map).factor());
        }
        cal.put("distribution", dist.key());
        cal.put(data != null ? "file" : "predictions_file", source.toString());
        cal.put("sha256", CompositionTable.sha256(source));
        if (data != null) {
            cal.put("formula_column", held.formulaColumn());
            cal.put("target_column", held.targetColumn());
        }
        cal.put("rows", n);
        cal.put("rows_left_out", held.leftOut().size());
        cal.put("nll_before", nllBefore);
        cal.put("nll_after", nllAfter);
        cal.put("within_1_sigma_before", before.within1());
        cal.put("within_1_sigma_after", after.within1());
        cal.put("within_1.96_sigma_before", before.within2());
        cal.put("within_1.96_sigma_after", after.within2());
        cal.put("expected_within_1_sigma", dist.probabilityWithin(1));
        cal.put("expected_within_1.96_sigma", dist.probabilityWithin(1.96));
        cal.put("nll_after_other_methods", others);
        if (choice != null) {
            SigmaMethodChoice.Result r = choice;
            Map<String, Object> c = Json.object();
            c.put("rule", "fewest parameters within one standard error of the lowest cross-validated NLL");
            c.put("folds", choice.folds());
            c.put("seed", CHOICE_SEED);
            c.put("cross_validated_nll", choice.crossValidatedNll());
            c.put("standard_error_of_difference_to_best", choice.standardError());
            c.put("lowest", choice.best());
            c.put("not_applicable", choice.skipped());
            cal.put("method_choice", c);
            StringBuilder cv = new StringBuilder();
            r.crossValidatedNll().forEach((k, v) -> cv.append(cv.length() == 0 ? "" : ", ").append(String.format(
                    Locale.ROOT, "%s %.4f", k, v)).append(k.equals(r.best()) ? "" : String.format(Locale.ROOT,
                    " (+%.4f +- %.4f)", v - r.crossValidatedNll().get(r.best()), r.standardError().get(k))));
            choiceLine = String.format(Locale.ROOT, "--method auto: %d-fold cross-validated NLL %s -> %s%s%n", choice.folds(),
                    cv, choice.chosen(), choice.skipped().isEmpty() ? "" : "; not applicable: "
                            + String.join(", ", choice.skipped().keySet()));
        }
        String factors = PredictCommand.describe(map);
        StringBuilder alternatives = new StringBuilder();
        others.forEach((k, v) -> alternatives.append(alternatives.length() == 0 ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %.4f", k, (Double) v)));
        return store(root, ModelDirectory.SIGMA_CALIBRATION, cal, String.format(Locale.ROOT,
                "%s: %d calibration rows from %s (%d left out)%n%s"
                        + "%s (%s); mean negative log-likelihood %.4f -> %.4f%n"
                        + "within 1 sigma %.1f%% -> %.1f%% (%s: %.1f%%); within 1.96 sigma %.1f%% -> %.1f%% (%.1f%%)%n%s",
                model, n, source, held.leftOut().size(), choiceLine, factors, dist.key(), nllBefore, nllAfter,
                100 * before.within1(), 100 * after.within1(), dist.key(), 100 * dist.probabilityWithin(1),
                100 * before.within2(), 100 * after.within2(), 100 * dist.probabilityWithin(1.96),
                alternatives.length() == 0 ? "" : "mean negative log-likelihood of the other --method fits on these rows: "
                        + alternatives + " (judge them on other rows)\n"));
    }

    /** Fits σ recalibration {@code how} (scale, components or power) to the held-out rows. */
    private static SigmaFit fit(String how, Held held, ErrorDistribution dist) {
        for (SigmaMethodChoice.Candidate c : SigmaMethodChoice.standardCandidates(dist)) {
            if (c.name().equals(how)) {
                return c.fitter().fit(held.truth(), held.mean(), held.sigma(), held.epistemic(), held.aleatoric());
            }
        }
        throw new IllegalStateException("unknown method " + how);
    }

    /**
     * Temperature scaling of a classifier on the labelled rows of --data (the members' probabilities
     * are needed, so a predictions file will not do).
     */
    private int calibrateClassifier(ObjectNode root) {
        if (data == null || predictions != null) {
            throw new InvalidInputException(model + " is a classifier: calibrate it with --data FILE.csv (labelled rows it "
                    + "was not trained on); --predictions holds only the averaged probabilities");
        }
        CompositionModel m = ModelDirectory.loadUncalibrated(model);
        DataRows d = readData(m, root.path("data"), true);
        requireRows(d.accepted().size(), d.leftOut(), data);
        List<Composition> ok = new ArrayList<>();
        int[] y = new int[d.accepted().size()];
        for (int k = 0; k < y.length; k++) {
            ok.add(d.table().compositions().get(d.accepted().get(k)));
            y[k] = (int) d.table().targets()[d.accepted().get(k)];
        }
        double[][][] members = m.memberClassProbabilities(ok);
        // a network's members are tempered one by one (their logits); a forest's trees mostly give 0/1, so its mean is
        boolean ofMean = !RoostEnsemble.KIND.equals(m.kind());
        double[][][] tempered = ofMean ? new double[][][] {ClassPrediction.combine(members).probabilities()} : members;
        TemperatureScaling fit = TemperatureScaling.fit(y, tempered);
        Map<String, Object> cal = Json.object();
        cal.put("temperature", fit.temperature());
        cal.put("level", ofMean ? "mean" : "members");
        cal.put("at_search_bound", fit.atSearchBound());
        cal.put("file", data.toString());
        cal.put("sha256", d.table().sha256());
        cal.put("formula_column", d.formulaColumn());
        cal.put("target_column", d.targetColumn());
        cal.put("rows", y.length);
        cal.put("rows_left_out", d.leftOut().size());
        cal.put("nll_before", fit.nllBefore());
        cal.put("nll_after", fit.nllAfter());
        cal.put("accuracy", ClassificationMetrics.of(y, ClassPrediction.combine(members).probabilities()).accuracy());
        return store(root, ModelDirectory.PROBABILITY_CALIBRATION, cal, String.format(Locale.ROOT,
                "%s: %d calibration rows from %s (%d left out)%n"
                        + "temperature %.4f (%s); mean negative log-likelihood (log loss) %.4f -> %.4f%n%s",
                model, y.length, data, d.leftOut().size(), fit.temperature(), ofMean ? "of the mean probabilities"
                        : "of each member", fit.nllBefore(), fit.nllAfter(), fit.atSearchBound() ? String.format(Locale.ROOT,
                                "warning: T is at the end of the searched range [%g, %g]; the likelihood may still fall "
                                        + "beyond it%n", TemperatureScaling.MIN_T, TemperatureScaling.MAX_T) : ""));
    }

    /** The rows of --data (the table, the indices of the rows the model accepts, the rows left out, the columns). */
    private record DataRows(CompositionTable table, List<Integer> accepted, List<String> leftOut, String formulaColumn,
            String targetColumn) {
    }

    /**
     * Reads --data with the model's columns unless given (targets as class indices for a
     * classifier, in the model's target units otherwise); refuses the training file itself.
     */
    private DataRows readData(CompositionModel m, JsonNode trained, boolean labels) {
        String fc = formulaColumn != null ? formulaColumn : trained.path("formula_column").asText("composition");
        String tc = target != null ? target : m.targetName();
        CompositionTable t = labels ? CompositionTable.readClasses(data, fc, tc, m.classes())
                : CompositionTable.read(data, fc, tc, m.transform());
        if (t.sha256().equals(trained.path("sha256").asText())) {
            throw new InvalidInputException(data.toString(), -1, null, "is the model's training data (same SHA-256); "
                    + "calibrate on rows the model was not trained on");
        }
        List<String> leftOut = new ArrayList<>(t.rejected());
        List<Integer> accepted = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            String why = m.reject(t.compositions().get(i));
            if (why == null) {
                accepted.add(i);
            } else {
                leftOut.add("line " + t.lines()[i] + ": " + t.formulas().get(i) + ": " + why);
            }
        }
        return new DataRows(t, accepted, leftOut, fc, tc);
    }

    /** At least {@link #MIN_ROWS} usable rows, else bad input; reports the rows left out on stderr. */
    private void requireRows(int usable, List<String> leftOut, Path source) {
        if (usable < MIN_ROWS) {
            throw new InvalidInputException(source.toString(), -1, null, usable + " usable calibration row(s); need at least "
                    + MIN_ROWS + (leftOut.isEmpty() ? "" : " (" + leftOut.size() + " left out, e.g. " + leftOut.get(0) + ")"));
        }
        if (!leftOut.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.printf("%s: %d row(s) left out, e.g. %s%n", source, leftOut.size(), leftOut.get(0));
            err.flush();
        }
    }

    /** Writes the calibration under {@code key} (unless --dry-run) and reports it as JSON or as {@code text}. */
    private int store(ObjectNode root, String key, Map<String, Object> cal, String text) {
        if (!dryRun) {
            root.set(key, JSON.valueToTree(cal));
            write(root);
        }
        PrintWriter w = spec.commandLine().getOut();
        if (common.json()) {
            Map<String, Object> out = Json.object();
            out.put("model", model.toString());
            out.put("written", !dryRun);
            out.put(key, cal);
            Json.print(w, out);
        } else {
            w.print(text);
            w.println(dryRun ? "dry run: model.json unchanged" : "wrote " + model.resolve("model.json"));
            w.flush();
        }
        return Main.OK;
    }

    /**
     * Held-out truths, predicted means and σ with its two components (model units, NaN when a
     * predictions file lacks them) of the usable rows, and the rows left out.
     */
    private record Held(double[] truth, double[] mean, double[] sigma, double[] epistemic, double[] aleatoric,
            List<String> leftOut, String formulaColumn, String targetColumn) {
    }

    /** Predicts the accepted rows of --data with the uncalibrated model. */
    private Held predictData(JsonNode meta) {
        CompositionModel m = ModelDirectory.loadUncalibrated(model);
        DataRows d = readData(m, meta.path("data"), false);
        List<Composition> ok = new ArrayList<>();
        double[] truth = new double[d.accepted().size()];
        for (int k = 0; k < truth.length; k++) {
            ok.add(d.table().compositions().get(d.accepted().get(k)));
            truth[k] = d.table().targets()[d.accepted().get(k)];
        }
        Prediction p = ok.isEmpty() ? new Prediction(new double[0], new double[0], new double[0], new double[0])
                : m.predict(ok);
        CompositionTable t = d.table();
        return usable(truth, p.mean(), p.std(), p.stdEpistemic(), p.stdAleatoric(), k -> "line " + t.lines()[d.accepted().get(k)] + ": "
                + t.formulas().get(d.accepted().get(k)), d.leftOut(), d.formulaColumn(), d.targetColumn());
    }

    /**
     * Reads --predictions (target, mean, std and, for {@code components}, its two parts, in model
     * units). Predictions of a calibrated model carry its factors (sigma_scale, or
     * sigma_scale_epistemic and sigma_scale_aleatoric), which are divided out: the fit always starts
     * from the model's own σ.
     */
    private Held readPredictions(boolean components) {
        if (formulaColumn != null || target != null) {
            throw new InvalidInputException("--formula-column and --target go with --data, not --predictions");
        }
        PredictionCsv.Rows r = PredictionCsv.read(predictions);
        if (components && !r.hasSplit()) {
            throw new InvalidInputException(predictions.toString(), -1, null,
                    "--method components needs the std_epistemic and std_aleatoric columns");
        }
        List<String> leftOut = new ArrayList<>();
        if (r.skipped() > 0) {
            leftOut.add(r.skipped() + " row(s) without a prediction or a target");
        }
        double[] common = factorColumn(r, "sigma_scale");
        double[] fe = factorColumn(r, "sigma_scale_epistemic");
        double[] fa = factorColumn(r, "sigma_scale_aleatoric");
        int n = r.std().length;
        double[] sigma = new double[n];
        double[] epi = new double[n];
        double[] ale = new double[n];
        for (int k = 0; k < n; k++) {
            double e = common != null ? common[k] : fe != null ? fe[k] : 1;
            double a = common != null ? common[k] : fa != null ? fa[k] : 1;
            epi[k] = r.epistemic()[k] / e;
            ale[k] = r.aleatoric()[k] / a;
            sigma[k] = e == a ? r.std()[k] / e : Math.hypot(epi[k], ale[k]);
        }
        return usable(r.target(), r.mean(), sigma, epi, ale, k -> "line " + r.table().line(r.rows()[k]), leftOut, null, null);
    }

    /** The values of a factor column of a predictions file for the scored rows, or null without the column. */
    private double[] factorColumn(PredictionCsv.Rows r, String name) {
        int c = r.table().header().indexOf(name);
        if (c < 0) {
            return null;
        }
        double[] v = new double[r.rows().length];
        for (int k = 0; k < v.length; k++) {
            String cell = r.table().get(r.rows()[k], c);
            try {
                v[k] = Double.parseDouble(cell);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(predictions.toString(), r.table().line(r.rows()[k]), cell,
                        name + " is not a number");
            }
            if (!(v[k] > 0) || Double.isInfinite(v[k])) {
                throw new InvalidInputException(predictions.toString(), r.table().line(r.rows()[k]), cell,
                        name + " must be a positive number");
            }
        }
        return v;
    }

    /** Keeps the rows with a positive, finite σ; the others join {@code leftOut}. */
    private static Held usable(double[] truth, double[] mean, double[] sigma, double[] epistemic, double[] aleatoric,
            java.util.function.IntFunction<String> where, List<String> leftOut, String fc, String tc) {
        List<Integer> use = new ArrayList<>();
        for (int k = 0; k < truth.length; k++) {
            if (sigma[k] > 0 && Double.isFinite(sigma[k])) {
                use.add(k);
            } else {
                leftOut.add(where.apply(k) + ": predicted sigma is " + sigma[k]);
            }
        }
        int n = use.size();
        double[] y = new double[n];
        double[] mu = new double[n];
        double[] s = new double[n];
        double[] e = new double[n];
        double[] a = new double[n];
        for (int j = 0; j < n; j++) {
            y[j] = truth[use.get(j)];
            mu[j] = mean[use.get(j)];
            s[j] = sigma[use.get(j)];
            e[j] = epistemic[use.get(j)];
            a[j] = aleatoric[use.get(j)];
        }
        return new Held(y, mu, s, e, a, leftOut, fc, tc);
    }

    private int clear(ObjectNode root) {
        if (data != null || predictions != null) {
            throw new InvalidInputException("use --clear alone, without --data or --predictions");
        }
        boolean had = root.remove(ModelDirectory.SIGMA_CALIBRATION) != null
                | root.remove(ModelDirectory.PROBABILITY_CALIBRATION) != null;
        if (had && !dryRun) {
            write(root);
        }
        Map<String, Object> out = Json.object();
        out.put("model", model.toString());
        out.put("removed", had);
        out.put("written", had && !dryRun);
        PrintWriter w = spec.commandLine().getOut();
        if (common.json()) {
            Json.print(w, out);
        } else {
            w.println(had ? (dryRun ? "dry run: would remove the calibration of " : "removed the calibration of ") + model
                    : model + " has no calibration");
            w.flush();
        }
        return Main.OK;
    }

    private void write(ObjectNode root) {
        try {
            AtomicFiles.write(model.resolve("model.json"), JSON.writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
