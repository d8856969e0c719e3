package org.ionmat.core.symmetry.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Diagonalization {@code U A V = D} of a small integer matrix A (m x n) by unimodular row (U) and
 * column (V) operations, used for integer null spaces and for solving linear congruences
 * {@code A p = d (mod 1)}. The diagonal is not brought into the divisibility chain of the true Smith
 * normal form; the solvers here do not need it.
 */
final class SmithNormalForm {

    final int rows;
    final int cols;
    /** Diagonal entries D[i][i], i < min(rows, cols), non-negative. */
    final long[] diagonal;
    /** U, rows x rows, row-major. */
    final long[] u;
    /** V, cols x cols, row-major. */
    final long[] v;

    private SmithNormalForm(int rows, int cols, long[] diagonal, long[] u, long[] v) {
        this.rows = rows;
        this.cols = cols;
        this.diagonal = diagonal;
        this.u = u;
        this.v = v;
    }

    /** Diagonalizes the row-major {@code rows x cols} matrix {@code a}. */
    static SmithNormalForm of(int[] a, int rows, int cols) {
        long[] m = new long[rows * cols];
        for (int i = 0; i < m.length; i++) {
            m[i] = a[i];
        }
        long[] u = identity(rows);
        long[] v = identity(cols);
        int steps = Math.min(rows, cols);
        for (int t = 0; t < steps; t++) {
            while (true) {
                int pr = -1;
                int pc = -1;
                long best = Long.MAX_VALUE;
                for (int i = t; i < rows; i++) {
                    for (int j = t; j < cols; j++) {
                        long x = Math.abs(m[i * cols + j]);
                        if (x != 0 && x < best) {
                            best = x;
                            pr = i;
                            pc = j;
                        }
                    }
                }
                if (pr < 0) {
                    break; // remaining block is zero
                }
                swapRows(m, rows, cols, t, pr);
                swapRows(u, rows, rows, t, pr);
                swapCols(m, rows, cols, t, pc);
                swapCols(v, cols, cols, t, pc);
                long piv = m[t * cols + t];
                boolean clean = true;
                for (int i = t + 1; i < rows; i++) {
                    long q = m[i * cols + t] / piv;
                    if (q != 0) {
                        addRow(m, cols, i, t, -q);
                        addRow(u, rows, i, t, -q);
                    }
                    if (m[i * cols + t] != 0) {
                        clean = false;
                    }
                }
                for (int j = t + 1; j < cols; j++) {
                    long q = m[t * cols + j] / piv;
                    if (q != 0) {
                        addCol(m, rows, cols, j, t, -q);
                        addCol(v, cols, cols, j, t, -q);
                    }
                    if (m[t * cols + j] != 0) {
                        clean = false;
                    }
                }
                if (clean) {
                    break;
                }
            }
            if (m[t * cols + t] < 0) {
                for (int i = 0; i < rows; i++) {
                    u[t * rows + i] = -u[t * rows + i];
                }
                m[t * cols + t] = -m[t * cols + t];
            }
        }
        long[] d = new long[steps];
        for (int t = 0; t < steps; t++) {
            d[t] = m[t * cols + t];
        }
        return new SmithNormalForm(rows, cols, d, u, v);
    }

    /**
     * Integer basis of the null space {x : A x = 0} of a {@code rows x 3} matrix: the columns of V
     * whose diagonal entry is zero. Each returned vector is primitive (gcd 1).
     */
    static int[][] nullSpace(int[] a, int rows) {
        SmithNormalForm s = of(a, rows, 3);
        int rank = 0;
        for (long x : s.diagonal) {
            if (x != 0) {
                rank++;
            }
        }
        int[][] out = new int[3 - rank][];
        int k = 0;
        for (int j = 0; j < 3; j++) {
            if (j >= s.diagonal.length || s.diagonal[j] == 0) {
                out[k++] = new int[] {(int) s.v[j], (int) s.v[3 + j], (int) s.v[6 + j]};
            }
        }
        return out;
    }

    /**
     * A solution p of {@code A p = d (mod 1)} (A: rows x 3), or null when the congruences are
     * inconsistent beyond {@code tol} (in units of the right-hand side).
     */
    static double[] solveModOne(int[] a, int rows, double[] d, double tol) {
        List<double[]> all = solutionsModOne(a, rows, d, tol);
        return all.isEmpty() ? null : all.get(0);
    }

    /**
     * All solutions p of {@code A p = d (mod 1)} modulo integer vectors and modulo the directions
     * that A leaves free (those are set to 0): for each non-zero diagonal entry D_i the D_i values
     * (e_i + m) / D_i, m = 0 .. D_i - 1. Empty when the congruences are inconsistent beyond
     * {@code tol}.
     */
    static List<double[]> solutionsModOne(int[] a, int rows, double[] d, double tol) {
        SmithNormalForm s = of(a, rows, 3);
        double[] e = new double[rows];
        for (int i = 0; i < rows; i++) {
            double acc = 0;
            for (int k = 0; k < rows; k++) {
                acc += s.u[i * rows + k] * d[k];
            }
            e[i] = acc;
        }
        long[] div = new long[3];
        for (int i = 0; i < rows; i++) {
            long di = i < 3 ? s.diagonal[i] : 0;
            if (i < 3) {
                div[i] = di;
            }
            if (di == 0 && Math.abs(e[i] - Math.rint(e[i])) > tol) {
                return List.of();
            }
        }
        List<double[]> out = new ArrayList<>();
        long n0 = Math.max(1, div[0]);
        long n1 = Math.max(1, div[1]);
        long n2 = Math.max(1, div[2]);
        for (long m0 = 0; m0 < n0; m0++) {
            for (long m1 = 0; m1 < n1; m1++) {
                for (long m2 = 0; m2 < n2; m2++) {
                    long[] m = {m0, m1, m2};
                    double[] q = new double[3];
                    for (int i = 0; i < 3; i++) {
                        q[i] = div[i] == 0 ? 0 : (e[i] + m[i]) / div[i];
                    }
                    double[] p = new double[3];
                    for (int i = 0; i < 3; i++) {
                        p[i] = s.v[3 * i] * q[0] + s.v[3 * i + 1] * q[1] + s.v[3 * i + 2] * q[2];
                    }
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static long[] identity(int n) {
        long[] r = new long[n * n];
        for (int i = 0; i < n; i++) {
            r[i * n + i] = 1;
        }
        return r;
    }

    private static void swapRows(long[] m, int rows, int cols, int i, int j) {
        if (i == j) {
            return;
        }
        for (int k = 0; k < cols; k++) {
            long x = m[i * cols + k];
            m[i * cols + k] = m[j * cols + k];
            m[j * cols + k] = x;
        }
    }

    private static void swapCols(long[] m, int rows, int cols, int i, int j) {
        if (i == j) {
            return;
        }
        for (int k = 0; k < rows; k++) {
            long x = m[k * cols + i];
            m[k * cols + i] = m[k * cols + j];
            m[k * cols + j] = x;
        }
    }

    /** row[i] += f * row[j]. */
    private static void addRow(long[] m, int cols, int i, int j, long f) {
        for (int k = 0; k < cols; k++) {
            m[i * cols + k] += f * m[j * cols + k];
        }
    }

    /** col[i] += f * col[j]. */
    private static void addCol(long[] m, int rows, int cols, int i, int j, long f) {
        for (int k = 0; k < rows; k++) {
            m[k * cols + i] += f * m[k * cols + j];
        }
    }
}
