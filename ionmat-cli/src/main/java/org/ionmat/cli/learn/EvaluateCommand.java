package org.ionmat.cli.learn;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import org.ionmat.cli.CommonOptions;
import org.ionmat.cli.Json;
import org.ionmat.cli.Main;
import org.ionmat.cli.plot.Charts;
import org.ionmat.core.InvalidInputException;
import org.ionmat.learn.data.CsvTable;
import org.ionmat.learn.eval.BootstrapErrors;
import org.ionmat.learn.eval.ClassificationMetrics;
import org.ionmat.learn.eval.Calibration;
import org.ionmat.learn.eval.ConfidenceCurve;
import org.ionmat.learn.eval.ErrorDistribution;
import org.ionmat.learn.eval.SigmaScaling;
import org.ionmat.learn.model.ClassPrediction;
import org.ionmat.learn.eval.RegressionMetrics;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ionmat evaluate PREDICTIONS.csv}: metrics and uncertainty plots of predictions with known targets. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Evaluates predictions with uncertainty against known targets (the test-predictions.csv of "
                + "'ionmat train', or 'ionmat predict -o' output joined with targets): MAE, RMSE, R2; confidence-error "
                + "curve against the random-ranking band (500 orderings) and the error-ranking oracle; calibration "
                + "(Q-Q of normalised residuals); aleatoric vs epistemic split; 95 %% bootstrap intervals of MAE and RMSE, "
                + "and with --compare the paired difference from another model's predictions of the same rows.",
                "Plots (PNG and SVG) go to -o DIR: parity, confidence, qq, uncertainty-split."})
