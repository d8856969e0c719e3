package org.ionmat.learn.stats;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The elbow and silhouette methods for choosing the number of clusters (seed paper 001, Figs. S4–S5):
 * k-means for k = 1..kMax with the same restarts and seed, its inertia for every k and the mean
 * silhouette for k ≥ 2.
 *
 * @param inertia    k -> best inertia
 * @param silhouette k -> mean silhouette coefficient (k = 2..min(kMax, n−1))
 * @param elbowK     k at the elbow of the inertia curve ({@link Scree#elbow})
 * @param bestSilhouetteK k of the largest mean silhouette, or 0 when none was computed
 */
public record ClusterScan(Map<Integer, Double> inertia, Map<Integer, Double> silhouette, int elbowK, int bestSilhouetteK) {

    /**
     * Runs the scan.
     *
     * @param settings k-means settings (restarts, seed) whose k is replaced by 1..kMax
     */
    public static ClusterScan of(double[][] points, int kMax, KMeans settings) {
        int n = points.length;
        int top = Math.min(kMax, n);
        Map<Integer, Double> in = new LinkedHashMap<>();
        Map<Integer, Double> sil = new LinkedHashMap<>();
        for (int k = 1; k <= top; k++) {
            KMeansResult r = KMeans.withClusters(k).withRestarts(settings.restarts()).withSeed(settings.seed()).fit(points);
            in.put(k, r.inertia());
            if (k >= 2 && k <= n - 1 && distinctLabels(r.labels()) >= 2) {
                sil.put(k, Silhouette.score(points, r.labels()));
            }
        }
        double[] curve = in.values().stream().mapToDouble(Double::doubleValue).toArray();
        int elbow = Scree.elbow(curve);
        int best = 0;
        double bs = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Integer, Double> e : sil.entrySet()) {
            if (e.getValue() > bs) {
                bs = e.getValue();
                best = e.getKey();
            }
        }
        return new ClusterScan(in, sil, elbow, best);
    }

    private static int distinctLabels(int[] labels) {
        return (int) java.util.Arrays.stream(labels).distinct().count();
    }
}
