package org.ionmat.core.neighbors;

/**
 * Which bin offsets can hold a neighbor at all: for two congruent bins (parallelepipeds spanned by
 * the rows of {@code H = diag(1/na, 1/nb, 1/nc) · M}) offset by {@code d} bins, the shortest
 * distance between their points is {@code min |x·H|} over {@code x} in the box {@code d + [-1, 1]^3}.
 * That is a convex quadratic program in three variables, solved exactly by trying every face of the
 * box (27 combinations of each variable at its lower bound, its upper bound or free). An offset
 * whose shortest distance exceeds the cutoff is skipped for every atom; this removes the corners of
 * the search box, the more so the more skewed the cell.
 */
final class BinReach {

    /** Largest table built; beyond it (cutoff many times the cell) every offset is searched. */
    static final int MAX_TABLE = 1 << 18;

    private final double[] m;
    private final int[] nk;
    private final double cutoff;
    final int ma;
    final int mb;
    final int mc;
    /** reachable[((da + ma) * (2mb + 1) + db + mb) * (2mc + 1) + dc + mc], or null = all reachable. */
    final boolean[] reachable;
    /**
     * Per row offset (da, db), index {@code (da + ma) * (2mb + 1) + db + mb}: the reachable dc form
     * the interval [rowLo, rowHi] (empty if rowLo > rowHi). The reachable offsets are the integer
     * points of a convex set (box plus ball), so each row is one interval.
     */
    final int[] rowLo;
    final int[] rowHi;

