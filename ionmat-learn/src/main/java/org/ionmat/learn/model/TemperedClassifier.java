package org.ionmat.learn.model;

import java.util.List;

import org.ionmat.core.composition.Composition;

/**
 * A classifier whose probabilities are tempered, p_c ∝ p_c^(1/T), by a temperature fitted on
 * held-out data ({@link org.ionmat.learn.eval.TemperatureScaling}). Either each member is tempered
 * before the members are combined (networks: their logits are divided by T, and the entropy split
 * stays that of an ensemble), or the combined probabilities are ({@code ofMean}: a random forest,
 * whose mostly pure leaves give 0/1 tree probabilities that no temperature can move); the entropy's
 * aleatoric and epistemic parts are then rescaled in proportion to the tempered total.
 *
 * @param raw         the classifier as trained
 * @param temperature T (&gt; 0; &gt; 1 when the model was over-confident)
 * @param ofMean      temper the members' mean instead of each member
 */
public record TemperedClassifier(CompositionModel raw, double temperature, boolean ofMean) implements DelegatingModel {

    /** Checks the temperature. */
    public TemperedClassifier {
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be positive and finite, got " + temperature);
        }
    }

    /** Members tempered one by one. */
    public TemperedClassifier(CompositionModel raw, double temperature) {
        this(raw, temperature, false);
    }

    @Override
    public double[][][] memberClassProbabilities(List<Composition> compositions) {
        double[][][] members = raw.memberClassProbabilities(compositions);
        return ofMean ? members : ClassPrediction.temper(members, temperature);
    }

    @Override
    public ClassPrediction classify(List<Composition> compositions) {
        ClassPrediction p = ClassPrediction.combine(memberClassProbabilities(compositions));
        return ofMean ? p.temperedMean(temperature) : p;
    }
}
