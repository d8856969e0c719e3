package org.ionmat.learn.roost;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.composition.Composition;
import org.ionmat.learn.embedding.ElementEmbedding;
import org.ionmat.core.io.AtomicFiles;
import org.ionmat.core.parallel.ParallelChunks;
import org.ionmat.learn.model.ClassPrediction;
import org.ionmat.learn.model.CompositionModel;
import org.ionmat.learn.model.Prediction;
import org.ionmat.learn.model.TargetTransform;

/**
 * A deep ensemble of Roost networks (thesis §2.3): W members with the same architecture, trained
 * from different initialisations, combined with eqs. 2.7–2.9. Holds everything needed to predict
 * without the training data: architecture, training settings, the embedding vectors, the target
 * transform and standardisation, the member parameters, and free-form metadata (data hash, metrics,
 * timings). Saved as a model directory ({@link #save}): {@code model.json}, {@code embedding.json},
 * {@code member-NN.bin}.
 */
public final class RoostEnsemble implements CompositionModel {

    /** Model kind in {@code model.json}. */
    public static final String KIND = "roost";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final RoostConfig config;
    private final TrainingConfig training;
    private final ElementEmbedding embedding;
    private final TargetTransform transform;
    private final String targetName;
    private final double targetMean;
    private final double targetStd;
    private final List<String> classes;
    private final List<RoostParameters> members;
    private final Map<String, Object> metadata;