    /**
     * @param m        lattice matrix, row-major (Å)
     * @param nk       bins per axis
     * @param span     largest bin offset per axis that the search can visit
     * @param cutoff   largest pair cutoff (Å)
     * @param atoms    number of atoms: the table is only built when it is not larger (for fewer
     *                 atoms, building it would cost more than the distances it saves)
     */
    BinReach(double[] m, int[] nk, int[] span, double cutoff, int atoms) {
        this.m = m.clone();
        this.nk = nk.clone();
        this.cutoff = cutoff;
        ma = span[0];
        mb = span[1];
        mc = span[2];
        long size = (2L * ma + 1) * (2L * mb + 1) * (2L * mc + 1);
        int rows = (2 * ma + 1) * (2 * mb + 1);
        rowLo = new int[rows];
        rowHi = new int[rows];
        if (size > MAX_TABLE || size > atoms) {
            reachable = null;
            java.util.Arrays.fill(rowLo, -mc);
            java.util.Arrays.fill(rowHi, mc);
            return;
        }
        double[] h = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                h[3 * i + k] = m[3 * i + k] / nk[i];
            }
        }
        double[] g = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                g[3 * i + j] = h[3 * i] * h[3 * j] + h[3 * i + 1] * h[3 * j + 1] + h[3 * i + 2] * h[3 * j + 2];
            }
        }
        // generous margin: the table only prunes, every pair is checked exactly afterwards
        double limit = cutoff * (1 + 1e-9) + 1e-8;
        double limit2 = limit * limit;
        // |d·H| - radius <= shortest distance <= |d·H|, radius = longest half-diagonal of the box
        double radius = 0;
        for (int corner = 0; corner < 4; corner++) {
            double sb = (corner & 1) == 0 ? 1 : -1;
            double sc = (corner & 2) == 0 ? 1 : -1;
            double x = h[0] + sb * h[3] + sc * h[6];
            double y = h[1] + sb * h[4] + sc * h[7];
            double z = h[2] + sb * h[5] + sc * h[8];
            radius = Math.max(radius, Math.sqrt(x * x + y * y + z * z));
        }
        reachable = new boolean[(int) size];
        double[] lo = new double[3];
        double[] hi = new double[3];
        int p = 0;
        int half = (int) (size / 2);
        for (int da = -ma; da <= ma; da++) {
            for (int db = -mb; db <= mb; db++) {
                for (int dc = -mc; dc <= mc; dc++) {
                    if (p > half) {
                        // offset -d was done already (the table is symmetric, its centre is index size/2)
                        reachable[p] = reachable[(int) size - 1 - p];
                        p++;
                        continue;
                    }
                    double x = da * h[0] + db * h[3] + dc * h[6];
                    double y = da * h[1] + db * h[4] + dc * h[7];
                    double z = da * h[2] + db * h[5] + dc * h[8];
                    double center = Math.sqrt(x * x + y * y + z * z);
                    if (center <= limit) {
                        reachable[p++] = true;
                    } else if (center - radius > limit) {
                        reachable[p++] = false;
                    } else {
                        lo[0] = da - 1;
                        hi[0] = da + 1;
                        lo[1] = db - 1;
                        hi[1] = db + 1;
                        lo[2] = dc - 1;
                        hi[2] = dc + 1;
                        reachable[p++] = minSquaredNorm(g, lo, hi) <= limit2;
                    }
                }
            }
        }
        for (int r = 0; r < rows; r++) {
            int first = Integer.MAX_VALUE;
            int last = Integer.MIN_VALUE;
            for (int dc = -mc; dc <= mc; dc++) {
                if (reachable[r * (2 * mc + 1) + dc + mc]) {
                    first = Math.min(first, dc);
                    last = dc;
                }
            }
            rowLo[r] = first == Integer.MAX_VALUE ? 1 : first;
            rowHi[r] = first == Integer.MAX_VALUE ? 0 : last;
        }
    }

    /** True if this table was made for the same cell matrix, bins, spans, cutoff and atom count class. */
    boolean matches(double[] matrix, int[] bins, int[] span, double cut, int atoms) {
        long size = (2L * span[0] + 1) * (2L * span[1] + 1) * (2L * span[2] + 1);
        boolean tabled = size <= MAX_TABLE && size <= atoms;
        return java.util.Arrays.equals(m, matrix) && java.util.Arrays.equals(nk, bins) && span[0] == ma
                && span[1] == mb && span[2] == mc && cut == cutoff && tabled == (reachable != null);
    }

    /** True if bins offset by (da, db, dc) may hold points within the cutoff. */
    boolean reachable(int da, int db, int dc) {
        return reachable == null
                || reachable[((da + ma) * (2 * mb + 1) + db + mb) * (2 * mc + 1) + dc + mc];
    }

    /**
     * Minimum of {@code x^T G x} over the box {@code lo <= x <= hi} for a symmetric positive definite
     * 3x3 matrix {@code G} (row-major). The minimizer lies in the relative interior of one face of
     * the box, where it is the unconstrained minimizer over that face's free coordinates; so the
     * smallest value over all faces whose minimizer is feasible is the exact minimum.
     */
    static double minSquaredNorm(double[] g, double[] lo, double[] hi) {
        double best = Double.POSITIVE_INFINITY;
        double[] x = new double[3];
        int[] free = new int[3];
        double[] a = new double[9];
        double[] rhs = new double[3];
        for (int pattern = 0; pattern < 27; pattern++) {
            int nf = 0;
            int code = pattern;
            for (int k = 0; k < 3; k++) {
                int s = code % 3;
                code /= 3;
                if (s == 0) {
                    x[k] = lo[k];
                } else if (s == 1) {
                    x[k] = hi[k];
                } else {
                    free[nf++] = k;
                    x[k] = 0;
                }
            }
            if (nf > 0) {
                // G_FF x_F = -G_F,fixed x_fixed (the fixed part of x already holds the bounds, free part 0)
                for (int r = 0; r < nf; r++) {
                    int kr = free[r];
                    rhs[r] = -(g[3 * kr] * x[0] + g[3 * kr + 1] * x[1] + g[3 * kr + 2] * x[2]);
                    for (int c = 0; c < nf; c++) {
                        a[3 * r + c] = g[3 * kr + free[c]];
                    }
                }
                if (!solve(a, rhs, nf)) {
                    continue;
                }
                boolean feasible = true;
                for (int r = 0; r < nf; r++) {
                    int k = free[r];
                    double v = rhs[r];
                    double tol = 1e-12 * (1 + Math.abs(lo[k]) + Math.abs(hi[k]));
                    if (v < lo[k] - tol || v > hi[k] + tol) {
                        feasible = false;
                        break;
                    }
                    x[k] = Math.max(lo[k], Math.min(hi[k], v));
                }
                if (!feasible) {
                    continue;
                }
            }
            double q = 0;
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    q += x[i] * g[3 * i + j] * x[j];
                }
            }
            best = Math.min(best, q);
        }
        return best;
    }

    /** Solves the n x n system (n <= 3, row stride 3) in place by Gaussian elimination with pivoting. */
    private static boolean solve(double[] a, double[] b, int n) {
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[3 * r + c]) > Math.abs(a[3 * piv + c])) {
                    piv = r;
                }
            }
            if (Math.abs(a[3 * piv + c]) < 1e-300) {
                return false;
            }
            if (piv != c) {
                for (int k = 0; k < n; k++) {
                    double t = a[3 * c + k];
                    a[3 * c + k] = a[3 * piv + k];
                    a[3 * piv + k] = t;
                }
                double t = b[c];
                b[c] = b[piv];
                b[piv] = t;
            }
            for (int r = c + 1; r < n; r++) {
                double f = a[3 * r + c] / a[3 * c + c];
                for (int k = c; k < n; k++) {
                    a[3 * r + k] -= f * a[3 * c + k];
                }
                b[r] -= f * b[c];
            }
        }
        for (int r = n - 1; r >= 0; r--) {
            double s = b[r];
            for (int k = r + 1; k < n; k++) {
                s -= a[3 * r + k] * b[k];
            }
            b[r] = s / a[3 * r + r];
        }
        return true;
    }
}
