package org.ionmat.core.symmetry.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.ionmat.core.symmetry.SymmetryOperation;

/** Reference settings from spglib's database (default Hall setting of each type), a test resource. */
final class SpglibReferenceSettings implements ReferenceSettings {

    static final SpglibReferenceSettings INSTANCE = new SpglibReferenceSettings();

    private final Map<PointGroup, List<ReferenceSetting>> byClass = new EnumMap<>(PointGroup.class);
    final List<ReferenceSetting> all = new ArrayList<>();

    private SpglibReferenceSettings() {
        for (JsonNode e : GoldenStructures.read("spglib-default-settings.json.gz")) {
            List<SymmetryOperation> ops = new ArrayList<>();
            for (int i = 0; i < e.get("rotations").size(); i++) {
                JsonNode t = e.get("translations").get(i);
                ops.add(new SymmetryOperation(GoldenStructures.ints(e.get("rotations").get(i)),
                        new double[] {t.get(0).asDouble(), t.get(1).asDouble(), t.get(2).asDouble()}));
            }
            ReferenceSetting s = ReferenceSetting.of(e.get("number").asInt(), e.get("hall_number").asInt(),
                    e.get("hall_symbol").asText(), e.get("international").asText(), e.get("choice").asText(), ops);
            all.add(s);
            byClass.computeIfAbsent(s.pointGroup(), k -> new ArrayList<>()).add(s);
        }
    }

    @Override
    public List<ReferenceSetting> forPointGroup(PointGroup pointGroup) {
        return byClass.getOrDefault(pointGroup, List.of());
    }
}
