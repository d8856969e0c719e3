package org.ionmat.learn.roost;

import java.util.List;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;

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
 * {@code W_i h_i + W_j h_j + b} (same numbers, computed once per node instead of per pair).
 * Instances are not thread-safe; one per training thread.
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
        return head(pool(batch, new PairWeights()));
    }

    /**
     * Network outputs for several groups (see {@link RoostBatch#grouped}); rows follow the groups'
     * concatenation order.
     */
    public NDArray forward(List<RoostBatch> groups) {
        if (groups.size() == 1) {
            return forward(groups.get(0));
        }
        ai.djl.ndarray.NDList pooled = new ai.djl.ndarray.NDList();
        PairWeights w = new PairWeights();
        for (RoostBatch g : groups) {
            pooled.add(pool(g, w));
        }
        return head(ai.djl.ndarray.NDArrays.concat(pooled, 0));
    }

    private int headStart() {
        return 2 + layerParameterCount() * (config.messageLayers() + 1);
    }

    /** Material embedding r [B, d] after message passing and pooling. */
    private NDArray pool(RoostBatch batch, PairWeights w) {
        NDArray x = batch.features();
        NDArray h = x.matMul(params[0].transpose()).add(params[1]).concat(batch.weights().expandDims(2), 2);
        return batch.uniform() ? poolUniform(batch, h, w) : poolMasked(batch, h, w);
    }

    /**
     * The halves W_i and W_j of each message layer's first weight, transposed, made once per forward
     * call and shared by its composition-size groups (one slicing node per layer in the autograd graph
     * instead of one per group).
     */
    private final class PairWeights {
        private final NDArray[] self = new NDArray[config.messageLayers()];
        private final NDArray[] partner = new NDArray[config.messageLayers()];

        NDArray self(int layer, int p) {
            if (self[layer] == null) {
                self[layer] = params[p].get(":, :" + config.nodeDim()).transpose();
            }
            return self[layer];
        }

        NDArray partner(int layer, int p) {
            if (partner[layer] == null) {
                partner[layer] = params[p].get(":, " + config.nodeDim() + ":").transpose();
            }
            return partner[layer];
        }
    }

    /**
     * Padded batches: every element pair (i, j) is evaluated and the pairs outside a composition are
     * masked out of the softmax.
     */
    private NDArray poolMasked(RoostBatch batch, NDArray h, PairWeights w) {
        int p = 2;
        long b = h.getShape().get(0);
        long e = h.getShape().get(1);
        int d = config.nodeDim();
        NDArray nodeMask3 = batch.nodeMask().expandDims(2);
        NDArray pairMask4 = batch.pairMask().expandDims(3);
        NDArray pairOff4 = pairMask4.sub(1f).mul(1e9f);
        NDArray lw = batch.logWeights().reshape(b, 1, e, 1);
        for (int t = 0; t < config.messageLayers(); t++) {
            NDArray act = pairActivations(h, p, w.self(t, p), h.matMul(w.partner(t, p)).expandDims(1));
            NDArray a = maskedSoftmax(attentionScores(act, p, lw, b, e, e), pairMask4, pairOff4, 2); // [B,E,E,M]
            h = h.add(messages(act, a, p, b, e, e).mul(nodeMask3));
            p += layerParameterCount();
        }
        return attentionPool(h, batch.logWeights(), nodeMask3, p);
    }

    /**
     * Batches whose compositions all have E elements (the grouped batches of training and
     * prediction): each element sees exactly its K = E − 1 partners (E with self pairs), gathered into
     * a [B, E, K] block, so that no pair outside the graph is computed and no mask is needed.
     */
    private NDArray poolUniform(RoostBatch batch, NDArray h, PairWeights w) {
        int p = 2;
        long b = h.getShape().get(0);
        int e = (int) h.getShape().get(1);
        int k = config.selfPairs() ? e : e - 1;
        int d = config.nodeDim();
        if (k > 0) {
            NDArray partners = manager.create(partnerIndex(e, config.selfPairs()));
            NDArray lw = batch.logWeights().get(new NDIndex(":, {}", partners)).reshape(b, e, k, 1);
            for (int t = 0; t < config.messageLayers(); t++) {
                NDArray aj = h.matMul(w.partner(t, p));
                NDArray act = pairActivations(h, p, w.self(t, p), aj.get(new NDIndex(":, {}", partners)).reshape(b, e, k, -1));
                NDArray a = softmax(attentionScores(act, p, lw, b, e, k), 2); // [B,E,K,M]
                h = h.add(messages(act, a, p, b, e, k));
                p += layerParameterCount();
            }
        } else {
            p += config.messageLayers() * layerParameterCount();
        }
        return attentionPool(h, batch.logWeights(), null, p);
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

    /** Parameter arrays per attention block (message layer or pooling): W1, b1, f W2, f b2, g W2, g b2 [, p]. */
    private int layerParameterCount() {
        return config.weightPower() == RoostConfig.WeightPower.LEARNABLE ? 7 : 6;
    }

    /**
     * Hidden activations of f and g for all pairs: LeakyReLU(W_i h_i + b + W_j h_j) with the partner
     * term {@code partnerTerm} already broadcast or gathered to [B, E, K or 1, 2MH].
     */
    private NDArray pairActivations(NDArray h, int p, NDArray selfWeightT, NDArray partnerTerm) {
        NDArray ai = h.matMul(selfWeightT).add(params[p + 1]);
        return Activation.leakyRelu(ai.expandDims(2).add(partnerTerm), LEAKY_SLOPE);
    }

    /** Attention logits e_ij^m + p^m log w_j, shape [B, E, K, M]. */
    private NDArray attentionScores(NDArray act, int p, NDArray logWeights, long b, long e, long k) {
        int m = config.messageHeads();
        int hid = config.messageHidden();
        NDArray fpart = act.get("..., :" + (long) m * hid).reshape(b, e, k, m, hid);
        NDArray score = fpart.mul(params[p + 2]).sum(new int[] {4}).add(params[p + 3]);
        return score.add(powerTerm(logWeights, p + 6));
    }

    /** Σ_j a_ij^m g^m(h_i ⊕ h_j), combined over heads, shape [B, E, d]. */
    private NDArray messages(NDArray act, NDArray a, int p, long b, long e, long k) {
        int m = config.messageHeads();
        int hid = config.messageHidden();
        int d = config.nodeDim();
        NDArray gpart = act.get("..., " + (long) m * hid + ":").reshape(b * e * k, m, hid).transpose(1, 0, 2);
        NDArray msg = gpart.matMul(params[p + 4]).add(params[p + 5].expandDims(1)).reshape(m, b, e, k, d);
        NDArray upd = a.transpose(3, 0, 1, 2).expandDims(4).mul(msg).sum(new int[] {3}); // [M,B,E,d]
        return reduceHeads(upd, m);
    }

    /** {@code p log w} with the learnable exponent at parameter index {@code powIndex}, or {@code log w}. */
    private NDArray powerTerm(NDArray logWeights, int powIndex) {
        return config.weightPower() == RoostConfig.WeightPower.LEARNABLE ? logWeights.mul(params[powIndex]) : logWeights;
    }

    /** Weighted soft-attention pooling over the elements (mask null: no padding). */
    private NDArray attentionPool(NDArray h, NDArray logWeights, NDArray nodeMask3, int p) {
        int m = config.poolHeads();
        int hid = config.poolHidden();
        int d = config.nodeDim();
        long b = h.getShape().get(0);
        long e = h.getShape().get(1);
        long mh = (long) m * hid;
        NDArray act = Activation.leakyRelu(h.matMul(params[p].transpose()).add(params[p + 1]), LEAKY_SLOPE); // [B,E,2PH]
        NDArray score = act.get("..., :" + mh).reshape(b, e, m, hid).mul(params[p + 2]).sum(new int[] {3})
                .add(params[p + 3]); // [B,E,P]
        score = score.add(powerTerm(logWeights.expandDims(2), p + 6));
        NDArray alpha = nodeMask3 == null ? softmax(score, 1)
                : maskedSoftmax(score, nodeMask3, nodeMask3.sub(1f).mul(1e9f), 1); // [B,E,P]
        NDArray gpart = act.get("..., " + mh + ":").reshape(b * e, m, hid).transpose(1, 0, 2);
        NDArray msg = gpart.matMul(params[p + 4]).add(params[p + 5].expandDims(1)).reshape(m, b, e, d);
        NDArray pooled = alpha.transpose(2, 0, 1).expandDims(3).mul(msg).sum(new int[] {2}); // [P,B,d]
        return reduceHeads(pooled, m);
    }

    /** The residual output network on pooled vectors [B, d]. */
    private NDArray head(NDArray h) {
        int p = headStart();
        int in = config.nodeDim();
        for (int width : config.outputHidden()) {
            NDArray w = params[p++];
            NDArray bias = params[p++];
            NDArray y = Activation.relu(h.matMul(w.transpose()).add(bias));
            if (width != in) {
                y = y.add(h.matMul(params[p++].transpose()));
            } else {
                y = y.add(h);
            }
            h = y;
            in = width;
        }
        NDArray fw = params[p++];
        NDArray fb = params[p++];
        return h.matMul(fw.transpose()).add(fb);
    }

    private NDArray reduceHeads(NDArray perHead, int heads) {
        NDArray s = perHead.sum(new int[] {0});
        return config.headReduction() == RoostConfig.HeadReduction.MEAN ? s.div((float) heads) : s;
    }

    /** Softmax over {@code axis} with the thesis' 1e-10 in the denominator. */
    private static NDArray softmax(NDArray score, int axis) {
        NDArray ex = score.sub(score.max(new int[] {axis}, true).stopGradient()).exp();
        return ex.div(ex.sum(new int[] {axis}, true).add(1e-10f));
    }

    /** Softmax over {@code axis} restricted to mask == 1 (rows with an empty mask give zeros). */
    private static NDArray maskedSoftmax(NDArray score, NDArray mask, NDArray offset, int axis) {
        NDArray s = score.add(offset);
        NDArray max = s.max(new int[] {axis}, true).stopGradient();
        NDArray ex = s.sub(max).exp().mul(mask);
        return ex.div(ex.sum(new int[] {axis}, true).add(1e-10f));
    }

    /** Robust L1 loss (thesis eq. 2.6, batch mean): mean(√2 |μ − y| exp(−log σ) + log σ). */
    public static NDArray robustL1(NDArray out, NDArray y) {
        NDArray mu = out.get(":, 0");
        NDArray logSigma = out.get(":, 1");
        return mu.sub(y).abs().mul((float) Math.sqrt(2)).mul(logSigma.neg().exp()).add(logSigma).mean();
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
