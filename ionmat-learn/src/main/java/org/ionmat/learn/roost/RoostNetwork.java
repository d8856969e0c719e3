package org.ionmat.learn.roost;

import java.util.List;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

/**
 * The Roost forward pass on DJL NDArrays (thesis §4.2):
 *
 * <ol>
 *   <li>{@code h_i^0 = [W_emb x_i + b ; w_i]} (d = 64, last entry the fractional weight);</li>
 *   <li>T residual message-passing layers, each with M heads:
 *       {@code e_ij^m = f^m(h_i ⊕ h_j)}, {@code a_ij^m = w_j^p exp(e_ij^m) / Σ_k w_k^p exp(e_ik^m)},
 *       {@code h_i ← h_i + Σ_m Σ_j a_ij^m g^m(h_i ⊕ h_j)} (or the mean over m), where f and g are
 *       MLPs with one hidden layer of 256 LeakyReLU units (eqs. 4.2–4.4);</li>
 *   <li>weighted soft-attention pooling with P heads:
 *       {@code r = Σ_m Σ_i α_i^m g_pool^m(h_i)}, {@code α_i^m = w_i^p exp(f_pool^m(h_i)) / Σ_k ...};</li>
 *   <li>a residual output network {@code x ← ReLU(W x + b) + P x} with 1024-512-256-128-64 units and a
 *       final linear layer (μ and log σ for robust regression).</li>
 * </ol>
 *
 * The first layer of f and g acts on {@code h_i ⊕ h_j}; it is evaluated as
 * {@code W_i h_i + W_j h_j + b} (same numbers, computed once per node instead of per pair); g's output
 * layer, being affine, is applied after the attention-weighted sum over partners. The test oracle is an
 * element-by-element double-precision forward written from the equations ({@code RoostReference}).
 * Constants enter as libtorch-owned tensors ({@link #scalar}). Instances are not thread-safe; one per
 * training thread.
 */
public final class RoostNetwork implements AutoCloseable {

    private static final float LEAKY_SLOPE = 0.01f;

    private final RoostConfig config;
    private final NDManager manager;
    private final NDArray[] params;
    private final List<RoostParameters.Spec> specs;

    /** Places the parameters on the manager's device; {@code trainable} attaches gradients. */
    public RoostNetwork(RoostConfig config, RoostParameters values, NDManager manager, boolean trainable) {
        this.config = config;
        this.manager = manager;
        this.specs = values.specs();
        this.params = new NDArray[specs.size()];
        for (int i = 0; i < params.length; i++) {
            params[i] = manager.create(values.array(i), new Shape(specs.get(i).shape()));
            if (trainable) {
                params[i].setRequiresGradient(true);
            }
        }
    }

    /** The architecture. */
    public RoostConfig config() {
        return config;
    }

    /** The parameter arrays in {@link RoostParameters#specs} order (live; do not close). */
    public NDArray[] parameters() {
        return params;
    }

    /** The manager holding the parameters. */
    public NDManager manager() {
        return manager;
    }

    /** Copies the current parameter values back to Java arrays. */
    public RoostParameters snapshot() {
        float[][] a = new float[params.length][];
        for (int i = 0; i < a.length; i++) {
            a[i] = params[i].toFloatArray();
        }
        return RoostParameters.of(config, a);
    }

    /** Network outputs [B, outputs] for a batch (μ and log σ in normalised units for regression). */
    public NDArray forward(RoostBatch batch) {
        return forward(List.of(batch));
    }

    /**
     * Network outputs for several groups (see {@link RoostBatch#grouped}); rows follow the groups'
     * concatenation order.
     */
    public NDArray forward(List<RoostBatch> groups) {
        Blocks blocks = new Blocks();
        if (groups.size() == 1) {
            return head(pool(groups.get(0), blocks));
        }
        NDList pooled = new NDList();
        for (RoostBatch g : groups) {
            pooled.add(pool(g, blocks));
        }
        return head(NDArrays.concat(pooled, 0));
    }

