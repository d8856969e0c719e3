package org.ionmat.core.electrostatics;

import java.util.Arrays;
import java.util.Locale;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.LllReduction;
import org.ionmat.core.units.Units;

/**
 * The lattice sums shared by {@link EwaldSummation} and {@link PairEnergyMatrix}, in Gaussian
 * units (e = 1, lengths in Å; multiply by {@link Units#COULOMB_CONSTANT} for eV).
 *
 * <p>The cell is LLL-reduced first so that wrapped position differences are short also for skewed
 * input. Real-space images come from a list of lattice translations sorted by length: the loop of a
 * pair stops at the first translation longer than r_c + |r_ij|. Reciprocal-space structure factors
 * use per-site tables of e^(i 2π h f) for each axis (built once per instance, by recurrence), and the
 * sum runs over half of the k vectors (k and −k give the same term). The k vectors can be streamed
 * in ranges of the first Miller index, so that several threads can share one instance.
 */
final class EwaldLatticeSums {

    private static final double COINCIDENT = 1e-6;

    private final int n;
    private final double volume;
    private final double alpha;
    private final double rc;
    private final double rc2;
    private final double kc;
    private final double[] m;     // reduced lattice, row-major
    private final double[] recip; // reduced reciprocal lattice with 2π, row-major
    private final double[] frac;  // fractional coordinates in the reduced lattice, wrapped
    private final double[] tx;
    private final double[] ty;
    private final double[] tz;
    private final double[] tlen;
    private final int[] hmax = new int[3];
    private double[][] phaseCos; // e^(i 2π h f_d) per axis d: [h * n + j], built on first use
    private double[][] phaseSin;

    /** Real- and reciprocal-space sums. */
    EwaldLatticeSums(Lattice lattice, double[] cart, EwaldParameters p) {
        this(lattice, cart, p, true);
    }

    /**
     * @param realSpace false to skip the set-up of real-space images (only the reciprocal-space
     *                  stream is used; {@link #realPairSum} must not be called)
     */
    EwaldLatticeSums(Lattice lattice, double[] cart, EwaldParameters p, boolean realSpace) {
        if (cart.length % 3 != 0) {
            throw new IllegalArgumentException("need 3 Cartesian coordinates per site, got " + cart.length);
        }
        for (double v : cart) {
            if (!Double.isFinite(v)) {
                throw new InvalidInputException("Ewald sum: a site has a non-finite coordinate");
            }
        }
        this.n = cart.length / 3;
        Lattice red = LllReduction.reduce(lattice).lattice();
        this.volume = red.volume();
        this.alpha = p.alpha();
        this.rc = p.realCutoff();
        this.rc2 = rc * rc;
        this.kc = p.reciprocalCutoff();
        this.m = red.rowMajor();
        this.recip = red.reciprocal().rowMajor();
        this.frac = red.toFractionalAll(cart);
        for (int i = 0; i < frac.length; i++) {
            frac[i] -= Math.floor(frac[i]);
        }
        for (int d = 0; d < 3; d++) {
            double len = Math.sqrt(m[3 * d] * m[3 * d] + m[3 * d + 1] * m[3 * d + 1] + m[3 * d + 2] * m[3 * d + 2]);
            hmax[d] = (int) Math.floor(kc * len / (2 * Math.PI) + 1e-9);
        }
        if (!realSpace) {
            tlen = tx = ty = tz = new double[0];
            return;
        }
        // translations within rc + the longest wrapped difference (half the longest body diagonal)
        double dmax = 0;
        for (int s = 0; s < 4; s++) {
            double sa = s == 1 ? -1 : 1;
            double sb = s == 2 ? -1 : 1;
            double sc = s == 3 ? -1 : 1;
            double x = sa * m[0] + sb * m[3] + sc * m[6];
            double y = sa * m[1] + sb * m[4] + sc * m[7];
            double z = sa * m[2] + sb * m[5] + sc * m[8];
            dmax = Math.max(dmax, 0.5 * Math.sqrt(x * x + y * y + z * z));
        }
        double reach = rc + dmax;
        double[] w = red.perpendicularWidths();
        int na = (int) Math.ceil(reach / w[0]);
        int nb = (int) Math.ceil(reach / w[1]);
        int nc = (int) Math.ceil(reach / w[2]);
        long count = (2L * na + 1) * (2L * nb + 1) * (2L * nc + 1);
        if (count > 50_000_000L) {
            throw new IllegalArgumentException("Ewald real-space cut-off " + rc + " Å needs too many images");
        }
        double[][] t = new double[(int) count][];
        int k = 0;
        for (int a = -na; a <= na; a++) {
            for (int b = -nb; b <= nb; b++) {
                for (int c = -nc; c <= nc; c++) {
                    double x = a * m[0] + b * m[3] + c * m[6];
                    double y = a * m[1] + b * m[4] + c * m[7];
                    double z = a * m[2] + b * m[5] + c * m[8];
                    double len = Math.sqrt(x * x + y * y + z * z);
                    if (len <= reach) {
                        t[k++] = new double[] {len, x, y, z};
                    }
                }
            }
        }
        t = Arrays.copyOf(t, k);
        Arrays.sort(t, (u, v) -> Double.compare(u[0], v[0]));
        tlen = new double[k];
        tx = new double[k];
        ty = new double[k];
        tz = new double[k];
        for (int i = 0; i < k; i++) {
            tlen[i] = t[i][0];
            tx[i] = t[i][1];
            ty[i] = t[i][2];
            tz[i] = t[i][3];
        }
    }

