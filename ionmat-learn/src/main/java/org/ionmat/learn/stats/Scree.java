package org.ionmat.learn.stats;

/**
 * Elbow of a decreasing curve (scree of eigenvalues, inertia against k): the point farthest below
 * the straight line joining the curve's first and last points, after scaling both axes to [0, 1]
 * (the "knee" of Satopää et al. 2011). On a scree this is where adding one more component stops
 * adding much variance: seed paper 001 keeps 3 components by this "marginal variance" argument.
 */
public final class Scree {

    private Scree() {
    }

    /**
     * Elbow of y_1 ≥ y_2 ≥ … (values at x = 1, 2, …).
     *
     * @return the 1-based position of the elbow (number of components to keep); 1 for fewer than 3 points
     */
    public static int elbow(double[] y) {
        int n = y.length;
        if (n < 3) {
            return 1;
        }
        double y0 = y[0];
        double y1 = y[n - 1];
        double span = y0 - y1;
        if (!(span > 0)) {
            return 1;
        }
        int best = 0;
        double bestGap = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            double x = (double) k / (n - 1);
            double chord = 1 - x;            // scaled line from (0,1) to (1,0)
            double yy = (y[k] - y1) / span;  // scaled curve
            double gap = chord - yy;
            if (gap > bestGap + 1e-15) {
                bestGap = gap;
                best = k;
            }
        }
        return best + 1;
    }
}
