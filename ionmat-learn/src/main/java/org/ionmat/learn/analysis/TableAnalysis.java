package org.ionmat.learn.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ionmat.core.InvalidInputException;
import org.ionmat.learn.regression.CrossValidationResult;
import org.ionmat.learn.regression.FeatureSet;
import org.ionmat.learn.regression.LeaveOneGroupOut;
import org.ionmat.learn.regression.LinearKernelRidge;
import org.ionmat.learn.regression.Regressor;
import org.ionmat.learn.stats.ClusterComposition;
import org.ionmat.learn.stats.ClusterScan;
import org.ionmat.learn.stats.CorrelationMatrix;
import org.ionmat.learn.stats.CorrelationMethod;
import org.ionmat.learn.stats.CorrelationPca;
import org.ionmat.learn.stats.KMeans;
import org.ionmat.learn.stats.KMeansResult;
import org.ionmat.learn.stats.Silhouette;
import org.ionmat.learn.table.DataTable;

/**
 * Seed paper 001's analysis of a descriptor table in one call: Spearman and Pearson correlation
 * matrices with p-values, PCA of the Spearman matrix with material scores, k-means of the materials
 * in the space of the leading components with the elbow/silhouette scan and cluster composition by
 * label, and leave-one-group-out cross-validated MLP and linear-kernel ridge models of a target.
 *
 * <p>Columns that are constant or have fewer than 3 values are left out with a warning; so is the
 * PCA (and the clustering) when two columns share fewer than 3 rows. Regression inputs are all other
 * analysed columns (after any log transform) plus the categorical columns other than the row names
 * and the cross-validation groups, one-hot encoded.
 */
public final class TableAnalysis {

    private TableAnalysis() {
    }

    /** Runs the analysis. */
    public static AnalysisResult run(DataTable table, AnalysisSettings s) {
        List<String> warnings = new ArrayList<>();
        String group = s.group() == null ? null : table.find(s.group());
        String cvGroup = s.cvGroup() == null ? null : table.find(s.cvGroup());
        String id = s.id() == null ? defaultId(table) : table.find(s.id());
        Set<String> labelColumns = new HashSet<>();
        if (group != null) {
            labelColumns.add(group);
        }
        if (cvGroup != null) {
            labelColumns.add(cvGroup);
        }
        if (id != null) {
            labelColumns.add(id);
        }
        // columns
        List<String> columns = new ArrayList<>();
        if (s.columns().isEmpty()) {
            for (String c : table.numericNames()) {
                if (!labelColumns.contains(c)) {
                    columns.add(c);
                }
            }
        } else {
            for (String c : s.columns()) {
                columns.add(table.find(c));
            }
        }
        for (String c : s.exclude()) {
            columns.remove(table.find(c));
        }
        for (String c : columns) {
            if (!table.isNumeric(table.indexOf(c))) {
                throw new InvalidInputException(table.source(), -1, c, "column '" + c + "' is not numeric");
            }
        }
        String target = s.target() == null ? null : table.find(s.target());
        if (target != null && !columns.contains(target)) {
            if (!table.isNumeric(table.indexOf(target))) {
                throw new InvalidInputException(table.source(), -1, target, "target column '" + target + "' is not numeric");
            }
            columns.add(target);
        }
        // log transforms: the column becomes "log10(name)"
        DataTable t = table;
        for (String c : s.log()) {
            String name = table.find(c);
            if (!table.isNumeric(table.indexOf(name))) {
                throw new InvalidInputException(table.source(), -1, name, "--log: column '" + name + "' is not numeric");
            }
            double[] v = t.numeric(name);
            int bad = 0;
            for (int i = 0; i < v.length; i++) {
                if (!Double.isNaN(v[i])) {
                    if (v[i] > 0) {
                        v[i] = Math.log10(v[i]);
                    } else {
                        v[i] = Double.NaN;
                        bad++;
                    }
                }
            }
            if (bad > 0) {
                warnings.add(String.format(Locale.ROOT, "log10(%s): %d non-positive value%s treated as missing", name, bad, bad == 1 ? "" : "s"));
            }
            String logName = "log10(" + name + ")";
            t = t.withNumeric(name, v).renamed(name, logName);
            int at = columns.indexOf(name);
            if (at >= 0) {
                columns.set(at, logName);
            }
            if (name.equals(target)) {
                target = logName;
            }
        }
        // drop unusable columns
        List<String> usable = new ArrayList<>();
        for (String c : columns) {
            double[] v = t.numeric(c);
            int n = 0;
            double first = Double.NaN;
            boolean varies = false;
            for (double x : v) {
                if (!Double.isNaN(x)) {
                    if (n == 0) {
                        first = x;
                    } else if (x != first) {
                        varies = true;
                    }
                    n++;
                }
            }
            if (n < 3 || !varies) {
                warnings.add("column '" + c + "' left out: " + (n < 3 ? "fewer than 3 values" : "constant"));
                if (c.equals(target)) {
                    throw new InvalidInputException(table.source(), -1, c, "target column '" + c + "' is "
                            + (n < 3 ? "missing in nearly every row" : "constant"));
                }
            } else {
                usable.add(c);
            }
        }
        if (usable.size() < 2) {
            throw new InvalidInputException(table.source(), -1, null, "need at least 2 numeric columns with 3 or more "
                    + "values that vary; found " + usable.size());
        }
        double[][] data = t.numericColumns(usable);
        CorrelationMatrix spearman = CorrelationMatrix.of(CorrelationMethod.SPEARMAN, usable, data);
        CorrelationMatrix pearson = CorrelationMatrix.of(CorrelationMethod.PEARSON, usable, data);
        String[] ids = id == null ? rowNumbers(t.rows()) : fillMissing(t.labels(id));
        String[] groups = group == null ? null : t.labels(group);

        CorrelationPca pca = null;
        double[][] scores = null;
        double[][] points = null;
        KMeansResult km = null;
        double sil = Double.NaN;
        ClusterScan scan = null;
        ClusterComposition comp = null;
        try {
            pca = CorrelationPca.of(spearman);
        } catch (InvalidInputException e) {
            warnings.add("no PCA or clustering: " + e.getMessage());
        }
        if (pca != null) {
            scores = pca.scores(data, Math.min(3, usable.size()));
            int cc = Math.max(1, Math.min(s.clusterComponents(), scores[0].length));
            points = new double[scores.length][cc];
            for (int i = 0; i < scores.length; i++) {
                System.arraycopy(scores[i], 0, points[i], 0, cc);
            }
            int n = points.length;
            int k = s.k();
            if (k > n - 1) {
                warnings.add("k = " + k + " reduced to " + Math.max(1, n - 1) + " (only " + n + " rows)");
                k = Math.max(1, n - 1);
            }
            KMeans settings = KMeans.withClusters(k).withRestarts(s.restarts()).withSeed(s.seed());
            km = settings.fit(points);
            if (k >= 2 && k <= n - 1) {
                sil = Silhouette.score(points, km.labels());
            }
            scan = ClusterScan.of(points, Math.min(s.kMax(), n - 1), settings);
            if (groups != null) {
                comp = ClusterComposition.of(km.labels(), groups, k);
            }
        }
        List<CrossValidationResult> ml = new ArrayList<>();
        if (s.ml() && target != null && usable.contains(target)) {
            ml = regression(t, usable, target, id, cvGroup, s, warnings);
        }
        AnalysisSettings resolved = new AnalysisSettings(s.columns(), s.exclude(), target, group, id, s.log(), s.alpha(), s.k(),
                s.kMax(), s.clusterComponents(), s.restarts(), s.seed(), s.ml(), s.mlp(), s.ridgeAlpha(), s.anharmonic(), cvGroup);
        return new AnalysisResult(resolved, t.rows(), ids, groups, usable, data, spearman, pearson, pca, scores, points, km, sil,
                scan, comp, ml, warnings);
    }

