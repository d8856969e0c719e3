package org.ionmat.learn.eval;

import org.hipparchus.stat.regression.SimpleRegression;

import org.ionmat.core.InvalidInputException;

/**
 * An inverse power law {@code error = a · N^(−α)}, the form learning curves follow (Goodall thesis
 * §4.3), fitted by least squares on {@code ln error = ln a − α ln N}. Immutable.
 *
 * @param prefactor      a (error units)
 * @param exponent       α (positive when the error falls with more data)
 * @param exponentStdErr standard error of α from the scatter about the line (NaN with two sizes)
 * @param points         number of (N, error) pairs fitted
 */
public record PowerLaw(double prefactor, double exponent, double exponentStdErr, int points) {

    /**
     * Fits {@code error = a N^(−α)} to training-set sizes and errors (both positive; at least two
     * distinct sizes).
     */
    public static PowerLaw fit(double[] sizes, double[] errors) {
        if (sizes.length != errors.length) {
            throw new IllegalArgumentException("sizes and errors differ in length");
        }
        SimpleRegression r = new SimpleRegression(true);
        double first = Double.NaN;
        boolean distinct = false;
        for (int i = 0; i < sizes.length; i++) {
            if (!(sizes[i] > 0) || !(errors[i] > 0)) {
                throw new InvalidInputException("learning curve: sizes and errors must be positive (got N = " + sizes[i]
                        + ", error = " + errors[i] + ")");
            }
            if (i == 0) {
                first = sizes[i];
            } else if (sizes[i] != first) {
                distinct = true;
            }
            r.addData(Math.log(sizes[i]), Math.log(errors[i]));
        }
        if (!distinct) {
            throw new InvalidInputException("learning curve: need at least two different training-set sizes");
        }
        double se = sizes.length > 2 ? r.getSlopeStdErr() : Double.NaN;
        return new PowerLaw(Math.exp(r.getIntercept()), -r.getSlope(), se, sizes.length);
    }

    /** The fitted error at training-set size {@code n}. */
    public double at(double n) {
        return prefactor * Math.pow(n, -exponent);
    }
}
