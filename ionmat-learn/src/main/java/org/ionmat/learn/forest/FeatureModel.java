package org.ionmat.learn.forest;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.composition.Composition;
import org.ionmat.learn.features.MagpieFeaturizer;
import org.ionmat.core.io.AtomicFiles;
import org.ionmat.learn.model.CompositionModel;
import org.ionmat.learn.model.Prediction;
import org.ionmat.learn.model.TargetTransform;

/**
 * A baseline on Magpie features: a {@link RandomForest} (kind "random-forest"; σ = spread of the
 * tree predictions, reported as epistemic), a {@link RandomForestClassifier} (kind "random-forest",
 * task "classification"; the trees are the members of the entropy split) or a
 * {@link RidgeRegression} (kind "linear"; σ = 0). Model directory: {@code model.json} and
 * {@code forest.bin} or the ridge numbers inside {@code model.json}.
 */
public final class FeatureModel implements CompositionModel {

    /** Kind of a random forest model. */
    public static final String FOREST = "random-forest";
    /** Kind of a ridge model. */
    public static final String LINEAR = "linear";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String kind;
    private final RandomForest forest;
    private final RidgeRegression ridge;
    private final RandomForestClassifier classifier;
    private final List<String> classes;
    private final TargetTransform transform;
    private final String targetName;
    private final Map<String, Object> metadata;
    private final MagpieFeaturizer featurizer = MagpieFeaturizer.standard();

    private FeatureModel(String kind, RandomForest forest, RidgeRegression ridge, RandomForestClassifier classifier,
            List<String> classes, TargetTransform transform, String targetName, Map<String, Object> metadata) {
        this.kind = kind;
        this.forest = forest;
        this.ridge = ridge;
        this.classifier = classifier;
        this.classes = List.copyOf(classes);
        this.transform = transform;
        this.targetName = targetName;
        this.metadata = new LinkedHashMap<>(metadata);
    }

    /** A random-forest model. */
    public static FeatureModel of(RandomForest forest, TargetTransform t, String target, Map<String, Object> md) {
        return new FeatureModel(FOREST, forest, null, null, List.of(), t, target, md);
    }

    /**
     * A random-forest classifier.
     *
     * @param classes class labels, index = class of the forest
     */
    public static FeatureModel of(RandomForestClassifier forest, List<String> classes, String target, Map<String, Object> md) {
        if (classes.size() != forest.classes()) {
            throw new IllegalArgumentException(classes.size() + " labels for a forest of " + forest.classes() + " classes");
        }
        return new FeatureModel(FOREST, null, null, forest, classes, TargetTransform.NONE, target, md);
    }

