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
 * tree predictions, reported as epistemic) or a {@link RidgeRegression} (kind "linear"; σ = 0).
 * Model directory: {@code model.json} and {@code forest.bin} or the ridge numbers inside
 * {@code model.json}.
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
    private final TargetTransform transform;
    private final String targetName;
    private final Map<String, Object> metadata;
    private final MagpieFeaturizer featurizer = MagpieFeaturizer.standard();

    private FeatureModel(String kind, RandomForest forest, RidgeRegression ridge, TargetTransform transform,
            String targetName, Map<String, Object> metadata) {
        this.kind = kind;
        this.forest = forest;
        this.ridge = ridge;
        this.transform = transform;
        this.targetName = targetName;
        this.metadata = new LinkedHashMap<>(metadata);
    }

    /** A random-forest model. */
    public static FeatureModel of(RandomForest forest, TargetTransform t, String target, Map<String, Object> md) {
        return new FeatureModel(FOREST, forest, null, t, target, md);
    }

    /** A linear model. */
    public static FeatureModel of(RidgeRegression ridge, TargetTransform t, String target, Map<String, Object> md) {
        return new FeatureModel(LINEAR, null, ridge, t, target, md);
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
        return new FeatureModel(kind, forest, ridge, transform, targetName, md);
    }

    @Override
    public String reject(Composition composition) {
        return featurizer.reject(composition);
    }

    @Override
    public Prediction predict(List<Composition> compositions) {
        return predictFeatures(featurizer.features(compositions));
    }

    /** Predictions from feature rows. */
    public Prediction predictFeatures(double[][] x) {
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
            m.put("target", t);
            if (forest != null) {
                ByteArrayOutputStream bo = new ByteArrayOutputStream();
                forest.write(new DataOutputStream(bo));
                AtomicFiles.write(dir.resolve("forest.bin"), bo.toByteArray());
                m.put("trees", forest.size());
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
                if (!List.of("kind", "format_version", "features", "feature_names", "target", "trees", "file", "ridge")
                        .contains(e.getKey())) {
                    md.put(e.getKey(), JSON.convertValue(e.getValue(), Object.class));
                }
            }
            if (FOREST.equals(kind)) {
                try (InputStream in = Files.newInputStream(dir.resolve(m.path("file").asText("forest.bin")))) {
                    RandomForest f = RandomForest.read(new DataInputStream(new java.io.BufferedInputStream(in)));
                    if (f.features() != nf) {
                        throw new InvalidInputException(mj.toString(), -1, null, "forest feature count mismatch");
                    }
                    return new FeatureModel(kind, f, null, tt, target, md);
                }
            }
            if (LINEAR.equals(kind)) {
                JsonNode r = m.path("ridge");
                RidgeRegression rr = new RidgeRegression(JSON.convertValue(r.path("mean"), double[].class),
                        JSON.convertValue(r.path("scale"), double[].class), JSON.convertValue(r.path("weights"), double[].class),
                        r.path("intercept").asDouble(), r.path("alpha").asDouble());
                return new FeatureModel(kind, null, rr, tt, target, md);
            }
            throw new InvalidInputException(mj.toString(), -1, null, "not a feature model (kind '" + kind + "')");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidInputException(dir.toString(), -1, null, "not a model directory (missing " + e.getFile() + ")");
        } catch (IOException e) {
            throw new InvalidInputException(dir.toString(), -1, null, "cannot read model: " + e.getMessage());
        }
    }
}