    private int headStart() {
        return 2 + layerParameterCount() * (config.messageLayers() + 1);
    }

    /** Parameter arrays per attention block (message layer or pooling): W1, b1, f W2, f b2, g W2, g b2 [, p]. */
    private int layerParameterCount() {
        return config.weightPower() == RoostConfig.WeightPower.LEARNABLE ? 7 : 6;
    }

    /** Material embedding r [B, d] after message passing and pooling. */
    private NDArray pool(RoostBatch batch, Blocks blocks) {
        NDArray h = linear(batch.features(), params[0], params[1]).concat(batch.weights().expandDims(2), 2);
        return batch.uniform() ? poolUniform(batch, h, blocks) : poolMasked(batch, h, blocks);
    }

    /**
     * Padded batches: every element pair (i, j) is evaluated and the pairs outside a composition are
     * masked out of the softmax.
     */
    private NDArray poolMasked(RoostBatch batch, NDArray h, Blocks blocks) {
        long b = h.getShape().get(0);
        long e = h.getShape().get(1);
        NDArray nodeMask3 = batch.nodeMask().expandDims(2);
        NDArray pairMask4 = batch.pairMask().expandDims(3);
        NDArray pairOff4 = pairMask4.sub(scalar(pairMask4, 1f)).mul(scalar(pairMask4, 1e9f));
        NDArray lw = batch.logWeights().reshape(b, 1, e, 1);
        for (int t = 0; t < config.messageLayers(); t++) {
            Block blk = blocks.message[t];
            NDArray selfTerm = linear(h, blk.selfW1, blk.b1).expandDims(2);
            NDArray act = Activation.leakyRelu(selfTerm.add(linear(h, blk.partnerW1, null).expandDims(1)), LEAKY_SLOPE);
            NDArray a = maskedSoftmax(blk.scores(act, lw), pairMask4, pairOff4, 2); // [B,E,E,M]
            h = h.add(blk.update(act, a, b, e, e).mul(nodeMask3));
        }
        return attentionPool(h, batch.logWeights(), nodeMask3, blocks.pool);
    }

    /**
     * Batches whose compositions all have E elements (the grouped batches of training and
     * prediction): each element sees exactly its K = E − 1 partners (E with self pairs), gathered into
     * a [B, E, K] block, so that no pair outside the graph is computed and no mask is needed.
     */
    private NDArray poolUniform(RoostBatch batch, NDArray h, Blocks blocks) {
        long b = h.getShape().get(0);
        int e = (int) h.getShape().get(1);
        int k = config.selfPairs() ? e : e - 1;
        if (k > 0) {
            // an [E, K] index gives [B, E, K, ...] directly: a fresh tensor, not a view of one
            NDIndex partners = new NDIndex(":, {}", h.getManager().create(partnerIndex(e, config.selfPairs()),
                    new Shape(e, k)));
            NDArray lw = batch.logWeights().get(partners).expandDims(3);
            for (int t = 0; t < config.messageLayers(); t++) {
                Block blk = blocks.message[t];
                // the gathered partner terms are a fresh tensor: the self term is added in place
                // (autograd allows it, since indexing's backward needs only the indices)
                NDArray pairs = linear(h, blk.partnerW1, null).get(partners);
                NDArray act = Activation.leakyRelu(pairs.addi(linear(h, blk.selfW1, blk.b1).expandDims(2)),
                        LEAKY_SLOPE);
                // libtorch's softmax: the thesis' +1e-10 cannot change a float32 denominator >= 1
                NDArray a = blk.scores(act, lw).softmax(2); // [B,E,K,M]
                h = h.add(blk.update(act, a, b, e, k));
            }
        }
        return attentionPool(h, batch.logWeights(), null, blocks.pool);
    }

