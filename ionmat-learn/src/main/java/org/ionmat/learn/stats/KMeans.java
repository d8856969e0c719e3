package org.ionmat.learn.stats;

import java.util.SplittableRandom;

import org.ionmat.core.InvalidInputException;

/**
 * k-means clustering (Lloyd's algorithm) with k-means++ seeding and restarts, keeping the run of
 * lowest inertia (sum of squared distances of the points to their cluster centres). Follows the
 * conventions of scikit-learn's {@code KMeans}: greedy k-means++ with 2 + ⌊ln k⌋ candidates per
 * centre, convergence when the labels stop changing or the squared centre shift falls below
 * {@code tol} × (mean per-feature variance), empty clusters moved to the points farthest from their
 * centres, a final assignment step after the last update. Each run then ends with Hartigan–Wong
 * single-point moves, which only lower the inertia and escape many of the poor local minima that
 * Lloyd's iterations stop in.
 *
 * <p>Randomness comes from one {@link SplittableRandom} seeded with {@link #seed()}; the result is
 * reproducible from the seed. Instances are immutable settings.
 */
public final class KMeans {

    private final int k;
    private final int restarts;
    private final int maxIterations;
    private final double tol;
    private final long seed;

    private KMeans(int k, int restarts, int maxIterations, double tol, long seed) {
        this.k = k;
        this.restarts = restarts;
        this.maxIterations = maxIterations;
        this.tol = tol;
        this.seed = seed;
    }

    /** Default number of restarts: enough to beat scikit-learn's n_init=10 on rugged data (see the tests). */
    public static final int DEFAULT_RESTARTS = 50;

    /** k clusters, {@value #DEFAULT_RESTARTS} restarts, at most 300 iterations per run, tol 1e-4, seed 0. */
    public static KMeans withClusters(int k) {
        if (k < 1) {
            throw new InvalidInputException("the number of clusters must be at least 1, got " + k);
        }
        return new KMeans(k, DEFAULT_RESTARTS, 300, 1e-4, 0);
    }

    /** Number of k-means++ restarts (≥ 1). */
    public KMeans withRestarts(int n) {
        if (n < 1) {
            throw new InvalidInputException("k-means restarts must be at least 1, got " + n);
        }
        return new KMeans(k, n, maxIterations, tol, seed);
    }

    /** Seed of the random generator. */
    public KMeans withSeed(long s) {
        return new KMeans(k, restarts, maxIterations, tol, s);
    }

    /** Maximum Lloyd iterations per run and relative tolerance on the squared centre shift. */
    public KMeans withConvergence(int iterations, double relativeTolerance) {
        return new KMeans(k, restarts, iterations, relativeTolerance, seed);
    }

    /** Number of clusters. */
    public int k() {
        return k;
    }

    /** Number of restarts. */
    public int restarts() {
        return restarts;
    }

    /** Seed. */
    public long seed() {
        return seed;
    }

    /**
     * Clusters points.
     *
     * @param points one row per point (all rows of equal length, finite values)
     * @throws InvalidInputException if there are fewer points than clusters
     */
    public KMeansResult fit(double[][] points) {
        int n = points.length;
        if (n < k) {
            throw new InvalidInputException("k-means with " + k + " clusters needs at least " + k + " points, got " + n);
        }
        int d = n == 0 ? 0 : points[0].length;
        double[] x = new double[n * d];
        for (int i = 0; i < n; i++) {
            if (points[i].length != d) {
                throw new IllegalArgumentException("point " + i + " has " + points[i].length + " coordinates, expected " + d);
            }
            for (int a = 0; a < d; a++) {
                double v = points[i][a];
                if (!Double.isFinite(v)) {
                    throw new InvalidInputException("k-means: point " + (i + 1) + " has a missing or non-finite coordinate");
                }
                x[i * d + a] = v;
            }
        }
        double absTol = tol * meanVariance(x, n, d);
        SplittableRandom rng = new SplittableRandom(seed);
        Run best = null;
        for (int r = 0; r < restarts; r++) {
            double[] centers = plusPlus(x, n, d, rng);
            Run run = lloyd(x, n, d, centers, absTol);
            if (best == null || run.inertia < best.inertia) {
                best = run;
            }
        }
        double[][] c = new double[k][d];
        for (int j = 0; j < k; j++) {
            System.arraycopy(best.centers, j * d, c[j], 0, d);
        }
        return new KMeansResult(best.labels, c, best.inertia, best.iterations, seed, restarts);
    }

