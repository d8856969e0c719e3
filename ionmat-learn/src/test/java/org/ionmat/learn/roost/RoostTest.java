package org.ionmat.learn.roost;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionmat.core.InvalidInputException;
import org.ionmat.learn.embedding.ElementEmbedding;
import org.ionmat.learn.model.Prediction;
import org.ionmat.learn.model.TargetTransform;

/** Roost invariants on tiny networks (fast): size, loss, masking, determinism, resume, save/load. */
class RoostTest {

    static ElementEmbedding emb;
    static final String[] FORMULAS = {"NaCl", "LiFePO4", "Fe2O3", "SiO2", "GaAs", "CdTe", "ZnO", "Li7La3Zr2O12",
        "KCl", "MgO", "Al2O3", "TiO2", "BaTiO3", "CsPbI3", "Cu2O", "Si", "LiCoO2", "Na3PS4", "CaF2", "SrTiO3"};
    static final double[] TARGETS = {8.5, 3.7, 2.2, 8.9, 1.4, 1.5, 3.4, 5.5, 8.4, 7.8, 8.8, 3.0, 3.2, 1.7, 2.1, 1.1, 2.7,
        2.8, 12.0, 3.2};

    @BeforeAll
    static void embedding() {
        // a deterministic 12-dimensional embedding written in the aviary JSON format
        StringBuilder sb = new StringBuilder("{");
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        for (org.ionmat.core.element.Element e : org.ionmat.core.element.Element.values()) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"').append(e.symbol()).append("\":[");
            for (int i = 0; i < 12; i++) {
                sb.append(i > 0 ? "," : "").append(r.nextDouble() - 0.5);
            }
            sb.append(']');
        }
        sb.append('}');
        emb = ElementEmbedding.parse("test12", sb.toString().getBytes(), "test");
        TorchRuntime.configureThreads(1);
    }

    static RoostConfig tiny() {
        return RoostConfig.thesis(12).withSizes(8, 2, 2, 16, 2, 16).withOutputHidden(32, 16);
    }

    static List<EncodedComposition> data() {
        List<EncodedComposition> d = new ArrayList<>();
        for (String f : FORMULAS) {
            d.add(EncodedComposition.parse(f, emb));
        }
        return d;
    }

    static float[] normalized() {
        float[] y = new float[TARGETS.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) ((TARGETS[i] - 5) / 3);
        }
        return y;
    }

    @Test
    void parameterCountOfTheThesisModel() {
        RoostConfig ref = RoostConfig.thesis(200);
        assertEquals(2_433_233L, RoostParameters.count(ref), "seed §4.2: 2,433,233 with a 128-unit layer");
        assertEquals(2_431_951L, RoostParameters.count(ref.withOutputHidden(1024, 512, 256, 126, 64)), "with the printed 126");
        assertEquals(2_433_221L, RoostParameters.count(ref.withChoices(RoostConfig.WeightPower.FIXED,
                RoostConfig.HeadReduction.SUM, false)), "without the 12 learnable weight exponents");
        assertEquals(RoostParameters.count(ref), RoostParameters.initialize(ref, 0).size());
    }

    @Test
    void trainingLowersTheLossAndIsDeterministic() {
        RoostConfig c = tiny();
        TrainingConfig tc = TrainingConfig.thesis().withEpochs(30).withBatchSize(8).withLearningRate(3e-3);
        List<Double> losses = new ArrayList<>();
        RoostParameters a = RoostTrainer.train(c, tc, RoostParameters.initialize(c, 5), data(), normalized(), emb, 5,
                Device.cpu(), (e, l, s) -> losses.add(l));
        assertEquals(30, losses.size());
        assertTrue(losses.get(29) < losses.get(0) - 0.3, "loss " + losses.get(0) + " -> " + losses.get(29));
        RoostParameters b = RoostTrainer.train(c, tc, RoostParameters.initialize(c, 5), data(), normalized(), emb, 5,
                Device.cpu(), null);
        for (int i = 0; i < a.specs().size(); i++) {
            assertArrayEquals(a.array(i), b.array(i), 0f, a.specs().get(i).name());
        }
    }

    @Test
    void aDivergingRunStopsWithAClearErrorInsteadOfTrainingOnNaN() {
        RoostConfig c = tiny();
        TrainingConfig tc = TrainingConfig.thesis().withEpochs(20).withBatchSize(8).withLearningRate(1e6);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RoostTrainer.train(c, tc,
                RoostParameters.initialize(c, 5), data(), normalized(), emb, 5, Device.cpu(), null));
        assertTrue(e.getMessage().contains("training diverged"), e.getMessage());
        // in an ensemble the message names the member
        InvalidInputException inEnsemble = assertThrows(InvalidInputException.class, () -> RoostEnsembleTrainer.train(c,
                tc, data(), normalized(), emb, 1, 5, 1, null, null, null));
        assertTrue(inEnsemble.getMessage().startsWith("member 1 of 1: training diverged"), inEnsemble.getMessage());
    }

    @Test
    void aDivergingMemberStopsTheEnsembleAtOnce() {
        // member 2 starts from NaN parameters and fails in its first batch; member 1 would train 500 epochs. The
        // ensemble must report member 2 as soon as it fails, not after member 1 has finished.
        RoostConfig c = tiny();
        TrainingConfig tc = TrainingConfig.thesis().withEpochs(500).withBatchSize(8);
        RoostParameters good = RoostParameters.initialize(c, 5);
        float[][] nan = new float[good.specs().size()][];
        for (int i = 0; i < nan.length; i++) {
            nan[i] = good.array(i).clone();
            java.util.Arrays.fill(nan[i], Float.NaN);
        }
        List<Integer> firstMemberEpochs = new java.util.concurrent.CopyOnWriteArrayList<>();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RoostEnsembleTrainer.train(c, tc, data(),
                normalized(), emb, 2, 5, 2, List.of(good, RoostParameters.of(c, nan)), (member, epoch, loss, s) -> {
                    if (member == 0) {
                        firstMemberEpochs.add(epoch);
                    }
                }, null));
        assertTrue(e.getMessage().startsWith("member 2 of 2: training diverged"), e.getMessage());
        assertTrue(firstMemberEpochs.size() < 500, firstMemberEpochs.size() + " epochs of member 1 ran");
    }

    @Test
    void anInterruptedMemberStopsAtTheNextBatch() {
        // the JVM shutdown hook interrupts the members; they must leave libtorch at a batch boundary, not run on
        RoostConfig c = tiny();
        TrainingConfig tc = TrainingConfig.thesis().withEpochs(500).withBatchSize(8);
        List<Integer> epochs = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CancellationException e = assertThrows(java.util.concurrent.CancellationException.class,
                () -> RoostEnsembleTrainer.train(c, tc, data(), normalized(), emb, 1, 5, 1, null, (member, epoch, loss, s) -> {
                    epochs.add(epoch);
                    if (epoch == 2) {
                        Thread.currentThread().interrupt();
                    }
                }, null));
        assertEquals(List.of(1, 2), epochs);
        assertTrue(e.getMessage().contains("epoch 3"), e.getMessage());
    }

    @Test
    void resumingFromACheckpointGivesTheSameNetwork() {
        RoostConfig c = tiny();
        TrainingConfig tc = TrainingConfig.thesis().withEpochs(6).withBatchSize(8);
        RoostParameters full = RoostTrainer.train(c, tc, RoostParameters.initialize(c, 9), data(), normalized(), emb, 9,
                Device.cpu(), null);
        List<TrainingCheckpoint> saved = new ArrayList<>();
        RoostTrainer.train(c, tc.withEpochs(6), RoostParameters.initialize(c, 9), null, data(), normalized(), emb, 9,
                Device.cpu(), null, saved::add, 3);
        TrainingCheckpoint at3 = saved.get(0);
        assertEquals(3, at3.epoch());
        RoostParameters resumed = RoostTrainer.train(c, tc, RoostParameters.initialize(c, 123), at3, data(), normalized(),
                emb, 9, Device.cpu(), null, null, 0);
        for (int i = 0; i < full.specs().size(); i++) {
            assertArrayEquals(full.array(i), resumed.array(i), 1e-6f, full.specs().get(i).name());
        }
    }

    /**
     * Both tensor formulations (grouped by composition size and gathered; padded and masked) against
     * the element-by-element double-precision {@link RoostReference}, for every architecture choice.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"LEARNABLE,MEAN,true", "LEARNABLE,SUM,false", "FIXED,SUM,true",
        "FIXED,MEAN,false"})
    void tensorForwardMatchesTheElementByElementReference(RoostConfig.WeightPower power,
            RoostConfig.HeadReduction reduction, boolean selfPairs) {
        RoostConfig c = tiny().withChoices(power, reduction, selfPairs);
        RoostParameters p = RoostParameters.initialize(c, 5);
        List<EncodedComposition> d = data();
        RoostReference ref = new RoostReference(c, p);
        float[][] grouped = RoostTrainer.outputs(c, p, d, emb, Device.cpu(), 7);
        float[] padded;
        try (NDManager m = NDManager.newBaseManager(Device.cpu()); RoostNetwork net = new RoostNetwork(c, p, m, false)) {
            padded = net.forward(RoostBatch.of(d, null, 0, d.size(), emb, selfPairs, m)).toFloatArray();
        }
        double spread = 0;
        for (int i = 0; i < d.size(); i++) {
            double[] want = ref.outputs(d.get(i), emb);
            for (int o = 0; o < want.length; o++) {
                double tol = 2e-5 * Math.max(1, Math.abs(want[o]));
                assertEquals(want[o], grouped[i][o], tol, FORMULAS[i] + " grouped output " + o);
                assertEquals(want[o], padded[i * want.length + o], tol, FORMULAS[i] + " padded output " + o);
                spread = Math.max(spread, Math.abs(want[o] - ref.outputs(d.get(0), emb)[o]));
            }
        }
        assertTrue(spread > 1e-2, "outputs should depend on the composition: " + spread);
    }

    /** Prediction leaves the network unchanged (the in-place sums touch only fresh tensors). */
    @Test
    void predictingTwiceWithOneNetworkGivesTheSameOutputs() {
        RoostConfig c = tiny();
        RoostParameters p = RoostParameters.initialize(c, 8);
        List<EncodedComposition> d = data();
        float[][] fresh = RoostTrainer.outputs(c, p, d, emb, Device.cpu(), 5);
        try (NDManager m = NDManager.newBaseManager(Device.cpu()); RoostNetwork net = new RoostNetwork(c, p, m, false)) {
            float[][] first = RoostTrainer.outputs(net, d, emb, 5);
            float[][] second = RoostTrainer.outputs(net, d, emb, 64);
            for (int i = 0; i < d.size(); i++) {
                assertArrayEquals(fresh[i], first[i], 0f, FORMULAS[i]);
                assertArrayEquals(first[i], second[i], 1e-6f, FORMULAS[i]);
            }
            RoostParameters after = net.snapshot();
            for (int i = 0; i < p.specs().size(); i++) {
                assertArrayEquals(p.array(i), after.array(i), 0f, p.specs().get(i).name());
            }
        }
    }

    /**
     * Autograd through both tensor formulations against central finite differences of the robust loss
     * computed with the double-precision {@link RoostReference}: three entries of every parameter array.
     * Checks the backward pass (gathering, in-place sums, softmax, residuals) independently of libtorch.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"LEARNABLE,MEAN,true,true", "FIXED,SUM,false,true",
        "LEARNABLE,SUM,false,false", "FIXED,MEAN,true,false"})
    void gradientsMatchFiniteDifferencesOfTheReference(RoostConfig.WeightPower power,
            RoostConfig.HeadReduction reduction, boolean selfPairs, boolean grouped) {
        RoostConfig c = tiny().withChoices(power, reduction, selfPairs);
        RoostParameters p = RoostParameters.initialize(c, 4);
        List<EncodedComposition> d = data().subList(0, 9);
        float[] y = java.util.Arrays.copyOf(normalized(), d.size());
        float[][] autograd = new float[p.specs().size()][];
        boolean gradBefore = ai.djl.pytorch.jni.JniUtils.isGradMode();
        try (NDManager m = NDManager.newBaseManager(Device.cpu()); RoostNetwork net = new RoostNetwork(c, p, m, true)) {
            ai.djl.pytorch.jni.JniUtils.setGradMode(true);
            int[] order = new int[d.size()];
            NDArray out;
            if (grouped) {
                out = net.forward(RoostBatch.grouped(d, null, 0, d.size(), emb, selfPairs, m, order));
            } else {
                out = net.forward(RoostBatch.of(d, null, 0, d.size(), emb, selfPairs, m));
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                }
            }
            float[] yOrdered = new float[d.size()];
            for (int i = 0; i < order.length; i++) {
                yOrdered[i] = y[order[i]];
            }
            AdamOptimizer.backward(net.loss(out, m.create(yOrdered)));
            for (int i = 0; i < autograd.length; i++) {
                autograd[i] = net.parameters()[i].getGradient().toFloatArray();
            }
        } finally {
            ai.djl.pytorch.jni.JniUtils.setGradMode(gradBefore);
        }
        java.util.SplittableRandom rng = new java.util.SplittableRandom(11);
        int checked = 0;
        double largest = 0;
        for (int i = 0; i < autograd.length; i++) {
            for (int pick = 0; pick < 3; pick++) {
                int at = rng.nextInt(autograd[i].length);
                float[][] plus = p.arrays();
                float[][] minus = p.arrays();
                float v = plus[i][at];
                plus[i][at] = v + 2e-6f; // the reference is exact in double: a tiny step keeps ReLU kinks out
                minus[i][at] = v - 2e-6f;
                double step = (double) plus[i][at] - minus[i][at];
                double fd = (referenceLoss(c, RoostParameters.of(c, plus), d, y)
                        - referenceLoss(c, RoostParameters.of(c, minus), d, y)) / step;
                String where = p.specs().get(i).name() + "[" + at + "]";
                assertEquals(fd, autograd[i][at], 2e-6 + 2e-3 * Math.abs(fd), where);
                largest = Math.max(largest, Math.abs(fd));
                checked++;
            }
        }
        assertTrue(checked >= 3 * 20 && largest > 1e-2, checked + " entries, largest gradient " + largest);
    }

    /**
     * Constants that the backward pass reads (the robust loss's √2, the 1/M of averaged heads) must live
     * in libtorch-owned memory: DJL's scalar operations ({@code mul(Number)} and the like) wrap a Java
     * direct buffer and close it at once, so a garbage collection between forward and backward freed
     * memory that the saved graph still read (NaN losses when ensemble members trained in parallel).
     * Here the collector runs and the freed small blocks are refilled with NaN before backward.
     */
    @Test
    void gradientsSurviveAGarbageCollectionBetweenForwardAndBackward() throws InterruptedException {
        RoostConfig c = tiny().withChoices(RoostConfig.WeightPower.LEARNABLE, RoostConfig.HeadReduction.MEAN, false);
        RoostParameters p = RoostParameters.initialize(c, 4);
        float[][] quiet = trainingGradients(c, p, false);
        float[][] disturbed = trainingGradients(c, p, true);
        for (int i = 0; i < quiet.length; i++) {
            assertArrayEquals(quiet[i], disturbed[i], 0f, p.specs().get(i).name());
        }
    }

    /** Gradients of the robust loss on a grouped batch; {@code disturb}: collect garbage before backward. */
    private static float[][] trainingGradients(RoostConfig c, RoostParameters p, boolean disturb)
            throws InterruptedException {
        List<EncodedComposition> d = data();
        float[] y = normalized();
        boolean gradBefore = ai.djl.pytorch.jni.JniUtils.isGradMode();
        List<java.nio.ByteBuffer> filler = new ArrayList<>();
        try (NDManager m = NDManager.newBaseManager(Device.cpu()); RoostNetwork net = new RoostNetwork(c, p, m, true)) {
            ai.djl.pytorch.jni.JniUtils.setGradMode(true);
            int[] order = new int[d.size()];
            NDArray out = net.forward(RoostBatch.grouped(d, null, 0, d.size(), emb, false, m, order));
            float[] yOrdered = new float[d.size()];
            for (int i = 0; i < order.length; i++) {
                yOrdered[i] = y[order[i]];
            }
            NDArray loss = net.loss(out, m.create(yOrdered));
            if (disturb) {
                for (int round = 0; round < 3; round++) {
                    System.gc();
                    Thread.sleep(50); // the Cleaner thread frees unreachable direct buffers
                }
                for (int k = 0; k < 20_000; k++) {
                    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocateDirect(4 + (k % 8) * 4);
                    while (b.hasRemaining()) {
                        b.put((byte) 0xFF); // 0xFFFFFFFF is a NaN
                    }
                    filler.add(b);
                }
            }
            AdamOptimizer.backward(loss);
            float[][] g = new float[p.specs().size()][];
            for (int i = 0; i < g.length; i++) {
                g[i] = net.parameters()[i].getGradient().toFloatArray();
            }
            return g;
        } finally {
            ai.djl.pytorch.jni.JniUtils.setGradMode(gradBefore);
        }
    }

    /** Batch mean of the robust L1 loss of the reference network's outputs. */
    private static double referenceLoss(RoostConfig c, RoostParameters p, List<EncodedComposition> d, float[] y) {
        RoostReference ref = new RoostReference(c, p);
        double sum = 0;
        for (int i = 0; i < d.size(); i++) {
            double[] o = ref.outputs(d.get(i), emb);
            sum += Math.sqrt(2) * Math.abs(o[0] - y[i]) * Math.exp(-o[1]) + o[1];
        }
        return sum / d.size();
    }

    /**
     * The grouped batches (one composition size each, partners gathered without masks) and one padded,
     * masked batch of everything are two formulations of the same network; they must agree, with and
     * without self pairs (including the one-element "Si", which has no partner without self pairs).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void paddingAndBatchCompositionDoNotChangeOutputs(boolean selfPairs) {
        RoostConfig c = tiny().withChoices(RoostConfig.WeightPower.LEARNABLE, RoostConfig.HeadReduction.MEAN, selfPairs);
        RoostParameters p = RoostParameters.initialize(c, 2);
        List<EncodedComposition> d = data();
        float[][] together = RoostTrainer.outputs(c, p, d, emb, Device.cpu(), 64);
        try (NDManager m = NDManager.newBaseManager(Device.cpu()); RoostNetwork net = new RoostNetwork(c, p, m, false)) {
            for (int i = 0; i < d.size(); i++) {
                float[] alone = net.forward(RoostBatch.of(d, null, i, i + 1, emb, selfPairs, m)).toFloatArray();
                assertArrayEquals(together[i], alone, 1e-5f, FORMULAS[i]);
            }
            // one padded batch of everything (the ungrouped formulation) agrees with the grouped one
            RoostBatch all = RoostBatch.of(d, null, 0, d.size(), emb, selfPairs, m);
            assertFalse(all.uniform());
            float[] padded = net.forward(all).toFloatArray();
            for (int i = 0; i < d.size(); i++) {
                assertArrayEquals(together[i], java.util.Arrays.copyOfRange(padded, i * 2, i * 2 + 2), 1e-5f, FORMULAS[i]);
            }
        }
        // a formula unit multiple is the same composition
        float[][] a = RoostTrainer.outputs(c, p, List.of(EncodedComposition.parse("Fe2O3", emb)), emb, Device.cpu(), 4);
        float[][] b = RoostTrainer.outputs(c, p, List.of(EncodedComposition.parse("Fe4O6", emb)), emb, Device.cpu(), 4);
        assertArrayEquals(a[0], b[0], 1e-6f);
    }

    @Test
    void robustLossIsTheLaplaceNegativeLogLikelihood() {
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            float mu = 1.5f;
            float logSigma = -0.4f;
            float y = 2.25f;
            NDArray out = m.create(new float[] {mu, logSigma}, new Shape(1, 2));
            double loss = RoostNetwork.robustL1(out, m.create(new float[] {y})).getFloat();
            // Laplace density with scale b = σ/√2: -log p = log(2b) + |y-μ|/b
            double b = Math.exp(logSigma) / Math.sqrt(2);
            double nll = Math.log(2 * b) + Math.abs(y - mu) / b;
            assertEquals(nll - Math.log(Math.sqrt(2)), loss, 1e-6);
        }
    }

    @Test
    void ensembleVarianceFollowsEquations27To29() {
        double[][] mu = {{1, 2}, {3, 2}};
        double[][] sa = {{0.5, 1}, {1.5, 1}};
        Prediction p = Prediction.combine(mu, sa);
        assertEquals(2, p.mean()[0], 1e-15);
        assertEquals(1, p.stdEpistemic()[0], 1e-15, "population std of 1 and 3");
        assertEquals(Math.sqrt((0.25 + 2.25) / 2), p.stdAleatoric()[0], 1e-15);
        assertEquals(Math.sqrt(1 + 1.25), p.std()[0], 1e-15);
        assertEquals(0, p.stdEpistemic()[1], 1e-15);
        assertEquals(1, p.std()[1], 1e-15);
    }

    @Test
    void ensembleSavesAndLoadsWithIdenticalPredictions(@TempDir Path dir) {
        RoostConfig c = tiny();
        TrainingConfig tc = TrainingConfig.thesis().withEpochs(3).withBatchSize(8);
        List<RoostParameters> members = RoostEnsembleTrainer.train(c, tc, data(), normalized(), emb, 3, 11, 2, null, null,
                null);
        RoostEnsemble e = new RoostEnsemble(c, tc, emb, TargetTransform.NONE, "Eg", 5, 3, List.of(), members,
                Map.of("note", "test"));
        e.save(dir);
        RoostEnsemble l = RoostEnsemble.load(dir);
        assertEquals(c, l.config());
        Prediction a = e.predictEncoded(data(), 7, 1);
        Prediction b = l.predictEncoded(data(), 64, 1);
        assertArrayEquals(a.mean(), b.mean(), 1e-6);
        assertArrayEquals(a.std(), b.std(), 1e-6);
        assertArrayEquals(a.stdEpistemic(), b.stdEpistemic(), 1e-6);
        for (int i = 0; i < a.size(); i++) {
            assertTrue(a.stdEpistemic()[i] > 0 && a.stdAleatoric()[i] > 0);
            assertEquals(a.std()[i] * a.std()[i], a.stdEpistemic()[i] * a.stdEpistemic()[i]
                    + a.stdAleatoric()[i] * a.stdAleatoric()[i], 1e-9);
        }
        // prediction workers: the batches are the same for any number of workers, so the outputs agree to float
        // rounding (MKL's matrix products may round differently for differently aligned buffers: seen 2e-8)
        int threadsBefore = TorchRuntime.threads();
        TorchRuntime.configureThreads(1);
        float[][][] one = e.memberOutputs(data(), 3, 1);
        TorchRuntime.configureThreads(threadsBefore);
        assertEquals(threadsBefore, TorchRuntime.threads());
        for (int workers : new int[] {2, 3, 5, 16}) {
            float[][][] many = e.memberOutputs(data(), 3, workers);
            assertEquals(threadsBefore, TorchRuntime.threads(), "libtorch threads restored");
            for (int k = 0; k < one.length; k++) {
                for (int i = 0; i < one[k].length; i++) {
                    assertArrayEquals(one[k][i], many[k][i], 1e-6f, "member " + k + " row " + i + ", " + workers + " workers");
                }
            }
        }
        assertEquals(0, e.memberOutputs(List.of(), 3, 4)[0].length);
        assertThrows(IllegalArgumentException.class, () -> e.memberOutputs(data(), 3, 0));
        // members trained in parallel equal members trained one by one
        List<RoostParameters> serial = RoostEnsembleTrainer.train(c, tc, data(), normalized(), emb, 3, 11, 1, null, null,
                null);
        assertArrayEquals(members.get(2).array(0), serial.get(2).array(0), 0f);
        assertEquals("test", l.metadata().get("note"));
    }

    @Test
    void classificationHeadLearnsTwoClasses() {
        RoostConfig c = new RoostConfig(12, 8, 1, 2, 16, 2, 16, new int[] {16}, RoostConfig.WeightPower.LEARNABLE,
                RoostConfig.HeadReduction.SUM, false, RoostConfig.Task.CLASSIFICATION, 2);
        float[] labels = new float[TARGETS.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = TARGETS[i] > 4 ? 1 : 0;
        }
        List<Double> losses = new ArrayList<>();
        RoostParameters p = RoostTrainer.train(c, TrainingConfig.thesis().withEpochs(40).withBatchSize(8)
                .withLearningRate(3e-3), RoostParameters.initialize(c, 1), data(), labels, emb, 1, Device.cpu(),
                (e, l, s) -> losses.add(l));
        assertTrue(losses.get(39) < 0.5 * losses.get(0), losses.get(0) + " -> " + losses.get(39));
        RoostEnsemble e = new RoostEnsemble(c, TrainingConfig.thesis(), emb, TargetTransform.NONE, "wide", 0, 1,
                List.of("narrow", "wide"), List.of(p), Map.of());
        double[][] prob = e.classProbabilities(data());
        int correct = 0;
        for (int i = 0; i < prob.length; i++) {
            assertEquals(1, prob[i][0] + prob[i][1], 1e-6);
            if ((prob[i][1] > 0.5) == (labels[i] == 1)) {
                correct++;
            }
        }
        assertTrue(correct >= 16, correct + " of 20 training rows");
    }

    @Test
    void missingElementsAreRejectedByName() {
        ElementEmbedding small = ElementEmbedding.parse("small", "{\"Na\":[1,2],\"Cl\":[3,4]}".getBytes(), "small");
        InvalidInputException ex = assertThrows(InvalidInputException.class, () -> EncodedComposition.parse("NaBr", small));
        assertTrue(ex.getMessage().contains("Br"), ex.getMessage());
        assertEquals(2, small.dimension());
        assertThrows(InvalidInputException.class,
                () -> ElementEmbedding.parse("bad", "{\"Na\":[1,2],\"Cl\":[3]}".getBytes(), "bad"));
        assertThrows(InvalidInputException.class, () -> ElementEmbedding.parse("bad", "[1,2]".getBytes(), "bad"));
    }
}
