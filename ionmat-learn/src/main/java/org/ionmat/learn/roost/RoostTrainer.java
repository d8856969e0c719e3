package org.ionmat.learn.roost;

import java.util.List;
import java.util.SplittableRandom;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;

import org.ionmat.core.InvalidInputException;
import org.ionmat.learn.embedding.ElementEmbedding;

/**
 * Trains one Roost network by mini-batch Adam on the thesis' loss. Batches are drawn from a fresh
 * permutation each epoch (seeded), the last one may be smaller. Training runs on the calling thread
 * with autograd recording switched on for that thread only, so several members can be trained on
 * parallel threads.
 */
public final class RoostTrainer {

    /** Progress callback, called after each epoch. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param epoch     1-based epoch number
         * @param trainLoss mean training loss of the epoch (normalised units)
         * @param seconds   wall time of the epoch
         */
        void epochDone(int epoch, double trainLoss, double seconds);
    }

    /** Receives a checkpoint after each epoch. */
    @FunctionalInterface
    public interface CheckpointSink {
        /** Called after each completed epoch. */
        void save(TrainingCheckpoint checkpoint);
    }

    private RoostTrainer() {
    }

    /** Trains from initial parameters without checkpoints; see the full overload. */
    public static RoostParameters train(RoostConfig config, TrainingConfig training, RoostParameters init,
            List<EncodedComposition> data, float[] targets, ElementEmbedding emb, long seed, Device device,
            Listener listener) {
        return train(config, training, init, null, data, targets, emb, seed, device, listener, null, 0);
    }

    /**
     * Trains from initial parameters and returns the final parameters.
     *
     * @param config   architecture
     * @param training optimisation settings
     * @param init     initial parameters (fresh or warm start)
     * @param data     encoded training compositions
     * @param targets  normalised regression targets, or class indices (0..K-1) for classification
     * @param emb      the embedding the compositions were encoded with
     * @param seed     seed of the batch order
     * @param device   CPU or GPU
     * @param listener progress, or null
     * @param resume   checkpoint to continue from (its parameters replace {@code init}), or null
     * @param sink     receives checkpoints, or null
     * @param checkpointEvery epochs between checkpoints (0: none)
     */
    public static RoostParameters train(RoostConfig config, TrainingConfig training, RoostParameters init,
            TrainingCheckpoint resume, List<EncodedComposition> data, float[] targets, ElementEmbedding emb, long seed,
            Device device, Listener listener, CheckpointSink sink, int checkpointEvery) {
        TorchRuntime.start();
        int n = data.size();
        if (targets.length != n) {
            throw new IllegalArgumentException("targets and data differ in length");
        }
        boolean gradBefore = JniUtils.isGradMode();
        try (NDManager manager = NDManager.newBaseManager(device);
                RoostNetwork net = new RoostNetwork(config, resume != null ? resume.params() : init, manager, true);
                AdamOptimizer opt = new AdamOptimizer(net.parameters(), training.learningRate(), training.weightDecay(),
                        training.optimizer() == TrainingConfig.Optimizer.ADAMW)) {
            SplittableRandom rng = new SplittableRandom(seed);
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            int bs = training.batchSize();
            int[] order = new int[bs];
            int k = config.task() == RoostConfig.Task.CLASSIFICATION ? config.classes() : 0;
            int first = 1;
            if (resume != null) {
                opt.restore(resume.steps(), resume.first().arrays(), resume.second().arrays());
                for (int epoch = 1; epoch <= resume.epoch(); epoch++) {
                    shuffle(perm, rng);
                }
                first = resume.epoch() + 1;
            }
            for (int epoch = first; epoch <= training.epochs(); epoch++) {
                long t0 = System.nanoTime();
                shuffle(perm, rng);
                double lossSum = 0;
                for (int from = 0; from < n; from += bs) {
                    if (Thread.currentThread().isInterrupted()) {
                        // between batches no thread of ours is inside libtorch, so the JVM can exit safely
                        throw new java.util.concurrent.CancellationException("training interrupted in epoch " + epoch);
                    }
                    int to = Math.min(n, from + bs);
                    try (NDScope scope = new NDScope(); NDManager bm = manager.newSubManager()) {
                        List<RoostBatch> batch = RoostBatch.grouped(data, perm, from, to, emb, config.selfPairs(), bm, order);
                        NDArray y = targetArray(targets, perm, from, to, order, k, bm);
                        JniUtils.setGradMode(true);
                        NDArray out = net.forward(batch);
                        NDArray loss = net.loss(out, y);
                        AdamOptimizer.backward(loss);
                        JniUtils.setGradMode(false);
                        float batchLoss = loss.getFloat();
                        if (!Float.isFinite(batchLoss)) {
                            throw new InvalidInputException("training diverged: the loss became " + batchLoss + " in epoch "
                                    + epoch + " (learning rate " + training.learningRate() + "); the parameters so far are "
                                    + "not kept. Try a lower --learning-rate or other architecture options");
                        }
                        lossSum += batchLoss * (to - from);
                        opt.step();
                    }
                }
                if (listener != null) {
                    listener.epochDone(epoch, lossSum / n, (System.nanoTime() - t0) / 1e9);
                }
                if (sink != null && checkpointEvery > 0 && epoch % checkpointEvery == 0 && epoch < training.epochs()) {
                    sink.save(new TrainingCheckpoint(epoch, opt.steps(), net.snapshot(),
                            RoostParameters.of(config, opt.moments(0)), RoostParameters.of(config, opt.moments(1))));
                }
            }
            return net.snapshot();
        } finally {
            JniUtils.setGradMode(gradBefore);
        }
    }

    /** Network outputs [N, outputs] for compositions (no gradients), in batches. */
    public static float[][] outputs(RoostConfig config, RoostParameters params, List<EncodedComposition> data,
            ElementEmbedding emb, Device device, int batchSize) {
        TorchRuntime.start();
        try (NDManager manager = NDManager.newBaseManager(device);
                RoostNetwork net = new RoostNetwork(config, params, manager, false)) {
            return outputs(net, data, emb, batchSize);
        }
    }

    /**
     * Network outputs [N, outputs] of an existing network (no gradients), in batches; for repeated
     * prediction with one set of parameters without copying them to the device each time.
     */
    public static float[][] outputs(RoostNetwork net, List<EncodedComposition> data, ElementEmbedding emb,
            int batchSize) {
        int n = data.size();
        int o = net.config().outputs();
        float[][] r = new float[n][o];
        boolean gradBefore = JniUtils.isGradMode();
        JniUtils.setGradMode(false);
        int[] order = new int[batchSize];
        try {
            for (int from = 0; from < n; from += batchSize) {
                int to = Math.min(n, from + batchSize);
                try (NDScope scope = new NDScope(); NDManager bm = net.manager().newSubManager()) {
                    float[] out = net.forward(RoostBatch.grouped(data, null, from, to, emb, net.config().selfPairs(), bm,
                            order)).toFloatArray();
                    for (int row = 0; row < to - from; row++) {
                        System.arraycopy(out, row * o, r[from + order[row]], 0, o);
                    }
                }
            }
        } finally {
            JniUtils.setGradMode(gradBefore);
        }
        return r;
    }

    private static NDArray targetArray(float[] targets, int[] perm, int from, int to, int[] order, int classes,
            NDManager m) {
        int b = to - from;
        if (classes > 0) {
            float[] oh = new float[b * classes];
            for (int i = 0; i < b; i++) {
                oh[i * classes + (int) targets[perm[from + order[i]]]] = 1f;
            }
            return m.create(oh, new Shape(b, classes));
        }
        float[] y = new float[b];
        for (int i = 0; i < b; i++) {
            y[i] = targets[perm[from + order[i]]];
        }
        return m.create(y, new Shape(b));
    }

    private static void shuffle(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
