package org.ionmat.cli.learn;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.composition.Composition;
import org.ionmat.learn.data.CompositionTable;
import org.ionmat.learn.eval.Splits;
import org.ionmat.learn.model.TargetTransform;

import picocli.CommandLine.Option;

/** Data options shared by the {@code train} commands: file, columns, transform, split, exclusions. */
public final class TrainingData {

    @Option(names = "--data", required = true, paramLabel = "FILE.csv", description = "Training data (CSV with a header).")
    Path data;

    @Option(names = "--formula-column", defaultValue = "composition", paramLabel = "C",
            description = "Column holding the formulas (default ${DEFAULT-VALUE}).")
    String formulaColumn;

    @Option(names = "--target", required = true, paramLabel = "T", description = "Column holding the target.")
    String target;

    @Option(names = "--log10", description = "Train on log10 of the target (e.g. conductivity in S/cm).")
    boolean log10;

    @Option(names = "--test-fraction", defaultValue = "0", paramLabel = "F",
            description = "Hold out this random fraction of the rows as a test set (default ${DEFAULT-VALUE}).")
    double testFraction;

    @Option(names = "--split-seed", defaultValue = "0", paramLabel = "N",
            description = "Seed of the random hold-out split (default ${DEFAULT-VALUE}).")
    long splitSeed;

    @Option(names = "--cv-folds", defaultValue = "0", paramLabel = "K",
            description = "Grouped K-fold cross-validation: rows with the same composition (fractional, to 1e-4) share a "
                    + "fold; --fold selects the test fold (seeded by --split-seed).")
    int cvFolds;

    @Option(names = "--fold", defaultValue = "0", paramLabel = "I", description = "Test fold 0..K-1 for --cv-folds.")
    int fold;

    @Option(names = "--train-fraction", defaultValue = "1", paramLabel = "F",
            description = "Train on a random fraction of the training rows (after the test split; for learning curves).")
    double trainFraction;

    @Option(names = "--censored", description = "Read censored targets such as '<1E-10' as their bound (1E-10).")
    boolean censored;

    @Option(names = "--test", paramLabel = "FILE.csv",
            description = "Separate test file with the same columns (instead of --test-fraction).")
    Path test;

    @Option(names = "--exclude", paramLabel = "FILE.csv",
            description = "Drop training rows whose composition (fractional, to 1e-4) occurs in this file's formula column "
                    + "(repeatable: e.g. both the training and the test file of the target task).")
    List<Path> exclude = new ArrayList<>();

    @Option(names = "--exclude-column", paramLabel = "C",
            description = "Formula column of the --exclude files (default: --formula-column).")
    String excludeColumn;

    /** Most classes a classifier may have. */
    static final int MAX_CLASSES = 100;

    /**
     * Training and test tables after splitting and exclusion; for classification the targets are
     * indices into {@code classes} (empty for regression).
     */
    public record Loaded(CompositionTable train, CompositionTable test, Map<String, Object> description,
            List<String> classes) {
    }

    /** The target transform. */
    public TargetTransform transform() {
        return log10 ? TargetTransform.LOG10 : TargetTransform.NONE;
    }

    /** Reads, filters and splits regression data; reports rejected rows on {@code err}. */
    public Loaded load(PrintWriter err) {
        return load(err, false);
    }

