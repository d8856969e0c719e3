package org.ionmat.learn.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.ionmat.learn.Golden;
import org.junit.jupiter.api.Test;

/** PCA of the Spearman matrix against numpy.linalg.eigh, and the PCA invariants of seed paper 001. */
class CorrelationPcaTest {

    @Test
    void matchesNumpyUpToSignAndHoldsInvariants() {
        for (JsonNode t : Golden.get().get("tables")) {
            List<String> names = new ArrayList<>();
            t.get("columns").forEach(n -> names.add(n.asText()));
            double[][] data = Golden.matrix(t.get("data"));
            CorrelationPca pca = CorrelationPca.of(CorrelationMatrix.of(CorrelationMethod.SPEARMAN, names, data));
            double[] nw = Golden.vector(t.get("pca").get("normalized_eigenvalues"));
            double[][] vec = Golden.matrix(t.get("pca").get("vectors"));
            double[] ours = pca.normalizedEigenvalues();
            double sum = 0;
            for (int k = 0; k < nw.length; k++) {
                assertEquals(nw[k], ours[k], 1e-10, t.get("name") + " eigenvalue " + k);
                sum += ours[k];
                double[] v = pca.loadings(k);
                double dot = 0;
                double sq = 0;
                for (int i = 0; i < v.length; i++) {
                    dot += v[i] * vec[k][i];
                    sq += v[i] * v[i];
                }
                double sign = Math.signum(dot);
                for (int i = 0; i < v.length; i++) {
                    assertEquals(vec[k][i], sign * v[i], 1e-10, t.get("name") + " vector " + k + " component " + i);
                }
                // squared loadings of each PC sum to 1 (contributions to 100 %)
                assertEquals(1.0, sq, 1e-12);
                double contrib = 0;
                for (double c : pca.contributions(k)) {
                    contrib += c;
                }
                assertEquals(100.0, contrib, 1e-10);
                // sign convention: largest component positive
                int big = 0;
                for (int i = 1; i < v.length; i++) {
                    if (Math.abs(v[i]) > Math.abs(v[big])) {
                        big = i;
                    }
                }
                assertTrue(v[big] > 0);
            }
            assertEquals(1.0, sum, 1e-14);
            // eigenvalues sum to the trace = number of descriptors
            double raw = 0;
            for (double e : pca.eigenvalues()) {
                raw += e;
            }
            assertEquals(names.size(), raw, 1e-10);
        }
    }

    @Test
    void scoresOfCompleteDataHaveVarianceLambda() {
        JsonNode t = Golden.get().get("tables").get(0);
        List<String> names = new ArrayList<>();
        t.get("columns").forEach(n -> names.add(n.asText()));
        double[][] data = Golden.matrix(t.get("data"));
        CorrelationPca pca = CorrelationPca.of(CorrelationMatrix.of(CorrelationMethod.SPEARMAN, names, data));
        double[][] s = pca.scores(data, names.size());
        double[] lambda = pca.eigenvalues();
        int n = s.length;
        for (int a = 0; a < names.size(); a++) {
            for (int b = 0; b < names.size(); b++) {
                double cov = 0;
                double ma = 0;
                for (double[] row : s) {
                    cov += row[a] * row[b];
                    ma += row[a];
                }
                assertEquals(0.0, ma / n, 1e-12);
                assertEquals(a == b ? lambda[a] : 0.0, cov / n, 1e-10, "score covariance " + a + "," + b);
            }
        }
    }

    @Test
    void screeElbow() {
        // a spectrum like the paper's: 3 components carry ~62 %, PC3 ~4 %
        double[] y = new double[54];
        y[0] = 0.40;
        y[1] = 0.18;
        y[2] = 0.04;
        for (int k = 3; k < 54; k++) {
            y[k] = 0.035 * Math.pow(0.908, k - 3); // the remaining ~38 %, decaying geometrically
        }
        assertEquals(3, Scree.elbow(y));
        assertEquals(2, Scree.elbow(new double[] {0.7, 0.1, 0.08, 0.07, 0.05}));
    }
}
