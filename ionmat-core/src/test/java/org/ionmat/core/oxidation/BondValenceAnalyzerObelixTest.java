package org.ionmat.core.oxidation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.ionmat.core.io.StructureFiles;
import org.ionmat.core.structure.Structure;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ionmat's bond-valence oxidation-state analysis against pymatgen 2022.11.7's BVAnalyzer on all 254
 * OBELiX CIFs (golden: scripts/golden/bvanalyzer_obelix.py): the signed bond-valence sums of every
 * site, and the assigned valences given the same groups of equivalent sites.
 */
class BondValenceAnalyzerObelixTest {

    private static JsonNode golden;
    private static Path dir;

    @BeforeAll
    static void load() throws IOException {
        dir = Path.of(System.getProperty("ionmat.shared", "../../shared"), "data", "obelix", "cifs");
        Assumptions.assumeTrue(Files.isDirectory(dir), "OBELiX CIFs not found at " + dir + "; skipping");
        golden = new ObjectMapper().readTree(BondValenceAnalyzerObelixTest.class
                .getResourceAsStream("/golden/bvanalyzer_obelix.json"));
    }

    @Test
    void bondValenceSumsMatchPymatgen() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = golden.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().startsWith("_") || !e.getValue().has("bv_sums")) {
                continue;
            }
            Structure s = StructureFiles.readFirst(dir.resolve(e.getKey()));
            double[] ours = BondValenceSums.compute(s, 4.0, 1.015);
            JsonNode ref = e.getValue().get("bv_sums");
            for (int i = 0; i < ours.length; i++) {
                double r = ref.get(i).asDouble();
                if (Math.abs(ours[i] - r) > 1e-9 * Math.max(1, Math.abs(r))) {
                    failures.add(e.getKey() + " site " + i + ": " + ours[i] + " vs " + r);
                    break;
                }
            }
            checked++;
        }
        assertTrue(checked > 200, "checked " + checked);
        assertTrue(failures.isEmpty(), failures.size() + " files differ:\n" + String.join("\n", failures));
    }

    @Test
    void valencesMatchPymatgenWithTheSameGroups() {
        List<String> failures = new ArrayList<>();
        int agree = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = golden.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode ref = e.getValue();
            if (e.getKey().startsWith("_") || !ref.has("groups") || !ref.has("bv_sums")) {
                continue;
            }
            Structure s = StructureFiles.readFirst(dir.resolve(e.getKey()));
            int[] groups = new int[s.size()];
            for (int i = 0; i < groups.length; i++) {
                groups[i] = ref.get("groups").get(i).asInt();
            }
            Optional<BondValenceAnalyzer.Assignment> a = BondValenceAnalyzer.assign(s, groups,
                    BondValenceAnalyzer.Options.DEFAULTS);
            String ours = a.map(x -> render(x.states(), s.isOrdered())).orElse("none");
            String theirs = ref.has("valences") ? ref.get("valences").toString() : "none";
            if (ours.equals(theirs)) {
                agree++;
            } else {
                failures.add(e.getKey() + ": ionmat " + ours + " vs pymatgen " + theirs);
            }
        }
        assertTrue(failures.isEmpty(), agree + " agree, " + failures.size() + " differ:\n" + String.join("\n", failures));
    }

    @Test
    void valencesMatchPymatgenWithOurOwnSymmetryGroups() {
        List<String> failures = new ArrayList<>();
        int agree = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = golden.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode ref = e.getValue();
            if (e.getKey().startsWith("_") || !ref.has("bv_sums")) {
                continue;
            }
            Structure s = StructureFiles.readFirst(dir.resolve(e.getKey()));
            Optional<BondValenceAnalyzer.Assignment> a = BondValenceAnalyzer.assign(s,
                    OxidationStateAssignment.symmetryGroups(s), BondValenceAnalyzer.Options.DEFAULTS);
            String ours = a.map(x -> render(x.states(), s.isOrdered())).orElse("none");
            String theirs = ref.has("valences") ? ref.get("valences").toString() : "none";
            if (ours.equals(theirs)) {
                agree++;
            } else {
                failures.add(e.getKey() + ": ionmat " + ours + " vs pymatgen " + theirs);
            }
        }
        assertTrue(failures.isEmpty(), agree + " agree, " + failures.size() + " differ:\n" + String.join("\n", failures));
    }

    static String render(int[][] states, boolean ordered) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < states.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            if (ordered) {
                sb.append(states[i][0]);
            } else {
                sb.append('[');
                for (int k = 0; k < states[i].length; k++) {
                    sb.append(k > 0 ? "," : "").append(states[i][k]);
                }
                sb.append(']');
            }
        }
        return sb.append(']').toString();
    }
}
