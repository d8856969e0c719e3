package org.ionmat.core.io.cif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.ionmat.core.element.Element;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.Structure;
import org.junit.jupiter.api.Test;

/**
 * Reads all 254 OBELiX CIFs and compares with pymatgen 2022.11.7 {@code Structure.from_file}
 * (golden values made by {@code scripts/golden/obelix_pymatgen.py}): per-element composition
 * (1e-6), number of sites, ordered or not, lattice parameters (1e-4 Å, 1e-3 deg), volume and
 * density (1e-4 relative).
 */
class ObelixGoldenTest {

    static JsonNode golden() throws Exception {
        return new ObjectMapper().readTree(CifTestSupport.resource("/golden/obelix_pymatgen.json"));
    }

    @Test
    void allObelixCifsAgreeWithPymatgen() throws Exception {
        CifTestSupport.assumeElementData();
        Path dir = CifTestSupport.obelixCifs();
        JsonNode golden = golden();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".cif")).sorted().toList();
        }
        assertEquals(254, files.size(), "number of OBELiX CIFs");
        List<String> failures = new ArrayList<>();
        int ordered = 0;
        long t0 = System.nanoTime();
        for (Path f : files) {
            String name = f.getFileName().toString();
            JsonNode g = golden.get(name);
            if (g == null) {
                failures.add(name + ": no golden entry");
                continue;
            }
            Structure s;
            try {
                List<Structure> all = CifReader.read(f);
                s = all.get(0);
            } catch (RuntimeException e) {
                failures.add(name + ": " + e);
                continue;
            }
            compare(name, s, g, failures);
            if (s.isOrdered()) {
                ordered++;
            }
        }
        double seconds = (System.nanoTime() - t0) * 1e-9;
        System.out.printf("ObelixGoldenTest: %d CIFs read in %.2f s (%d ordered)%n", files.size(), seconds, ordered);
        assertTrue(failures.isEmpty(), failures.size() + " of " + files.size() + " files disagree with pymatgen:\n"
                + String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
    }

    static void compare(String name, Structure s, JsonNode g, List<String> failures) {
        if (s.size() != g.get("nsites").asInt()) {
            failures.add(name + ": nsites " + s.size() + " vs pymatgen " + g.get("nsites").asInt());
        }
        if (s.isOrdered() != g.get("ordered").asBoolean()) {
            failures.add(name + ": ordered " + s.isOrdered() + " vs pymatgen " + g.get("ordered").asBoolean());
        }
        Map<Element, Double> comp = s.composition().elementAmounts();
        JsonNode gc = g.get("composition");
        if (comp.size() != gc.size()) {
            failures.add(name + ": elements " + comp.keySet() + " vs pymatgen " + gc);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = gc.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            double mine = comp.getOrDefault(Element.of(e.getKey()), 0.0);
            if (Math.abs(mine - e.getValue().asDouble()) > 1e-6) {
                failures.add(name + ": amount of " + e.getKey() + " " + mine + " vs pymatgen " + e.getValue().asDouble());
            }
        }
        Lattice l = s.lattice();
        JsonNode gl = g.get("lattice");
        double[] mine = l.parameters();
        String[] keys = {"a", "b", "c", "alpha", "beta", "gamma"};
        for (int k = 0; k < 6; k++) {
            double tol = k < 3 ? 1e-4 : 1e-3;
            if (Math.abs(mine[k] - gl.get(keys[k]).asDouble()) > tol) {
                failures.add(name + ": " + keys[k] + " " + mine[k] + " vs pymatgen " + gl.get(keys[k]).asDouble());
            }
        }
        relative(name, "volume", s.volume(), g.get("volume").asDouble(), failures);
        relative(name, "density", s.density(), g.get("density").asDouble(), failures);
    }

    private static void relative(String name, String what, double mine, double ref, List<String> failures) {
        if (Math.abs(mine - ref) > 1e-4 * Math.abs(ref)) {
            failures.add(name + ": " + what + " " + mine + " vs pymatgen " + ref);
        }
    }
}
