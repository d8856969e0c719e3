package org.ionmat.cli.report;

import java.util.List;
import java.util.Locale;

import org.ionmat.learn.analysis.AnalysisResult;
import org.ionmat.learn.regression.CrossValidationResult;
import org.ionmat.learn.stats.ClusterComposition;
import org.ionmat.learn.stats.CorrelationMatrix;
import org.ionmat.learn.stats.CorrelationPca;
import org.ionmat.learn.stats.KMeansResult;

/** The HTML page of the analysis report: plain HTML and CSS, figures as relative links, no scripts. */
final class ReportHtml {

    private ReportHtml() {
    }

    private static final String CSS = """
            body{font-family:"DejaVu Sans",Arial,sans-serif;margin:24px auto;max-width:1320px;color:#222;line-height:1.45}
            h1{font-size:26px;margin-bottom:4px} h2{font-size:21px;border-bottom:2px solid #ddd;padding-bottom:4px;margin-top:36px}
            table{border-collapse:collapse;margin:10px 0;font-size:14px} td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}
            th{background:#f2f2f2} td.l,th.l{text-align:left} .sig{font-weight:bold}
            .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(560px,1fr));gap:18px;align-items:start}
            .wide{display:grid;grid-template-columns:1fr;gap:18px}
            figure{margin:0;border:1px solid #e4e4e4;padding:8px;background:#fff;text-align:center}
            figure img{max-width:100%;height:auto} figcaption{text-align:left}
            figcaption{font-size:13px;color:#555;margin-top:4px} .warn{color:#8a4b00} .small{font-size:13px;color:#555}
            code{background:#f4f4f4;padding:1px 4px}
            """;

    static String render(AnalysisResult r, String table, List<AnalysisReport.Figure> figures, String commandLine) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        h.append("<title>ionmat analysis of ").append(esc(table)).append("</title><style>").append(CSS).append("</style></head><body>\n");
        h.append("<h1>Descriptor analysis of ").append(esc(table)).append("</h1>\n");
        h.append("<p class=\"small\">Made by <code>").append(esc(commandLine)).append("</code>. Method of López et al., ")
                .append("<i>Mater. Horiz.</i> 10, 1757 (2023): Spearman/Pearson correlations with two-sided Student-t ")
                .append("p-values (pairwise deletion of missing values), PCA of the Spearman matrix, k-means in principal-")
                .append("component space, cross-validated regression of the target.</p>\n");

        h.append("<h2>Summary</h2>\n<table>");
        row(h, "rows (materials)", Integer.toString(r.rows()));
        row(h, "analysed columns", r.columns().size() + ": " + String.join(", ", r.columns()));
        row(h, "log10 columns", r.settings().log().isEmpty() ? "none" : String.join(", ", r.settings().log()));
        row(h, "target", r.settings().target() == null ? "none" : r.settings().target());
        row(h, "group column", r.settings().group() == null ? "none" : r.settings().group());
        row(h, "significance", "p < " + AnalysisReport.fmt(r.settings().alpha()));
        row(h, "seed", Long.toString(r.settings().seed()));
        h.append("</table>\n");
        if (!r.warnings().isEmpty()) {
            h.append("<p class=\"warn\">Warnings:</p><ul class=\"warn\">");
            for (String w : r.warnings()) {
                h.append("<li>").append(esc(w)).append("</li>");
            }
            h.append("</ul>\n");
        }

        h.append("<h2>Correlations</h2>\n");
        wideFigures(h, figures, "spearman_", "pearson_");
        String target = r.ml().isEmpty() && r.settings().target() == null ? null : findTarget(r);
        if (target != null) {
            h.append("<h2>Correlations with the target ").append(esc(target)).append("</h2>\n");
            wideFigures(h, figures, "target_");
            CorrelationMatrix s = r.spearman();
            CorrelationMatrix p = r.pearson();
            int ti = p.indexOf(target);
            h.append("<table><tr><th class=\"l\">descriptor</th><th>Spearman r</th><th>p</th><th>Pearson r</th><th>p</th><th>n</th></tr>");
            for (CorrelationMatrix.Entry e : s.ranked(target)) {
                int j = p.indexOf(e.name());
                boolean sig = e.p() < r.settings().alpha();
                h.append("<tr").append(sig ? " class=\"sig\"" : "").append("><td class=\"l\">").append(esc(e.name()))
                        .append("</td><td>").append(AnalysisReport.fmt(e.r())).append("</td><td>").append(AnalysisReport.fmt(e.p()))
                        .append("</td><td>").append(AnalysisReport.fmt(p.r(ti, j))).append("</td><td>")
                        .append(AnalysisReport.fmt(p.p(ti, j))).append("</td><td>").append(e.n()).append("</td></tr>");
            }
            h.append("</table><p class=\"small\">Bold: Spearman p &lt; ").append(AnalysisReport.fmt(r.settings().alpha())).append(".</p>\n");
        }

