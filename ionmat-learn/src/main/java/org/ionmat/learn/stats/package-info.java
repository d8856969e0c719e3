/**
 * Statistics of descriptor tables (seed paper 001): Pearson and Spearman correlation matrices with
 * p-values and pairwise deletion ({@link org.ionmat.learn.stats.CorrelationMatrix}), PCA of a
 * correlation matrix ({@link org.ionmat.learn.stats.CorrelationPca}), k-means with elbow and
 * silhouette ({@link org.ionmat.learn.stats.KMeans}, {@link org.ionmat.learn.stats.ClusterScan},
 * {@link org.ionmat.learn.stats.Silhouette}) and cluster composition by label.
 */
package org.ionmat.learn.stats;
