package org.ionmat.learn.analysis;

import java.util.List;

import org.ionmat.learn.regression.MlpRegressor;
import org.ionmat.learn.stats.Correlation;
import org.ionmat.learn.stats.KMeans;

/**
 * What {@link TableAnalysis} does with a descriptor table.
 *
 * @param columns           numeric columns to analyse (empty: every numeric column except the excluded ones)
 * @param exclude           numeric columns to leave out
 * @param target            column whose correlations are ranked and which the ML models predict (null: none)
 * @param group             categorical label column for colouring and cluster composition (null: none)
 * @param id                row-name column (null: the first categorical column whose values are all distinct)
 * @param log               columns replaced by log10 before the analysis (non-positive values become missing)
 * @param alpha             significance threshold for p-values (the paper's 0.2)
 * @param k                 number of clusters
 * @param kMax              largest k of the elbow/silhouette scan
 * @param clusterComponents number of leading principal components in which the materials are clustered
 * @param restarts          k-means++ restarts
 * @param seed              seed of k-means and the MLP
 * @param ml                whether to cross-validate regression models of the target
 * @param mlp               MLP settings
 * @param ridgeAlpha        α of the linear-kernel ridge model
 * @param anharmonic        MD-based columns left out of the "harmonic" feature set (empty: one set "all")
 * @param cvGroup           column whose values form the cross-validation groups (null: leave one row out)
 */
public record AnalysisSettings(List<String> columns, List<String> exclude, String target, String group, String id,
                               List<String> log, double alpha, int k, int kMax, int clusterComponents, int restarts,
                               long seed, boolean ml, MlpRegressor mlp, double ridgeAlpha, List<String> anharmonic,
                               String cvGroup) {

    public AnalysisSettings {
        columns = List.copyOf(columns);
        exclude = List.copyOf(exclude);
        log = List.copyOf(log);
        anharmonic = List.copyOf(anharmonic);
    }

    /** Defaults: all numeric columns, no target, p &lt; 0.2, k = 6 in PC1–PC2, k scanned to 10, MLP (100, 50). */
    public static AnalysisSettings defaults() {
        return new AnalysisSettings(List.of(), List.of(), null, null, null, List.of(), Correlation.PAPER_SIGNIFICANCE,
                6, 10, 2, KMeans.DEFAULT_RESTARTS, 0, true,
                MlpRegressor.withLayers(100, 50).withAlpha(0.05).withLearningRate(5e-4).withStopping(500, 1e-4, 10),
                1.0, List.of(), null);
    }
}
