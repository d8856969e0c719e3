package org.ionmat.learn.model;

import java.util.List;

import org.ionmat.core.composition.Composition;

/**
 * A regression model whose predicted σ are rescaled by factors fitted on held-out data: one factor
 * for all σ ({@link org.ionmat.learn.eval.SigmaScaling}; {@code epistemic == aleatoric}) or one per
 * component ({@link org.ionmat.learn.eval.ComponentScaling}); the means are the wrapped model's.
 *
 * @param raw       the model as trained
 * @param epistemic factor of the epistemic σ (&gt; 0)
 * @param aleatoric factor of the aleatoric σ (&gt; 0)
 */
public record CalibratedModel(CompositionModel raw, double epistemic, double aleatoric) implements DelegatingModel {

    /** Checks the factors. */
    public CalibratedModel {
        for (double f : new double[] {epistemic, aleatoric}) {
            if (!(f > 0) || Double.isInfinite(f)) {
                throw new IllegalArgumentException("sigma factors must be positive and finite, got " + f);
            }
        }
    }

    /** One factor for all σ. */
    public CalibratedModel(CompositionModel raw, double scale) {
        this(raw, scale, scale);
    }

    /** True when both components share one factor. */
    public boolean uniform() {
        return epistemic == aleatoric;
    }

    /** The common factor of a {@link #uniform} calibration. */
    public double scale() {
        if (!uniform()) {
            throw new IllegalStateException("the components have different factors");
        }
        return epistemic;
    }

    @Override
    public Prediction predict(List<Composition> compositions) {
        Prediction p = raw.predict(compositions);
        return uniform() ? p.withSigmaScaled(epistemic) : p.withComponentsScaled(epistemic, aleatoric);
    }
}
