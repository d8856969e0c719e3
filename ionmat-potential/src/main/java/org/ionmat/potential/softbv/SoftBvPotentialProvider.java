package org.ionmat.potential.softbv;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionmat.core.InvalidInputException;
import org.ionmat.potential.spec.PotentialModel;
import org.ionmat.potential.spec.PotentialProvider;

/**
 * Registers the SoftBV force field under the model name {@code softbv}. File form:
 * {@code {"model": "softbv", "sf": 0.62}} or {@code "sf": "auto"} (default).
 */
public final class SoftBvPotentialProvider implements PotentialProvider {

    @Override
    public String model() {
        return "softbv";
    }

    @Override
    public PotentialModel create() {
        return new SoftBvPotentialModel(SoftBvModel.standard(), Double.NaN);
    }

    @Override
    public PotentialModel create(ObjectNode options, String source) {
        double sf = Double.NaN;
        for (Iterator<Map.Entry<String, JsonNode>> it = options.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            switch (e.getKey()) {
                case "model", "name", "description", "reference" -> {
                }
                case "sf" -> {
                    JsonNode v = e.getValue();
                    if (v.isTextual() && v.asText().equalsIgnoreCase("auto")) {
                        sf = Double.NaN;
                    } else if (v.isNumber()) {
                        sf = v.asDouble();
                    } else {
                        throw new InvalidInputException(source, -1, "sf", "'sf': expected a number or \"auto\", got " + v);
                    }
                }
                default -> throw new InvalidInputException(source, -1, e.getKey(),
                        "unknown key '" + e.getKey() + "' for the softbv model (known: sf)");
            }
        }
        return new SoftBvPotentialModel(SoftBvModel.standard(), sf);
    }
}