    /** A linear model. */
    public static FeatureModel of(RidgeRegression ridge, TargetTransform t, String target, Map<String, Object> md) {
        return new FeatureModel(LINEAR, null, ridge, null, List.of(), t, target, md);
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public TargetTransform transform() {
        return transform;
    }

    @Override
    public String targetName() {
        return targetName;
    }

    /** A copy with other metadata. */
    public FeatureModel withMetadata(Map<String, Object> md) {
        return new FeatureModel(kind, forest, ridge, classifier, classes, transform, targetName, md);
    }

    @Override
    public List<String> classes() {
        return classes;
    }

    @Override
    public String reject(Composition composition) {
        return featurizer.reject(composition);
    }

    @Override
    public Prediction predict(List<Composition> compositions) {
        return predictFeatures(featurizer.features(compositions));
    }

    @Override
    public double[][][] memberClassProbabilities(List<Composition> compositions) {
        return treeClassProbabilities(featurizer.features(compositions));
    }

    /** Each tree's class probabilities [trees][N][K] from feature rows (classifiers only). */
    public double[][][] treeClassProbabilities(double[][] x) {
        if (classifier == null) {
            throw new UnsupportedOperationException(kind + " regression model is not a classifier");
        }
        return classifier.treeProbabilities(x);
    }

    /** Predictions from feature rows (regression models only). */
    public Prediction predictFeatures(double[][] x) {
        if (classifier != null) {
            throw new IllegalStateException("classification model: use classify");
        }
        int n = x.length;
        if (forest != null) {
            double[][] t = forest.treePredictions(x);
            return Prediction.combine(t, null);
        }
        double[] m = ridge.predict(x);
        return new Prediction(m, new double[n], new double[n], new double[n]);
    }

    /** Writes the model directory. */
    public void save(Path dir) {
        try {
            Files.createDirectories(dir);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", kind);
            m.put("format_version", 1);
            m.put("features", "magpie");
            m.put("feature_names", featurizer.names());
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("name", targetName);
            t.put("transform", transform.key());
            if (classifier != null) {
                t.put("class_labels", classes);
                m.put("task", "classification");
            }
            m.put("target", t);
            if (forest != null || classifier != null) {
                ByteArrayOutputStream bo = new ByteArrayOutputStream();
                if (forest != null) {
                    forest.write(new DataOutputStream(bo));
                } else {
                    classifier.write(new DataOutputStream(bo));
                }
                AtomicFiles.write(dir.resolve("forest.bin"), bo.toByteArray());
                m.put("trees", forest != null ? forest.size() : classifier.size());
                m.put("file", "forest.bin");
            } else {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("alpha", ridge.alpha());
                r.put("intercept", ridge.intercept());
                r.put("mean", ridge.mean());
                r.put("scale", ridge.scale());
                r.put("weights", ridge.weights());
                m.put("ridge", r);
            }
            m.putAll(metadata);
            AtomicFiles.write(dir.resolve("model.json"), JSON.writeValueAsBytes(m));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads a model directory of kind random-forest or linear. */
    public static FeatureModel load(Path dir) {
        Path mj = dir.resolve("model.json");
        try {
            JsonNode m = JSON.readTree(Files.readAllBytes(mj));
            String kind = m.path("kind").asText();
            int nf = MagpieFeaturizer.standard().size();
            if (m.path("feature_names").size() != nf) {
                throw new InvalidInputException(mj.toString(), -1, null, "model was trained on " + m.path("feature_names").size()
                        + " features, this version computes " + nf);
            }
            TargetTransform tt = TargetTransform.of(m.path("target").path("transform").asText("none"));
            String target = m.path("target").path("name").asText();
            Map<String, Object> md = new LinkedHashMap<>();
            for (var it = m.fields(); it.hasNext();) {
                var e = it.next();
                if (!List.of("kind", "format_version", "features", "feature_names", "target", "trees", "file", "ridge", "task")
                        .contains(e.getKey())) {
                    md.put(e.getKey(), JSON.convertValue(e.getValue(), Object.class));
                }
            }
            boolean classification = "classification".equals(m.path("task").asText("regression"));
            if (FOREST.equals(kind)) {
                try (InputStream in = Files.newInputStream(dir.resolve(m.path("file").asText("forest.bin")));
                        DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(in))) {
                    if (classification) {
                        List<String> labels = classLabels(mj, m.path("target").path("class_labels"));
                        RandomForestClassifier f = RandomForestClassifier.read(data);
                        if (f.features() != nf || f.classes() != labels.size()) {
                            throw new InvalidInputException(mj.toString(), -1, null, "forest has " + f.features() + " features and "
                                    + f.classes() + " classes; expected " + nf + " and " + labels.size());
                        }
                        return new FeatureModel(kind, null, null, f, labels, tt, target, md);
                    }
                    RandomForest f = RandomForest.read(data);
                    if (f.features() != nf) {
                        throw new InvalidInputException(mj.toString(), -1, null, "forest feature count mismatch");
                    }
                    return new FeatureModel(kind, f, null, null, List.of(), tt, target, md);
                }
            }
            if (LINEAR.equals(kind)) {
                JsonNode r = m.path("ridge");
                RidgeRegression rr = new RidgeRegression(JSON.convertValue(r.path("mean"), double[].class),
                        JSON.convertValue(r.path("scale"), double[].class), JSON.convertValue(r.path("weights"), double[].class),
                        r.path("intercept").asDouble(), r.path("alpha").asDouble());
                return new FeatureModel(kind, null, rr, null, List.of(), tt, target, md);
            }
            throw new InvalidInputException(mj.toString(), -1, null, "not a feature model (kind '" + kind + "')");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidInputException(dir.toString(), -1, null, "not a model directory (missing " + e.getFile() + ")");
        } catch (java.io.EOFException e) {
            throw new InvalidInputException(dir.toString(), -1, null, "cannot read model: a file ends early (truncated?)");
        } catch (IOException e) {
            throw new InvalidInputException(dir.toString(), -1, null, "cannot read model: " + e.getMessage());
        }
    }

    private static List<String> classLabels(Path mj, JsonNode labels) {
        if (!labels.isArray() || labels.size() < 2) {
            throw new InvalidInputException(mj.toString(), -1, null, "a classifier needs target.class_labels with at least 2 labels");
        }
        List<String> r = new java.util.ArrayList<>();
        labels.forEach(v -> r.add(v.asText()));
        return r;
    }
}
