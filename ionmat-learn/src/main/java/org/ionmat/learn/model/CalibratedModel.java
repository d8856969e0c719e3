package org.ionmat.learn.model;

import java.util.List;

import org.ionmat.core.composition.Composition;

/**
 * A regression model whose predicted σ are recalibrated on held-out data by a {@link SigmaMap}
 * (written by {@code ionmat calibrate}); the means are the wrapped model's.
 *
 * @param raw the model as trained
 * @param map how σ are changed
 */
public record CalibratedModel(CompositionModel raw, SigmaMap map) implements DelegatingModel {

    /** One factor for all σ. */
    public CalibratedModel(CompositionModel raw, double scale) {
        this(raw, new SigmaMap.Scale(scale));
    }

    @Override
    public Prediction predict(List<Composition> compositions) {
        return map.apply(raw.predict(compositions));
    }
}