    /**
     * Reads, filters and splits the data; reports rejected rows on {@code err}. With
     * {@code classification} the target column holds class labels (the classes are the training
     * file's distinct labels, sorted).
     */
    public Loaded load(PrintWriter err, boolean classification) {
        List<String> classes = List.of();
        if (classification) {
            if (log10 || censored) {
                throw new InvalidInputException("--log10 and --censored apply to numeric targets, not to class labels");
            }
            classes = CompositionTable.classLabels(data, target);
            if (classes.size() < 2) {
                throw new InvalidInputException(data.toString(), -1, null, "classification needs at least 2 classes in column '"
                        + target + "', found " + classes);
            }
        }
        List<String> labels = classes;
        java.util.function.Function<Path, CompositionTable> reader = classification
                ? file -> CompositionTable.readClasses(file, formulaColumn, target, labels)
                : file -> CompositionTable.read(file, formulaColumn, target, transform(), censored);
        CompositionTable all = reader.apply(data);
        if (classification && (classes.size() > MAX_CLASSES || 2 * classes.size() > all.size())) {
            boolean numeric = classes.stream().allMatch(TrainingData::isNumber);
            throw new InvalidInputException(data.toString(), -1, null, "column '" + target + "' has " + classes.size()
                    + " distinct labels in " + all.size() + " usable rows; " + (numeric
                            ? "they are numbers, so this looks like a numeric target (use regression). "
                            : "too few rows per class. ")
                    + "Classification takes at most " + MAX_CLASSES + " classes, and fewer than half the rows");
        }
        report(all, err);
        CompositionTable train = all;
        CompositionTable testTable = null;
        int excluded = 0;
        if (!exclude.isEmpty()) {
            Set<String> keys = new HashSet<>();
            String column = excludeColumn != null ? excludeColumn : formulaColumn;
            for (Path file : exclude) {
                CompositionTable ex = CompositionTable.read(file, column, null, TargetTransform.NONE);
                for (Composition c : ex.compositions()) {
                    keys.add(CompositionTable.key(c));
                }
            }
            List<Integer> keep = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (!keys.contains(CompositionTable.key(all.compositions().get(i)))) {
                    keep.add(i);
                }
            }
            excluded = all.size() - keep.size();
            train = all.subset(keep.stream().mapToInt(Integer::intValue).toArray());
        }
        if (test != null) {
            if (testFraction > 0) {
                throw new InvalidInputException("use either --test or --test-fraction, not both");
            }
            testTable = reader.apply(test);
            report(testTable, err);
        } else if (cvFolds > 0) {
            if (testFraction > 0) {
                throw new InvalidInputException("use either --cv-folds or --test-fraction, not both");
            }
            if (fold < 0 || fold >= cvFolds) {
                throw new InvalidInputException("--fold must be in 0.." + (cvFolds - 1));
            }
            List<String> keys = new ArrayList<>();
            for (Composition c : train.compositions()) {
                keys.add(CompositionTable.key(c));
            }
            int[] f = Splits.groupKFold(keys, cvFolds, splitSeed);
            List<Integer> tr = new ArrayList<>();
            List<Integer> te = new ArrayList<>();
            for (int i = 0; i < f.length; i++) {
                (f[i] == fold ? te : tr).add(i);
            }
            testTable = train.subset(te.stream().mapToInt(Integer::intValue).toArray());
            train = train.subset(tr.stream().mapToInt(Integer::intValue).toArray());
        } else if (testFraction > 0) {
            int[][] s = Splits.holdOut(train.size(), testFraction, splitSeed);
            testTable = train.subset(s[1]);
            train = train.subset(s[0]);
        }
        if (!(trainFraction > 0 && trainFraction <= 1)) {
            throw new InvalidInputException("--train-fraction must be in (0, 1], got " + trainFraction);
        }
        if (trainFraction < 1) {
            int keep = Math.max(1, (int) Math.round(trainFraction * train.size()));
            int[] p = Splits.permutation(train.size(), splitSeed + 1);
            int[] rows = java.util.Arrays.copyOf(p, keep);
            java.util.Arrays.sort(rows);
            train = train.subset(rows);
        }
        if (train.size() == 0) {
            throw new InvalidInputException(data.toString(), -1, null, "no usable training rows");
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("file", data.toString());
        d.put("sha256", all.sha256());
        d.put("rows_used", all.size());
        d.put("rows_rejected", all.rejected().size());
        d.put("formula_column", formulaColumn);
        d.put("target_column", target);
        d.put("target_transform", transform().key());
        if (classification) {
            d.put("task", "classification");
            d.put("classes", classes);
        }
        d.put("censored_as_bound", censored);
        if (!exclude.isEmpty()) {
            List<Map<String, Object>> files = new ArrayList<>();
            for (Path file : exclude) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("file", file.toString());
                f.put("sha256", CompositionTable.sha256(file));
                files.add(f);
            }
            d.put("exclude_files", files);
            d.put("rows_excluded", excluded);
        }
        d.put("train_rows", train.size());
        d.put("train_fraction", trainFraction);
        if (testTable != null) {
            d.put("test_rows", testTable.size());
            d.put("test_file", test != null ? test.toString() : null);
            d.put("test_fraction", testFraction);
            d.put("cv_folds", cvFolds);
            d.put("fold", fold);
            d.put("split_seed", splitSeed);
        }
        return new Loaded(train, testTable, d, classes);
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void report(CompositionTable t, PrintWriter err) {
        if (!t.rejected().isEmpty()) {
            err.printf("%s: %d row(s) left out, e.g. %s%n", t.source(), t.rejected().size(), t.rejected().get(0));
            err.flush();
        }
    }
}