public final class EvaluateCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "PREDICTIONS.csv", description = "CSV with columns target, mean, std "
            + "(and optionally std_epistemic, std_aleatoric).")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Folder for the plots (none if omitted).")
    Path output;

    @Option(names = "--permutations", defaultValue = "500", paramLabel = "N",
            description = "Random orderings for the confidence band (default ${DEFAULT-VALUE}).")
    int permutations;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "N", description = "Seed of the random orderings.")
    long seed;

    @Option(names = "--title", defaultValue = "", paramLabel = "T", description = "Title prefix of the plots.")
    String title;

    @Option(names = "--bootstrap", defaultValue = "2000", paramLabel = "N",
            description = "Bootstrap resamples of the rows for the 95 %% intervals of MAE and RMSE (default ${DEFAULT-VALUE}; "
                    + "0: none).")
    int bootstrap;

    @Option(names = "--distribution", defaultValue = "laplace", paramLabel = "laplace|gaussian",
            description = "Error distribution of the reported negative log-likelihood (default ${DEFAULT-VALUE}, as Roost's "
                    + "robust loss).")
    String distribution;

    @Option(names = "--compare", paramLabel = "OTHER.csv",
            description = "Predictions of another model for the same rows (same targets in the same order): reports "
                    + "MAE and RMSE differences (this minus other) with paired 95 %% bootstrap intervals.")
    Path compare;


    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (bootstrap < 0) {
            throw new InvalidInputException("--bootstrap must be >= 0, got " + bootstrap);
        }
        ErrorDistribution dist = ErrorDistribution.of(distribution);
        CsvTable table = CsvTable.read(file);
        if (PredictionCsv.holdsClasses(table)) {
            return evaluateClasses(table);
        }
        PredictionCsv.Rows pr = PredictionCsv.read(file, table);
        int n = pr.target().length;
        double[] y = pr.target();
        double[] m = pr.mean();
        double[] s = pr.std();
        double[] e = pr.epistemic();
        double[] a = pr.aleatoric();
        boolean hasSplit = pr.hasSplit();
        RegressionMetrics r = RegressionMetrics.of(y, m);
        ConfidenceCurve cc = ConfidenceCurve.of(y, m, s, 100, permutations, seed);
        Calibration cal = Calibration.of(y, m, s);
        Map<String, Object> out = Json.object();
        out.put("file", file.toString());
        out.put("n", n);
        out.put("rows_skipped", pr.skipped());
        out.put("mae", r.mae());
        out.put("rmse", r.rmse());
        out.put("r2", r.r2());
        out.put("confidence_ranking_score", cc.rankingScore());
        out.put("mae_after_removing_50pct_most_uncertain", cc.byUncertainty()[50]);
        out.put("mae_after_removing_50pct_random", cc.randomMean()[50]);
        out.put("mae_after_removing_50pct_oracle", cc.oracle()[50]);
        out.put("fraction_within_1_sigma", cal.within1());
        out.put("fraction_within_1.96_sigma", cal.within2());
        boolean allPositive = java.util.Arrays.stream(s).allMatch(v -> v > 0 && Double.isFinite(v));
        double nll = allPositive ? SigmaScaling.meanNll(y, m, s, 1, dist) : Double.NaN;
        out.put("nll", nll);
        out.put("nll_distribution", dist.key());
        out.put("expected_within_1_sigma", dist.probabilityWithin(1));
        double meanLogRatio = Double.NaN;
        BootstrapErrors.Result ci = null;
        if (bootstrap > 0) {
            ci = BootstrapErrors.of(y, m, bootstrap, 0.95, seed);
            out.put("mae_ci95", List.of(ci.mae().lower(), ci.mae().upper()));
            out.put("rmse_ci95", List.of(ci.rmse().lower(), ci.rmse().upper()));
        }
        RegressionMetrics ro = null;
        BootstrapErrors.Result diff = null;
        if (compare != null) {
            PredictionCsv.Rows other = PredictionCsv.read(compare);
            checkSameRows(pr, other);
            ro = RegressionMetrics.of(other.target(), other.mean());
            Map<String, Object> cmp = Json.object();
            cmp.put("file", compare.toString());
            cmp.put("mae", ro.mae());
            cmp.put("rmse", ro.rmse());
            cmp.put("mae_difference", r.mae() - ro.mae());
            cmp.put("rmse_difference", r.rmse() - ro.rmse());
            if (bootstrap > 0) {
                diff = BootstrapErrors.difference(y, m, other.mean(), bootstrap, 0.95, seed);
                cmp.put("mae_difference_ci95", List.of(diff.mae().lower(), diff.mae().upper()));
                cmp.put("rmse_difference_ci95", List.of(diff.rmse().lower(), diff.rmse().upper()));
            }
            out.put("compare", cmp);
        }
        if (hasSplit) {
            double sum = 0;
            int c = 0;
            for (int i = 0; i < n; i++) {
                if (e[i] > 0 && a[i] > 0) {
                    sum += Math.log(a[i] / e[i]);
                    c++;
                }
            }
            meanLogRatio = c > 0 ? sum / c : Double.NaN;
        }
        out.put("mean_log_aleatoric_over_epistemic", meanLogRatio);
        List<String> plots = new ArrayList<>();
        if (output != null) {
            String p = title.isEmpty() ? "" : title + ": ";
            XYChart parity = Charts.xy(p + "parity", "target", "prediction");
            double lo = Math.min(min(y), min(m));
            double hi = Math.max(max(y), max(m));
            parity.addSeries("y = x", new double[] {lo, hi}, new double[] {lo, hi}).setMarker(SeriesMarkers.NONE);
            parity.addSeries(String.format(Locale.ROOT, "MAE %.3f", r.mae()), y, m)
                    .setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            plots.addAll(names(Charts.write(parity, output.resolve("parity"))));

            XYChart conf = Charts.xy(p + "confidence-error curve", "fraction removed (most uncertain first)", "MAE of the rest");
            double[] up = new double[cc.fractions().length];
            double[] dn = new double[up.length];
            for (int i = 0; i < up.length; i++) {
                up[i] = cc.randomMean()[i] + cc.randomStd()[i];
                dn[i] = cc.randomMean()[i] - cc.randomStd()[i];
            }
            conf.addSeries("random ranking", cc.fractions(), cc.randomMean()).setMarker(SeriesMarkers.NONE);
            conf.addSeries("random + 1 sd", cc.fractions(), up).setMarker(SeriesMarkers.NONE);
            conf.addSeries("random - 1 sd", cc.fractions(), dn).setMarker(SeriesMarkers.NONE);
            conf.addSeries("error ranking (oracle)", cc.fractions(), cc.oracle()).setMarker(SeriesMarkers.NONE);
            conf.addSeries("predicted sigma", cc.fractions(), cc.byUncertainty()).setMarker(SeriesMarkers.NONE);
            conf.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideSW);
            plots.addAll(names(Charts.write(conf, output.resolve("confidence"))));

            XYChart qq = Charts.xy(p + "calibration Q-Q", "standard normal quantile", "(y - mean) / sigma");
            double ql = Math.max(-6, Math.min(min(cal.theoretical()), min(cal.observed())));
            double qh = Math.min(6, Math.max(max(cal.theoretical()), max(cal.observed())));
            qq.addSeries("ideal", new double[] {ql, qh}, new double[] {ql, qh}).setMarker(SeriesMarkers.NONE);
            qq.addSeries("normalised residuals", cal.theoretical(), cal.observed())
                    .setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            plots.addAll(names(Charts.write(qq, output.resolve("qq"))));

            if (hasSplit) {
                List<Double> v = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (e[i] > 0 && a[i] > 0) {
                        v.add(Math.log10(a[i] / e[i]));
                    }
                }
                if (!v.isEmpty()) {
                    org.knowm.xchart.CategoryChart h = new org.knowm.xchart.CategoryChartBuilder().width(640).height(480)
                            .title(p + "aleatoric vs epistemic").xAxisTitle("log10(sigma_aleatoric / sigma_epistemic)")
                            .yAxisTitle("count").build();
                    h.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
                    h.getStyler().setXAxisDecimalPattern("0.0");
                    h.getStyler().setOverlapped(true);
                    org.knowm.xchart.Histogram hist = new org.knowm.xchart.Histogram(v, 30);
                    h.addSeries("test points", hist.getxAxisData(), hist.getyAxisData());
                    plots.addAll(names(Charts.write(h, output.resolve("uncertainty-split"))));
                }
            }
        }
        out.put("plots", plots);
        PrintWriter w = spec.commandLine().getOut();
        if (common.json()) {
            Json.print(w, out);
        } else {
            w.printf(Locale.ROOT, "%s: n %d, MAE %.4f, RMSE %.4f, R2 %.4f%n", file, n, r.mae(), r.rmse(), r.r2());
            if (pr.skipped() > 0) {
                w.printf(Locale.ROOT, "%d row(s) without a prediction or a target skipped%n", pr.skipped());
            }
            if (ci != null) {
                w.printf(Locale.ROOT, "95%% bootstrap intervals (%d resamples of the rows): MAE %.4f to %.4f, RMSE %.4f to %.4f%n",
                        bootstrap, ci.mae().lower(), ci.mae().upper(), ci.rmse().lower(), ci.rmse().upper());
            }
            if (ro != null) {
                w.printf(Locale.ROOT, "against %s: MAE difference %+.4f, RMSE difference %+.4f (this minus other)%s%n", compare,
                        r.mae() - ro.mae(), r.rmse() - ro.rmse(), diff == null ? ""
                                : String.format(Locale.ROOT, "; paired 95%% intervals %+.4f to %+.4f and %+.4f to %+.4f",
                                        diff.mae().lower(), diff.mae().upper(), diff.rmse().lower(), diff.rmse().upper()));
            }
            w.printf(Locale.ROOT, "confidence: removing the 50%% most uncertain leaves MAE %.4f (random %.4f, oracle %.4f); "
                    + "ranking score %.2f (0 random, 1 oracle)%n", cc.byUncertainty()[50], cc.randomMean()[50],
                    cc.oracle()[50], cc.rankingScore());
            w.printf(Locale.ROOT, "calibration: %.1f%% within 1 sigma, %.1f%% within 1.96 sigma (%s: %.1f%% and %.1f%%); "
                    + "mean negative log-likelihood %s%n", 100 * cal.within1(), 100 * cal.within2(), dist.key(),
                    100 * dist.probabilityWithin(1), 100 * dist.probabilityWithin(1.96),
                    Double.isNaN(nll) ? "undefined (a sigma is 0)" : String.format(Locale.ROOT, "%.4f", nll));
            if (!Double.isNaN(meanLogRatio)) {
                w.printf(Locale.ROOT, "mean ln(aleatoric/epistemic) %.2f%n", meanLogRatio);
            }
            for (String pl : plots) {
                w.println("wrote " + pl);
            }
            w.flush();
        }
        return Main.OK;
    }

    /**
     * Class predictions: accuracy, balanced accuracy, log loss, ROC AUC (two classes), and the
     * accuracy of the half of the rows with the lowest and with the highest predictive entropy.
     */
    private Integer evaluateClasses(CsvTable table) {
        if (compare != null || output != null) {
            throw new InvalidInputException("--compare and -o apply to regression predictions, " + file + " holds classes");
        }
        PredictionCsv.ClassRows cr = PredictionCsv.readClasses(file, table);
        ClassificationMetrics c = ClassificationMetrics.of(cr.truth(), cr.probabilities());
        int n = cr.truth().length;
        Integer[] order = new Integer[n];
        double[] entropy = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            entropy[i] = ClassPrediction.entropy(cr.probabilities()[i]);
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(entropy[a], entropy[b]));
        int half = n / 2;
        int[] certain = new int[2];
        for (int k = 0; k < n; k++) {
            int i = order[k];
            if (ClassPrediction.mostProbable(cr.probabilities()[i]) == cr.truth()[i]) {
                certain[k < half ? 0 : 1]++;
            }
        }
        Map<String, Object> out = Json.object();
        out.put("file", file.toString());
        out.put("n", n);
        out.put("rows_skipped", cr.skipped());
        out.put("classes", cr.classes());
        out.put("accuracy", c.accuracy());
        out.put("balanced_accuracy", c.balancedAccuracy());
        out.put("log_loss", c.logLoss());
        out.put("roc_auc", c.rocAuc());
        out.put("accuracy_most_certain_half", half > 0 ? (double) certain[0] / half : Double.NaN);
        out.put("accuracy_least_certain_half", (double) certain[1] / (n - half));
        PrintWriter w = spec.commandLine().getOut();
        if (common.json()) {
            Json.print(w, out);
        } else {
            w.printf(Locale.ROOT, "%s: n %d, classes %s; accuracy %.4f, balanced accuracy %.4f, log loss %.4f%s%n", file, n,
                    cr.classes(), c.accuracy(), c.balancedAccuracy(), c.logLoss(),
                    Double.isNaN(c.rocAuc()) ? "" : String.format(Locale.ROOT, ", ROC AUC %.4f", c.rocAuc()));
            if (cr.skipped() > 0) {
                w.printf(Locale.ROOT, "%d row(s) without a prediction or a target skipped%n", cr.skipped());
            }
            w.printf(Locale.ROOT, "accuracy of the half with the lowest entropy %.4f, of the other half %.4f%n",
                    out.get("accuracy_most_certain_half"), out.get("accuracy_least_certain_half"));
            w.flush();
        }
        return Main.OK;
    }

    /** The compared file must hold the same rows: same count, same targets (and formulas, where both have them). */
    private void checkSameRows(PredictionCsv.Rows self, PredictionCsv.Rows other) {
        if (other.target().length != self.target().length) {
            throw new InvalidInputException(compare.toString(), -1, null, "has " + other.target().length + " rows, "
                    + file + " has " + self.target().length + "; --compare needs predictions of the same rows");
        }
        int fa = self.table().header().indexOf("formula");
        int fb = other.table().header().indexOf("formula");
        for (int i = 0; i < self.target().length; i++) {
            double ya = self.target()[i];
            double yb = other.target()[i];
            int ra = self.rows()[i];
            int rb = other.rows()[i];
            boolean sameFormula = fa < 0 || fb < 0 || self.table().get(ra, fa).equals(other.table().get(rb, fb));
            if (!sameFormula || Math.abs(ya - yb) > 1e-9 * Math.max(1, Math.abs(ya))) {
                throw new InvalidInputException(compare.toString(), other.table().line(rb), null, "row differs from "
                        + file + " line " + self.table().line(ra) + "; --compare needs predictions of the same rows in the same order");
            }
        }
    }

    private static List<String> names(List<Path> p) {
        return p.stream().map(Path::toString).toList();
    }

    private static double min(double[] a) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : a) {
            m = Math.min(m, v);
        }
        return m;
    }

    private static double max(double[] a) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            m = Math.max(m, v);
        }
        return m;
    }
}
