package org.ionmat.cli.learn;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.io.AtomicFiles;
import org.ionmat.learn.data.CsvTable;
import org.ionmat.learn.model.ClassPrediction;
import org.ionmat.learn.model.Prediction;

/** Predictions with their true values as CSV (test sets, evaluation, calibration): writing and reading. */
public final class PredictionCsv {

    private PredictionCsv() {
    }

    /** Writes formula,target,mean,std,std_epistemic,std_aleatoric atomically. */
    public static void write(Path file, List<String> formulas, double[] truth, Prediction p) {
        StringBuilder sb = new StringBuilder("formula,target,mean,std,std_epistemic,std_aleatoric\n");
        for (int i = 0; i < formulas.size(); i++) {
            sb.append(field(formulas.get(i))).append(',').append(truth == null ? "" : fmt(truth[i])).append(',').append(fmt(p.mean()[i]))
                    .append(',').append(fmt(p.std()[i])).append(',').append(fmt(p.stdEpistemic()[i])).append(',')
                    .append(fmt(p.stdAleatoric()[i])).append('\n');
        }
        AtomicFiles.write(file, sb.toString());
    }

    /**
     * Writes class predictions atomically: formula, target (the true label, or empty when
     * {@code truth} is null), predicted, one probability column {@code p_<label>} per class,
     * entropy, entropy_aleatoric, entropy_epistemic (nats).
     */
    public static void writeClasses(Path file, List<String> formulas, List<String> classes, int[] truth, ClassPrediction p) {
        StringBuilder sb = new StringBuilder("formula,target,predicted");
        for (String c : classes) {
            sb.append(',').append(field("p_" + c));
        }
        sb.append(",entropy,entropy_aleatoric,entropy_epistemic\n");
        for (int i = 0; i < formulas.size(); i++) {
            sb.append(field(formulas.get(i))).append(',').append(truth == null ? "" : field(classes.get(truth[i]))).append(',')
                    .append(field(classes.get(p.predicted(i))));
            for (double v : p.probabilities()[i]) {
                sb.append(',').append(fmt(v));
            }
            sb.append(',').append(fmt(p.entropy()[i])).append(',').append(fmt(p.entropyAleatoric()[i])).append(',')
                    .append(fmt(p.entropyEpistemic()[i])).append('\n');
        }
        AtomicFiles.write(file, sb.toString());
    }

    /**
     * Class predictions read back: the classes (from the {@code p_<label>} columns), the true class
     * index and the probabilities of each row with a target, and the table row of each.
     */
    public record ClassRows(List<String> classes, int[] truth, double[][] probabilities, int[] rows, int skipped) {
    }

    /** True when a predictions file holds class probabilities ({@code p_<label>} columns) rather than mean and std. */
    public static boolean holdsClasses(CsvTable t) {
        return !t.header().contains("mean") && t.header().stream().anyMatch(h -> h.startsWith("p_"));
    }

    /**
     * Reads class predictions (train's test-predictions.csv of a classifier, or 'predict -o --target'
     * output); rows with an error or no target are skipped and counted.
     */
    public static ClassRows readClasses(Path path) {
        return readClasses(path, CsvTable.read(path));
    }

    /** {@link #readClasses(Path)} of a table already read from {@code path}. */
    public static ClassRows readClasses(Path path, CsvTable t) {
        int ct = t.column("target");
        List<String> classes = new java.util.ArrayList<>();
        List<Integer> cols = new java.util.ArrayList<>();
        for (int c = 0; c < t.header().size(); c++) {
            if (t.header().get(c).startsWith("p_")) {
                classes.add(t.header().get(c).substring(2));
                cols.add(c);
            }
        }
        if (classes.size() < 2) {
            throw new InvalidInputException(path.toString(), 1, null, "need at least 2 probability columns p_<class>");
        }
        int[] rows = scoredRows(path, t, ct);
        int n = rows.length;
        int[] truth = new int[n];
        double[][] p = new double[n][classes.size()];
        for (int k = 0; k < n; k++) {
            int i = rows[k];
            truth[k] = classes.indexOf(t.get(i, ct).trim());
            if (truth[k] < 0) {
                throw new InvalidInputException(path.toString(), t.line(i), t.get(i, ct), "target is not one of the classes "
                        + classes);
            }
            for (int c = 0; c < classes.size(); c++) {
                try {
                    p[k][c] = Double.parseDouble(t.get(i, cols.get(c)));
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(path.toString(), t.line(i), null, "not a number: " + e.getMessage());
                }
            }
        }
        return new ClassRows(List.copyOf(classes), truth, p, rows, t.size() - n);
    }

