package org.ionmat.learn.model;

import java.util.List;

import org.ionmat.core.composition.Composition;

/**
 * A classifier whose members' probabilities are tempered by a temperature fitted on held-out data
 * ({@link org.ionmat.learn.eval.TemperatureScaling}) before they are combined, so that the entropy
 * split into aleatoric and epistemic parts stays that of an ensemble.
 *
 * @param raw         the classifier as trained
 * @param temperature T (&gt; 0; &gt; 1 when the members were over-confident)
 */
public record TemperedClassifier(CompositionModel raw, double temperature) implements DelegatingModel {

    /** Checks the temperature. */
    public TemperedClassifier {
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be positive and finite, got " + temperature);
        }
    }

    @Override
    public double[][][] memberClassProbabilities(List<Composition> compositions) {
        return ClassPrediction.temper(raw.memberClassProbabilities(compositions), temperature);
    }
}