    private record Run(int[] labels, double[] centers, double inertia, int iterations) {
    }

    private static double meanVariance(double[] x, int n, int d) {
        double s = 0;
        for (int a = 0; a < d; a++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += x[i * d + a];
            }
            mean /= n;
            double v = 0;
            for (int i = 0; i < n; i++) {
                double t = x[i * d + a] - mean;
                v += t * t;
            }
            s += v / n;
        }
        return d == 0 ? 0 : s / d;
    }

    private static double dist2(double[] x, int i, double[] c, int j, int d) {
        double s = 0;
        int xi = i * d;
        int cj = j * d;
        for (int a = 0; a < d; a++) {
            double t = x[xi + a] - c[cj + a];
            s += t * t;
        }
        return s;
    }

    /** Greedy k-means++ seeding. */
    private double[] plusPlus(double[] x, int n, int d, SplittableRandom rng) {
        double[] centers = new double[k * d];
        int trials = 2 + (int) Math.log(k);
        int first = rng.nextInt(n);
        System.arraycopy(x, first * d, centers, 0, d);
        double[] closest = new double[n];
        for (int i = 0; i < n; i++) {
            closest[i] = dist2(x, i, centers, 0, d);
        }
        double[] cum = new double[n];
        double[] cand = new double[n];
        double[] bestD = new double[n];
        for (int c = 1; c < k; c++) {
            double run = 0;
            for (int i = 0; i < n; i++) {
                run += closest[i];
                cum[i] = run;
            }
            int bestId = -1;
            double bestPot = Double.POSITIVE_INFINITY;
            for (int t = 0; t < trials; t++) {
                double u = rng.nextDouble() * run;
                int id = search(cum, u);
                double p = 0;
                for (int i = 0; i < n; i++) {
                    double dd = 0;
                    for (int a = 0; a < d; a++) {
                        double q = x[i * d + a] - x[id * d + a];
                        dd += q * q;
                    }
                    cand[i] = Math.min(closest[i], dd);
                    p += cand[i];
                }
                if (p < bestPot) {
                    bestPot = p;
                    bestId = id;
                    System.arraycopy(cand, 0, bestD, 0, n);
                }
            }
            System.arraycopy(x, bestId * d, centers, c * d, d);
            System.arraycopy(bestD, 0, closest, 0, n);
        }
        return centers;
    }

    /** First index with cum[i] > u (clipped to the last index). */
    private static int search(double[] cum, double u) {
        int lo = 0;
        int hi = cum.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cum[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private Run lloyd(double[] x, int n, int d, double[] centers, double absTol) {
        int[] labels = new int[n];
        int[] previous = new int[n];
        java.util.Arrays.fill(previous, -1);
        double[] next = new double[k * d];
        int[] counts = new int[k];
        double[] distances = new double[n];
        int it = 0;
        boolean strict = false;
        while (it < maxIterations) {
            assign(x, n, d, centers, labels, distances);
            it++;
            // M step
            java.util.Arrays.fill(next, 0);
            java.util.Arrays.fill(counts, 0);
            for (int i = 0; i < n; i++) {
                int l = labels[i];
                counts[l]++;
                for (int a = 0; a < d; a++) {
                    next[l * d + a] += x[i * d + a];
                }
            }
            relocateEmpty(x, n, d, labels, distances, next, counts);
            for (int j = 0; j < k; j++) {
                for (int a = 0; a < d; a++) {
                    next[j * d + a] /= counts[j];
                }
            }
            if (java.util.Arrays.equals(labels, previous)) {
                strict = true;
                System.arraycopy(next, 0, centers, 0, next.length);
                break;
            }
            double shift = 0;
            for (int q = 0; q < next.length; q++) {
                double t = next[q] - centers[q];
                shift += t * t;
            }
            System.arraycopy(next, 0, centers, 0, next.length);
            System.arraycopy(labels, 0, previous, 0, n);
            if (shift <= absTol) {
                break;
            }
        }
        if (!strict) {
            assign(x, n, d, centers, labels, distances);
        }
        hartigan(x, n, d, centers, labels);
        double inertia = 0;
        for (int i = 0; i < n; i++) {
            inertia += dist2(x, i, centers, labels[i], d);
        }
        return new Run(labels.clone(), centers.clone(), inertia, it);
    }

    /**
     * Hartigan–Wong single-point moves from a Lloyd fixed point: moving point x from cluster a (size
     * n_a &gt; 1) to b changes the inertia by n_b/(n_b+1)·|x−c_b|² − n_a/(n_a−1)·|x−c_a|²; the best
     * negative move is made (centres updated exactly) until none is left. Every move lowers the inertia.
     */
    private void hartigan(double[] x, int n, int d, double[] centers, int[] labels) {
        int[] size = new int[k];
        java.util.Arrays.fill(centers, 0);
        for (int i = 0; i < n; i++) {
            size[labels[i]]++;
            for (int a = 0; a < d; a++) {
                centers[labels[i] * d + a] += x[i * d + a];
            }
        }
        for (int j = 0; j < k; j++) {
            for (int a = 0; a < d; a++) {
                centers[j * d + a] /= size[j];
            }
        }
        boolean moved = true;
        int sweeps = 0;
        while (moved && sweeps++ < 1000) {
            moved = false;
            for (int i = 0; i < n; i++) {
                int from = labels[i];
                if (size[from] <= 1) {
                    continue;
                }
                double remove = size[from] / (size[from] - 1.0) * dist2(x, i, centers, from, d);
                int to = -1;
                double best = 0;
                for (int j = 0; j < k; j++) {
                    if (j == from) {
                        continue;
                    }
                    double delta = size[j] / (size[j] + 1.0) * dist2(x, i, centers, j, d) - remove;
                    if (delta < best - 1e-12 * remove) {
                        best = delta;
                        to = j;
                    }
                }
                if (to >= 0) {
                    for (int a = 0; a < d; a++) {
                        double xa = x[i * d + a];
                        centers[from * d + a] = (centers[from * d + a] * size[from] - xa) / (size[from] - 1);
                        centers[to * d + a] = (centers[to * d + a] * size[to] + xa) / (size[to] + 1);
                    }
                    size[from]--;
                    size[to]++;
                    labels[i] = to;
                    moved = true;
                }
            }
        }
    }

    private void assign(double[] x, int n, int d, double[] centers, int[] labels, double[] distances) {
        for (int i = 0; i < n; i++) {
            int best = 0;
            double bd = dist2(x, i, centers, 0, d);
            for (int j = 1; j < k; j++) {
                double dd = dist2(x, i, centers, j, d);
                if (dd < bd) {
                    bd = dd;
                    best = j;
                }
            }
            labels[i] = best;
            distances[i] = bd;
        }
    }

    /** Moves each empty cluster onto the point farthest from its centre (sums and counts updated). */
    private void relocateEmpty(double[] x, int n, int d, int[] labels, double[] distances, double[] sums, int[] counts) {
        boolean[] used = new boolean[n];
        for (int j = 0; j < k; j++) {
            if (counts[j] > 0) {
                continue;
            }
            int far = -1;
            for (int i = 0; i < n; i++) {
                if (!used[i] && counts[labels[i]] > 1 && (far < 0 || distances[i] > distances[far])) {
                    far = i;
                }
            }
            if (far < 0) {
                throw new IllegalStateException("cannot fill an empty cluster");
            }
            used[far] = true;
            int old = labels[far];
            for (int a = 0; a < d; a++) {
                sums[old * d + a] -= x[far * d + a];
                sums[j * d + a] = x[far * d + a];
            }
            counts[old]--;
            counts[j] = 1;
            labels[far] = j;
        }
    }
}