    /** Partners j of each element i, row-major [E × K]: all j ≠ i, or all j with self pairs. */
    private static long[] partnerIndex(int e, boolean selfPairs) {
        int k = selfPairs ? e : e - 1;
        long[] idx = new long[e * k];
        int n = 0;
        for (int i = 0; i < e; i++) {
            for (int j = 0; j < e; j++) {
                if (j != i || selfPairs) {
                    idx[n++] = j;
                }
            }
        }
        return idx;
    }

    /** Weighted soft-attention pooling over the elements (mask null: no padding). */
    private NDArray attentionPool(NDArray h, NDArray logWeights, NDArray nodeMask3, Block blk) {
        long b = h.getShape().get(0);
        long e = h.getShape().get(1);
        NDArray act = Activation.leakyRelu(linear(h, blk.w1, blk.b1), LEAKY_SLOPE); // [B,E,2PH]
        NDArray score = blk.scores(act, logWeights.expandDims(2)); // [B,E,P]
        NDArray alpha = nodeMask3 == null ? score.softmax(1)
                : maskedSoftmax(score, nodeMask3,
                        nodeMask3.sub(scalar(nodeMask3, 1f)).mul(scalar(nodeMask3, 1e9f)), 1);
        return blk.update(act.expandDims(1), alpha.expandDims(1), b, 1, e).reshape(b, config.nodeDim());
    }

    /**
     * One weighted soft-attention block's parameters in the forms the batched formulation uses,
     * made once per forward call and shared by its composition-size groups (one node each in the
     * autograd graph instead of one per group).
     */
    private final class Block {
        private final int m;
        private final int hid;
        private final NDArray w1;
        private final NDArray selfW1;
        private final NDArray partnerW1;
        private final NDArray b1;
        private final NDArray fW2;
        private final NDArray fb2;
        /** The g output weights [M, H, d] as one [MH, d] matrix (one product sums over the heads). */
        private final NDArray gW2;
        private final NDArray gb2;
        private final NDArray pow;

        Block(int p, int heads, int hidden, boolean pairs) {
            m = heads;
            hid = hidden;
            int d = config.nodeDim();
            w1 = params[p];
            selfW1 = pairs ? w1.get(":, :" + d) : null;
            partnerW1 = pairs ? w1.get(":, " + d + ":") : null;
            b1 = params[p + 1];
            fW2 = params[p + 2];
            fb2 = params[p + 3];
            gW2 = params[p + 4].reshape((long) m * hid, d);
            gb2 = params[p + 5];
            pow = config.weightPower() == RoostConfig.WeightPower.LEARNABLE ? params[p + 6] : null;
        }

        /**
         * Attention logits e^m + p^m log w from hidden activations [..., 2MH]: [..., M]. (A product with a
         * block-diagonal [2MH, M] matrix gives the same numbers but is a matrix product with M = 3
         * columns, which MKL runs five times slower than this multiply-and-sum.)
         */
        NDArray scores(NDArray act, NDArray logWeights) {
            long[] shape = act.getShape().getShape();
            long[] split = java.util.Arrays.copyOf(shape, shape.length + 1);
            split[shape.length - 1] = m;
            split[shape.length] = hid;
            NDArray f = act.get("..., :" + (long) m * hid).reshape(new Shape(split));
            NDArray s = f.mul(fW2).sum(new int[] {shape.length}).add(fb2);
            return s.add(pow == null ? logWeights : logWeights.mul(pow));
        }

        /**
         * Σ_m Σ_j a_ij^m g^m(h_i ⊕ h_j) (or the mean over m) for activations [B, E, K, 2MH] and
         * attention [B, E, K, M]: [B, E, d]. Since g's output layer is affine, the weighted sum over
         * the partners is taken of its hidden units (K times fewer output-layer products), and the
         * bias enters with the attention's sum over partners (1, or 0 where a padded row has none).
         */
        NDArray update(NDArray act, NDArray a, long b, long e, long k) {
            long mh = (long) m * hid;
            NDArray g = act.get("..., " + mh + ":").reshape(b, e, k, m, hid);
            NDArray mixed = g.mul(a.expandDims(4)).sum(new int[] {2}).reshape(b, e, mh); // [B,E,MH]
            NDArray out = mixed.matMul(gW2).add(a.sum(new int[] {2}).matMul(gb2)); // sums over the heads too
            return config.headReduction() == RoostConfig.HeadReduction.MEAN ? out.div(scalar(out, m)) : out;
        }
    }

