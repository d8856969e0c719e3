package org.ionmat.learn.roost;

import org.ionmat.core.InvalidInputException;

/**
 * Optimisation settings of one ensemble member. {@link #thesis()} is App. A.1 of the thesis: Adam,
 * fixed learning rate 3e-4, mini-batch 128, weight decay 1e-6, 250 epochs, no schedule and no early
 * stopping. Targets are standardised with the training mean and standard deviation
 * ({@code normalizeTargets}, default true; the thesis does not say, the reference code does).
 *
 * @param epochs           passes over the training data
 * @param batchSize        compositions per mini-batch (the last batch of an epoch may be smaller)
 * @param learningRate     Adam step size
 * @param weightDecay      L2 penalty (Adam, added to the gradient) or decoupled decay (AdamW)
 * @param optimizer        ADAM (thesis, Roost) or ADAMW (thesis, Wren; early roost code)
 * @param normalizeTargets whether regression targets are standardised for training
 */
public record TrainingConfig(int epochs, int batchSize, double learningRate, double weightDecay, Optimizer optimizer,
        boolean normalizeTargets) {

    /** The optimiser. */
    public enum Optimizer { ADAM, ADAMW }

    public TrainingConfig {
        if (epochs < 0 || batchSize < 1 || !(learningRate > 0) || !(weightDecay >= 0)) {
            throw new InvalidInputException("invalid training settings: epochs " + epochs + ", batch " + batchSize
                    + ", learning rate " + learningRate + ", weight decay " + weightDecay);
        }
    }

    /** The thesis settings. */
    public static TrainingConfig thesis() {
        return new TrainingConfig(250, 128, 3e-4, 1e-6, Optimizer.ADAM, true);
    }

    /** A copy with another number of epochs. */
    public TrainingConfig withEpochs(int n) {
        return new TrainingConfig(n, batchSize, learningRate, weightDecay, optimizer, normalizeTargets);
    }

    /** A copy with another batch size. */
    public TrainingConfig withBatchSize(int n) {
        return new TrainingConfig(epochs, n, learningRate, weightDecay, optimizer, normalizeTargets);
    }

    /** A copy with another learning rate. */
    public TrainingConfig withLearningRate(double lr) {
        return new TrainingConfig(epochs, batchSize, lr, weightDecay, optimizer, normalizeTargets);
    }

    /** A copy with another optimiser and weight decay. */
    public TrainingConfig withOptimizer(Optimizer o, double wd) {
        return new TrainingConfig(epochs, batchSize, learningRate, wd, o, normalizeTargets);
    }
}
