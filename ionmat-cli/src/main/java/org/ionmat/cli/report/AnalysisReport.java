package org.ionmat.cli.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;

import org.ionmat.core.io.AtomicFiles;
import org.ionmat.core.InvalidInputException;
import org.ionmat.learn.analysis.AnalysisResult;
import org.ionmat.learn.regression.CrossValidationResult;
import org.ionmat.learn.stats.ClusterComposition;
import org.ionmat.learn.stats.CorrelationMatrix;
import org.ionmat.learn.stats.CorrelationPca;
import org.ionmat.learn.stats.KMeansResult;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * The report of {@code ionmat analyze}: the JSON of every number, and a directory with
 * {@code index.html} (offline, no scripts), the figures beside it as PNG (and SVG on request) and
 * {@code analysis.json}. Files are written to a temporary directory first and moved into place, so
 * a failure leaves no partial report.
 */
public final class AnalysisReport {

    private AnalysisReport() {
    }

    /** The JSON object of an analysis (keys of issue 6: columns, spearman, pearson, pca, kmeans, ml). */
    public static Map<String, Object> json(AnalysisResult r, String table) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("table", table);
        j.put("rows", r.rows());
        j.put("columns", r.columns());
        j.put("ids", List.of(r.ids()));
        if (r.groups() != null) {
            j.put("group_column", r.settings().group());
            j.put("groups", java.util.Arrays.asList(r.groups()));
        }
        j.put("log10_columns", r.settings().log());
        j.put("significance", r.settings().alpha());
        j.put("spearman", matrix(r.spearman()));
        j.put("pearson", matrix(r.pearson()));
        String target = target(r);
        if (target != null) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("column", target);
            List<Map<String, Object>> ranked = new ArrayList<>();
            int ti = r.pearson().indexOf(target);
            for (CorrelationMatrix.Entry e : r.spearman().ranked(target)) {
                int j2 = r.pearson().indexOf(e.name());
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("column", e.name());
                m.put("spearman_r", e.r());
                m.put("spearman_p", e.p());
                m.put("pearson_r", r.pearson().r(ti, j2));
                m.put("pearson_p", r.pearson().p(ti, j2));
                m.put("n", e.n());
                m.put("significant", e.p() < r.settings().alpha());
                ranked.add(m);
            }
            t.put("ranked", ranked);
            j.put("target", t);
        }
        CorrelationPca pca = r.pca();
        if (pca != null) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("eigenvalues", pca.normalizedEigenvalues());
            p.put("raw_eigenvalues", pca.eigenvalues());
            p.put("cumulative", pca.cumulativeVariance());
            p.put("vectors", pca.vectors());
            double[][] contrib = new double[pca.size()][];
            for (int k = 0; k < pca.size(); k++) {
                contrib[k] = pca.contributions(k);
            }
            p.put("contributions_percent", contrib);
            p.put("elbow", pca.elbow());
            p.put("scores", r.scores());
            j.put("pca", p);
        }
        KMeansResult km = r.kmeans();
        if (km != null) {
            Map<String, Object> k = new LinkedHashMap<>();
            k.put("k", km.k());
            k.put("space", "PC1-PC" + r.points()[0].length);
            k.put("labels", km.labels());
            k.put("points", r.points());
            k.put("centers", km.centers());
            k.put("inertia", km.inertia());
            k.put("silhouette", r.silhouette());
            Map<String, Object> elbow = new LinkedHashMap<>();
            r.scan().inertia().forEach((kk, v) -> elbow.put(Integer.toString(kk), v));
            k.put("elbow", elbow);
            Map<String, Object> sil = new LinkedHashMap<>();
            r.scan().silhouette().forEach((kk, v) -> sil.put(Integer.toString(kk), v));
            k.put("silhouette_by_k", sil);
            k.put("elbow_k", r.scan().elbowK());
            k.put("best_silhouette_k", r.scan().bestSilhouetteK());
            k.put("seed", km.seed());
            k.put("restarts", km.restarts());
            if (r.composition() != null) {
                List<Map<String, Object>> comp = new ArrayList<>();
                ClusterComposition c = r.composition();
                for (int q = 0; q < km.k(); q++) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("cluster", q);
                    m.put("size", c.size(q));
                    Map<String, Object> counts = new LinkedHashMap<>();
                    for (int l = 0; l < c.labels().size(); l++) {
                        if (c.counts()[q][l] > 0) {
                            counts.put(c.labels().get(l), c.counts()[q][l]);
                        }
                    }
                    m.put("counts", counts);
                    m.put("dominant", c.dominant(q));
                    m.put("dominant_share", c.dominantShare(q));
                    comp.add(m);
                }
                k.put("composition", comp);
            }
            j.put("kmeans", k);
        }
        if (!r.ml().isEmpty()) {
            Map<String, Object> ml = new LinkedHashMap<>();
            ml.put("target", target);
            ml.put("cv", r.settings().cvGroup() == null ? "leave-one-out" : "leave-one-group-out");
            ml.put("groups", r.settings().cvGroup());
            ml.put("seed", r.settings().seed());
            List<Map<String, Object>> res = new ArrayList<>();
            for (CrossValidationResult cv : r.ml()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("model", cv.model());
                m.put("feature_set", cv.featureSet());
                m.put("features", cv.features());
                m.put("folds", cv.folds());
                m.put("samples", cv.actual().length);
                m.put("mape_test", cv.mapeTest());
                m.put("mape_train", cv.mapeTrain());
                m.put("mae", cv.mae());
                m.put("rmse", cv.rmse());
                m.put("r2", cv.r2());
                m.put("rows", cv.rows());
                m.put("actual", cv.actual());
                m.put("predicted", cv.predicted());
                res.add(m);
            }
            ml.put("results", res);
            j.put("ml", ml);
        }
        j.put("warnings", r.warnings());
        return j;
    }

    private static String target(AnalysisResult r) {
        if (r.settings().target() == null) {
            return null;
        }
        for (String c : r.columns()) {
            if (c.equals(r.settings().target()) || org.ionmat.learn.table.DataTable.baseName(c).equals(r.settings().target())) {
                return c;
            }
        }
        return null;
    }

    private static Map<String, Object> matrix(CorrelationMatrix m) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("r", m.r());
        o.put("p", m.p());
        o.put("n", m.n());
        return o;
    }

    /** A figure of the report. */
    record Figure(String file, String caption, Chart<?, ?> chart) {
    }

    /** The figures of an analysis, in report order. */
    static List<Figure> figures(AnalysisResult r) {
        List<Figure> f = new ArrayList<>();
        double alpha = r.settings().alpha();
        Color[] diverging = {new Color(33, 102, 172), new Color(146, 197, 222), Color.WHITE, new Color(244, 165, 130),
            new Color(178, 24, 43)};
        // p-values: the lower half of the colour scale is p < alpha in four decades (greens), the upper
        // half p >= alpha linearly (greys)
        DoubleUnaryOperator pScale = p -> p < alpha ? Math.max(0, 0.5 * (1 + Math.log10(p / alpha) / 4))
                : 0.5 + 0.5 * (p - alpha) / (1 - alpha);
        DoubleUnaryOperator pInverse = v -> v <= 1e-12 ? 0 : v < 0.5 ? alpha * Math.pow(10, 4 * (2 * v - 1))
                : alpha + (2 * v - 1) * (1 - alpha);
        Color[] pColors = {new Color(0, 68, 27), new Color(35, 139, 69), new Color(116, 196, 118), new Color(199, 233, 192),
            new Color(170, 170, 170), new Color(200, 200, 200), new Color(228, 228, 228), new Color(250, 250, 250)};
        for (CorrelationMatrix m : List.of(r.spearman(), r.pearson())) {
            String name = m.method().name().toLowerCase(Locale.ROOT);
            String title = m.method() == org.ionmat.learn.stats.CorrelationMethod.SPEARMAN ? "Spearman" : "Pearson";
            f.add(new Figure(name + "_r.png", title + " correlation coefficients (pairwise complete rows).",
                    Figures.heatMap(title + " correlation", m.names(), m.r(), -1, 1, diverging, x -> x, x -> x, 0, "%.2f")));
            f.add(new Figure(name + "_p.png", title + " two-sided p-values; greens are p < " + fmt(alpha)
                    + " (significant by the paper's criterion), one shade per decade, greys p ≥ " + fmt(alpha) + ".",
                    Figures.heatMap(title + " p-values", m.names(), m.p(), 0, 1, pColors, pScale, pInverse, 8, "%.2g")));
        }
        String target = target(r);
        if (target != null) {
            List<CorrelationMatrix.Entry> ranked = r.spearman().ranked(target);
            List<String> cats = new ArrayList<>();
            double[] s = new double[ranked.size()];
            double[] p = new double[ranked.size()];
            int ti = r.pearson().indexOf(target);
            for (int i = 0; i < ranked.size(); i++) {
                cats.add(ranked.get(i).name());
                s[i] = ranked.get(i).r();
                p[i] = r.pearson().r(ti, r.pearson().indexOf(ranked.get(i).name()));
            }
            f.add(new Figure("target_correlations.png", "Correlations of " + target
                    + " with every other descriptor, by decreasing |Spearman r|.",
                    Figures.bars("Correlations with " + target, "descriptor", "correlation coefficient", cats,
                            List.of("Spearman", "Pearson"), List.of(s, p))));
        }
        CorrelationPca pca = r.pca();
        if (pca != null) {
            f.add(new Figure("scree.png", "Normalized eigenvalues of the Spearman matrix (fraction of variance) and their "
                    + "cumulative sum; the elbow marks where adding components stops adding much variance.",
                    Figures.scree(pca.normalizedEigenvalues(), pca.elbow())));
            int q = Math.min(3, pca.size());
            List<String> names = new ArrayList<>();
            List<double[]> vecs = new ArrayList<>();
            for (int k = 0; k < q; k++) {
                names.add(String.format(Locale.ROOT, "PC%d (%.0f %%)", k + 1, 100 * pca.normalizedEigenvalues()[k]));
                vecs.add(pca.loadings(k));
            }
            f.add(new Figure("loadings.png", "Eigenvector components (loadings) of the leading principal components.",
                    Figures.bars("Loadings of the leading components", "descriptor", "loading", pca.names(), names, vecs)));
        }
        KMeansResult km = r.kmeans();
        if (km != null && r.scores() != null) {
            int pcs = r.scores()[0].length;
            for (int second = 1; second < Math.min(3, pcs); second++) {
                int b = second;
                String axis = "PC" + (b + 1);
                List<String> names = new ArrayList<>();
                List<double[][]> groups = new ArrayList<>();
                for (int c = 0; c < km.k(); c++) {
                    names.add("cluster " + c);
                    groups.add(select(r.scores(), km.labels(), c, b));
                }
                double[][] centers = null;
                if (r.points()[0].length > b) {
                    centers = new double[km.k()][];
                    for (int c = 0; c < km.k(); c++) {
                        centers[c] = new double[] {km.centers()[c][0], km.centers()[c][b]};
                    }
                }
                f.add(new Figure("pc1_" + axis.toLowerCase(Locale.ROOT) + "_clusters.png",
                        "Material scores on PC1 and " + axis + ", coloured by k-means cluster (k = " + km.k()
                                + ", clustered in " + "PC1-PC" + r.points()[0].length + ").",
                        Figures.scatter("PC1–" + axis + " by cluster", "PC1", axis, names, groups, centers, "centroids")));
                if (r.groups() != null) {
                    List<String> labels = new ArrayList<>(new java.util.TreeSet<>(labelList(r.groups())));
                    List<double[][]> gp = new ArrayList<>();
                    for (String l : labels) {
                        gp.add(selectLabel(r.scores(), r.groups(), l, b));
                    }
                    f.add(new Figure("pc1_" + axis.toLowerCase(Locale.ROOT) + "_groups.png",
                            "Material scores on PC1 and " + axis + ", coloured by " + r.settings().group() + ".",
                            Figures.scatter("PC1–" + axis + " by " + r.settings().group(), "PC1", axis, labels, gp, null, null)));
                }
            }
            double[] ks = r.scan().inertia().keySet().stream().mapToDouble(Integer::doubleValue).toArray();
            double[] in = r.scan().inertia().values().stream().mapToDouble(Double::doubleValue).toArray();
            f.add(new Figure("elbow.png", "Elbow method: best k-means inertia against k (elbow at k = "
                    + r.scan().elbowK() + ").",
                    Figures.line("Elbow: inertia against k", "k", "inertia", ks, in, r.scan().elbowK(), "elbow")));
            if (!r.scan().silhouette().isEmpty()) {
                double[] sk = r.scan().silhouette().keySet().stream().mapToDouble(Integer::doubleValue).toArray();
                double[] sv = r.scan().silhouette().values().stream().mapToDouble(Double::doubleValue).toArray();
                f.add(new Figure("silhouette.png", "Silhouette method: mean silhouette coefficient against k (best k = "
                        + r.scan().bestSilhouetteK() + ").",
                        Figures.line("Silhouette against k", "k", "mean silhouette", sk, sv, r.scan().bestSilhouetteK(), "best")));
            }
        }
        int i = 0;
        for (CrossValidationResult cv : r.ml()) {
            f.add(new Figure("parity_" + (++i) + ".png", String.format(Locale.ROOT,
                    "%s, %s features: out-of-group predictions (MAPE %.1f %%, R² %.3f).", cv.model(), cv.featureSet(),
                    100 * cv.mapeTest(), cv.r2()),
                    Figures.parity(shortModel(cv.model()) + " – " + cv.featureSet(), target, cv.actual(), cv.predicted())));
        }
        return f;
    }

    private static String shortModel(String m) {
        int k = m.indexOf(';');
        return k > 0 ? m.substring(0, k) + ")" : m;
    }

    private static List<String> labelList(String[] g) {
        List<String> l = new ArrayList<>();
        for (String s : g) {
            l.add(s == null ? ClusterComposition.MISSING : s);
        }
        return l;
    }

    private static double[][] select(double[][] scores, int[] labels, int cluster, int b) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            if (labels[i] == cluster) {
                out.add(new double[] {scores[i][0], scores[i][b]});
            }
        }
        return out.toArray(new double[0][]);
    }

    private static double[][] selectLabel(double[][] scores, String[] groups, String label, int b) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            String g = groups[i] == null ? ClusterComposition.MISSING : groups[i];
            if (g.equals(label)) {
                out.add(new double[] {scores[i][0], scores[i][b]});
            }
        }
        return out.toArray(new double[0][]);
    }

    /**
     * Writes the report directory.
     *
     * @param dir         output directory (created; existing report files in it are replaced)
     * @param table       name of the analysed table
     * @param svg         also write SVG figures
     * @param commandLine the command that made the report, for the record
     * @return the path of index.html
     */
    public static Path write(AnalysisResult r, Path dir, String table, boolean svg, String commandLine) {
        System.setProperty("java.awt.headless", "true");
        Path abs = dir.toAbsolutePath();
        Path parent = abs.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new InvalidInputException(dir.toString(), -1, null, "the parent directory of the report does not exist");
        }
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new InvalidInputException(dir.toString(), -1, null, "exists and is not a directory");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory(parent, "." + abs.getFileName() + ".");
            List<Figure> figures = figures(r);
            for (Figure f : figures) {
                Files.write(tmp.resolve(f.file()), Figures.png(f.chart()));
                if (svg) {
                    Files.write(tmp.resolve(f.file().replace(".png", ".svg")), Figures.svg(f.chart()));
                }
            }
            Files.writeString(tmp.resolve("analysis.json"), org.ionmat.cli.Json.write(json(r, table)) + "\n", StandardCharsets.UTF_8);
            Files.writeString(tmp.resolve("index.html"), ReportHtml.render(r, table, figures, commandLine), StandardCharsets.UTF_8);
            AtomicFiles.publishDirectory(tmp, abs, "index.html");
            tmp = null;
            return abs.resolve("index.html");
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(dir.toString(), -1, null, "permission denied");
        } catch (IOException e) {
            throw new UncheckedIOException("writing the report " + dir + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                AtomicFiles.deleteTree(tmp);
            }
        }
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e5)) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }

    /** Counts per label, sorted, for the human summary. */
    static Map<String, Integer> counts(String[] labels) {
        Map<String, Integer> m = new TreeMap<>();
        for (String s : labels) {
            m.merge(s == null ? ClusterComposition.MISSING : s, 1, Integer::sum);
        }
        return m;
    }
}
