package org.ionmat.core.electrostatics;

import org.ionmat.core.parallel.ParallelChunks;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.units.Units;

/**
 * The long-range part of an Ewald sum with forces and virial: the reciprocal-space sum, the self
 * term and the neutralising background (together what LAMMPS calls the k-space part). The
 * real-space part k_e q_i q_j erfc(α r)/r is left to the caller, who evaluates it with a neighbor
 * list together with the other pair terms; with the same α the two add up to the Ewald energy of
 * {@link EwaldSummation}.
 *
 * <p>Formulas (k_e = {@link Units#COULOMB_CONSTANT}, sums over k ≠ 0 with |k| ≤ k_c,
 * S(k) = Σ_j q_j e^(i k·r_j), g(k) = exp(−k²/4α²)/k²):
 * <ul>
 *   <li>E_rec = k_e (2π/V) Σ_k g(k) |S(k)|²; per site ½ q_j φ_j with
 *       φ_j = k_e (4π/V) Σ_k g(k) Re(e^(−i k·r_j) S(k));</li>
 *   <li>F_j = k_e (4π/V) q_j Σ_k g(k) k Im(e^(−i k·r_j) S(k));</li>
 *   <li>virial W_ab = −∂E/∂ε_ab = Σ_k E_k (δ_ab − 2 k_a k_b (1/k² + 1/4α²)), E_k the energy of
 *       vector k;</li>
 *   <li>E_self = −k_e α/√π Σ q_j² (no force, no virial);</li>
 *   <li>E_bg = −k_e π Q² / (2 V α²) for net charge Q (uniform neutralising background, as LAMMPS
 *       and pymatgen), per site ½ q_j Q (−k_e π / (V α²)), virial E_bg δ_ab.</li>
 * </ul>
 *
 * <p>The cost is O(N N_k); the k vectors are split into ranges of the first Miller index with about
 * equal work, the ranges run on several threads when asked, and their results are added in range
 * order, so the result does not depend on the number of threads.
 */
public final class EwaldReciprocalSpace {

    /** Work (sites × k vectors) from which the automatic thread setting runs in parallel. */
    private static final long PARALLEL_WORK = 4_000_000L;
    /** Largest number of k-vector ranges. */
    private static final int MAX_CHUNKS = 16;

    private EwaldReciprocalSpace() {
    }

    /**
     * The k-space terms of an Ewald sum.
     *
     * @param reciprocal reciprocal-space sum E_rec (eV)
     * @param self       self term E_self (eV)
     * @param background neutralising-background term E_bg (eV), zero for a neutral cell
     * @param forces     forces, eV/Å, 3 per site, or null if not requested
     * @param virial     virial W = −∂E/∂ε, eV, 3x3 row-major, or null if not requested
     * @param siteEnergies per-site energies (eV, summing to {@link #energy()}), or null
     */
    public record Result(double reciprocal, double self, double background, double[] forces, double[] virial,
                         double[] siteEnergies) {
        /** E_rec + E_self + E_bg (eV). */
        public double energy() {
            return reciprocal + self + background;
        }
    }