    int size() {
        return n;
    }

    double volume() {
        return volume;
    }

    double alpha() {
        return alpha;
    }

    /**
     * Σ over images n of erfc(α |r_j − r_i + n|) / |r_j − r_i + n| within the real-space cut-off,
     * without the n = 0 term when i = j (Å^-1).
     *
     * @throws InvalidInputException if two different sites coincide
     */
    double realPairSum(int i, int j) {
        double dx = frac[3 * j] - frac[3 * i];
        double dy = frac[3 * j + 1] - frac[3 * i + 1];
        double dz = frac[3 * j + 2] - frac[3 * i + 2];
        dx -= Math.floor(dx + 0.5);
        dy -= Math.floor(dy + 0.5);
        dz -= Math.floor(dz + 0.5);
        double x0 = dx * m[0] + dy * m[3] + dz * m[6];
        double y0 = dx * m[1] + dy * m[4] + dz * m[7];
        double z0 = dx * m[2] + dy * m[5] + dz * m[8];
        double limit = rc + Math.sqrt(x0 * x0 + y0 * y0 + z0 * z0);
        double sum = 0;
        for (int t = 0; t < tlen.length && tlen[t] <= limit; t++) {
            double x = x0 + tx[t];
            double y = y0 + ty[t];
            double z = z0 + tz[t];
            double r2 = x * x + y * y + z * z;
            if (r2 < rc2) {
                if (r2 < COINCIDENT * COINCIDENT) {
                    if (i == j) {
                        continue;
                    }
                    throw new InvalidInputException(String.format(Locale.ROOT,
                            "Ewald sum: sites %d and %d coincide (distance %.2g Å)", i + 1, j + 1, Math.sqrt(r2)));
                }
                double r = Math.sqrt(r2);
                sum += Erfc.erfc(alpha * r) / r;
            }
        }
        return sum;
    }

    /** Self term of one unit charge, −2α/√π (Å^-1; enters the energy as ½ q² times this). */
    double selfTerm() {
        return -2 * alpha / Math.sqrt(Math.PI);
    }

    /** Neutralising-background term of a unit charge pair, −π / (V α²) (Å^-1). */
    double backgroundTerm() {
        return -Math.PI / (volume * alpha * alpha);
    }

    /** Receives the reciprocal-space terms of a block of k vectors. */
    interface KVectorSink {
        /**
         * @param k      Cartesian k vectors (with the 2π), 3 per k vector in the block (Å^-1)
         * @param weight (8π/V) exp(−k²/4α²)/k² of each k vector in the block (Å^-1)
         * @param cos    cos(k·r_j), {@code count} rows of {@code n} sites, row-major by k vector
         * @param sin    sin(k·r_j), same layout
         * @param count  number of k vectors in the block
         */
        void accept(double[] k, double[] weight, double[] cos, double[] sin, int count);
    }

    /** Largest first Miller index h of the streamed k vectors (h runs over 0..this). */
    int maxFirstIndex() {
        return hmax[0];
    }

    /**
     * Approximate number of streamed k vectors with first Miller index {@code h} (for balancing
     * work between threads): the vectors of index h lie in a plane at distance 2πh/|a1| from the
     * origin with V/((2π)²|a1|) points per unit area, inside a disc of radius √(k_c² − dist²);
     * half of them for h = 0.
     */
    double estimatedVectors(int h) {
        double a1 = Math.sqrt(m[0] * m[0] + m[1] * m[1] + m[2] * m[2]);
        double dist = h * 2 * Math.PI / a1;
        double r2 = Math.max(0, kc * kc - dist * dist);
        double perArea = volume / (4 * Math.PI * Math.PI * a1);
        return 1 + Math.PI * r2 * perArea / (h == 0 ? 2 : 1);
    }

    /**
     * Streams the reciprocal-space terms over half of the k vectors with 0 &lt; |k| ≤ k_c, in blocks
     * of at most {@code blockSize} k vectors; the full sum over ±k is Σ_half weight · (...).
     */
    void forEachKVectorBlock(int blockSize, KVectorSink sink) {
        forEachKVectorBlock(0, hmax[0], blockSize, sink);
    }

