package org.ionmat.learn.model;

import java.util.List;

import org.ionmat.core.composition.Composition;

/** A trained model that predicts a property (with uncertainty) from a composition alone. */
public interface CompositionModel {

    /** Model kind as written in {@code model.json} ("roost", "random-forest", "linear"). */
    String kind();

    /** Transform applied to the target before training; predictions are in transformed units. */
    TargetTransform transform();

    /** Name of the target column the model was trained on. */
    String targetName();

    /** Null when the model can predict this composition, else the reason it cannot. */
    String reject(Composition composition);

    /** Predictions for compositions that {@link #reject} accepted (regression models). */
    Prediction predict(List<Composition> compositions);

    /** Class labels of a classifier (index = class); empty for a regression model. */
    default List<String> classes() {
        return List.of();
    }

    /** Class probabilities for compositions that {@link #reject} accepted (classifiers only). */
    default ClassPrediction classify(List<Composition> compositions) {
        return ClassPrediction.combine(memberClassProbabilities(compositions));
    }

    /** Each ensemble member's class probabilities [W][N][K] (classifiers only). */
    default double[][][] memberClassProbabilities(List<Composition> compositions) {
        throw new UnsupportedOperationException(kind() + " model is not a classifier");
    }
}