    /**
     * Computes the k-space terms.
     *
     * @param cartesian    Cartesian positions, Å, 3 per site (anywhere in space)
     * @param charges      charges, e, one per site
     * @param parameters   split parameter α and reciprocal cut-off k_c (the real-space cut-off is not used)
     * @param forces       compute forces
     * @param virial       compute the virial
     * @param siteEnergies compute per-site energies
     * @param threads      0 automatic, 1 serial, n &gt; 1 threads
     */
    public static Result compute(Lattice lattice, double[] cartesian, double[] charges, EwaldParameters parameters,
                                 boolean forces, boolean virial, boolean siteEnergies, int threads) {
        int nAll = charges.length;
        if (cartesian.length != 3 * nAll) {
            throw new IllegalArgumentException("need 3 coordinates per charge: " + cartesian.length
                    + " coordinates for " + nAll + " charges");
        }
        // only charged sites contribute
        int n = 0;
        for (double q : charges) {
            if (q != 0) {
                n++;
            }
        }
        int[] index = new int[n];
        double[] q = new double[n];
        double[] x = new double[3 * n];
        for (int i = 0, c = 0; i < nAll; i++) {
            if (charges[i] != 0) {
                index[c] = i;
                q[c] = charges[i];
                System.arraycopy(cartesian, 3 * i, x, 3 * c, 3);
                c++;
            }
        }
        double[] f = forces ? new double[3 * nAll] : null;
        double[] w = virial ? new double[9] : null;
        double[] e = siteEnergies ? new double[nAll] : null;
        double ke = Units.COULOMB_CONSTANT;
        double alpha = parameters.alpha();
        double volume = lattice.volume();
        double total = 0;
        double sumSq = 0;
        for (double c : q) {
            total += c;
            sumSq += c * c;
        }
        double reciprocal = n == 0 ? 0 : reciprocalSum(lattice, x, q, parameters, f, w, e, index, threads);
        double self = -ke * alpha / Math.sqrt(Math.PI) * sumSq;
        double bgUnit = -ke * Math.PI / (volume * alpha * alpha);
        double background = 0.5 * total * total * bgUnit;
        if (e != null) {
            for (int c = 0; c < n; c++) {
                e[index[c]] += -ke * alpha / Math.sqrt(Math.PI) * q[c] * q[c] + 0.5 * q[c] * total * bgUnit;
            }
        }
        if (w != null) {
            w[0] += background;
            w[4] += background;
            w[8] += background;
        }
        return new Result(reciprocal, self, background, f, w, e);
    }

