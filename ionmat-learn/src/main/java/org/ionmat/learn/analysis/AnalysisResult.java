package org.ionmat.learn.analysis;

import java.util.List;

import org.ionmat.learn.regression.CrossValidationResult;
import org.ionmat.learn.stats.ClusterComposition;
import org.ionmat.learn.stats.ClusterScan;
import org.ionmat.learn.stats.CorrelationMatrix;
import org.ionmat.learn.stats.CorrelationPca;
import org.ionmat.learn.stats.KMeansResult;

/**
 * Everything {@link TableAnalysis} found.
 *
 * @param settings    the settings, with the columns resolved to the table's names
 * @param rows        number of table rows
 * @param ids         row names
 * @param groups      group label of each row (null when no group column)
 * @param columns     analysed numeric columns (after log transforms: names unchanged)
 * @param data        the analysed data, one array per column (NaN = missing)
 * @param spearman    Spearman matrix with p-values
 * @param pearson     Pearson matrix with p-values
 * @param pca         PCA of the Spearman matrix (null if it could not be done; see warnings)
 * @param scores      scores of each row on the leading components (up to 3; null without PCA)
 * @param points      the coordinates that were clustered (the first clusterComponents scores)
 * @param kmeans      k-means result (null without PCA)
 * @param silhouette  mean silhouette of the chosen k (NaN if undefined)
 * @param scan        elbow and silhouette scan (null without PCA)
 * @param composition cluster composition by group (null without a group column or clustering)
 * @param ml          cross-validation results (empty when not requested)
 * @param warnings    what was dropped or changed and why
 */
public record AnalysisResult(AnalysisSettings settings, int rows, String[] ids, String[] groups, List<String> columns,
                             double[][] data, CorrelationMatrix spearman, CorrelationMatrix pearson, CorrelationPca pca,
                             double[][] scores, double[][] points, KMeansResult kmeans, double silhouette, ClusterScan scan,
                             ClusterComposition composition, List<CrossValidationResult> ml, List<String> warnings) {
}
