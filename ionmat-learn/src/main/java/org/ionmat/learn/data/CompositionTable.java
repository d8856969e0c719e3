package org.ionmat.learn.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.composition.Composition;
import org.ionmat.learn.model.TargetTransform;

/**
 * Compositions and (optionally) targets read from a CSV file: one formula column parsed with
 * {@link Composition#parse}, one numeric target column with an optional transform. Rows whose
 * formula or target cannot be used are kept out and listed in {@link #rejected()} with their line
 * and reason.
 *
 * @param source   the file
 * @param sha256   SHA-256 of the file bytes (hex)
 * @param formulas the formula strings of the accepted rows
 * @param compositions parsed compositions of the accepted rows
 * @param targets  transformed targets of the accepted rows (empty when no target column)
 * @param lines    1-based line numbers of the accepted rows
 * @param rejected rows left out, "line N: formula: reason"
 */
public record CompositionTable(String source, String sha256, List<String> formulas, List<Composition> compositions,
        double[] targets, int[] lines, List<String> rejected) {

    /** Number of accepted rows. */
    public int size() {
        return formulas.size();
    }

    /**
     * Reads a CSV file.
     *
     * @param file          the CSV file
     * @param formulaColumn name of the formula column
     * @param targetColumn  name of the target column, or null
     * @param transform     transform of the targets
     */
    public static CompositionTable read(Path file, String formulaColumn, String targetColumn, TargetTransform transform) {
        return read(file, formulaColumn, targetColumn, transform, false);
    }

    /**
     * Reads a CSV file; with {@code censoredAsBound} a target written as a bound ({@code <1E-10},
     * {@code >5}) is read as the bound's value.
     */
    public static CompositionTable read(Path file, String formulaColumn, String targetColumn, TargetTransform transform,
            boolean censoredAsBound) {
        return read(file, formulaColumn, targetColumn, cell -> {
            String s = cell;
            if (censoredAsBound && (s.startsWith("<") || s.startsWith(">"))) {
                s = s.substring(1).trim();
            }
            double v;
            try {
                v = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("target '" + s + "' is not a number");
            }
            if (!Double.isFinite(v)) {
                throw new InvalidInputException("target '" + s + "' is not finite");
            }
            return transform.apply(v);
        });
    }

    /**
     * Reads a CSV file for classification: the targets are the indices of each row's label in
     * {@code classes}; rows with an empty label or one not in {@code classes} are left out.
     */
    public static CompositionTable readClasses(Path file, String formulaColumn, String labelColumn, List<String> classes) {
        return read(file, formulaColumn, labelColumn, cell -> {
            String label = cell.trim();
            if (label.isEmpty()) {
                throw new InvalidInputException("empty class label");
            }
            int k = classes.indexOf(label);
            if (k < 0) {
                throw new InvalidInputException("class '" + label + "' is not one of " + classes);
            }
            return k;
        });
    }

    /** The distinct non-empty labels of a column, sorted (the class order of a classifier). */
    public static List<String> classLabels(Path file, String labelColumn) {
        CsvTable t = CsvTable.read(file);
        int c = t.column(labelColumn);
        java.util.TreeSet<String> labels = new java.util.TreeSet<>();
        for (int r = 0; r < t.size(); r++) {
            String label = t.get(r, c).trim();
            if (!label.isEmpty()) {
                labels.add(label);
            }
        }
        return List.copyOf(labels);
    }

    /** Parses one target cell; throws {@link InvalidInputException} with the reason for a bad cell. */
    private interface TargetParser {
        double parse(String cell);
    }

    private static CompositionTable read(Path file, String formulaColumn, String targetColumn, TargetParser parser) {
        CsvTable t = CsvTable.read(file);
        int fc = t.column(formulaColumn);
        int tc = targetColumn == null ? -1 : t.column(targetColumn);
        List<String> f = new ArrayList<>();
        List<Composition> c = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            String formula = t.get(r, fc);
            try {
                Composition comp = Composition.parse(formula);
                if (comp.isEmpty()) {
                    throw new InvalidInputException("empty composition");
                }
                double v = tc >= 0 ? parser.parse(t.get(r, tc)) : Double.NaN;
                f.add(formula);
                c.add(comp);
                y.add(v);
                lines.add(t.line(r));
            } catch (InvalidInputException e) {
                rejected.add("line " + t.line(r) + ": " + formula + ": " + e.getMessage());
            }
        }
        return new CompositionTable(file.toString(), sha256(file), List.copyOf(f), List.copyOf(c),
                tc >= 0 ? y.stream().mapToDouble(Double::doubleValue).toArray() : new double[0],
                lines.stream().mapToInt(Integer::intValue).toArray(), List.copyOf(rejected));
    }

    /**
     * A key equal for compositions with the same fractional amounts (to 1e-4), for de-duplication,
     * exclusion and grouping: element symbols in atomic-number order with rounded fractions.
     */
    public static String key(Composition c) {
        Composition f = c.fractional();
        StringBuilder sb = new StringBuilder();
        f.elementAmounts().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted((a, b) -> Integer.compare(a.getKey().z(), b.getKey().z()))
                .forEach(e -> sb.append(e.getKey().symbol())
                        .append(String.format(java.util.Locale.ROOT, "%.4f", e.getValue())));
        return sb.toString();
    }

    /** A copy holding only the rows at the given indices. */
    public CompositionTable subset(int[] rows) {
        List<String> f = new ArrayList<>();
        List<Composition> c = new ArrayList<>();
        double[] y = targets.length == 0 ? new double[0] : new double[rows.length];
        int[] l = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            f.add(formulas.get(rows[i]));
            c.add(compositions.get(rows[i]));
            if (targets.length > 0) {
                y[i] = targets[rows[i]];
            }
            l[i] = lines[rows[i]];
        }
        return new CompositionTable(source, sha256, List.copyOf(f), List.copyOf(c), y, l, rejected);
    }

    /** SHA-256 of a file's bytes (hex). */
    public static String sha256(Path file) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), -1, null, "cannot read: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
