package org.ionmat.learn.roost;

import java.util.Arrays;

import org.ionmat.core.InvalidInputException;

/**
 * Architecture of a Roost network (Goodall thesis §4.2 and App. A.1; Goodall &amp; Lee, Nat. Commun.
 * 11, 6280, 2020). {@link #thesis(int, Task, int)} gives the reference model; the other fields are
 * the choices the thesis leaves open (seed extraction §9), each with its documented default:
 *
 * <ul>
 *   <li>{@code weightPower} LEARNABLE (default): the fractional weight enters the weighted softmax
 *       as {@code w_j^p} with one learnable exponent per attention head, initialised from N(0,1).
 *       Only with these 12 scalars does the reference model have the thesis' 2,433,233 parameters
 *       (see {@link RoostParameters#count()}); FIXED uses {@code w_j} exactly as in eq. 4.3.</li>
 *   <li>{@code headReduction} SUM (default, eq. 4.4 sums over heads m) or MEAN (average of the
 *       heads); also used for the pooling heads.</li>
 *   <li>{@code selfPairs} false (default: j runs over the <em>other</em> elements, as in the thesis;
 *       a single-element composition then keeps its initial node state) or true (pairs (i, i)
 *       included).</li>
 *   <li>{@code poolHeads} 3 (default; the thesis count of 2.4 million implies 3).</li>
 *   <li>{@code outputHidden} 1024, 512, 256, 128, 64 (the thesis prints "126" for the fourth layer,
 *       read as 128).</li>
 * </ul>
 *
 * @param embeddingDim  length n of the element embedding (200 for matscholar200)
 * @param nodeDim       node feature length d (64; the last entry is the fractional weight)
 * @param messageLayers number T of message-passing layers (3)
 * @param messageHeads  attention heads M per layer (3)
 * @param messageHidden hidden units of the attention (f) and message (g) MLPs (256)
 * @param poolHeads     heads of the weighted attention pooling (3)
 * @param poolHidden    hidden units of the pooling gate and message MLPs (256)
 * @param outputHidden  hidden layer widths of the residual output network
 * @param weightPower   how the fractional weights enter the softmax
 * @param headReduction how head outputs are combined
 * @param selfPairs     whether (i, i) pairs take part in message passing
 * @param task          regression (mean and log σ, robust loss), regression with plain L1 (mean only),
 *                      or classification
 * @param classes       number of classes for classification, else 0
 */
public record RoostConfig(
        int embeddingDim,
        int nodeDim,
        int messageLayers,
        int messageHeads,
        int messageHidden,
        int poolHeads,
        int poolHidden,
        int[] outputHidden,
        WeightPower weightPower,
        HeadReduction headReduction,
        boolean selfPairs,
        Task task,
        int classes) {

    /** How the fractional weight enters the weighted softmax. */
    public enum WeightPower { LEARNABLE, FIXED }

    /** How the outputs of several attention heads are combined. */
    public enum HeadReduction { SUM, MEAN }

    /** The prediction task and its loss. */
    public enum Task {
        /** Mean and log σ_a, robust L1 (Laplace negative log-likelihood) loss, thesis eq. 2.6. */
        ROBUST_REGRESSION,
        /** Mean only, L1 loss (the thesis' epistemic-only ensemble and ablation model 2). */
        L1_REGRESSION,
        /** Class logits, cross-entropy loss. */
        CLASSIFICATION
    }

    public RoostConfig {
        outputHidden = outputHidden.clone();
        if (embeddingDim < 1 || nodeDim < 2 || messageLayers < 0 || messageHeads < 1 || messageHidden < 1
                || poolHeads < 1 || poolHidden < 1) {
            throw new InvalidInputException("invalid Roost architecture sizes");
        }
        for (int h : outputHidden) {
            if (h < 1) {
                throw new InvalidInputException("output layer widths must be positive");
            }
        }
        if (task == Task.CLASSIFICATION && classes < 2) {
            throw new InvalidInputException("classification needs at least 2 classes");
        }
        if (task != Task.CLASSIFICATION) {
            classes = 0;
        }
    }

    /** The thesis reference model for an embedding of length {@code embeddingDim}. */
    public static RoostConfig thesis(int embeddingDim, Task task, int classes) {
        return new RoostConfig(embeddingDim, 64, 3, 3, 256, 3, 256, new int[] {1024, 512, 256, 128, 64},
                WeightPower.LEARNABLE, HeadReduction.SUM, false, task, classes);
    }

    /** The thesis reference regression model (robust loss) for the given embedding length. */
    public static RoostConfig thesis(int embeddingDim) {
        return thesis(embeddingDim, Task.ROBUST_REGRESSION, 0);
    }

    /** Number of network outputs: 2 (μ, log σ) for robust regression, 1 for L1, else the classes. */
    public int outputs() {
        return switch (task) {
            case ROBUST_REGRESSION -> 2;
            case L1_REGRESSION -> 1;
            case CLASSIFICATION -> classes;
        };
    }

    @Override
    public int[] outputHidden() {
        return outputHidden.clone();
    }

    /** A copy with other output-network widths. */
    public RoostConfig withOutputHidden(int... widths) {
        return new RoostConfig(embeddingDim, nodeDim, messageLayers, messageHeads, messageHidden, poolHeads, poolHidden,
                widths, weightPower, headReduction, selfPairs, task, classes);
    }

    /** A copy with other sizes of the message passing and pooling. */
    public RoostConfig withSizes(int nodeDim, int messageLayers, int messageHeads, int messageHidden, int poolHeads,
            int poolHidden) {
        return new RoostConfig(embeddingDim, nodeDim, messageLayers, messageHeads, messageHidden, poolHeads, poolHidden,
                outputHidden, weightPower, headReduction, selfPairs, task, classes);
    }

    /** A copy with the open choices set. */
    public RoostConfig withChoices(WeightPower power, HeadReduction reduction, boolean self) {
        return new RoostConfig(embeddingDim, nodeDim, messageLayers, messageHeads, messageHidden, poolHeads, poolHidden,
                outputHidden, power, reduction, self, task, classes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RoostConfig c && c.embeddingDim == embeddingDim && c.nodeDim == nodeDim
                && c.messageLayers == messageLayers && c.messageHeads == messageHeads && c.messageHidden == messageHidden
                && c.poolHeads == poolHeads && c.poolHidden == poolHidden && Arrays.equals(c.outputHidden, outputHidden)
                && c.weightPower == weightPower && c.headReduction == headReduction && c.selfPairs == selfPairs
                && c.task == task && c.classes == classes;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(outputHidden) * 31 + java.util.Objects.hash(embeddingDim, nodeDim, messageLayers,
                messageHeads, messageHidden, poolHeads, poolHidden, weightPower, headReduction, selfPairs, task, classes);
    }

    @Override
    public String toString() {
        return "RoostConfig[n=" + embeddingDim + ", d=" + nodeDim + ", T=" + messageLayers + ", M=" + messageHeads
                + ", hidden=" + messageHidden + ", poolHeads=" + poolHeads + ", out=" + Arrays.toString(outputHidden)
                + ", " + weightPower + ", " + headReduction + ", self=" + selfPairs + ", " + task + "]";
    }
}
