package org.ionmat.cli.learn;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.ionmat.core.InvalidInputException;
import org.ionmat.learn.forest.FeatureModel;
import org.ionmat.learn.model.CalibratedModel;
import org.ionmat.learn.model.SigmaMap;
import org.ionmat.learn.model.CompositionModel;
import org.ionmat.learn.model.TemperedClassifier;
import org.ionmat.learn.roost.RoostEnsemble;

/** Loads any composition model directory by the {@code kind} in its {@code model.json}. */
public final class ModelDirectory {

    private ModelDirectory() {
    }

    /** Key of the σ recalibration of a regression model in {@code model.json} (written by {@code ionmat calibrate}). */
    public static final String SIGMA_CALIBRATION = "sigma_calibration";
    /** Key of the temperature of a classifier in {@code model.json} (written by {@code ionmat calibrate}). */
    public static final String PROBABILITY_CALIBRATION = "probability_calibration";

    /**
     * The model in a directory with the calibration of {@code ionmat calibrate}, if any: σ
     * multiplied by its factor (regression), or member probabilities tempered (classifiers).
     */
    public static CompositionModel load(Path dir) {
        JsonNode meta = metadata(dir);
        CompositionModel raw = loadUncalibrated(dir, meta);
        JsonNode sigma = meta.path(SIGMA_CALIBRATION);
        JsonNode probability = meta.path(PROBABILITY_CALIBRATION);
        if (!raw.classes().isEmpty() && probability.isObject()) {
            return new TemperedClassifier(raw, positive(dir, probability, PROBABILITY_CALIBRATION, "temperature"),
                    "mean".equals(probability.path("level").asText("members")));
        }
        if (raw.classes().isEmpty() && sigma.isObject()) {
            String method = sigma.path("method").asText("scale");
            SigmaMap map = switch (method) {
                case "scale" -> new SigmaMap.Scale(positive(dir, sigma, SIGMA_CALIBRATION, "scale"));
                case "components" -> new SigmaMap.Components(positive(dir, sigma, SIGMA_CALIBRATION, "scale_epistemic"),
                        positive(dir, sigma, SIGMA_CALIBRATION, "scale_aleatoric"));
                case "power" -> new SigmaMap.Power(positive(dir, sigma, SIGMA_CALIBRATION, "scale"),
                        positive(dir, sigma, SIGMA_CALIBRATION, "exponent"));
                default -> throw new InvalidInputException(dir.resolve("model.json").toString(), -1, null,
                        SIGMA_CALIBRATION + ".method '" + method + "' is not scale, components or power");
            };
            return new CalibratedModel(raw, map);
        }
        return raw;
    }

    private static double positive(Path dir, JsonNode object, String key, String field) {
        double v = object.path(field).asDouble(Double.NaN);
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new InvalidInputException(dir.resolve("model.json").toString(), -1, null,
                    key + "." + field + " must be a positive number");
        }
        return v;
    }

    /** The model in a directory as trained, ignoring any calibration. */
    public static CompositionModel loadUncalibrated(Path dir) {
        return loadUncalibrated(dir, metadata(dir));
    }

    private static CompositionModel loadUncalibrated(Path dir, JsonNode meta) {
        String kind = meta.path("kind").asText();
        Path mj = dir.resolve("model.json");
        return switch (kind) {
            case RoostEnsemble.KIND -> RoostEnsemble.load(dir);
            case FeatureModel.FOREST, FeatureModel.LINEAR -> FeatureModel.load(dir);
            default -> throw new InvalidInputException(mj.toString(), -1, null, "unknown model kind '" + kind + "'");
        };
    }

    /**
     * The parsed {@code model.json} of a model directory; a missing or malformed file is bad input
     * (one message naming the file and, for JSON errors, the line).
     */
    public static JsonNode metadata(Path dir) {
        Path mj = dir.resolve("model.json");
        if (!Files.isRegularFile(mj)) {
            throw new InvalidInputException(dir.toString(), -1, null, "not a model directory (no model.json)");
        }
        try {
            return new ObjectMapper().readTree(Files.readAllBytes(mj));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidInputException(mj.toString(), e.getLocation() == null ? -1 : e.getLocation().getLineNr(), null,
                    "not valid JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new InvalidInputException(mj.toString(), -1, null, "cannot read: " + e.getMessage());
        }
    }
}