        CorrelationPca pca = r.pca();
        if (pca != null) {
            h.append("<h2>Principal components of the Spearman matrix</h2>\n");
            figures(h, figures, "scree");
            wideFigures(h, figures, "loadings");
            double[] nv = pca.normalizedEigenvalues();
            double[] cum = pca.cumulativeVariance();
            int q = Math.min(3, pca.size());
            h.append("<table><tr><th class=\"l\">component</th><th>variance %</th><th>cumulative %</th></tr>");
            for (int k = 0; k < Math.min(10, pca.size()); k++) {
                h.append(String.format(Locale.ROOT, "<tr><td class=\"l\">PC%d</td><td>%.1f</td><td>%.1f</td></tr>", k + 1, 100 * nv[k], 100 * cum[k]));
            }
            h.append("</table>\n<p>Contribution of each descriptor to the leading components (100 × loading², %):</p>\n<table><tr><th class=\"l\">descriptor</th>");
            for (int k = 0; k < q; k++) {
                h.append("<th>PC").append(k + 1).append(" loading</th><th>PC").append(k + 1).append(" %</th>");
            }
            h.append("</tr>");
            for (int i = 0; i < pca.names().size(); i++) {
                h.append("<tr><td class=\"l\">").append(esc(pca.names().get(i))).append("</td>");
                for (int k = 0; k < q; k++) {
                    h.append(String.format(Locale.ROOT, "<td>%.3f</td><td>%.1f</td>", pca.loadings(k)[i], pca.contributions(k)[i]));
                }
                h.append("</tr>");
            }
            h.append("</table>\n");
        }
        KMeansResult km = r.kmeans();
        if (km != null) {
            h.append("<h2>Clusters</h2>\n");
            h.append(String.format(Locale.ROOT, "<p>k-means with k = %d in the space of PC1–PC%d (k-means++, %d restarts, seed %d): "
                    + "inertia %s, mean silhouette %s. Elbow at k = %d, best silhouette at k = %d.</p>\n", km.k(), r.points()[0].length,
                    km.restarts(), km.seed(), AnalysisReport.fmt(km.inertia()), AnalysisReport.fmt(r.silhouette()),
                    r.scan().elbowK(), r.scan().bestSilhouetteK()));
            figures(h, figures, "elbow", "silhouette", "pc1_");
            ClusterComposition c = r.composition();
            if (c != null) {
                h.append("<p>Cluster composition by ").append(esc(r.settings().group())).append(":</p>\n<table><tr><th class=\"l\">cluster</th><th>size</th>");
                for (String l : c.labels()) {
                    h.append("<th>").append(esc(l)).append("</th>");
                }
                h.append("<th class=\"l\">dominant</th></tr>");
                for (int q = 0; q < km.k(); q++) {
                    h.append("<tr><td class=\"l\">").append(q).append("</td><td>").append(c.size(q)).append("</td>");
                    for (int l = 0; l < c.labels().size(); l++) {
                        h.append("<td>").append(c.counts()[q][l] == 0 ? "" : Integer.toString(c.counts()[q][l])).append("</td>");
                    }
                    h.append("<td class=\"l\">").append(c.dominant(q) == null ? "" : esc(c.dominant(q)) + String.format(Locale.ROOT,
                            " (%.0f %%)", 100 * c.dominantShare(q))).append("</td></tr>");
                }
                h.append("</table>\n");
            }
        }
        if (!r.ml().isEmpty()) {
            h.append("<h2>Cross-validated regression of ").append(esc(findTarget(r))).append("</h2>\n");
            h.append("<p>").append(r.settings().cvGroup() == null ? "Leave-one-out" : "Leave-one-group-out by "
                    + esc(r.settings().cvGroup())).append(" cross-validation; encoders and scalers fitted inside each fold. ")
                    .append("MAPE is Eq. (8) of the paper: mean |x⁰ − x| over the mean of all reference values x⁰.</p>\n");
            h.append("<table><tr><th class=\"l\">model</th><th class=\"l\">features</th><th>inputs</th><th>folds</th>"
                    + "<th>MAPE test %</th><th>MAPE train %</th><th>MAE</th><th>RMSE</th><th>R²</th></tr>");
            for (CrossValidationResult cv : r.ml()) {
                h.append(String.format(Locale.ROOT, "<tr><td class=\"l\">%s</td><td class=\"l\">%s</td><td>%d</td><td>%d</td>"
                        + "<td>%.1f</td><td>%.1f</td><td>%s</td><td>%s</td><td>%.3f</td></tr>", esc(cv.model()), esc(cv.featureSet()),
                        cv.features(), cv.folds(), 100 * cv.mapeTest(), 100 * cv.mapeTrain(), AnalysisReport.fmt(cv.mae()),
                        AnalysisReport.fmt(cv.rmse()), cv.r2()));
            }
            h.append("</table>\n");
            figures(h, figures, "parity_");
        }
        h.append("<p class=\"small\">Every number of this page is in <a href=\"analysis.json\">analysis.json</a>.</p>\n");
        h.append("</body></html>\n");
        return h.toString();
    }

    private static String findTarget(AnalysisResult r) {
        for (String c : r.columns()) {
            if (c.equals(r.settings().target()) || org.ionmat.learn.table.DataTable.baseName(c).equals(r.settings().target())) {
                return c;
            }
        }
        return r.settings().target();
    }

    private static void wideFigures(StringBuilder h, List<AnalysisReport.Figure> figures, String... prefixes) {
        layout(h, "wide", figures, prefixes);
    }

    private static void figures(StringBuilder h, List<AnalysisReport.Figure> figures, String... prefixes) {
        layout(h, "grid", figures, prefixes);
    }

    private static void layout(StringBuilder h, String css, List<AnalysisReport.Figure> figures, String... prefixes) {
        h.append("<div class=\"").append(css).append("\">\n");
        for (String prefix : prefixes) {
            for (AnalysisReport.Figure f : figures) {
                if (f.file().startsWith(prefix)) {
                    h.append("<figure><img src=\"").append(esc(f.file())).append("\" alt=\"").append(esc(f.caption()))
                            .append("\"><figcaption>").append(esc(f.caption())).append("</figcaption></figure>\n");
                }
            }
        }
        h.append("</div>\n");
    }

    private static void row(StringBuilder h, String k, String v) {
        h.append("<tr><th class=\"l\">").append(esc(k)).append("</th><td class=\"l\">").append(esc(v)).append("</td></tr>");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
