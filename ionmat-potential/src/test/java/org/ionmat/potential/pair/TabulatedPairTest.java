package org.ionmat.potential.pair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ionmat.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class TabulatedPairTest {

    private static final Buckingham REF = new Buckingham(22764.0, 0.149, 27.88);

    private static TabulatedPair tabulate(double[] r, boolean withForces) {
        double[] e = new double[r.length];
        double[] f = new double[r.length];
        double[] d = new double[1];
        for (int k = 0; k < r.length; k++) {
            e[k] = REF.evaluate(r[k], d);
            f[k] = -d[0];
        }
        return TabulatedPair.of(r, e, withForces ? f : null);
    }

    private static double[] grid(double from, double to, int n, boolean uniform) {
        double[] r = new double[n];
        for (int k = 0; k < n; k++) {
            double t = (double) k / (n - 1);
            r[k] = from + (to - from) * (uniform ? t : t * t * 0.5 + 0.5 * t);
        }
        return r;
    }

    /** The spline of a smooth function converges to it (4th order in the spacing). */
    @Test
    void reproducesTabulatedFunction() {
        for (boolean uniform : new boolean[] {true, false}) {
            for (boolean forces : new boolean[] {true, false}) {
                TabulatedPair t = tabulate(grid(1.5, 10.5, 2001, uniform), forces);
                double maxErrE = 0;
                double maxErrF = 0;
                double[] d = new double[1];
                double[] dr = new double[1];
                for (double r = 1.6; r < 10.4; r += 0.0137) {
                    double e = t.evaluate(r, d);
                    double er = REF.evaluate(r, dr);
                    maxErrE = Math.max(maxErrE, Math.abs(e - er) / (1 + Math.abs(er)));
                    maxErrF = Math.max(maxErrF, Math.abs(d[0] - dr[0]) / (1 + Math.abs(dr[0])));
                }
                assertTrue(maxErrE < 1e-8, "energy error " + maxErrE + " uniform=" + uniform + " forces=" + forces);
                assertTrue(maxErrF < 1e-6, "force error " + maxErrF + " uniform=" + uniform + " forces=" + forces);
            }
        }
    }

    /** With forces given, nodes are reproduced exactly; the force is always the derivative of the energy. */
    @Test
    void honoursNodesAndIsSelfConsistent() {
        double[] r = grid(1.0, 6.0, 11, false);
        TabulatedPair t = tabulate(r, true);
        double[] d = new double[1];
        double[] dr = new double[1];
        for (double x : r) {
            assertEquals(REF.evaluate(x, dr), t.evaluate(x, d), 1e-12 * Math.abs(REF.energy(x)));
            assertEquals(dr[0], d[0], 1e-12 * Math.abs(dr[0]));
        }
        TabulatedPair s = tabulate(grid(1.0, 6.0, 9, true), false);
        for (double x = 1.05; x < 5.95; x += 0.1) {
            double h = 1e-6;
            double fd = (s.energy(x + h) - s.energy(x - h)) / (2 * h);
            s.evaluate(x, d);
            assertEquals(fd, d[0], 1e-6 * (1 + Math.abs(fd)));
        }
    }

    @Test
    void rangeRuleAndBadTables() {
        TabulatedPair t = tabulate(grid(1.5, 10.5, 50, true), false);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> t.energy(1.2));
        assertTrue(e.getMessage().contains("outside the table range"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> TabulatedPair.of(new double[] {1, 2, 2, 3}, new double[4], null));
        assertThrows(InvalidInputException.class, () -> TabulatedPair.of(new double[] {1, 2, 3}, new double[3], null));
        assertThrows(InvalidInputException.class, () -> TabulatedPair.of(new double[] {0, 1, 2, 3}, new double[4], null));
        assertThrows(InvalidInputException.class, () -> TabulatedPair.of(new double[] {1, 2, 3, 4}, new double[3], null));
        assertThrows(InvalidInputException.class, () -> TabulatedPair.of(new double[] {1, 2}, new double[] {1, Double.NaN},
                new double[2]));
    }
}
