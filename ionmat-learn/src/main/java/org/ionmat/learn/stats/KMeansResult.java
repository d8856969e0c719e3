package org.ionmat.learn.stats;

/**
 * Result of {@link KMeans#fit}: the best of the restarts.
 *
 * @param labels     cluster of each point, 0..k−1
 * @param centers    cluster centres, one row per cluster
 * @param inertia    sum of squared distances of the points to their centres
 * @param iterations Lloyd iterations of the best run
 * @param seed       seed of the random generator
 * @param restarts   number of k-means++ restarts
 */
public record KMeansResult(int[] labels, double[][] centers, double inertia, int iterations, long seed, int restarts) {

    /** Number of clusters. */
    public int k() {
        return centers.length;
    }

    /** Number of points in each cluster. */
    public int[] sizes() {
        int[] s = new int[centers.length];
        for (int l : labels) {
            s[l]++;
        }
        return s;
    }
}
