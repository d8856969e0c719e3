package org.ionmat.cli.learn;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import org.ionmat.cli.CommonOptions;
import org.ionmat.cli.Json;
import org.ionmat.cli.Main;
import org.ionmat.cli.plot.Charts;
import org.ionmat.core.InvalidInputException;
import org.ionmat.learn.eval.PowerLaw;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ionmat learning-curve MODEL_DIR...}: test error against training-set size for models trained
 * on fractions of the same data (e.g. {@code train ... --train-fraction F}), with an inverse power law
 * fitted per model kind.
 */
@Command(name = "learning-curve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Learning curves: test MAE and RMSE against training-set size, read from the model.json of "
                + "models trained on parts of the same data with a fixed test set ('ionmat train ... --test-fraction F "
                + "--train-fraction G' or '--test FILE'). Fits error = a N^-alpha per model kind (least squares in "
                + "log-log) and can extrapolate it with --at.",
                "Plots (PNG and SVG, log-log) go to -o DIR: learning-curve-mae, learning-curve-rmse."})
public final class LearningCurveCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "MODEL_DIR", description = "Model directories with test metrics.")
    List<Path> models;

    @Option(names = "--at", paramLabel = "N", description = "Also give the fitted errors at this training-set size.")
    Integer at;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Folder for the plots (none if omitted).")
    Path output;

    @Option(names = "--title", defaultValue = "", paramLabel = "T", description = "Title prefix of the plots.")
    String title;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** One model's point on the curve. */
    private record Point(Path dir, String kind, int trainRows, double mae, double rmse, double singleMae) {
    }

    @Override
    public Integer call() {
        if (at != null && at < 1) {
            throw new InvalidInputException("--at must be a positive number of training rows, got " + at);
        }
        Map<String, List<Point>> byKind = new LinkedHashMap<>();
        for (Path dir : models) {
            Point p = read(dir);
            byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p);
        }
        List<Map<String, Object>> curves = new ArrayList<>();
        Map<String, PowerLaw[]> fits = new LinkedHashMap<>();
        for (Map.Entry<String, List<Point>> e : byKind.entrySet()) {
            List<Point> pts = e.getValue();
            pts.sort((a, b) -> Integer.compare(a.trainRows(), b.trainRows()));
            Map<String, Object> c = Json.object();
            c.put("kind", e.getKey());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Point p : pts) {
                Map<String, Object> r = Json.object();
                r.put("model", p.dir().toString());
                r.put("train_rows", p.trainRows());
                r.put("mae", p.mae());
                r.put("rmse", p.rmse());
                r.put("single_model_mae", Double.isNaN(p.singleMae()) ? null : p.singleMae());
                rows.add(r);
            }
            c.put("points", rows);
            if (pts.stream().mapToInt(Point::trainRows).distinct().count() >= 2) {
                PowerLaw mae = PowerLaw.fit(sizes(pts), pts.stream().mapToDouble(Point::mae).toArray());
                PowerLaw rmse = PowerLaw.fit(sizes(pts), pts.stream().mapToDouble(Point::rmse).toArray());
                fits.put(e.getKey(), new PowerLaw[] {mae, rmse});
                c.put("mae_fit", fitJson(mae));
                c.put("rmse_fit", fitJson(rmse));
            } else {
                c.put("mae_fit", null);
                c.put("rmse_fit", null);
                c.put("note", "one training-set size only: no fit");
            }
            curves.add(c);
        }
        List<String> plots = new ArrayList<>();
        if (output != null) {
            plots.addAll(plot(byKind, fits, true));
            plots.addAll(plot(byKind, fits, false));
        }
        Map<String, Object> out = Json.object();
        out.put("curves", curves);
        out.put("plots", plots);
        PrintWriter w = spec.commandLine().getOut();
        if (common.json()) {
            Json.print(w, out);
            return Main.OK;
        }
        for (Map.Entry<String, List<Point>> e : byKind.entrySet()) {
            w.printf(Locale.ROOT, "%s:%n", e.getKey());
            for (Point p : e.getValue()) {
                w.printf(Locale.ROOT, "  N %6d  MAE %.4f  RMSE %.4f%s  (%s)%n", p.trainRows(), p.mae(), p.rmse(),
                        Double.isNaN(p.singleMae()) ? "" : String.format(Locale.ROOT, "  single-model MAE %.4f", p.singleMae()),
                        p.dir());
            }
            PowerLaw[] f = fits.get(e.getKey());
            if (f != null) {
                w.printf(Locale.ROOT, "  MAE = %.4g N^-%.3f%s%s%n", f[0].prefactor(), f[0].exponent(),
                        Double.isNaN(f[0].exponentStdErr()) ? "" : String.format(Locale.ROOT, " (alpha +- %.3f)",
                                f[0].exponentStdErr()),
                        at == null ? "" : String.format(Locale.ROOT, "; at N = %d: MAE %.4f, RMSE %.4f", at, f[0].at(at),
                                f[1].at(at)));
            } else {
                w.println("  one training-set size only: no fit");
            }
        }
        for (String p : plots) {
            w.println("wrote " + p);
        }
        w.flush();
        return Main.OK;
    }

    private Map<String, Object> fitJson(PowerLaw f) {
        Map<String, Object> m = Json.object();
        m.put("prefactor", f.prefactor());
        m.put("exponent", f.exponent());
        m.put("exponent_std_err", Double.isNaN(f.exponentStdErr()) ? null : f.exponentStdErr());
        if (at != null) {
            m.put("at_train_rows", at);
            m.put("value_at", f.at(at));
        }
        return m;
    }

    private List<String> plot(Map<String, List<Point>> byKind, Map<String, PowerLaw[]> fits, boolean mae) {
        String metric = mae ? "MAE" : "RMSE";
        XYChart c = Charts.xy((title.isEmpty() ? "" : title + ": ") + "learning curve", "training rows", "test " + metric);
        c.getStyler().setXAxisLogarithmic(true);
        c.getStyler().setYAxisLogarithmic(true);
        c.getStyler().setXAxisLogarithmicDecadeOnly(false);
        c.getStyler().setYAxisLogarithmicDecadeOnly(false);
        c.getStyler().setXAxisDecimalPattern("#,##0");
        c.getStyler().setYAxisDecimalPattern("0.00");
        c.getStyler().setAxisTickLabelsFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 9));
        c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNE);
        for (Map.Entry<String, List<Point>> e : byKind.entrySet()) {
            List<Point> pts = e.getValue();
            double[] y = pts.stream().mapToDouble(p -> mae ? p.mae() : p.rmse()).toArray();
            c.addSeries(e.getKey(), sizes(pts), y).setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            PowerLaw[] f = fits.get(e.getKey());
            if (f != null) {
                PowerLaw law = f[mae ? 0 : 1];
                double lo = pts.get(0).trainRows();
                double hi = Math.max(pts.get(pts.size() - 1).trainRows(), at == null ? 0 : at);
                double[] fx = new double[40];
                double[] fy = new double[40];
                for (int i = 0; i < fx.length; i++) {
                    fx[i] = lo * Math.pow(hi / lo, i / (fx.length - 1.0));
                    fy[i] = law.at(fx[i]);
                }
                c.addSeries(String.format(Locale.ROOT, "%s fit: N^-%.2f", e.getKey(), law.exponent()), fx, fy)
                        .setMarker(SeriesMarkers.NONE);
            }
        }
        return Charts.write(c, output.resolve("learning-curve-" + metric.toLowerCase(Locale.ROOT))).stream()
                .map(Path::toString).toList();
    }

    private static double[] sizes(List<Point> pts) {
        return pts.stream().mapToDouble(Point::trainRows).toArray();
    }

    private static Point read(Path dir) {
        JsonNode root = ModelDirectory.metadata(dir);
        Path mj = dir.resolve("model.json");
        JsonNode test = root.path("metrics").path("test");
        int rows = root.path("data").path("train_rows").asInt(-1);
        if (!test.path("mae").isNumber() || !test.path("rmse").isNumber()) {
            throw new InvalidInputException(mj.toString(), -1, null,
                    "has no test metrics (train it with --test-fraction, --test or --cv-folds)");
        }
        if (rows < 1) {
            throw new InvalidInputException(mj.toString(), -1, null, "has no data.train_rows");
        }
        String kind = root.path("kind").asText("model");
        return new Point(dir, kind, rows, test.path("mae").asDouble(), test.path("rmse").asDouble(),
                test.path("single_mae_mean").isNumber() ? test.path("single_mae_mean").asDouble() : Double.NaN);
    }
}
