package org.ionmat.learn.eval;

import org.ionmat.learn.model.SigmaMap;

/** A σ recalibration fitted by maximum likelihood on held-out rows. */
public interface SigmaFit {

    /** The fitted change of σ. */
    SigmaMap map();

    /** Mean negative log-likelihood per row with the model's σ. */
    double nllBefore();

    /** Mean negative log-likelihood per row with the recalibrated σ. */
    double nllAfter();
}
