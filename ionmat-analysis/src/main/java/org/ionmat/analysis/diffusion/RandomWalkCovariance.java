package org.ionmat.analysis.diffusion;

/**
 * Exact covariance of the time-origin-averaged MSD of a discrete Gaussian random walk, the model
 * behind the generalised least-squares fit of {@link DiffusionFitter}.
 *
 * <p>For a 1-D walk x_t (t = 0..F−1) with independent Gaussian steps of variance s^2 and the MSD
 * estimate m_n = (1/(F−n)) Σ_{t=0}^{F−n−1} (x_{t+n} − x_t)^2, Isserlis' theorem gives
 * Cov((x_{t+n} − x_t)^2, (x_{u+k} − x_u)^2) = 2 s^4 o^2, where o is the number of steps shared by the
 * two windows [t, t+n) and [u, u+k). Hence
 *
 * <pre>
 *   Cov(m_n, m_k) = 2 s^4 S(n, k) / ((F − n)(F − k)),   S(n, k) = Σ_t Σ_u o(t, n, u, k)^2,
 * </pre>
 *
 * and S is summed in closed form over the offset δ = u − t (o and the number of (t, u) pairs with that
 * offset are piecewise linear in δ), so an M×M matrix costs O(M^2) whatever F. In d dimensions the
 * covariance is d times the 1-D one, and an average over W independent walkers divides it by W.
 * The same model in spirit underlies kinisi (McCluskey, Coles &amp; Morgan, J. Chem. Theory Comput.
 * 21, 79 (2025)), which estimates it from the data instead of summing it exactly.
 */
public final class RandomWalkCovariance {

    private RandomWalkCovariance() {
    }

    /** S(n, k) = Σ over window pairs of the squared overlap, for lags n, k ≥ 1 in F frames. */
    public static double overlapSum(int n, int k, int frames) {
        return overlapSum(n, k, frames, 2);
    }

    /**
     * Σ over window pairs of the overlap to the given power (1 or 2), for lags n, k ≥ 1 in F frames.
     * Power 1 weights the fourth-cumulant (non-Gaussian) term of the covariance.
     */
    public static double overlapSum(int n, int k, int frames, int power) {
        if (n > k) {
            int tmp = n;
            n = k;
            k = tmp;
        }
        if (n < 1 || k >= frames) {
            throw new IllegalArgumentException("lags must lie in 1.." + (frames - 1) + ", got " + n + ", " + k);
        }
        long dMin = -(frames - n - 1L);
        long dMax = frames - k - 1L;
        long[] cuts = {-k, n - k, 0, n};
        double total = 0;
        long a = Math.max(dMin, -k + 1);
        long end = Math.min(dMax, n - 1L);
        while (a <= end) {
            long b = end + 1;
            for (long c : cuts) {
                if (c > a && c < b) {
                    b = c;
                }
            }
            long len = b - a;
            double c0 = count(a, n, k, frames);
            double o0 = overlap(a, n, k);
            double c1 = len > 1 ? count(a + 1, n, k, frames) - c0 : 0;
            double o1 = len > 1 ? overlap(a + 1, n, k) - o0 : 0;
            double l = len;
            double s0 = l;
            double s1 = l * (l - 1) / 2;
            double s2 = (l - 1) * l * (2 * l - 1) / 6;
            double s3 = s1 * s1;
            if (power == 2) {
                total += c0 * o0 * o0 * s0 + (2 * c0 * o0 * o1 + c1 * o0 * o0) * s1
                        + (c0 * o1 * o1 + 2 * c1 * o0 * o1) * s2 + c1 * o1 * o1 * s3;
            } else {
                total += c0 * o0 * s0 + (c0 * o1 + c1 * o0) * s1 + c1 * o1 * s2;
            }
            a = b;
        }
        return total;
    }

    /** Steps shared by [0, n) and [δ, δ + k), n ≤ k. */
    static long overlap(long d, int n, int k) {
        long lo = Math.max(0, d);
        long hi = Math.min(n, d + k);
        return Math.max(0, hi - lo);
    }