    private static List<CrossValidationResult> regression(DataTable t, List<String> usable, String target, String id,
                                                         String cvGroup, AnalysisSettings s, List<String> warnings) {
        List<String> numeric = new ArrayList<>(usable);
        numeric.remove(target);
        List<String> categorical = new ArrayList<>();
        for (String c : t.categoricalNames()) {
            if (c.equals(id) || c.equals(cvGroup) || allDistinct(t.labels(c))) {
                continue;
            }
            categorical.add(c);
        }
        List<FeatureSet> sets;
        if (s.anharmonic().isEmpty()) {
            sets = List.of(new FeatureSet("all", numeric, categorical));
        } else {
            List<String> anh = new ArrayList<>();
            for (String c : s.anharmonic()) {
                anh.add(t.find(c));
            }
            sets = FeatureSet.harmonicAnharmonic(numeric, categorical, anh);
        }
        String[] groups = cvGroup == null ? null : t.labels(cvGroup);
        List<Regressor> models = List.of(s.mlp(), LinearKernelRidge.centered(s.ridgeAlpha()));
        List<CrossValidationResult> out = new ArrayList<>();
        for (FeatureSet fs : sets) {
            if (fs.columnCount() == 0) {
                warnings.add("feature set '" + fs.name() + "' is empty: no model");
                continue;
            }
            for (Regressor m : models) {
                out.add(LeaveOneGroupOut.run(t, target, fs, groups, m, s.seed()));
            }
        }
        return out;
    }

    /** The first categorical column whose values are all present and distinct, or null. */
    static String defaultId(DataTable t) {
        for (String c : t.categoricalNames()) {
            String[] v = t.labels(c);
            if (t.missing(c) == 0 && allDistinct(v)) {
                return c;
            }
        }
        return null;
    }

    private static boolean allDistinct(String[] v) {
        Set<String> seen = new HashSet<>();
        for (String x : v) {
            if (x != null && !seen.add(x)) {
                return false;
            }
        }
        return true;
    }

    private static String[] rowNumbers(int n) {
        String[] r = new String[n];
        for (int i = 0; i < n; i++) {
            r[i] = "row " + (i + 1);
        }
        return r;
    }

    private static String[] fillMissing(String[] v) {
        String[] r = v.clone();
        for (int i = 0; i < r.length; i++) {
            if (r[i] == null) {
                r[i] = "row " + (i + 1);
            }
        }
        return r;
    }
}