    /** A CSV field, quoted when it holds a comma, a quote or a line break. */
    /** The formula column of an input table: {@code given}, else 'composition', else 'formula', else the first. */
    static String formulaColumn(CsvTable t, String given) {
        if (given != null) {
            return given;
        }
        return t.header().contains("composition") ? "composition" : t.header().contains("formula") ? "formula"
                : t.header().get(0);
    }

    static String field(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /**
     * Columns of a predictions file; {@code rows}: the table row of each value; {@code skipped}: rows
     * without a prediction or a target ('ionmat predict -o' error rows); {@code hasSplit}: it has the
     * epistemic and aleatoric sigma columns.
     */
    public record Rows(CsvTable table, int[] rows, int skipped, double[] target, double[] mean, double[] std,
            double[] epistemic, double[] aleatoric, boolean hasSplit) {
    }

    /**
     * Reads target, mean, std (and the optional sigma split) of a predictions file. Rows with a
     * non-empty {@code error} column or an empty target (rejected rows of {@code ionmat predict -o
     * --target}) are skipped and counted.
     */
    public static Rows read(Path path) {
        return read(path, CsvTable.read(path));
    }

    /** {@link #read(Path)} of a table already read from {@code path}. */
    public static Rows read(Path path, CsvTable t) {
        int ct = t.column("target");
        int cm = t.column("mean");
        int cs = t.column("std");
        int ce = t.header().indexOf("std_epistemic");
        int ca = t.header().indexOf("std_aleatoric");
        int[] rows = scoredRows(path, t, ct);
        int n = rows.length;
        double[] y = new double[n];
        double[] m = new double[n];
        double[] s = new double[n];
        double[] e = new double[n];
        double[] a = new double[n];
        for (int k = 0; k < n; k++) {
            int i = rows[k];
            try {
                y[k] = Double.parseDouble(t.get(i, ct));
                m[k] = Double.parseDouble(t.get(i, cm));
                s[k] = Double.parseDouble(t.get(i, cs));
                e[k] = ce >= 0 ? Double.parseDouble(t.get(i, ce)) : Double.NaN;
                a[k] = ca >= 0 ? Double.parseDouble(t.get(i, ca)) : Double.NaN;
            } catch (NumberFormatException ex) {
                throw new InvalidInputException(path.toString(), t.line(i), null, "not a number: " + ex.getMessage());
            }
        }
        return new Rows(t, rows, t.size() - n, y, m, s, e, a, ce >= 0 && ca >= 0);
    }

    /**
     * The rows that have a target and no error ('ionmat predict -o --target' writes rejected rows
     * with an error); at least 2, else bad input.
     */
    private static int[] scoredRows(Path path, CsvTable t, int targetColumn) {
        int cerr = t.header().indexOf("error");
        int[] rows = java.util.stream.IntStream.range(0, t.size())
                .filter(i -> !(cerr >= 0 && !t.get(i, cerr).isBlank()) && !t.get(i, targetColumn).isBlank()).toArray();
        if (rows.length < 2) {
            throw new InvalidInputException(path.toString(), -1, null, "need at least 2 rows with a prediction and a target, "
                    + "found " + rows.length);
        }
        return rows;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
