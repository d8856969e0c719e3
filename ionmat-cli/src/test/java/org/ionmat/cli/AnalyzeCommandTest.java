package org.ionmat.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ionmat analyze}: JSON against scipy/numpy golden values end to end, report files, bad input. */
class AnalyzeCommandTest {

    static final Path GOLDEN = Path.of("..", "ionmat-learn", "src", "test", "resources", "golden", "analytics_sklearn.json");
    static final Path EXAMPLE = Path.of("..", "examples", "descriptors_synthetic.csv");

    @Test
    void jsonMatchesScipyAndNumpyOnATableWithTiesAndMissingValues(@TempDir Path dir) throws Exception {
        JsonNode g = new ObjectMapper().readTree(GOLDEN.toFile());
        JsonNode t = g.get("tables").get(1); // missing45
        List<String> names = new ArrayList<>();
        t.get("columns").forEach(n -> names.add(n.asText()));
        StringBuilder csv = new StringBuilder("name," + String.join(",", names) + "\n");
        int rows = t.get("data").get(0).size();
        for (int i = 0; i < rows; i++) {
            csv.append("m").append(i);
            for (int c = 0; c < names.size(); c++) {
                JsonNode v = t.get("data").get(c).get(i);
                csv.append(',').append(v.isNull() ? "NA" : Double.toString(v.asDouble()));
            }
            csv.append('\n');
        }
        Path file = dir.resolve("golden.csv");
        Files.writeString(file, csv);
        CliRunner r = CliRunner.run("analyze", file.toString(), "--json", "--k", "3", "--no-ml");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        List<String> cols = new ArrayList<>();
        j.get("columns").forEach(n -> cols.add(n.asText()));
        assertEquals(names, cols);
        for (String m : List.of("spearman", "pearson")) {
            for (String q : List.of("r", "p")) {
                for (int a = 0; a < names.size(); a++) {
                    for (int b = 0; b < names.size(); b++) {
                        assertEquals(t.get(m).get(q).get(a).get(b).asDouble(), j.get(m).get(q).get(a).get(b).asDouble(), 1e-10,
                                m + " " + q + " " + a + "," + b);
                    }
                }
            }
        }
        double sum = 0;
        for (int k = 0; k < names.size(); k++) {
            double e = j.get("pca").get("eigenvalues").get(k).asDouble();
            assertEquals(t.get("pca").get("normalized_eigenvalues").get(k).asDouble(), e, 1e-10);
            sum += e;
            double dot = 0;
            for (int i = 0; i < names.size(); i++) {
                dot += j.get("pca").get("vectors").get(k).get(i).asDouble() * t.get("pca").get("vectors").get(k).get(i).asDouble();
            }
            assertEquals(1.0, Math.abs(dot), 1e-10, "PC" + (k + 1) + " up to sign");
        }
        assertEquals(1.0, sum, 1e-12);
        JsonNode km = j.get("kmeans");
        assertEquals(3, km.get("k").asInt());
        assertEquals(rows, km.get("labels").size());
        assertEquals(rows, km.get("points").size());
        assertEquals(2, km.get("points").get(0).size());
        assertTrue(km.get("elbow").has("1") && km.get("elbow").has("10"));
        assertTrue(km.get("silhouette").asDouble() > -1 && km.get("silhouette").asDouble() <= 1);
        assertFalse(j.has("ml"));
    }

    @Test
    void reportWithEveryFigureAndMachineLearning(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report");
        CliRunner r = CliRunner.run("analyze", EXAMPLE.toString(), "--target", "D", "--log", "D", "--group", "family",
                "--cv-group", "family", "--mlp", "16", "--mlp-epochs", "60", "--anharmonic", "omega_mean,C_V,S_vib,F_vib",
                "-o", out.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("log10(D [cm^2/s])", j.get("columns").get(0).asText());
        assertEquals("log10(D [cm^2/s])", j.get("target").get("column").asText());
        // the paper's invariant on the same samples: c_S(D, nu) = c_S(D, v_r) = -c_S(D, kappa)
        double nu = 0;
        double vr = 0;
        double kappa = 0;
        for (JsonNode e : j.get("target").get("ranked")) {
            switch (e.get("column").asText()) {
                case "nu" -> nu = e.get("spearman_r").asDouble();
                case "v_r" -> vr = e.get("spearman_r").asDouble();
                case "kappa" -> kappa = e.get("spearman_r").asDouble();
                default -> { }
            }
        }
        assertEquals(nu, vr, 0.0);
        assertEquals(nu, -kappa, 0.0);
        JsonNode ml = j.get("ml");
        assertEquals("leave-one-group-out", ml.get("cv").asText());
        assertEquals(4, ml.get("results").size()); // (mlp, ridge) x (anharmonic, harmonic)
        assertEquals("harmonic", ml.get("results").get(3).get("feature_set").asText());
        assertEquals(6, ml.get("results").get(0).get("folds").asInt());
        assertEquals(35, ml.get("results").get(0).get("actual").size()); // D = 0 left out by the log
        int[] composition = new int[6];
        for (JsonNode c : j.get("kmeans").get("composition")) {
            composition[c.get("cluster").asInt()] = c.get("size").asInt();
        }
        assertEquals(36, java.util.Arrays.stream(composition).sum());
        for (String f : List.of("index.html", "analysis.json", "spearman_r.png", "spearman_p.png", "pearson_r.png", "pearson_p.png",
                "target_correlations.png", "scree.png", "loadings.png", "pc1_pc2_clusters.png", "pc1_pc3_clusters.png",
                "pc1_pc2_groups.png", "pc1_pc3_groups.png", "elbow.png", "silhouette.png", "parity_1.png", "parity_4.png")) {
            Path p = out.resolve(f);
            assertTrue(Files.size(p) > 1000, f);
            if (f.endsWith(".png")) {
                byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(p), 4);
                assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, head, f);
                String html = Files.readString(out.resolve("index.html"));
                assertTrue(html.contains("src=\"" + f + "\""), f + " linked from index.html");
            }
        }
        assertEquals(j.get("pca"), new ObjectMapper().readTree(out.resolve("analysis.json").toFile()).get("pca"));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary directory left behind");
        }
    }

    @Test
    void badInputExitsTwoAndWritesNothing(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "name,a,b\nx,1,2\ny,3,4\nz,oops,5\nw,1,1\n");
        Path out = dir.resolve("report");
        CliRunner r = CliRunner.run("analyze", bad.toString(), "-o", out.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("bad.csv:4: column 'a' (2): 'oops' is not a number"), r.err());
        assertFalse(Files.exists(out));
        Path ok = dir.resolve("ok.csv");
        Files.writeString(ok, "name,a,b\nx,1,2\ny,3,4\nz,2,5\nw,1,1\n");
        CliRunner t = CliRunner.run("analyze", ok.toString(), "--target", "c");
        assertEquals(2, t.exitCode());
        assertTrue(t.err().contains("no column 'c'"), t.err());
        CliRunner a = CliRunner.run("analyze", ok.toString(), "--alpha", "2");
        assertEquals(2, a.exitCode());
        CliRunner none = CliRunner.run("analyze", dir.resolve("none.csv").toString());
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("no such file"), none.err());
        try (var s = Files.list(dir)) {
            assertEquals(2, s.count());
        }
    }
}
