package org.ionmat.learn.model;

import java.util.List;

import org.ionmat.core.composition.Composition;

/**
 * A composition model whose predicted σ are multiplied by a factor fitted on held-out data
 * ({@link org.ionmat.learn.eval.SigmaScaling}); the means are the wrapped model's.
 *
 * @param raw   the model as trained
 * @param scale the σ factor (&gt; 0)
 */
public record CalibratedModel(CompositionModel raw, double scale) implements CompositionModel {

    /** Checks the factor. */
    public CalibratedModel {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("sigma scale must be positive and finite, got " + scale);
        }
    }

    @Override
    public String kind() {
        return raw.kind();
    }

    @Override
    public TargetTransform transform() {
        return raw.transform();
    }

    @Override
    public String targetName() {
        return raw.targetName();
    }

    @Override
    public String reject(Composition composition) {
        return raw.reject(composition);
    }

    @Override
    public Prediction predict(List<Composition> compositions) {
        return raw.predict(compositions).withSigmaScaled(scale);
    }

    @Override
    public List<String> classes() {
        return raw.classes();
    }

    /** A classifier's probabilities, unchanged (σ-scaling has no meaning for them). */
    @Override
    public ClassPrediction classify(List<Composition> compositions) {
        return raw.classify(compositions);
    }
}
