package org.ionmat.learn.stats;

import java.util.Arrays;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ionmat.core.InvalidInputException;

/**
 * Principal component analysis of a correlation matrix, as in seed paper 001 (Fig. 4): the
 * principal components are the eigenvectors of the (Spearman) correlation matrix, sorted by
 * decreasing eigenvalue; eigenvalues are normalized by their sum (the number of descriptors for a
 * full correlation matrix) so that they give the fraction of variance each component carries.
 *
 * <p>Sign convention (deterministic): every eigenvector has its component of largest magnitude
 * positive (the first such component on exact ties). The loadings of a component are its
 * eigenvector components (squares sum to 1); the contribution of a descriptor to a component is
 * 100 × loading² (%). Material scores are the standardized ranks (Spearman) or standardized values
 * (Pearson) projected on the eigenvectors; see {@link #scores(double[][])}.
 *
 * <p>With pairwise deletion of missing values a correlation matrix need not be positive
 * semi-definite: small negative eigenvalues are kept as they are (they still sum with the others
 * to the trace).
 */
public final class CorrelationPca {

    private final CorrelationMethod method;
    private final List<String> names;
    private final double[] eigenvalues;
    private final double[][] vectors;

    private CorrelationPca(CorrelationMethod method, List<String> names, double[] eigenvalues, double[][] vectors) {
        this.method = method;
        this.names = names;
        this.eigenvalues = eigenvalues;
        this.vectors = vectors;
    }

    /**
     * PCA of a correlation matrix.
     *
     * @throws InvalidInputException if the matrix has undefined entries (a constant column, or a pair
     *                               of columns with fewer than 3 rows in common)
     */
    public static CorrelationPca of(CorrelationMatrix matrix) {
        int m = matrix.size();
        if (m < 2) {
            throw new InvalidInputException("PCA needs at least 2 numeric columns, got " + m);
        }
        DMatrixRMaj a = new DMatrixRMaj(m, m);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double v = matrix.r(i, j);
                if (Double.isNaN(v)) {
                    String why = i == j ? "column '" + matrix.names().get(i) + "' is constant or has fewer than 3 values"
                            : "columns '" + matrix.names().get(i) + "' and '" + matrix.names().get(j)
                            + "' have fewer than 3 rows in common or one is constant over them";
                    throw new InvalidInputException("cannot do the PCA: " + why + "; leave it out");
                }
                a.set(i, j, v);
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(m, true, true);
        if (!eig.decompose(a)) {
            throw new IllegalStateException("eigen-decomposition did not converge");
        }
        double[] values = new double[m];
        double[][] vecs = new double[m][m];
        for (int k = 0; k < m; k++) {
            values[k] = eig.getEigenvalue(k).real;
            DMatrixRMaj v = eig.getEigenVector(k);
            double norm = 0;
            for (int i = 0; i < m; i++) {
                norm += v.get(i) * v.get(i);
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < m; i++) {
                vecs[k][i] = v.get(i) / norm;
            }
        }
        Integer[] order = new Integer[m];
        for (int k = 0; k < m; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (x, y) -> Double.compare(values[y], values[x]));
        double[] sortedValues = new double[m];
        double[][] sortedVectors = new double[m][];
        for (int k = 0; k < m; k++) {
            sortedValues[k] = values[order[k]];
            sortedVectors[k] = fixSign(vecs[order[k]]);
        }
        return new CorrelationPca(matrix.method(), matrix.names(), sortedValues, sortedVectors);
    }

    /** The vector with its largest-magnitude component made positive. */
    static double[] fixSign(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (Math.abs(v[i]) > Math.abs(v[best]) * (1 + 1e-12)) {
                best = i;
            }
        }
        if (v[best] < 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] = -v[i];
            }
        }
        return v;
    }

    /** Descriptor names, in the order of the eigenvector components. */
    public List<String> names() {
        return names;
    }

    /** Number of components (= number of descriptors). */
    public int size() {
        return eigenvalues.length;
    }

    /** Eigenvalues, descending. */
    public double[] eigenvalues() {
        return eigenvalues.clone();
    }

    /** Eigenvalues divided by their sum (fraction of variance per component), descending; they sum to 1. */
    public double[] normalizedEigenvalues() {
        double s = 0;
        for (double v : eigenvalues) {
            s += v;
        }
        double[] r = new double[eigenvalues.length];
        for (int k = 0; k < r.length; k++) {
            r[k] = eigenvalues[k] / s;
        }
        return r;
    }

    /** Cumulative normalized eigenvalues. */
    public double[] cumulativeVariance() {
        double[] r = normalizedEigenvalues();
        for (int k = 1; k < r.length; k++) {
            r[k] += r[k - 1];
        }
        return r;
    }

    /** Eigenvectors, one row per component (unit length, sign convention above). */
    public double[][] vectors() {
        double[][] c = new double[vectors.length][];
        for (int k = 0; k < c.length; k++) {
            c[k] = vectors[k].clone();
        }
        return c;
    }

    /** Loadings (eigenvector components) of component {@code pc} (0-based), one per descriptor. */
    public double[] loadings(int pc) {
        return vectors[pc].clone();
    }

    /** Contribution (%) of each descriptor to component {@code pc}: 100 × loading²; they sum to 100. */
    public double[] contributions(int pc) {
        double[] r = new double[vectors[pc].length];
        for (int i = 0; i < r.length; i++) {
            r[i] = 100 * vectors[pc][i] * vectors[pc][i];
        }
        return r;
    }

    /**
     * Scores of each material on the first {@code components} principal components: each column is
     * replaced by its average ranks (Spearman; values for Pearson) over its non-missing rows,
     * standardized to zero mean and unit (population) standard deviation; a missing value becomes 0
     * (the column mean); the standardized row is projected on the eigenvectors. With complete data
     * the scores on component k have mean 0 and population variance λ_k.
     *
     * @param columns the data columns in {@link #names()} order, NaN for missing values
     * @return one row per material, one column per component
     */
    public double[][] scores(double[][] columns, int components) {
        int m = names.size();
        if (columns.length != m) {
            throw new IllegalArgumentException(columns.length + " columns for a PCA of " + m);
        }
        int rows = columns[0].length;
        double[][] z = new double[m][];
        for (int c = 0; c < m; c++) {
            z[c] = standardized(method == CorrelationMethod.SPEARMAN ? Ranks.averageIgnoringMissing(columns[c]) : columns[c]);
        }
        int q = Math.min(components, m);
        double[][] s = new double[rows][q];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < q; k++) {
                double acc = 0;
                for (int c = 0; c < m; c++) {
                    acc += z[c][i] * vectors[k][c];
                }
                s[i][k] = acc;
            }
        }
        return s;
    }

    private static double[] standardized(double[] x) {
        double mean = 0;
        int n = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                mean += v;
                n++;
            }
        }
        mean /= n;
        double var = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                var += (v - mean) * (v - mean);
            }
        }
        double sd = Math.sqrt(var / n);
        double[] z = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            z[i] = Double.isNaN(x[i]) || sd == 0 ? 0 : (x[i] - mean) / sd;
        }
        return z;
    }

    /**
     * Number of components to keep by the marginal-variance (elbow) criterion on the scree of
     * normalized eigenvalues: see {@link Scree#elbow(double[])}.
     */
    public int elbow() {
        return Scree.elbow(normalizedEigenvalues());
    }
}
