package org.ionmat.learn.regression;

/** A regression method: fits a model of one target on a design matrix (rows = samples). */
public interface Regressor {

    /** Short name for reports, e.g. {@code "mlp(100,50)"}. */
    String name();

    /**
     * Fits a model.
     *
     * @param x    design matrix, one row per sample (finite values)
     * @param y    target of each sample
     * @param seed seed for any randomness of the method
     */
    Model fit(double[][] x, double[] y, long seed);

    /** A fitted model. */
    interface Model {
        /** Prediction for each row of x. */
        double[] predict(double[][] x);
    }
}
