package org.ionmat.core.io.cif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The binned periodic lookup gives the same answer as scanning every point. */
class PeriodicPointSetTest {

    private static int bruteForce(List<double[]> pts, double[] p, double tol) {
        for (int i = 0; i < pts.size(); i++) {
            boolean all = true;
            for (int k = 0; k < 3; k++) {
                double d = pts.get(i)[k] - p[k];
                d -= Math.rint(d);
                all &= Math.abs(d) < tol;
            }
            if (all) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void agreesWithBruteForceNearBinEdgesAndCellFaces() {
        for (double tol : new double[] {1e-4, 1e-3, 0.01, 0.2}) {
            SplittableRandom rnd = new SplittableRandom(7);
            PeriodicPointSet set = new PeriodicPointSet(tol);
            List<double[]> pts = new ArrayList<>();
            for (int n = 0; n < 3000; n++) {
                double[] p = new double[3];
                for (int k = 0; k < 3; k++) {
                    // clustered on a coarse grid (and across 0/1) so that near-coincidences are common
                    p[k] = Math.floor(rnd.nextDouble() * 8) / 8 + (rnd.nextDouble() - 0.5) * 3 * tol
                            + rnd.nextInt(-1, 2);
                }
                assertEquals(bruteForce(pts, p, tol), set.find(p), "tol " + tol + " point " + n);
                if (rnd.nextBoolean()) {
                    set.add(p);
                    pts.add(p.clone());
                }
            }
        }
    }
}
