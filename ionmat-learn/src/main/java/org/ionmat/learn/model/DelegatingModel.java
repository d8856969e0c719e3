package org.ionmat.learn.model;

import java.util.List;

import org.ionmat.core.composition.Composition;

/**
 * A composition model that wraps a trained one and changes only part of what it predicts (the
 * calibrations of {@code ionmat calibrate}); everything it does not override is the wrapped
 * model's.
 */
public interface DelegatingModel extends CompositionModel {

    /** The model as trained. */
    CompositionModel raw();

    @Override
    default String kind() {
        return raw().kind();
    }

    @Override
    default TargetTransform transform() {
        return raw().transform();
    }

    @Override
    default String targetName() {
        return raw().targetName();
    }

    @Override
    default String reject(Composition composition) {
        return raw().reject(composition);
    }

    @Override
    default Prediction predict(List<Composition> compositions) {
        return raw().predict(compositions);
    }

    @Override
    default List<String> classes() {
        return raw().classes();
    }

    @Override
    default double[][][] memberClassProbabilities(List<Composition> compositions) {
        return raw().memberClassProbabilities(compositions);
    }
}