    /**
     * As {@link #forEachKVectorBlock(int, KVectorSink)} for the k vectors whose first Miller index
     * (in the reduced basis) lies in {@code hFrom..hTo}; the ranges 0..a, a+1..b, ..., ..max
     * together give the full stream. Different ranges may be streamed by different threads at once.
     */
    void forEachKVectorBlock(int hFrom, int hTo, int blockSize, KVectorSink sink) {
        double[][] ec;
        double[][] es;
        synchronized (this) {
            if (phaseCos == null) {
                buildPhaseTables();
            }
            ec = phaseCos;
            es = phaseSin;
        }
        double[] b = recip;
        double b3x = b[6];
        double b3y = b[7];
        double b3z = b[8];
        double bb3 = b3x * b3x + b3y * b3y + b3z * b3z;
        double kc2 = kc * kc;
        double pref = 8 * Math.PI / volume;
        double inv4a2 = 1 / (4 * alpha * alpha);
        double[] pr = new double[n];
        double[] pi = new double[n];
        double[] kv = new double[3 * blockSize];
        double[] weight = new double[blockSize];
        double[] cos = new double[blockSize * n];
        double[] sin = new double[blockSize * n];
        int count = 0;
        for (int h = Math.max(0, hFrom); h <= Math.min(hTo, hmax[0]); h++) {
            for (int k = -hmax[1]; k <= hmax[1]; k++) {
                if (h == 0 && k < 0) {
                    continue;
                }
                double kx = h * b[0] + k * b[3];
                double ky = h * b[1] + k * b[4];
                double kz = h * b[2] + k * b[5];
                // l range with |k_hk + l b3| <= kc
                double qb = 2 * (kx * b3x + ky * b3y + kz * b3z);
                double qc = kx * kx + ky * ky + kz * kz - kc2;
                double disc = qb * qb - 4 * bb3 * qc;
                if (disc < 0) {
                    continue;
                }
                double sq = Math.sqrt(disc);
                int lo = (int) Math.ceil((-qb - sq) / (2 * bb3));
                int hi = (int) Math.floor((-qb + sq) / (2 * bb3));
                lo = Math.max(lo, -hmax[2]);
                hi = Math.min(hi, hmax[2]);
                if (h == 0 && k == 0) {
                    lo = Math.max(lo, 1);
                }
                if (lo > hi) {
                    continue;
                }
                int ak = Math.abs(k);
                double sk = k < 0 ? -1 : 1;
                for (int j = 0; j < n; j++) {
                    double c1 = ec[0][h * n + j];
                    double s1 = es[0][h * n + j];
                    double c2 = ec[1][ak * n + j];
                    double s2 = sk * es[1][ak * n + j];
                    pr[j] = c1 * c2 - s1 * s2;
                    pi[j] = c1 * s2 + s1 * c2;
                }
                for (int l = lo; l <= hi; l++) {
                    double x = kx + l * b3x;
                    double y = ky + l * b3y;
                    double z = kz + l * b3z;
                    double k2 = x * x + y * y + z * z;
                    if (k2 > kc2 || k2 == 0) {
                        continue;
                    }
                    weight[count] = pref * Math.exp(-k2 * inv4a2) / k2;
                    kv[3 * count] = x;
                    kv[3 * count + 1] = y;
                    kv[3 * count + 2] = z;
                    int al = Math.abs(l);
                    double sl = l < 0 ? -1 : 1;
                    double[] c3 = ec[2];
                    double[] s3 = es[2];
                    int off = count * n;
                    int base = al * n;
                    for (int j = 0; j < n; j++) {
                        double c = c3[base + j];
                        double s = sl * s3[base + j];
                        cos[off + j] = pr[j] * c - pi[j] * s;
                        sin[off + j] = pr[j] * s + pi[j] * c;
                    }
                    if (++count == blockSize) {
                        sink.accept(kv, weight, cos, sin, count);
                        count = 0;
                    }
                }
            }
        }
        if (count > 0) {
            sink.accept(kv, weight, cos, sin, count);
        }
    }

    /**
     * e^(i 2π h f_d) for h = 0..hmax[d] per axis, by the recurrence e^(i 2π (h+1) f) =
     * e^(i 2π h f) e^(i 2π f) (rounding error grows like h ε, below 1e-14 for h ≤ 100).
     */
    private void buildPhaseTables() {
        double[][] ec = new double[3][];
        double[][] es = new double[3][];
        for (int d = 0; d < 3; d++) {
            ec[d] = new double[(hmax[d] + 1) * n];
            es[d] = new double[(hmax[d] + 1) * n];
            for (int j = 0; j < n; j++) {
                ec[d][j] = 1;
                if (hmax[d] >= 1) {
                    double ph = 2 * Math.PI * frac[3 * j + d];
                    ec[d][n + j] = Math.cos(ph);
                    es[d][n + j] = Math.sin(ph);
                }
            }
            for (int h = 2; h <= hmax[d]; h++) {
                int o = h * n;
                int p = o - n;
                for (int j = 0; j < n; j++) {
                    double c1 = ec[d][n + j];
                    double s1 = es[d][n + j];
                    double c = ec[d][p + j];
                    double s = es[d][p + j];
                    ec[d][o + j] = c * c1 - s * s1;
                    es[d][o + j] = c * s1 + s * c1;
                }
            }
        }
        phaseCos = ec;
        phaseSin = es;
    }
}
