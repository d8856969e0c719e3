package org.ionmat.analysis.bvse;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 1D, 2D and 3D migration barriers of a BVSE landscape: the percolation levels of the sublevel sets
 * of the site energy relative to its minimum, eV.
 *
 * @param minimum     lowest site energy, eV
 * @param cap         energy cap above the minimum, eV: barriers at or above it are not reported
 * @param barrier     barrier[d] (d = 1..3, index 0 unused), exact on the grid; NaN when the landscape
 *                    does not percolate in d dimensions below the cap
 * @param barrierMod2 the same with BVlain's criterion (rank of the translations modulo 2)
 * @param bisected    BVlain's reported value: bisection of [0, cap] to a bracket &lt; 0.01 eV on the
 *                    criterion "{E − Emin &lt; probe} percolates" (modulo 2), upper end rounded to 4
 *                    decimals; NaN when no probe percolates
 */
public record MigrationBarriers(double minimum, double cap, double[] barrier, double[] barrierMod2, double[] bisected) {

    /** BVlain's default energy cap, eV. */
    public static final double DEFAULT_CAP = 5.0;

    /** Percolation barriers of a landscape up to {@code cap} eV above its minimum. */
    public static MigrationBarriers of(BvseLandscape l, double cap) {
        double min = l.minimum();
        double[] rel = new double[l.energy().length];
        for (int i = 0; i < rel.length; i++) {
            rel[i] = l.energy()[i] - min;
        }
        PeriodicPercolation.Levels lv = PeriodicPercolation.ascending(l.grid(), rel, cap);
        double[] b = new double[4];
        double[] b2 = new double[4];
        double[] bis = new double[4];
        b[0] = b2[0] = bis[0] = Double.NaN;
        for (int d = 1; d <= 3; d++) {
            b[d] = lv.level()[d] < cap ? lv.level()[d] : Double.NaN;
            b2[d] = lv.levelMod2()[d] < cap ? lv.levelMod2()[d] : Double.NaN;
            bis[d] = bisect(lv.levelMod2()[d], cap);
        }
        return new MigrationBarriers(min, cap, b, b2, bis);
    }

    /** Barrier for dimension d (1..3), eV; NaN when none below the cap. */
    public double of(int d) {
        return barrier[d];
    }

    /**
     * BVlain's bisection on a known exact threshold: a probe percolates iff probe &gt; threshold.
     * NaN threshold: nothing percolates.
     */
    static double bisect(double threshold, double cap) {
        double lo = 0;
        double hi = cap;
        double result = Double.NaN;
        while (hi - lo > 0.01) {
            double probe = (lo + hi) / 2;
            if (probe > threshold) {
                hi = probe;
                result = new BigDecimal(hi).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
            } else {
                lo = probe;
            }
        }
        return result;
    }
}
