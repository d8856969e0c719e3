package org.ionmat.learn.regression;

/**
 * Pooled result of a leave-one-group-out cross-validation: every sample predicted once, by the model
 * trained without its group.
 *
 * @param model       regressor name
 * @param featureSet  feature set name
 * @param features    number of encoded features (of the first fold)
 * @param rows        table row of each sample (rows without a target are left out)
 * @param groups      group of each sample
 * @param actual      target of each sample
 * @param predicted   out-of-group prediction of each sample
 * @param folds       number of folds (groups)
 * @param mapeTest    Eq. (8) over all out-of-group predictions, ⟨x⁰⟩ = mean of all targets (fraction)
 * @param mapeTrain   Eq. (8) over the training predictions of every fold, pooled, same ⟨x⁰⟩ (fraction)
 * @param mae         mean absolute error of the out-of-group predictions
 * @param rmse        root-mean-square error of the out-of-group predictions
 * @param r2          R² of the out-of-group predictions
 */
public record CrossValidationResult(String model, String featureSet, int features, int[] rows, String[] groups,
                                    double[] actual, double[] predicted, int folds, double mapeTest, double mapeTrain,
                                    double mae, double rmse, double r2) {
}
