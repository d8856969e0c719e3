/**
 * Regression on descriptor tables (seed paper 001, Fig. 3): standard scaling and one-hot encoding,
 * an MLP regressor mirroring scikit-learn's, linear-kernel ridge regression, leave-one-group-out
 * cross-validation with the paper's MAPE (Eq. 8), and harmonic/anharmonic feature sets.
 */
package org.ionmat.learn.regression;
