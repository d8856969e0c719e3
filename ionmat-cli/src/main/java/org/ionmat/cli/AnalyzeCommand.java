package org.ionmat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ionmat.cli.report.AnalysisReport;
import org.ionmat.core.InvalidInputException;
import org.ionmat.learn.analysis.AnalysisResult;
import org.ionmat.learn.analysis.AnalysisSettings;
import org.ionmat.learn.analysis.TableAnalysis;
import org.ionmat.learn.regression.CrossValidationResult;
import org.ionmat.learn.regression.MlpRegressor;
import org.ionmat.learn.stats.CorrelationMatrix;
import org.ionmat.learn.stats.KMeans;
import org.ionmat.learn.table.CsvTableReader;
import org.ionmat.learn.table.DataTable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ionmat analyze TABLE.csv}: seed paper 001's correlation, PCA, clustering and ML analysis of a descriptor table. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Correlations (Spearman and Pearson with p-values), PCA of the Spearman matrix, k-means of the "
                + "materials in principal-component space (elbow and silhouette), and cross-validated MLP and kernel "
                + "ridge models of a target, for a CSV table of materials x descriptors.",
            "Writes an HTML report with figures with -o; prints every number with --json."})
final class AnalyzeCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "TABLE.csv", description = "Descriptor table: a header row, one row per material; "
            + "empty or NA fields are missing values.")
    Path table;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Write the HTML report, figures and analysis.json into DIR.")
    Path output;

    @Option(names = "--target", paramLabel = "COLUMN", description = "Column to rank correlations with and to predict (e.g. D).")
    String target;

    @Option(names = "--group", paramLabel = "COLUMN", description = "Label column for colours and cluster composition (e.g. family).")
    String group;

    @Option(names = "--id", paramLabel = "COLUMN", description = "Row-name column (default: the first text column with distinct values).")
    String id;

    @Option(names = "--log", split = ",", paramLabel = "COLUMN", description = "Columns to replace by log10 (repeatable or comma-separated).")
    List<String> log = new ArrayList<>();

    @Option(names = "--columns", split = ",", paramLabel = "COLUMN", description = "Numeric columns to analyse (default: all).")
    List<String> columns = new ArrayList<>();

    @Option(names = "--exclude", split = ",", paramLabel = "COLUMN", description = "Numeric columns to leave out.")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--categorical", split = ",", paramLabel = "COLUMN", description = "Columns to read as text labels even if numeric.")
    List<String> categorical = new ArrayList<>();

    @Option(names = "--alpha", defaultValue = "0.2", paramLabel = "P", description = "Significance threshold of p-values (default: the paper's ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--k", defaultValue = "6", paramLabel = "K", description = "Number of k-means clusters (default ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--k-max", defaultValue = "10", paramLabel = "K", description = "Largest k of the elbow/silhouette scan (default ${DEFAULT-VALUE}).")
    int kMax;

    @Option(names = "--cluster-pcs", defaultValue = "2", paramLabel = "N", description = "Cluster in the space of PC1..PCN (default ${DEFAULT-VALUE}).")
    int clusterPcs;

    @Option(names = "--restarts", defaultValue = "" + KMeans.DEFAULT_RESTARTS, paramLabel = "N", description = "k-means++ restarts (default ${DEFAULT-VALUE}).")
    int restarts;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "N", description = "Seed of k-means and the MLP (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--no-ml", description = "Skip the regression models.")
    boolean noMl;

    @Option(names = "--mlp", defaultValue = "100,50", paramLabel = "LAYERS", description = "MLP hidden layers, e.g. 100,50, "
            + "or 'paper' for 200,500,50,150,70,100 (slow on large tables) (default ${DEFAULT-VALUE}).")
    String mlp;

    @Option(names = "--mlp-epochs", defaultValue = "500", paramLabel = "N", description = "Maximum MLP epochs (default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--mlp-alpha", defaultValue = "0.05", paramLabel = "A", description = "MLP L2 penalty (default ${DEFAULT-VALUE}).")
    double mlpAlpha;

    @Option(names = "--mlp-lr", defaultValue = "5e-4", paramLabel = "LR", description = "MLP Adam learning rate (default ${DEFAULT-VALUE}).")
    double mlpLr;

    @Option(names = "--ridge-alpha", defaultValue = "1", paramLabel = "A", description = "Linear kernel ridge alpha (default ${DEFAULT-VALUE}).")
    double ridgeAlpha;

    @Option(names = "--anharmonic", split = ",", paramLabel = "COLUMN", description = "MD-based columns left out of the "
            + "'harmonic' feature set; with it both sets are cross-validated.")
    List<String> anharmonic = new ArrayList<>();

    @Option(names = "--cv-group", paramLabel = "COLUMN", description = "Column whose values form the cross-validation groups "
            + "(e.g. compound); default: leave one row out.")
    String cvGroup;

    @Option(names = "--svg", description = "Also write the figures as SVG.")
    boolean svg;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        validate();
        DataTable t = CsvTableReader.withCategorical(categorical).read(table);
        String groupCol = group == null ? null : t.find(group);
        String cvCol = cvGroup == null ? null : t.find(cvGroup);
        List<String> logCols = new ArrayList<>();
        for (String c : log) {
            logCols.add(t.find(c));
        }
        AnalysisSettings s = new AnalysisSettings(columns, exclude, target == null ? null : t.find(target), groupCol, id, logCols,
                alpha, k, kMax, clusterPcs, restarts, seed, !noMl, mlpRegressor(), ridgeAlpha, anharmonic, cvCol);
        AnalysisResult r = TableAnalysis.run(t, s);
        Path index = null;
        if (output != null) {
            index = AnalysisReport.write(r, output, table.getFileName().toString(), svg, commandLine());
        }
        if (common.json()) {
            Map<String, Object> j = AnalysisReport.json(r, table.toString());
            j.put("report", index == null ? null : index.toString());
            Json.print(out, j);
        } else {
            printHuman(out, r, index);
        }
        return Main.OK;
    }

    private void validate() {
        if (!(alpha > 0 && alpha < 1)) {
            throw new InvalidInputException(null, -1, "--alpha", "--alpha must be in (0, 1), got " + alpha);
        }
        if (k < 1 || kMax < 1 || clusterPcs < 1 || restarts < 1 || epochs < 1) {
            throw new InvalidInputException(null, -1, null, "--k, --k-max, --cluster-pcs, --restarts and --mlp-epochs must be positive");
        }
        if (!(ridgeAlpha > 0) || !(mlpAlpha >= 0) || !(mlpLr > 0)) {
            throw new InvalidInputException(null, -1, null, "--ridge-alpha and --mlp-lr must be positive, --mlp-alpha non-negative");
        }
    }

    private MlpRegressor mlpRegressor() {
        int[] layers;
        if ("paper".equalsIgnoreCase(mlp.trim())) {
            layers = MlpRegressor.PAPER_LAYERS;
        } else {
            String[] parts = mlp.split(",");
            layers = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                try {
                    layers[i] = Integer.parseInt(parts[i].trim());
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(null, -1, parts[i], "--mlp expects layer sizes like 100,50 or 'paper', got '" + mlp + "'");
                }
            }
        }
        return MlpRegressor.withLayers(layers).withAlpha(mlpAlpha).withLearningRate(mlpLr).withStopping(epochs, 1e-4, 10);
    }

    private String commandLine() {
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        return "ionmat " + String.join(" ", args);
    }

    private static void printHuman(PrintWriter out, AnalysisResult r, Path index) {
        out.printf(Locale.ROOT, "%d rows, %d numeric columns analysed%n", r.rows(), r.columns().size());
        for (String w : r.warnings()) {
            out.println("  warning: " + w);
        }
        String target = r.settings().target();
        if (target != null && r.columns().contains(target)) {
            out.printf(Locale.ROOT, "Spearman correlations with %s (p < %s in *):%n", target, AnalysisReportFmt.fmt(r.settings().alpha()));
            int shown = 0;
            for (CorrelationMatrix.Entry e : r.spearman().ranked(target)) {
                if (shown++ == 10) {
                    break;
                }
                out.printf(Locale.ROOT, "  %-24s %+7.3f  p=%-9s n=%d%s%n", e.name(), e.r(), AnalysisReportFmt.fmt(e.p()), e.n(),
                        e.p() < r.settings().alpha() ? " *" : "");
            }
        }
        if (r.pca() != null) {
            double[] v = r.pca().normalizedEigenvalues();
            double[] c = r.pca().cumulativeVariance();
            out.printf(Locale.ROOT, "PCA of the Spearman matrix: PC1 %.1f %%, PC2 %.1f %%%s; elbow at PC%d%n", 100 * v[0], 100 * v[1],
                    v.length > 2 ? String.format(Locale.ROOT, ", PC3 %.1f %% (first three %.1f %%)", 100 * v[2], 100 * c[2]) : "",
                    r.pca().elbow());
        }
        if (r.kmeans() != null) {
            out.printf(Locale.ROOT, "k-means: k=%d in PC1-PC%d, inertia %s, silhouette %s (elbow k=%d, best silhouette k=%d, seed %d)%n",
                    r.kmeans().k(), r.points()[0].length, AnalysisReportFmt.fmt(r.kmeans().inertia()), AnalysisReportFmt.fmt(r.silhouette()),
                    r.scan().elbowK(), r.scan().bestSilhouetteK(), r.kmeans().seed());
            if (r.composition() != null) {
                for (int q = 0; q < r.kmeans().k(); q++) {
                    StringBuilder sb = new StringBuilder();
                    for (int l = 0; l < r.composition().labels().size(); l++) {
                        int n = r.composition().counts()[q][l];
                        if (n > 0) {
                            sb.append(sb.length() > 0 ? ", " : "").append(r.composition().labels().get(l)).append(' ').append(n);
                        }
                    }
                    out.printf(Locale.ROOT, "  cluster %d: %s%n", q, sb);
                }
            }
        }
        for (CrossValidationResult cv : r.ml()) {
            out.printf(Locale.ROOT, "%s [%s]: MAPE test %.1f %%, train %.1f %%, R2 %.3f (%d folds)%n", cv.model(), cv.featureSet(),
                    100 * cv.mapeTest(), 100 * cv.mapeTrain(), cv.r2(), cv.folds());
        }
        if (index != null) {
            out.println("report: " + index);
        }
        out.flush();
    }

    /** Number formatting shared with the report. */
    private static final class AnalysisReportFmt {
        static String fmt(double v) {
            if (Double.isNaN(v)) {
                return "-";
            }
            double a = Math.abs(v);
            return a != 0 && (a < 1e-3 || a >= 1e5) ? String.format(Locale.ROOT, "%.3g", v) : String.format(Locale.ROOT, "%.4g", v);
        }
    }
}
