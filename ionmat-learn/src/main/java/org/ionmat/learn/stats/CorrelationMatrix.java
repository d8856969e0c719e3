package org.ionmat.learn.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairwise correlation matrix of named columns with two-sided p-values (see {@link Correlation}):
 * every pair uses the rows where both columns have values (pairwise deletion), so different entries
 * may rest on different numbers of rows ({@link #n(int, int)}).
 *
 * <p>The diagonal is r = 1, p = 0 for a column with at least 3 values that is not constant, NaN
 * otherwise. Immutable; the accessors return copies.
 */
public final class CorrelationMatrix {

    private final CorrelationMethod method;
    private final List<String> names;
    private final double[][] r;
    private final double[][] p;
    private final int[][] n;

    private CorrelationMatrix(CorrelationMethod method, List<String> names, double[][] r, double[][] p, int[][] n) {
        this.method = method;
        this.names = List.copyOf(names);
        this.r = r;
        this.p = p;
        this.n = n;
    }

    /**
     * Correlation matrix of columns.
     *
     * @param names   column names
     * @param columns one array per column, all of the same length; NaN marks a missing value
     */
    public static CorrelationMatrix of(CorrelationMethod method, List<String> names, double[][] columns) {
        int m = columns.length;
        if (names.size() != m) {
            throw new IllegalArgumentException(names.size() + " names for " + m + " columns");
        }
        boolean[] complete = new boolean[m];
        double[][] transformed = new double[m][];
        for (int c = 0; c < m; c++) {
            complete[c] = true;
            for (double v : columns[c]) {
                if (Double.isNaN(v)) {
                    complete[c] = false;
                    break;
                }
            }
            // complete columns are ranked once; the others per pair
            transformed[c] = complete[c] && method == CorrelationMethod.SPEARMAN ? Ranks.average(columns[c]) : columns[c];
        }
        double[][] r = new double[m][m];
        double[][] p = new double[m][m];
        int[][] n = new int[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = i; j < m; j++) {
                Correlation c;
                if (complete[i] && complete[j]) {
                    c = Correlation.ofComplete(transformed[i], transformed[j]);
                } else {
                    c = Correlation.of(method, columns[i], columns[j]);
                }
                if (i == j && !Double.isNaN(c.r())) {
                    c = new Correlation(1.0, 0.0, c.n());
                }
                r[i][j] = r[j][i] = c.r();
                p[i][j] = p[j][i] = c.p();
                n[i][j] = n[j][i] = c.n();
            }
        }
        return new CorrelationMatrix(method, names, r, p, n);
    }

    /** The method. */
    public CorrelationMethod method() {
        return method;
    }

    /** Column names in matrix order. */
    public List<String> names() {
        return names;
    }

    /** Number of columns. */
    public int size() {
        return names.size();
    }

    /** Correlation of columns i and j. */
    public double r(int i, int j) {
        return r[i][j];
    }

    /** p-value of columns i and j. */
    public double p(int i, int j) {
        return p[i][j];
    }

    /** Number of complete pairs of columns i and j. */
    public int n(int i, int j) {
        return n[i][j];
    }

    /** Copy of the correlation matrix. */
    public double[][] r() {
        return copy(r);
    }

    /** Copy of the p-value matrix. */
    public double[][] p() {
        return copy(p);
    }

    /** Copy of the pair-count matrix. */
    public int[][] n() {
        int[][] c = new int[n.length][];
        for (int i = 0; i < n.length; i++) {
            c[i] = n[i].clone();
        }
        return c;
    }

    /** Significance mask p &lt; alpha (use {@link Correlation#PAPER_SIGNIFICANCE} for the paper's 0.2). */
    public boolean[][] significant(double alpha) {
        boolean[][] s = new boolean[r.length][r.length];
        for (int i = 0; i < r.length; i++) {
            for (int j = 0; j < r.length; j++) {
                s[i][j] = p[i][j] < alpha;
            }
        }
        return s;
    }

    /** Index of a column name, or -1. */
    public int indexOf(String name) {
        return names.indexOf(name);
    }

    /**
     * Correlations of one column with every other column, largest |r| first (NaN last).
     *
     * @param target column name
     */
    public List<Entry> ranked(String target) {
        int t = names.indexOf(target);
        if (t < 0) {
            throw new IllegalArgumentException("no column " + target);
        }
        List<Entry> out = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            if (j != t) {
                out.add(new Entry(names.get(j), r[t][j], p[t][j], n[t][j]));
            }
        }
        out.sort(Comparator.comparingDouble((Entry e) -> Double.isNaN(e.r()) ? -1 : Math.abs(e.r())).reversed());
        return out;
    }

    /** One correlation with a target column. */
    public record Entry(String name, double r, double p, int n) {
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
