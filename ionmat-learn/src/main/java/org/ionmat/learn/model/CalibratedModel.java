package org.ionmat.learn.model;

import java.util.List;

import org.ionmat.core.composition.Composition;

/**
 * A regression model whose predicted σ are multiplied by a factor fitted on held-out data
 * ({@link org.ionmat.learn.eval.SigmaScaling}); the means are the wrapped model's.
 *
 * @param raw   the model as trained
 * @param scale the σ factor (&gt; 0)
 */
public record CalibratedModel(CompositionModel raw, double scale) implements DelegatingModel {

    /** Checks the factor. */
    public CalibratedModel {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("sigma scale must be positive and finite, got " + scale);
        }
    }

    @Override
    public Prediction predict(List<Composition> compositions) {
        return raw.predict(compositions).withSigmaScaled(scale);
    }
}
