package org.ionmat.learn.eval;

import java.util.SplittableRandom;

/** Random errors of a given distribution for the recalibration tests. */
final class ErrorSamples {

    private ErrorSamples() {
    }

    /** One error with standard deviation {@code sd}: inverse-CDF Laplace (scale sd/√2) or Box–Muller Gaussian. */
    static double draw(ErrorDistribution d, double sd, SplittableRandom r) {
        if (d == ErrorDistribution.LAPLACE) {
            double u = r.nextDouble() - 0.5;
            return -sd / Math.sqrt(2) * Math.signum(u) * Math.log(1 - 2 * Math.abs(u));
        }
        return sd * Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