    /**
     * @param targetMean mean subtracted from the (transformed) target before training
     * @param targetStd  scale the target was divided by
     * @param classes    class labels for classification (index = class), else empty
     * @param metadata   JSON-serialisable description (data, seeds, metrics, timings)
     */
    public RoostEnsemble(RoostConfig config, TrainingConfig training, ElementEmbedding embedding,
            TargetTransform transform, String targetName, double targetMean, double targetStd, List<String> classes,
            List<RoostParameters> members, Map<String, Object> metadata) {
        if (config.embeddingDim() != embedding.dimension()) {
            throw new IllegalArgumentException("embedding length differs from the architecture");
        }
        this.config = config;
        this.training = training;
        this.embedding = embedding;
        this.transform = transform;
        this.targetName = targetName;
        this.targetMean = targetMean;
        this.targetStd = targetStd;
        this.classes = List.copyOf(classes);
        this.members = List.copyOf(members);
        this.metadata = new LinkedHashMap<>(metadata);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public TargetTransform transform() {
        return transform;
    }

    @Override
    public String targetName() {
        return targetName;
    }

    /** The architecture. */
    public RoostConfig config() {
        return config;
    }

    /** The training settings. */
    public TrainingConfig training() {
        return training;
    }

    /** The embedding. */
    public ElementEmbedding embedding() {
        return embedding;
    }

    /** Target mean used for standardisation. */
    public double targetMean() {
        return targetMean;
    }

    /** Target scale used for standardisation. */
    public double targetStd() {
        return targetStd;
    }

    /** Class labels (classification; index = class), empty for regression. */
    @Override
    public List<String> classes() {
        return classes;
    }

    /** The member parameters. */
    public List<RoostParameters> members() {
        return members;
    }

    /** A copy of the metadata. */
    public Map<String, Object> metadata() {
        return new LinkedHashMap<>(metadata);
    }

    /** A copy with other metadata. */
    public RoostEnsemble withMetadata(Map<String, Object> md) {
        return new RoostEnsemble(config, training, embedding, transform, targetName, targetMean, targetStd, classes,
                members, md);
    }

    @Override
    public String reject(Composition composition) {
        try {
            EncodedComposition.of(composition, embedding);
            return null;
        } catch (InvalidInputException e) {
            return e.getMessage();
        }
    }

    /** Encodes compositions (all must be accepted by {@link #reject}). */
    public List<EncodedComposition> encode(List<Composition> compositions) {
        List<EncodedComposition> r = new ArrayList<>(compositions.size());
        for (Composition c : compositions) {
            r.add(EncodedComposition.of(c, embedding));
        }
        return r;
    }

    /** Held while parallel prediction has libtorch's thread count set to one (not TorchRuntime's lock: the workers need it). */
    private static final Object PREDICTION_LOCK = new Object();

    /** Rows per forward pass in prediction. */
    static final int PREDICTION_BATCH = 1024;

    /** Predicts on one worker per processor (see {@link #memberOutputs}). */
    @Override
    public Prediction predict(List<Composition> compositions) {
        return predictEncoded(encode(compositions), PREDICTION_BATCH, defaultWorkers());
    }

    /**
     * Ensemble prediction (regression) in transformed target units.
     *
     * @param workers threads predicting at once (see {@link #memberOutputs}); 1: the calling thread
     */
    public Prediction predictEncoded(List<EncodedComposition> data, int batchSize, int workers) {
        if (config.task() == RoostConfig.Task.CLASSIFICATION) {
            throw new IllegalStateException("classification model: use classProbabilities");
        }
        double[][][] ms = memberPredictions(data, batchSize, workers);
        return Prediction.combine(ms[0], ms[1]);
    }

    /**
     * Per-member predictions in transformed target units: {mean[W][N], σ_a[W][N]} (σ_a null for
     * members without an aleatoric head).
     */
    public double[][][] memberPredictions(List<EncodedComposition> data, int batchSize, int workers) {
        int w = members.size();
        double[][] mu = new double[w][data.size()];
        double[][] sigma = config.task() == RoostConfig.Task.ROBUST_REGRESSION ? new double[w][data.size()] : null;
        float[][][] outs = memberOutputs(data, batchSize, workers);
        for (int k = 0; k < w; k++) {
            float[][] out = outs[k];
            for (int i = 0; i < out.length; i++) {
                mu[k][i] = out[i][0] * targetStd + targetMean;
                if (sigma != null) {
                    sigma[k][i] = Math.exp(out[i][1]) * targetStd;
                }
            }
        }
        return new double[][][] {mu, sigma};
    }

    /** Member-averaged class probabilities [N][K] (classification). */
    public double[][] classProbabilities(List<EncodedComposition> data) {
        return ClassPrediction.combine(memberClassProbabilitiesEncoded(data, defaultWorkers())).probabilities();
    }

    /** Per-member class probabilities [W][N][K] (softmax of each member's logits; classification). */
    public double[][][] memberClassProbabilitiesEncoded(List<EncodedComposition> data, int workers) {
        int kc = config.classes();
        double[][][] p = new double[members.size()][data.size()][kc];
        float[][][] outs = memberOutputs(data, PREDICTION_BATCH, workers);
        for (int k = 0; k < members.size(); k++) {
            float[][] out = outs[k];
            for (int i = 0; i < out.length; i++) {
                double max = Double.NEGATIVE_INFINITY;
                for (float v : out[i]) {
                    max = Math.max(max, v);
                }
                double s = 0;
                for (int c = 0; c < kc; c++) {
                    s += Math.exp(out[i][c] - max);
                }
                for (int c = 0; c < kc; c++) {
                    p[k][i][c] = Math.exp(out[i][c] - max) / s;
                }
            }
        }
        return p;
    }

    @Override
    public double[][][] memberClassProbabilities(List<Composition> compositions) {
        if (config.task() != RoostConfig.Task.CLASSIFICATION) {
            throw new IllegalStateException("regression model: use predict");
        }
        return memberClassProbabilitiesEncoded(encode(compositions), defaultWorkers());
    }

    /**
     * Raw network outputs of every member, [W][N][outputs]. The rows are cut into fixed batches of
     * {@code batchSize}; with {@code workers > 1} the (member, run of batches) tasks are spread over
     * that many threads while libtorch is held at one intra-op thread (for operations of this size
     * faster than libtorch's own threads), and set back afterwards. The batches do not depend on
     * {@code workers}, so neither do the outputs, up to float rounding.
     */
    public float[][][] memberOutputs(List<EncodedComposition> data, int batchSize, int workers) {
        if (batchSize < 1 || workers < 1) {
            throw new IllegalArgumentException("batch size and workers must be >= 1");
        }
        int w = members.size();
        int n = data.size();
        int batches = (n + batchSize - 1) / batchSize;
        float[][][] outs = new float[w][n][];
        int runs = workers == 1 || batches == 0 ? 1 : Math.max(1, Math.min(batches, (workers + w - 1) / w));
        IntConsumer task = t -> {
            int k = t / runs;
            int j = t % runs;
            int from = Math.min(n, (int) ((long) batches * j / runs) * batchSize);
            int to = Math.min(n, (int) ((long) batches * (j + 1) / runs) * batchSize);
            if (from == to) {
                return;
            }
            float[][] out = RoostTrainer.outputs(config, members.get(k), data.subList(from, to), embedding,
                    TorchRuntime.device(), batchSize);
            System.arraycopy(out, 0, outs[k], from, to - from);
        };
        if (workers == 1) {
            ParallelChunks.run(w, 1, false, task); // serial, libtorch's thread setting as it is
            return outs;
        }
        synchronized (PREDICTION_LOCK) {
            int before = TorchRuntime.threads();
            TorchRuntime.configureThreads(1);
            try {
                ParallelChunks.run(w * runs, workers, true, task);
            } finally {
                TorchRuntime.configureThreads(before);
            }
        }
        return outs;
    }

    /** One prediction worker per processor on the CPU; one (libtorch's own threads) on a GPU. */
    static int defaultWorkers() {
        return TorchRuntime.device().isGpu() ? 1 : Runtime.getRuntime().availableProcessors();
    }

    /** Writes the model directory (created if needed); every file is written atomically. */
    public void save(Path dir) {
        try {
            Files.createDirectories(dir);
            AtomicFiles.write(dir.resolve("embedding.json"), embedding.toJson());
            for (int k = 0; k < members.size(); k++) {
                ByteArrayOutputStream bo = new ByteArrayOutputStream();
                members.get(k).write(bo);
                AtomicFiles.write(dir.resolve(memberFile(k)), bo.toByteArray());
            }
            AtomicFiles.write(dir.resolve("model.json"), JSON.writeValueAsBytes(describe()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write model to " + dir, e);
        }
    }

    static String memberFile(int k) {
        return String.format(Locale.ROOT, "member-%02d.bin", k);
    }

    /** The {@code model.json} content. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", KIND);
        m.put("format_version", 1);
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("embedding_dim", config.embeddingDim());
        a.put("node_dim", config.nodeDim());
        a.put("message_layers", config.messageLayers());
        a.put("message_heads", config.messageHeads());
        a.put("message_hidden", config.messageHidden());
        a.put("pool_heads", config.poolHeads());
        a.put("pool_hidden", config.poolHidden());
        a.put("output_hidden", config.outputHidden());
        a.put("weight_power", config.weightPower().name().toLowerCase(Locale.ROOT));
        a.put("head_reduction", config.headReduction().name().toLowerCase(Locale.ROOT));
        a.put("self_pairs", config.selfPairs());
        a.put("task", config.task().name().toLowerCase(Locale.ROOT));
        a.put("classes", config.classes());
        a.put("parameters", RoostParameters.count(config));
        m.put("architecture", a);
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("epochs", training.epochs());
        h.put("batch_size", training.batchSize());
        h.put("learning_rate", training.learningRate());
        h.put("weight_decay", training.weightDecay());
        h.put("optimizer", training.optimizer().name().toLowerCase(Locale.ROOT));
        h.put("normalize_targets", training.normalizeTargets());
        m.put("hyperparameters", h);
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("name", embedding.name());
        e.put("dimension", embedding.dimension());
        e.put("file", "embedding.json");
        m.put("embedding", e);
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("name", targetName);
        t.put("transform", transform.key());
        t.put("mean", targetMean);
        t.put("std", targetStd);
        t.put("class_labels", classes);
        m.put("target", t);
        List<String> files = new ArrayList<>();
        for (int k = 0; k < members.size(); k++) {
            files.add(memberFile(k));
        }
        m.put("members", files);
        m.putAll(metadata);
        return m;
    }

    /** Loads a model directory written by {@link #save}. */
    public static RoostEnsemble load(Path dir) {
        Path mj = dir.resolve("model.json");
        try {
            JsonNode m = JSON.readTree(Files.readAllBytes(mj));
            if (!KIND.equals(m.path("kind").asText())) {
                throw new InvalidInputException(mj.toString(), -1, null, "not a Roost model");
            }
            JsonNode a = m.path("architecture");
            int[] out = JSON.convertValue(a.path("output_hidden"), int[].class);
            RoostConfig.Task task = RoostConfig.Task.valueOf(a.path("task").asText().toUpperCase(Locale.ROOT));
            RoostConfig c = new RoostConfig(a.path("embedding_dim").asInt(), a.path("node_dim").asInt(),
                    a.path("message_layers").asInt(), a.path("message_heads").asInt(), a.path("message_hidden").asInt(),
                    a.path("pool_heads").asInt(), a.path("pool_hidden").asInt(), out,
                    RoostConfig.WeightPower.valueOf(a.path("weight_power").asText().toUpperCase(Locale.ROOT)),
                    RoostConfig.HeadReduction.valueOf(a.path("head_reduction").asText().toUpperCase(Locale.ROOT)),
                    a.path("self_pairs").asBoolean(), task, a.path("classes").asInt());
            JsonNode h = m.path("hyperparameters");
            TrainingConfig tc = new TrainingConfig(h.path("epochs").asInt(), h.path("batch_size").asInt(),
                    h.path("learning_rate").asDouble(), h.path("weight_decay").asDouble(),
                    TrainingConfig.Optimizer.valueOf(h.path("optimizer").asText().toUpperCase(Locale.ROOT)),
                    h.path("normalize_targets").asBoolean());
            JsonNode e = m.path("embedding");
            ElementEmbedding emb;
            try (InputStream in = Files.newInputStream(dir.resolve(e.path("file").asText("embedding.json")))) {
                emb = ElementEmbedding.read(e.path("name").asText(), in);
            }
            JsonNode t = m.path("target");
            List<String> labels = new ArrayList<>();
            t.path("class_labels").forEach(x -> labels.add(x.asText()));
            List<RoostParameters> members = new ArrayList<>();
            for (JsonNode f : m.path("members")) {
                Path p = dir.resolve(f.asText());
                try (InputStream in = Files.newInputStream(p)) {
                    members.add(RoostParameters.read(c, in, p.toString()));
                }
            }
            if (members.isEmpty()) {
                throw new InvalidInputException(mj.toString(), -1, null, "model has no trained members");
            }
            Map<String, Object> md = new LinkedHashMap<>();
            for (var it = m.fields(); it.hasNext();) {
                var en = it.next();
                if (!List.of("kind", "format_version", "architecture", "hyperparameters", "embedding", "target", "members")
                        .contains(en.getKey())) {
                    md.put(en.getKey(), JSON.convertValue(en.getValue(), Object.class));
                }
            }
            return new RoostEnsemble(c, tc, emb, TargetTransform.of(t.path("transform").asText("none")),
                    t.path("name").asText(), t.path("mean").asDouble(), t.path("std").asDouble(1), labels, members, md);
        } catch (java.nio.file.NoSuchFileException ex) {
            throw new InvalidInputException(dir.toString(), -1, null, "not a model directory (missing " + ex.getFile() + ")");
        } catch (IOException ex) {
            throw new InvalidInputException(dir.toString(), -1, null, "cannot read model: " + ex.getMessage());
        } catch (IllegalArgumentException ex) {
            throw new InvalidInputException(mj.toString(), -1, null, "malformed model description: " + ex.getMessage());
        }
    }
}
