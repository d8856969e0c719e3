package org.ionmat.learn.stats;

import org.ionmat.core.InvalidInputException;

/**
 * Silhouette coefficients of a clustering with Euclidean distances (Rousseeuw 1987), as
 * scikit-learn's {@code silhouette_samples}/{@code silhouette_score}: s(i) = (b − a)/max(a, b) with
 * a the mean distance of point i to the other points of its cluster and b the smallest mean distance
 * to the points of another cluster; s(i) = 0 for a point alone in its cluster.
 */
public final class Silhouette {

    private Silhouette() {
    }

    /**
     * Silhouette coefficient of each point.
     *
     * @throws InvalidInputException unless 2 ≤ number of clusters ≤ n − 1
     */
    public static double[] samples(double[][] points, int[] labels) {
        int n = points.length;
        int k = 0;
        for (int l : labels) {
            k = Math.max(k, l + 1);
        }
        int[] size = new int[k];
        for (int l : labels) {
            size[l]++;
        }
        int used = 0;
        for (int s : size) {
            if (s > 0) {
                used++;
            }
        }
        if (used < 2 || used > n - 1) {
            throw new InvalidInputException("the silhouette needs between 2 and n-1 = " + (n - 1) + " clusters, got " + used);
        }
        double[] s = new double[n];
        double[] sums = new double[k];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(sums, 0);
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    sums[labels[j]] += distance(points[i], points[j]);
                }
            }
            int own = labels[i];
            if (size[own] <= 1) {
                s[i] = 0;
                continue;
            }
            double a = sums[own] / (size[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own && size[c] > 0) {
                    b = Math.min(b, sums[c] / size[c]);
                }
            }
            double m = Math.max(a, b);
            s[i] = m == 0 ? 0 : (b - a) / m;
        }
        return s;
    }

    /** Mean silhouette coefficient over all points. */
    public static double score(double[][] points, int[] labels) {
        double[] s = samples(points, labels);
        double sum = 0;
        for (double v : s) {
            sum += v;
        }
        return sum / s.length;
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int q = 0; q < a.length; q++) {
            double t = a[q] - b[q];
            s += t * t;
        }
        return Math.sqrt(s);
    }
}
