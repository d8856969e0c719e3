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
import org.ionmat.core.composition.Composition;
import org.ionmat.learn.data.CsvTable;
import org.ionmat.core.io.AtomicFiles;
import org.ionmat.learn.model.CalibratedModel;
import org.ionmat.learn.model.SigmaMap;
import org.ionmat.learn.model.ClassPrediction;
import org.ionmat.learn.model.CompositionModel;
import org.ionmat.learn.model.TemperedClassifier;
import org.ionmat.learn.model.Prediction;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ionmat predict MODEL FILE.csv|FORMULA...}: predictions with uncertainty. */
@Command(name = "predict", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Predicts the target of a composition model (Roost ensemble, random forest, linear) with its "
                + "uncertainty: mean, total sigma, epistemic and aleatoric sigma, in the model's target units "
                + "(log10 units for --log10 models).",
                "Rows whose formula cannot be parsed or whose elements the model does not cover are reported per row; "
                        + "the others are still predicted. JSON: an array of {formula, mean, std, std_epistemic, "
                        + "std_aleatoric} (plus the factors applied, sigma_scale or sigma_scale_epistemic and sigma_scale_aleatoric, when 'ionmat calibrate' recalibrated the sigma), for a classifier "
                        + "{formula, class, probabilities, entropy, entropy_aleatoric, entropy_epistemic} (plus temperature "
                        + "when calibrated), or {formula, error}, in input order."})