    /** The blocks of one forward call: message layers, then pooling. */
    private final class Blocks {
        private final Block[] message = new Block[config.messageLayers()];
        private final Block pool;

        Blocks() {
            int p = 2;
            for (int t = 0; t < message.length; t++) {
                message[t] = new Block(p, config.messageHeads(), config.messageHidden(), true);
                p += layerParameterCount();
            }
            pool = new Block(p, config.poolHeads(), config.poolHidden(), false);
        }
    }

    /**
     * A float32 scalar in libtorch-owned memory, on {@code like}'s manager. Never use DJL's
     * {@code mul(Number)}-style overloads here: they wrap the number in a Java direct buffer and free
     * it right after the operation, while the autograd graph may read it again in backward (after a
     * garbage collection that read freed memory: NaN when ensemble members trained in parallel).
     */
    private static NDArray scalar(NDArray like, float value) {
        return like.getManager().full(new Shape(), value);
    }

    /** x Wᵀ + b in one libtorch call (b may be null). */
    private static NDArray linear(NDArray x, NDArray w, NDArray b) {
        return JniUtils.linear((PtNDArray) x, (PtNDArray) w, (PtNDArray) b);
    }

    /** The residual output network on pooled vectors [B, d]. */
    private NDArray head(NDArray h) {
        int p = headStart();
        int in = config.nodeDim();
        for (int width : config.outputHidden()) {
            NDArray y = Activation.relu(linear(h, params[p++], params[p++]));
            y = y.add(width != in ? linear(h, params[p++], null) : h);
            h = y;
            in = width;
        }
        return linear(h, params[p++], params[p]);
    }

    /** Softmax over {@code axis} restricted to mask == 1 (rows with an empty mask give zeros). */
    private static NDArray maskedSoftmax(NDArray score, NDArray mask, NDArray offset, int axis) {
        NDArray s = score.add(offset);
        NDArray max = s.max(new int[] {axis}, true).stopGradient();
        NDArray ex = s.sub(max).exp().mul(mask);
        return ex.div(ex.sum(new int[] {axis}, true).add(scalar(ex, 1e-10f)));
    }

    /** Robust L1 loss (thesis eq. 2.6, batch mean): mean(√2 |μ − y| exp(−log σ) + log σ). */
    public static NDArray robustL1(NDArray out, NDArray y) {
        NDArray mu = out.get(":, 0");
        NDArray logSigma = out.get(":, 1");
        return mu.sub(y).abs().mul(scalar(mu, (float) Math.sqrt(2))).mul(logSigma.neg().exp()).add(logSigma).mean();
    }

    /** L1 loss of the mean: mean |μ − y|. */
    public static NDArray l1(NDArray out, NDArray y) {
        return out.get(":, 0").sub(y).abs().mean();
    }

    /** Cross-entropy of class logits against one-hot labels [B, K]. */
    public static NDArray crossEntropy(NDArray logits, NDArray oneHot) {
        return logits.logSoftmax(1).mul(oneHot).sum(new int[] {1}).neg().mean();
    }

    /** The task's loss. */
    public NDArray loss(NDArray out, NDArray target) {
        return switch (config.task()) {
            case ROBUST_REGRESSION -> robustL1(out, target);
            case L1_REGRESSION -> l1(out, target);
            case CLASSIFICATION -> crossEntropy(out, target);
        };
    }

    @Override
    public void close() {
        for (NDArray a : params) {
            a.close();
        }
    }
}