    /** E_rec (eV); adds forces, virial and site energies (eV units) into the given arrays. */
    private static double reciprocalSum(Lattice lattice, double[] x, double[] q, EwaldParameters p,
                                        double[] forces, double[] virial, double[] site, int[] index, int threads) {
        int n = q.length;
        EwaldLatticeSums sums = new EwaldLatticeSums(lattice, x, p, false);
        int hmax = sums.maxFirstIndex();
        double[] work = new double[hmax + 1];
        double totalWork = 0;
        for (int h = 0; h <= hmax; h++) {
            work[h] = sums.estimatedVectors(h);
            totalWork += work[h];
        }
        long cost = (long) (totalWork * n);
        int chunks = cost < PARALLEL_WORK ? 1 : Math.min(hmax + 1, MAX_CHUNKS);
        int[] bounds = balancedRanges(work, totalWork, chunks);
        chunks = bounds.length - 1;
        double inv4a2 = 1 / (4 * p.alpha() * p.alpha());
        int block = Math.max(1, Math.min(16, 4096 / Math.max(1, n)));
        double[][] energy = new double[chunks][1];
        double[][] f = new double[chunks][];
        double[][] w = new double[chunks][];
        double[][] e = new double[chunks][];
        ParallelChunks.run(chunks, threads, cost >= PARALLEL_WORK, c -> {
            // forces as three separate arrays (x, y, z) so that the loops vectorise
            double[] fc = forces == null ? null : new double[3 * n];
            double[] wc = virial == null ? null : new double[9];
            double[] ec = site == null ? null : new double[n];
            double[] en = energy[c];
            sums.forEachKVectorBlock(bounds[c], bounds[c + 1] - 1, block, (k, weight, cos, sin, count) -> {
                for (int b = 0; b < count; b++) {
                    int off = b * n;
                    // Σ q_j cos_j and Σ q_j sin_j with four partial sums each (instruction-level
                    // parallelism; fixed order, so deterministic)
                    double c0 = 0;
                    double c1 = 0;
                    double c2 = 0;
                    double c3 = 0;
                    double s0 = 0;
                    double s1 = 0;
                    double s2 = 0;
                    double s3 = 0;
                    int j4 = 0;
                    for (; j4 + 3 < n; j4 += 4) {
                        c0 += q[j4] * cos[off + j4];
                        c1 += q[j4 + 1] * cos[off + j4 + 1];
                        c2 += q[j4 + 2] * cos[off + j4 + 2];
                        c3 += q[j4 + 3] * cos[off + j4 + 3];
                        s0 += q[j4] * sin[off + j4];
                        s1 += q[j4 + 1] * sin[off + j4 + 1];
                        s2 += q[j4 + 2] * sin[off + j4 + 2];
                        s3 += q[j4 + 3] * sin[off + j4 + 3];
                    }
                    for (; j4 < n; j4++) {
                        c0 += q[j4] * cos[off + j4];
                        s0 += q[j4] * sin[off + j4];
                    }
                    double cs = (c0 + c1) + (c2 + c3);
                    double sn = (s0 + s1) + (s2 + s3);
                    double wt = weight[b];
                    double ek = 0.5 * wt * (cs * cs + sn * sn);
                    en[0] += ek;
                    double kx = k[3 * b];
                    double ky = k[3 * b + 1];
                    double kz = k[3 * b + 2];
                    if (wc != null) {
                        double k2 = kx * kx + ky * ky + kz * kz;
                        double g = 2 * ek * (1 / k2 + inv4a2);
                        wc[0] += ek - g * kx * kx;
                        wc[1] -= g * kx * ky;
                        wc[2] -= g * kx * kz;
                        wc[4] += ek - g * ky * ky;
                        wc[5] -= g * ky * kz;
                        wc[8] += ek - g * kz * kz;
                    }
                    if (fc != null) {
                        double wcs = wt * cs;
                        double wsn = wt * sn;
                        int oy = n;
                        int oz = 2 * n;
                        for (int j = 0; j < n; j++) {
                            double a = q[j] * (wcs * sin[off + j] - wsn * cos[off + j]);
                            fc[j] += a * kx;
                            fc[oy + j] += a * ky;
                            fc[oz + j] += a * kz;
                        }
                    }
                    if (ec != null) {
                        double hw = 0.5 * wt;
                        for (int j = 0; j < n; j++) {
                            ec[j] += hw * q[j] * (cos[off + j] * cs + sin[off + j] * sn);
                        }
                    }
                }
            });
            f[c] = fc;
            w[c] = wc;
            e[c] = ec;
        });
        double ke = Units.COULOMB_CONSTANT;
        double energySum = 0;
        for (int c = 0; c < chunks; c++) {
            energySum += energy[c][0];
            if (forces != null) {
                for (int j = 0; j < n; j++) {
                    int t = 3 * index[j];
                    forces[t] += ke * f[c][j];
                    forces[t + 1] += ke * f[c][n + j];
                    forces[t + 2] += ke * f[c][2 * n + j];
                }
            }
            if (virial != null) {
                for (int a = 0; a < 9; a++) {
                    virial[a] += ke * w[c][a];
                }
            }
            if (site != null) {
                for (int j = 0; j < n; j++) {
                    site[index[j]] += ke * e[c][j];
                }
            }
        }
        if (virial != null) {
            virial[3] = virial[1];
            virial[6] = virial[2];
            virial[7] = virial[5];
        }
        return ke * energySum;
    }

    /** Boundaries b_0 = 0 &lt; b_1 &lt; ... &lt; b_m = work.length splitting the work into m ≤ chunks parts of about equal size. */
    private static int[] balancedRanges(double[] work, double total, int chunks) {
        int[] b = new int[chunks + 1];
        int m = 1;
        double acc = 0;
        for (int h = 0; h < work.length && m < chunks; h++) {
            acc += work[h];
            if (acc >= total * m / chunks && h + 1 < work.length) {
                b[m++] = h + 1;
            }
        }
        b[m] = work.length;
        int[] r = new int[m + 1];
        System.arraycopy(b, 0, r, 0, m + 1);
        return r;
    }
}
