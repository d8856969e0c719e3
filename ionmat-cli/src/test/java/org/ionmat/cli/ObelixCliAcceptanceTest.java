package org.ionmat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance of the foundation issue on all 254 OBELiX CIFs: {@code ionmat info --json} agrees
 * with pymatgen's {@code Structure.from_file} (composition, number of sites, lattice parameters to
 * 1e-4 Å and 1e-3°, volume and density to 1e-4 relative) and, for ordered structures,
 * {@code ionmat neighbors --cutoff 3|6 --json} gives pymatgen's unique pair counts and 10 shortest
 * distances exactly (1e-6 Å). Golden values: {@code scripts/golden/obelix_pymatgen.py}.
 */
class ObelixCliAcceptanceTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonNode golden;
    private static List<Path> cifs;

    @BeforeAll
    static void load() throws IOException {
        Path dir = Path.of(System.getProperty("ionmat.shared", "../../shared"), "data", "obelix", "cifs");
        Assumptions.assumeTrue(Files.isDirectory(dir), "OBELiX CIFs not found at " + dir + "; skipping");
        golden = MAPPER.readTree(Path.of("../ionmat-core/src/test/resources/golden/obelix_pymatgen.json").toFile());
        try (Stream<Path> s = Files.list(dir)) {
            cifs = s.filter(p -> p.toString().endsWith(".cif")).sorted().toList();
        }
    }

    @Test
    void infoAgreesWithPymatgenOnEveryFile() throws IOException {
        assertEquals(254, cifs.size());
        List<String> args = new ArrayList<>(List.of("info", "--json"));
        cifs.forEach(p -> args.add(p.toString()));
        CliRunner r = CliRunner.run(args.toArray(new String[0]));
        assertEquals(0, r.exitCode(), r.err());
        JsonNode all = MAPPER.readTree(r.out());
        assertEquals(cifs.size(), all.size());
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cifs.size(); i++) {
            String name = cifs.get(i).getFileName().toString();
            JsonNode ours = all.get(i);
            JsonNode ref = golden.get(name);
            if (ref == null) {
                failures.add(name + ": no golden entry");
                continue;
            }
            assertEquals(cifs.get(i).toString(), ours.get("file").asText());
            check(failures, name, "nsites", ours.get("nsites").asInt() == ref.get("nsites").asInt(), ours.get("nsites"), ref.get("nsites"));
            check(failures, name, "ordered", ours.get("ordered").asBoolean() == ref.get("ordered").asBoolean(), ours.get("ordered"), ref.get("ordered"));
            JsonNode comp = ours.get("composition");
            JsonNode refComp = ref.get("composition");
            check(failures, name, "elements", comp.size() == refComp.size(), comp, refComp);
            for (Iterator<Map.Entry<String, JsonNode>> it = refComp.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = comp.get(e.getKey());
                check(failures, name, "composition " + e.getKey(), v != null && Math.abs(v.asDouble() - e.getValue().asDouble()) < 1e-6, v, e.getValue());
            }
            for (String p : new String[] {"a", "b", "c"}) {
                double x = ours.get("lattice").get(p).asDouble();
                double y = ref.get("lattice").get(p).asDouble();
                check(failures, name, p, Math.abs(x - y) <= 1e-4, x, y);
            }
            for (String p : new String[] {"alpha", "beta", "gamma"}) {
                double x = ours.get("lattice").get(p).asDouble();
                double y = ref.get("lattice").get(p).asDouble();
                check(failures, name, p, Math.abs(x - y) <= 1e-3, x, y);
            }
            for (String p : new String[] {"volume", "density"}) {
                double x = ours.get(p).asDouble();
                double y = ref.get(p).asDouble();
                check(failures, name, p, Math.abs(x - y) <= 1e-4 * Math.abs(y), x, y);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " disagreements:\n" + String.join("\n", failures));
    }

    @Test
    void neighborPairsAgreeWithPymatgenOnOrderedFiles() throws IOException {
        List<String> failures = new ArrayList<>();
        int ordered = 0;
        for (Path p : cifs) {
            JsonNode ref = golden.get(p.getFileName().toString());
            if (!ref.get("ordered").asBoolean()) {
                continue;
            }
            ordered++;
            for (int cutoff : new int[] {3, 6}) {
                CliRunner r = CliRunner.run("neighbors", p.toString(), "--cutoff", Integer.toString(cutoff), "--json");
                assertEquals(0, r.exitCode(), r.err());
                JsonNode ours = MAPPER.readTree(r.out());
                long expected = ref.get("pairs_" + cutoff).asLong();
                check(failures, p.getFileName().toString(), "pairs_" + cutoff, ours.get("pairs").asLong() == expected,
                        ours.get("pairs"), expected);
                if (cutoff == 6) {
                    JsonNode s = ours.get("shortest");
                    JsonNode t = ref.get("shortest");
                    check(failures, p.getFileName().toString(), "shortest count", s.size() == t.size(), s.size(), t.size());
                    for (int k = 0; k < Math.min(s.size(), t.size()); k++) {
                        check(failures, p.getFileName().toString(), "shortest[" + k + "]",
                                Math.abs(s.get(k).asDouble() - t.get(k).asDouble()) <= 1e-6, s.get(k), t.get(k));
                    }
                }
            }
        }
        assertTrue(ordered >= 50, "expected the ordered OBELiX subset, found " + ordered);
        assertTrue(failures.isEmpty(), failures.size() + " disagreements:\n" + String.join("\n", failures));
    }

    @Test
    void neighborsRefusesDisorderedFiles() {
        for (Path p : cifs) {
            if (!golden.get(p.getFileName().toString()).get("ordered").asBoolean()) {
                CliRunner r = CliRunner.run("neighbors", p.toString(), "--cutoff", "3");
                assertEquals(Main.BAD_INPUT, r.exitCode());
                assertTrue(r.err().contains("partial or mixed occupancy"), r.err());
                return;
            }
        }
    }

    private static void check(List<String> failures, String file, String what, boolean ok, Object ours, Object ref) {
        if (!ok) {
            failures.add(file + " " + what + ": ionmat " + ours + " vs pymatgen " + ref);
        }
    }
}
