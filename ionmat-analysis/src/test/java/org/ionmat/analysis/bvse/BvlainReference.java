package org.ionmat.analysis.bvse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.io.StructureFiles;
import org.ionmat.core.structure.Site;
import org.ionmat.core.structure.Structure;
import org.junit.jupiter.api.Assumptions;

/** BVlain's recorded results for the ordered Li-containing OBELiX CIFs ({@code ../shared/data/bvlain}). */
final class BvlainReference {

    /** One structure's record. */
    record Entry(String stem, JsonNode json, Path cif) {

        boolean ok() {
            return "ok".equals(json.path("status").asText());
        }

        /** The structure decorated with the oxidation states BVlain used (one per element). */
        Structure decorated() {
            Structure s = StructureFiles.readFirst(cif);
            JsonNode ox = json.get("oxi_states_by_element");
            Structure.Builder b = Structure.builder(s.lattice());
            for (Site site : s.sites()) {
                Element e = site.majoritySpecies().element();
                int q = ox.get(e.symbol()).get(0).asInt();
                b.add(Species.of(e, q), site.frac(), site.label());
            }
            return b.build();
        }

        /** BVlain's barrier for dimension d (1..3), NaN when null. */
        double barrier(int d) {
            JsonNode n = json.get("E_" + d + "D");
            return n == null || n.isNull() ? Double.NaN : n.asDouble();
        }

        int[] gridSize() {
            JsonNode g = json.get("grid_size");
            return new int[] {g.get(0).asInt(), g.get(1).asInt(), g.get(2).asInt()};
        }
    }

    private BvlainReference() {
    }

    static Path shared() {
        String root = System.getProperty("ionmat.shared", "../../shared");
        Path p = Path.of(root, "data", "bvlain", "reference_train.json");
        Assumptions.assumeTrue(Files.isRegularFile(p), "BVlain reference not found at " + p + "; skipping");
        return Path.of(root, "data");
    }

    static List<Entry> load() {
        Path data = shared();
        try {
            JsonNode root = new ObjectMapper().readTree(data.resolve("bvlain/reference_train.json").toFile());
            List<Entry> out = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> it = root.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                out.add(new Entry(e.getKey(), e.getValue(), data.resolve("obelix/cifs/" + e.getKey() + ".cif")));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
