package org.ionmat.learn.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.ionmat.learn.Golden;
import org.junit.jupiter.api.Test;

/** Correlation matrices and p-values against scipy (pearsonr/spearmanr with pairwise deletion). */
class CorrelationMatrixTest {

    @Test
    void matchesScipyOnRandomTablesWithTiesAndMissingValues() {
        int checked = 0;
        for (JsonNode t : Golden.get().get("tables")) {
            List<String> names = new ArrayList<>();
            t.get("columns").forEach(n -> names.add(n.asText()));
            double[][] data = Golden.matrix(t.get("data"));
            for (CorrelationMethod m : CorrelationMethod.values()) {
                JsonNode g = t.get(m.name().toLowerCase());
                CorrelationMatrix cm = CorrelationMatrix.of(m, names, data);
                double[][] r = Golden.matrix(g.get("r"));
                double[][] p = Golden.matrix(g.get("p"));
                for (int i = 0; i < names.size(); i++) {
                    for (int j = 0; j < names.size(); j++) {
                        String where = t.get("name").asText() + " " + m + " " + names.get(i) + "/" + names.get(j);
                        assertEquals(r[i][j], cm.r(i, j), 1e-10, where + " r");
                        assertEquals(p[i][j], cm.p(i, j), 1e-10, where + " p");
                        if (p[i][j] > 0) {
                            assertEquals(1.0, cm.p(i, j) / p[i][j], 1e-8, where + " p relative");
                        }
                        assertEquals(g.get("n").get(i).get(j).asInt(), cm.n(i, j), where + " n");
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 200);
    }

    @Test
    void seedReportFixtures() {
        // seed 001, section 6.3 (computed there with scipy)
        double[] x = new double[10];
        double[] ex = new double[10];
        for (int i = 0; i < 10; i++) {
            x[i] = i + 1;
            ex[i] = Math.exp(i + 1);
        }
        Correlation s = Correlation.of(CorrelationMethod.SPEARMAN, x, ex);
        Correlation p = Correlation.of(CorrelationMethod.PEARSON, x, ex);
        assertEquals(1.0, s.r(), 0);
        assertEquals(0.0, s.p(), 0);
        assertEquals(0.7168704019730288, p.r(), 1e-14);
        assertEquals(0.019643220289153496, p.p(), 1e-14);
        Correlation c = Correlation.of(CorrelationMethod.SPEARMAN, new double[] {1, 2, 3, 4, 5, 6}, new double[] {2, 1, 4, 3, 6, 5});
        assertEquals(0.8285714285714287, c.r(), 1e-14);
        assertEquals(0.04156268221574335, c.p(), 1e-14);
        Correlation t = Correlation.of(CorrelationMethod.SPEARMAN, new double[] {1, 2, 2, 3, 4}, new double[] {10, 20, 30, 30, 50});
        assertEquals(0.9210526315789475, t.r(), 1e-14);
        assertEquals(0.026310519685577904, t.p(), 1e-14);
        assertTrue(t.significant(Correlation.PAPER_SIGNIFICANCE));
    }

    @Test
    void averageRanksForTies() {
        double[] r = Ranks.average(new double[] {3, 1, 3, 2, 3});
        assertEquals(4.0, r[0]);
        assertEquals(1.0, r[1]);
        assertEquals(4.0, r[2]);
        assertEquals(2.0, r[3]);
        assertEquals(4.0, r[4]);
    }

    @Test
    void undefinedCasesAreNaN() {
        Correlation constant = Correlation.of(CorrelationMethod.PEARSON, new double[] {1, 1, 1, 1}, new double[] {1, 2, 3, 4});
        assertTrue(Double.isNaN(constant.r()));
        assertTrue(Double.isNaN(constant.p()));
        Correlation few = Correlation.of(CorrelationMethod.SPEARMAN, new double[] {1, Double.NaN, 3}, new double[] {1, 2, Double.NaN});
        assertEquals(1, few.n());
        assertTrue(Double.isNaN(few.r()));
    }
}