public final class PredictCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "MODEL", description = "Model directory.")
    Path model;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE.csv|FORMULA",
            description = "A CSV file with a formula column, or formulas.")
    List<String> inputs;

    @Option(names = "--formula-column", paramLabel = "C",
            description = "Formula column of a CSV input (default: the model's, else 'composition' or 'formula').")
    String formulaColumn;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.csv", description = "Write the predictions as CSV; the terminal then shows only the summary and the rejected rows.")
    Path output;

    @Option(names = "--target", paramLabel = "T",
            description = "Target column of a CSV input: copied into the -o file as column 'target' (in the model's target "
                    + "units, i.e. log10 for --log10 models; blank where it is not a number), so that 'ionmat evaluate' can "
                    + "score the predictions.")
    String target;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CompositionModel m = ModelDirectory.load(model);
        boolean classifier = !m.classes().isEmpty();
        List<String> formulas = new ArrayList<>();
        List<String> targets = null;
        if (inputs.size() == 1 && inputs.get(0).toLowerCase(Locale.ROOT).endsWith(".csv")) {
            Path f = Path.of(inputs.get(0));
            if (!Files.isRegularFile(f)) {
                throw new InvalidInputException(f.toString(), -1, null, "file not found");
            }
            CsvTable t = CsvTable.read(f);
            int c = t.column(PredictionCsv.formulaColumn(t, formulaColumn));
            int tc = target == null ? -1 : t.column(target);
            targets = tc < 0 ? null : new ArrayList<>();
            for (int i = 0; i < t.size(); i++) {
                formulas.add(t.get(i, c));
                if (tc >= 0) {
                    targets.add(classifier ? PredictionCsv.field(t.get(i, tc).trim()) : targetCell(t.get(i, tc), m.transform()));
                }
            }
        } else {
            if (target != null) {
                throw new InvalidInputException("--target needs a CSV input, not formulas");
            }
            formulas.addAll(inputs);
        }
        String[] errors = new String[formulas.size()];
        List<Composition> ok = new ArrayList<>();
        List<Integer> okIdx = new ArrayList<>();
        for (int i = 0; i < formulas.size(); i++) {
            try {
                Composition c = Composition.parse(formulas.get(i));
                String why = c.isEmpty() ? "empty composition" : m.reject(c);
                if (why != null) {
                    errors[i] = why;
                } else {
                    ok.add(c);
                    okIdx.add(i);
                }
            } catch (InvalidInputException e) {
                errors[i] = e.getMessage();
            }
        }
        long t0 = System.nanoTime();
        Prediction p = ok.isEmpty() || classifier ? null : m.predict(ok);
        ClassPrediction cp = ok.isEmpty() || !classifier ? null : m.classify(ok);
        double seconds = (System.nanoTime() - t0) / 1e9;
        int[] row = new int[formulas.size()];
        java.util.Arrays.fill(row, -1);
        for (int k = 0; k < okIdx.size(); k++) {
            row[okIdx.get(k)] = k;
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < formulas.size(); i++) {
            Map<String, Object> o = Json.object();
            o.put("formula", formulas.get(i));
            if (row[i] < 0) {
                o.put("error", errors[i]);
            } else if (classifier) {
                int k = row[i];
                o.put("class", m.classes().get(cp.predicted(k)));
                Map<String, Object> probabilities = Json.object();
                for (int c = 0; c < m.classes().size(); c++) {
                    probabilities.put(m.classes().get(c), cp.probabilities()[k][c]);
                }
                o.put("probabilities", probabilities);
                o.put("entropy", cp.entropy()[k]);
                o.put("entropy_aleatoric", cp.entropyAleatoric()[k]);
                o.put("entropy_epistemic", cp.entropyEpistemic()[k]);
                if (m instanceof TemperedClassifier tc) {
                    o.put("temperature", tc.temperature());
                }
            } else {
                int k = row[i];
                o.put("mean", p.mean()[k]);
                o.put("std", p.std()[k]);
                o.put("std_epistemic", p.stdEpistemic()[k]);
                o.put("std_aleatoric", p.stdAleatoric()[k]);
                if (m instanceof CalibratedModel cm) {
                    putFactors(o, cm.map(), p.std()[k]);
                }
            }
            out.add(o);
        }
        if (output != null && classifier) {
            writeClasses(m.classes(), out, targets);
        } else if (output != null) {
            writeRegression(m, out, targets);
        }
        PrintWriter w = spec.commandLine().getOut();
        if (common.json()) {
            Json.print(w, out);
        } else {
            String unit = m.transform() == org.ionmat.learn.model.TargetTransform.LOG10 ? "log10(" + m.targetName() + ")"
                    : m.targetName();
            w.printf(Locale.ROOT, "%s model, target %s; %d of %d rows predicted in %.3f s%n", m.kind(), unit, ok.size(),
                    formulas.size(), seconds);
            if (m instanceof CalibratedModel cm) {
                w.printf(Locale.ROOT, "sigma recalibrated ('ionmat calibrate'): %s%n", describe(cm.map()));
            }
            if (m instanceof TemperedClassifier tc) {
                w.printf(Locale.ROOT, "probabilities recalibrated: %s T = %.4f ('ionmat calibrate')%n",
                        tc.ofMean() ? "mean probabilities tempered by" : "member logits divided by", tc.temperature());
            }
            if (output != null) {
                // the table is in the file: list only the rejected rows here
                w.printf(Locale.ROOT, "wrote %s: %d rows, %d rejected%n", output, out.size(), formulas.size() - ok.size());
                for (Map<String, Object> o : out) {
                    if (o.containsKey("error")) {
                        w.printf(Locale.ROOT, "%-28s error: %s%n", o.get("formula"), o.get("error"));
                    }
                }
                w.flush();
                return Main.OK;
            }
            if (classifier) {
                printClasses(w, out);
                return Main.OK;
            }
            w.printf(Locale.ROOT, "%-28s %12s %10s %10s %10s%n", "formula", "mean", "std", "epistemic", "aleatoric");
            for (Map<String, Object> o : out) {
                if (o.containsKey("error")) {
                    w.printf(Locale.ROOT, "%-28s error: %s%n", o.get("formula"), o.get("error"));
                } else {
                    w.printf(Locale.ROOT, "%-28s %12.4f %10.4f %10.4f %10.4f%n", o.get("formula"), o.get("mean"), o.get("std"),
                            o.get("std_epistemic"), o.get("std_aleatoric"));
                }
            }
            w.flush();
        }
        return Main.OK;
    }

    /** CSV of a regression model's predictions: mean, the three sigma, error (and sigma_scale when calibrated). */
    private void writeRegression(CompositionModel m, List<Map<String, Object>> out, List<String> targets) {
        // a calibrated model's file says by how much its sigma were scaled, so that they can be undone
        SigmaMap map = m instanceof CalibratedModel cm ? cm.map() : null;
        StringBuilder sb = new StringBuilder(targets == null ? "formula," : "formula,target,")
                .append("mean,std,std_epistemic,std_aleatoric,error")
                .append(map == null ? "\n" : map instanceof SigmaMap.Components ? ",sigma_scale_epistemic,sigma_scale_aleatoric\n"
                        : ",sigma_scale\n");
        for (int i = 0; i < out.size(); i++) {
            Map<String, Object> o = out.get(i);
            String f = (String) o.get("formula");
            sb.append(PredictionCsv.field(f)).append(',');
            if (targets != null) {
                sb.append(targets.get(i)).append(',');
            }
            if (o.containsKey("error")) {
                sb.append(",,,,").append(PredictionCsv.field((String) o.get("error")));
            } else {
                sb.append(String.format(Locale.ROOT, "%.6g,%.6g,%.6g,%.6g,", o.get("mean"), o.get("std"),
                        o.get("std_epistemic"), o.get("std_aleatoric")));
            }
            if (map != null) {
                // the factors by which this row's sigma were multiplied (a power law's depend on the row)
                Map<String, Object> factors = new LinkedHashMap<>();
                if (!o.containsKey("error") || map instanceof SigmaMap.Scale) {
                    putFactors(factors, map, o.containsKey("error") ? 0 : (Double) o.get("std"));
                }
                if (factors.isEmpty()) {
                    sb.append(map instanceof SigmaMap.Components ? ",," : ",");
                }
                for (Object v : factors.values()) {
                    sb.append(String.format(Locale.ROOT, ",%.10g", (Double) v));
                }
            }
            sb.append('\n');
        }
        AtomicFiles.write(output, sb.toString());
    }

    /**
     * The factors by which a row's σ were multiplied: {@code sigma_scale} (one factor, or a power
     * law's factor at this row's recalibrated σ), or {@code sigma_scale_epistemic} and
     * {@code sigma_scale_aleatoric}.
     */
    private static void putFactors(Map<String, Object> o, SigmaMap map, double calibratedSigma) {
        if (map instanceof SigmaMap.Scale sc) {
            o.put("sigma_scale", sc.factor());
        } else if (map instanceof SigmaMap.Components c) {
            o.put("sigma_scale_epistemic", c.epistemic());
            o.put("sigma_scale_aleatoric", c.aleatoric());
        } else if (map instanceof SigmaMap.Power pw) {
            o.put("sigma_scale", pw.factorOfCalibrated(calibratedSigma));
        }
    }

    /** One line that says how σ were recalibrated. */
    static String describe(SigmaMap map) {
        if (map instanceof SigmaMap.Components c) {
            return String.format(Locale.ROOT, "epistemic sigma times %.4f, aleatoric sigma times %.4f", c.epistemic(),
                    c.aleatoric());
        }
        if (map instanceof SigmaMap.Power pw) {
            return String.format(Locale.ROOT, "sigma -> %.4f * sigma^%.4f", pw.scale(), pw.exponent());
        }
        return String.format(Locale.ROOT, "the model's sigma times %.4f", ((SigmaMap.Scale) map).factor());
    }

    /** CSV of a classifier's predictions: class, one probability column per class, the entropy split, error. */
    private void writeClasses(List<String> classes, List<Map<String, Object>> out, List<String> targets) {
        StringBuilder sb = new StringBuilder(targets == null ? "formula,class" : "formula,target,class");
        for (String c : classes) {
            sb.append(',').append(PredictionCsv.field("p_" + c));
        }
        sb.append(",entropy,entropy_aleatoric,entropy_epistemic,error\n");
        for (int i = 0; i < out.size(); i++) {
            Map<String, Object> o = out.get(i);
            sb.append(PredictionCsv.field((String) o.get("formula"))).append(',');
            if (targets != null) {
                sb.append(targets.get(i)).append(',');
            }
            if (o.containsKey("error")) {
                sb.append(",".repeat(classes.size() + 3)).append(PredictionCsv.field((String) o.get("error")));
            } else {
                sb.append(PredictionCsv.field((String) o.get("class")));
                @SuppressWarnings("unchecked")
                Map<String, Object> pr = (Map<String, Object>) o.get("probabilities");
                for (String c : classes) {
                    sb.append(String.format(Locale.ROOT, ",%.6g", pr.get(c)));
                }
                sb.append(String.format(Locale.ROOT, ",%.6g,%.6g,%.6g,", o.get("entropy"), o.get("entropy_aleatoric"),
                        o.get("entropy_epistemic")));
            }
            sb.append('\n');
        }
        AtomicFiles.write(output, sb.toString());
    }

    private static void printClasses(PrintWriter w, List<Map<String, Object>> out) {
        w.printf(Locale.ROOT, "%-28s %-16s %8s %10s %10s %10s%n", "formula", "class", "p(class)", "entropy", "aleatoric",
                "epistemic");
        for (Map<String, Object> o : out) {
            if (o.containsKey("error")) {
                w.printf(Locale.ROOT, "%-28s error: %s%n", o.get("formula"), o.get("error"));
            } else {
                Object p = ((Map<?, ?>) o.get("probabilities")).get(o.get("class"));
                w.printf(Locale.ROOT, "%-28s %-16s %8.4f %10.4f %10.4f %10.4f%n", o.get("formula"), o.get("class"), p,
                        o.get("entropy"), o.get("entropy_aleatoric"), o.get("entropy_epistemic"));
            }
        }
        w.flush();
    }

    /** A target cell in the model's units, or "" when it is not a usable number. */
    private static String targetCell(String cell, org.ionmat.learn.model.TargetTransform transform) {
        try {
            return String.format(Locale.ROOT, "%.10g", transform.apply(Double.parseDouble(cell.trim())));
        } catch (NumberFormatException | InvalidInputException e) {
            return "";
        }
    }
}