    /** Number of origins t with t in [0, F−n−1] and t + δ in [0, F−k−1]. */
    static long count(long d, int n, int k, int frames) {
        long lo = Math.max(0, -d);
        long hi = Math.min(frames - n - 1L, frames - k - 1L - d);
        return Math.max(0, hi - lo + 1);
    }

    /**
     * Covariance matrix (Å^4) of the MSD at the given lags for walkers whose independent steps
     * (one per frame) have, per dimension, variance s^2 = {@code 2 d dtPs} and a joint fourth
     * cumulant {@code k4Step} (Å^4) of the squared step length (for the d-dimensional squared
     * displacement K4 = &lt;|ξ|^4&gt; − (Σ_c v_c)^2 − 2 Σ_c v_c^2; zero for Gaussian steps), observed with
     * independent Gaussian position noise of variance {@code noiseVar} per dimension and frame
     * (vibrations about the path, "localisation error", Michalet, Phys. Rev. E 82, 041914 (2010);
     * it adds 2·dims·noiseVar to the MSD). With o the shared steps of the two windows and
     * e = [t+n = u+k] − [t+n = u] − [t = u+k] + [t = u] their shared end points, Isserlis' theorem
     * and the additivity of cumulants give
     *
     * <pre>
     *   Cov(m_n, m_k) = Σ_t Σ_u [2·dims·(s^2 o + η^2 e)^2 + K4·o] / ((F − n)(F − k)·walkers).
     * </pre>
     */
    public static double[][] matrix(int[] lags, int frames, double d, double dtPs, int dims, int walkers,
                                    double k4Step, double noiseVar) {
        double s2 = 2 * d * dtPs;
        double g = 2 * s2 * s2 * dims;
        int m = lags.length;
        double[][] c = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = i; j < m; j++) {
                double num = g * overlapSum(lags[i], lags[j], frames, 2);
                if (k4Step != 0) {
                    num += k4Step * overlapSum(lags[i], lags[j], frames, 1);
                }
                if (noiseVar != 0) {
                    num += 2 * dims * endPointSum(lags[i], lags[j], frames, s2, noiseVar);
                }
                double v = num / ((double) (frames - lags[i]) * (frames - lags[j]) * walkers);
                c[i][j] = v;
                c[j][i] = v;
            }
        }
        return c;
    }

    /** Σ_t Σ_u [2 s^2 η^2 o e + η^4 e^2] (the noise terms of (s^2 o + η^2 e)^2, per dimension). */
    static double endPointSum(int n, int k, int frames, double s2, double eta2) {
        if (n > k) {
            int tmp = n;
            n = k;
            k = tmp;
        }
        long dMin = -(frames - n - 1L);
        long dMax = frames - k - 1L;
        long[] ds = {0, n - k, n, -k};
        int[] sign = {1, 1, -1, -1};
        double total = 0;
        for (int a = 0; a < ds.length; a++) {
            long d = ds[a];
            boolean seen = false;
            for (int b = 0; b < a; b++) {
                seen |= ds[b] == d;
            }
            if (seen || d < dMin || d > dMax) {
                continue;
            }
            int e = 0;
            for (int b = 0; b < ds.length; b++) {
                if (ds[b] == d) {
                    e += sign[b];
                }
            }
            double cnt = count(d, n, k, frames);
            total += cnt * (2 * s2 * eta2 * overlap(d, n, k) * e + eta2 * eta2 * e * e);
        }
        return total;
    }

    /** As {@link #matrix(int[], int, double, double, int, int, double, double)} without position noise. */
    public static double[][] matrix(int[] lags, int frames, double d, double dtPs, int dims, int walkers,
                                    double k4Step) {
        return matrix(lags, frames, d, dtPs, dims, walkers, k4Step, 0.0);
    }

    /**
     * Covariance matrix (Å^4) of the MSD at the given lags (frames) for walkers with diffusion
     * coefficient {@code d} (Å^2/ps), frames {@code dtPs} apart, in {@code dims} dimensions,
     * averaged over {@code walkers} independent walkers.
     */
    public static double[][] matrix(int[] lags, int frames, double d, double dtPs, int dims, int walkers) {
        return matrix(lags, frames, d, dtPs, dims, walkers, 0.0);
    }
}
