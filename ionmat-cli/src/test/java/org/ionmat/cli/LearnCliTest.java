package org.ionmat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train roost / rf / linear, predict, data fetch: tiny models, fast. */
class LearnCliTest {

    @TempDir
    static Path dir;
    static Path csv;
    static Path emb;

    @BeforeAll
    static void data() throws Exception {
        String[] f = {"NaCl", "LiFePO4", "Fe2O3", "SiO2", "GaAs", "CdTe", "ZnO", "Li7La3Zr2O12", "KCl", "MgO", "Al2O3",
            "TiO2", "BaTiO3", "CsPbI3", "Cu2O", "LiCoO2", "Na3PS4", "CaF2", "SrTiO3", "Li3N"};
        StringBuilder sb = new StringBuilder("id,composition,sigma\n");
        for (int i = 0; i < f.length; i++) {
            sb.append(i).append(',').append(f[i]).append(',').append(Math.pow(10, -3 - (i % 7))).append('\n');
        }
        sb.append("99,Xx2O,1e-4\n");
        csv = dir.resolve("train.csv");
        Files.writeString(csv, sb.toString());
        emb = writeEmbedding(dir.resolve("tiny6.json"));
    }

    /** A random 6-dimensional embedding of the elements of the test data (seeded, so the same every time). */
    static Path writeEmbedding(Path file) throws Exception {
        StringBuilder e = new StringBuilder("{");
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        for (String s : new String[] {"Li", "Na", "K", "Cs", "Mg", "Ca", "Sr", "Ba", "Fe", "Co", "Cu", "Zn", "Cd", "Ga",
            "Al", "Si", "Ti", "Zr", "La", "Pb", "N", "P", "O", "S", "F", "Cl", "As", "Te", "I"}) {
            e.append(e.length() > 1 ? "," : "").append('"').append(s).append("\":[");
            for (int i = 0; i < 6; i++) {
                e.append(i > 0 ? "," : "").append(r.nextDouble());
            }
            e.append(']');
        }
        Files.writeString(file, e.append('}').toString());
        return file;
    }

    @Test
    void trainRoostThenPredictWithPerRowErrors() throws Exception {
        Path model = dir.resolve("roost");
        CliRunner r = CliRunner.run("train", "roost", "--data", csv.toString(), "--target", "sigma", "--log10",
                "--embedding", emb.toString(), "--ensemble", "2", "--epochs", "2", "--output-layers", "16",
                "--test-fraction", "0.2", "--seed", "3", "-o", model.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("member 2/2 epoch 2/2"), r.err());
        assertTrue(r.err().contains("1 row(s) left out"), r.err());
        JsonNode s = new ObjectMapper().readTree(r.out());
        assertEquals(16, s.path("metrics").path("train").path("n").asInt());
        JsonNode mj = new ObjectMapper().readTree(Files.readAllBytes(model.resolve("model.json")));
        assertEquals("log10", mj.path("target").path("transform").asText());
        assertEquals("tiny6", mj.path("embedding").path("name").asText());
        assertEquals(64, mj.path("data").path("sha256").asText().length());
        assertTrue(Files.exists(model.resolve("test-predictions.csv")));

        Files.delete(emb); // the model directory must be self-contained
        CliRunner p = CliRunner.run("predict", model.toString(), "LiFePO4", "Li(", "UO2", "NaCl", "--json");
        assertEquals(0, p.exitCode(), p.err());
        JsonNode a = new ObjectMapper().readTree(p.out());
        assertEquals(4, a.size());
        assertEquals("LiFePO4", a.get(0).path("formula").asText());
        assertTrue(a.get(0).has("mean") && a.get(0).has("std_epistemic") && a.get(0).has("std_aleatoric"));
        double s0 = a.get(0).path("std").asDouble();
        double e0 = a.get(0).path("std_epistemic").asDouble();
        double al0 = a.get(0).path("std_aleatoric").asDouble();
        assertEquals(s0 * s0, e0 * e0 + al0 * al0, 1e-9);
        assertTrue(a.get(1).has("error") && !a.get(1).has("mean"));
        assertTrue(a.get(2).path("error").asText().contains("U"), a.get(2).toString());
        assertTrue(a.get(3).has("mean"));

        CliRunner again = CliRunner.run("predict", model.toString(), csv.toString(), "--json");
        assertEquals(0, again.exitCode(), again.err());
        JsonNode b = new ObjectMapper().readTree(again.out());
        assertEquals(21, b.size());
        assertEquals(a.get(0).path("mean").asDouble(), b.get(1).path("mean").asDouble(), 1e-6, "same prediction");
        assertTrue(b.get(20).has("error"));

        // transfer learning: warm start from the model (all parameters re-optimised)
        Path tuned = dir.resolve("roost-tuned");
        CliRunner warm = CliRunner.run("train", "roost", "--data", csv.toString(), "--target", "sigma", "--log10",
                "--ensemble", "2", "--epochs", "1", "--output-layers", "16", "--init", model.toString(), "-o", tuned.toString());
        assertEquals(0, warm.exitCode(), warm.err());
        JsonNode tj = new ObjectMapper().readTree(Files.readAllBytes(tuned.resolve("model.json")));
        assertEquals(model.toString(), tj.path("init").asText());
        assertEquals(mj.path("target").path("mean").asDouble(), tj.path("target").path("mean").asDouble(), 0);
        CliRunner mismatch = CliRunner.run("train", "roost", "--data", csv.toString(), "--target", "sigma", "--log10",
                "--ensemble", "1", "--epochs", "1", "--init", model.toString(), "-o", dir.resolve("bad-init").toString());
        assertEquals(2, mismatch.exitCode(), "architecture differs (default output layers)");

        // evaluation plots of the held-out rows
        Path plots = dir.resolve("plots");
        CliRunner ev = CliRunner.run("evaluate", model.resolve("test-predictions.csv").toString(), "-o", plots.toString(),
                "--permutations", "50", "--json");
        assertEquals(0, ev.exitCode(), ev.err());
        for (String f : new String[] {"parity.png", "parity.svg", "confidence.png", "qq.svg", "uncertainty-split.png"}) {
            assertTrue(Files.size(plots.resolve(f)) > 1000, f);
        }

        CliRunner exists = CliRunner.run("train", "roost", "--data", csv.toString(), "--target", "sigma", "--embedding",
                dir.resolve("none.json").toString(), "-o", model.toString());
        assertEquals(2, exists.exitCode());
        assertFalse(exists.err().contains("Exception"), exists.err());
    }

    /** Runs {@code body} with the data folder (system property {@code ionmat.data}) set to {@code folder}. */
    private static void withDataFolder(Path folder, org.junit.jupiter.api.function.Executable body) throws Throwable {
        String old = System.getProperty("ionmat.data");
        System.setProperty("ionmat.data", folder.toString());
        try {
            body.execute();
        } finally {
            if (old == null) {
                System.clearProperty("ionmat.data");
            } else {
                System.setProperty("ionmat.data", old);
            }
        }
    }

    @Test
    void embeddingsTrainByNameFromTheSharedFolderWithoutADownload() throws Throwable {
        String shared = System.getProperty("ionmat.shared");
        org.junit.jupiter.api.Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "data/embeddings")),
                "shared data folder absent: skipping training by embedding name");
        withDataFolder(dir.resolve("empty-data-folder"), () -> { // nothing fetched
            Path model = dir.resolve("roost-megnet16");
            CliRunner r = CliRunner.run("train", "roost", "--data", csv.toString(), "--target", "sigma", "--log10",
                    "--embedding", "megnet16", "--ensemble", "1", "--epochs", "1", "--output-layers", "16", "-o", model.toString());
            assertEquals(0, r.exitCode(), r.err());
            JsonNode mj = new ObjectMapper().readTree(Files.readAllBytes(model.resolve("model.json")));
            assertEquals("megnet16", mj.path("embedding").path("name").asText());

            CliRunner list = CliRunner.run("data", "list", "--json");
            assertEquals(0, list.exitCode(), list.err());
            for (JsonNode e : new ObjectMapper().readTree(list.out())) {
                assertTrue(System.getenv("IONMAT_DATA") != null || !e.path("present").asBoolean(), e.toString());
                assertEquals(!e.path("name").asText().equals("expt-bandgaps"), e.path("shared").asBoolean(), e.toString());
            }
            if (System.getenv("IONMAT_DATA") == null) {
                assertTrue(CliRunner.run("data", "list").out().contains("matscholar200  shared"));
            }

            CliRunner bad = CliRunner.run("train", "roost", "--data", csv.toString(), "--target", "sigma", "--embedding",
                    "word2vec", "-o", dir.resolve("roost-bad").toString());
            assertEquals(2, bad.exitCode());
            assertTrue(bad.err().contains("'word2vec' is neither a file nor one of matscholar200"), bad.err());
            assertFalse(Files.exists(dir.resolve("roost-bad")));
        });
    }

    @Test
    void classificationTrainsAndPredictsClassProbabilitiesWithTheEntropySplit() throws Exception {
        Path embedding = writeEmbedding(dir.resolve("tiny6-classes.json"));
        String[] f = CLASS_FORMULAS;
        Path data = writeClassData(dir.resolve("classes.csv"));
        Path test = writeClassTest(dir.resolve("classes-test.csv"));
        Path model = dir.resolve("roost-classes");
        CliRunner r = CliRunner.run("train", "roost", "--task", "classification", "--data", data.toString(), "--target",
                "family", "--test", test.toString(), "--embedding", embedding.toString(), "--ensemble", "2", "--epochs", "3",
                "--output-layers", "16", "--seed", "5", "-o", model.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("classes-test.csv: 1 row(s) left out") && r.err().contains("sulfide"), r.err());
        ObjectMapper om = new ObjectMapper();
        JsonNode summary = om.readTree(r.out());
        JsonNode tm = summary.path("metrics").path("test");
        assertEquals(3, tm.path("n").asInt());
        double acc = tm.path("accuracy").asDouble();
        assertTrue(acc == 0 || acc == 1 / 3.0 || acc == 2 / 3.0 || acc == 1, tm.toString());
        assertTrue(tm.path("log_loss").asDouble() > 0, tm.toString());
        JsonNode mj = om.readTree(Files.readAllBytes(model.resolve("model.json")));
        assertEquals("[\"non-oxide\",\"oxide\"]", mj.path("target").path("class_labels").toString());
        assertEquals(20, mj.path("data").path("train_rows").asInt());
        List<String> csv = Files.readAllLines(model.resolve("test-predictions.csv"));
        assertEquals("formula,target,predicted,p_non-oxide,p_oxide,entropy,entropy_aleatoric,entropy_epistemic", csv.get(0));
        assertEquals(4, csv.size());
        assertTrue(csv.get(1).startsWith("Li2O,oxide,"), csv.get(1));

        CliRunner p = CliRunner.run("predict", model.toString(), "Li2O", "Li(", "CsCl", "--json");
        assertEquals(0, p.exitCode(), p.err());
        JsonNode a = om.readTree(p.out());
        assertTrue(a.get(1).has("error"));
        assertConsistentOxidePrediction(a.get(0));
        assertConsistentOxidePrediction(a.get(2));
        Path out = dir.resolve("classes-pred.csv");
        CliRunner po = CliRunner.run("predict", model.toString(), test.toString(), "--target", "family", "-o", out.toString());
        assertEquals(0, po.exitCode(), po.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("formula,target,class,p_non-oxide,p_oxide,entropy,entropy_aleatoric,entropy_epistemic,error", lines.get(0));
        assertTrue(lines.get(3).startsWith("Na2S,sulfide,"), lines.get(3));
        assertTrue(po.out().contains("wrote " + out + ": "), po.out());
        assertFalse(po.out().contains("p(class)"), "with -o the table goes to the file only: " + po.out());

        // evaluate reads class predictions back and gives the metrics that train reported
        CliRunner ev = CliRunner.run("evaluate", model.resolve("test-predictions.csv").toString(), "--json");
        assertEquals(0, ev.exitCode(), ev.err());
        JsonNode ej = om.readTree(ev.out());
        assertEquals(3, ej.path("n").asInt());
        assertEquals(tm.path("accuracy").asDouble(), ej.path("accuracy").asDouble(), 1e-12);
        assertEquals(tm.path("log_loss").asDouble(), ej.path("log_loss").asDouble(), 1e-5);
        assertEquals(tm.path("roc_auc").asDouble(), ej.path("roc_auc").asDouble(), 1e-5);
        CliRunner unknown = CliRunner.run("evaluate", out.toString());
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("classes-pred.csv:4") && unknown.err().contains("sulfide"), unknown.err());

        // temperature scaling: the log loss that predict's probabilities give on the calibration rows is the one
        // calibrate reports, before (T = 1) and after
        String[] calRows = {"Li2O", "LiCl", "CaO", "NaF", "BaO", "KF", "ZnO", "CdS", "SrO", "MgCl2", "Al2O3", "CsI"};
        StringBuilder cb = new StringBuilder("composition,family\n");
        for (String x : calRows) {
            cb.append(x).append(',').append(x.contains("O") ? "oxide" : "non-oxide").append('\n');
        }
        Path calFile = dir.resolve("classes-cal.csv");
        Files.writeString(calFile, cb.toString());
        String[] predictArgs = new String[calRows.length + 3];
        predictArgs[0] = "predict";
        predictArgs[1] = model.toString();
        System.arraycopy(calRows, 0, predictArgs, 2, calRows.length);
        predictArgs[calRows.length + 2] = "--json";
        double before = logLoss(om.readTree(CliRunner.run(predictArgs).out()), calRows);
        CliRunner cal = CliRunner.run("calibrate", model.toString(), "--data", calFile.toString(), "--json");
        assertEquals(0, cal.exitCode(), cal.err());
        JsonNode pc = om.readTree(cal.out()).path("probability_calibration");
        double temperature = pc.path("temperature").asDouble();
        assertTrue(temperature > 0, pc.toString());
        assertEquals(before, pc.path("nll_before").asDouble(), 1e-9);
        assertTrue(pc.path("nll_after").asDouble() <= pc.path("nll_before").asDouble(), pc.toString());
        assertEquals(temperature, om.readTree(Files.readAllBytes(model.resolve("model.json"))).path("probability_calibration")
                .path("temperature").asDouble(), 0);
        assertEquals(pc.path("nll_after").asDouble(), logLoss(om.readTree(CliRunner.run(predictArgs).out()), calRows), 1e-9);
        assertTrue(CliRunner.run("predict", model.toString(), "LiCl").out().contains("T = "));
        assertEquals(temperature, om.readTree(CliRunner.run(predictArgs).out()).get(0).path("temperature").asDouble(), 0);
        CliRunner fromPred = CliRunner.run("calibrate", model.toString(), "--predictions",
                model.resolve("test-predictions.csv").toString());
        assertEquals(2, fromPred.exitCode());
        assertTrue(fromPred.err().contains("classifier"), fromPred.err());
        assertEquals(0, CliRunner.run("calibrate", model.toString(), "--clear").exitCode());
        assertEquals(before, logLoss(om.readTree(CliRunner.run(predictArgs).out()), calRows), 1e-12);
        Path one = dir.resolve("one-class.csv");
        Files.writeString(one, "composition,family\nLi2O,oxide\nMgO,oxide\n");
        CliRunner single = CliRunner.run("train", "roost", "--task", "classification", "--data", one.toString(), "--target",
                "family", "--embedding", embedding.toString(), "-o", dir.resolve("single").toString());
        assertEquals(2, single.exitCode());
        assertTrue(single.err().contains("at least 2 classes"), single.err());
        assertFalse(Files.exists(dir.resolve("single")));
        assertEquals(2, CliRunner.run("train", "roost", "--task", "classification", "--log10", "--data", data.toString(),
                "--target", "family", "--embedding", embedding.toString(), "-o", dir.resolve("log").toString()).exitCode());
        StringBuilder gaps = new StringBuilder("composition,gap\n");
        for (int i = 0; i < f.length; i++) {
            gaps.append(f[i]).append(',').append(0.37 * i + 0.1).append('\n');
        }
        Path numericFile = dir.resolve("numeric.csv");
        Files.writeString(numericFile, gaps.toString());
        CliRunner numeric = CliRunner.run("train", "roost", "--task", "classification", "--data", numericFile.toString(),
                "--target", "gap", "--embedding", embedding.toString(), "-o", dir.resolve("numeric").toString());
        assertEquals(2, numeric.exitCode());
        assertTrue(numeric.err().contains("looks like a numeric target"), numeric.err());
        assertEquals(2, CliRunner.run("train", "roost", "--task", "sorting", "--data", data.toString(), "--target", "family",
                "--embedding", embedding.toString(), "-o", dir.resolve("sort").toString()).exitCode());
    }

    /** Twenty compositions labelled oxide / non-oxide by {@link #writeClassData}. */
    private static final String[] CLASS_FORMULAS = {"NaCl", "LiFePO4", "Fe2O3", "SiO2", "GaAs", "CdTe", "ZnO", "Li7La3Zr2O12",
        "KCl", "MgO", "Al2O3", "TiO2", "BaTiO3", "CsPbI3", "Cu2O", "LiCoO2", "Na3PS4", "CaF2", "SrTiO3", "Li3N"};

    private static Path writeClassData(Path file) throws IOException {
        StringBuilder sb = new StringBuilder("composition,family\n");
        for (String x : CLASS_FORMULAS) {
            sb.append(x).append(',').append(x.contains("O") ? "oxide" : "non-oxide").append('\n');
        }
        sb.append("K2O,\n"); // no label: left out
        Files.writeString(file, sb.toString());
        return file;
    }

    /** Four test rows, one with a label the training data lacks. */
    private static Path writeClassTest(Path file) throws IOException {
        Files.writeString(file, "composition,family\nLi2O,oxide\nLiCl,non-oxide\nNa2S,sulfide\nCaO,oxide\n");
        return file;
    }

    /** Probabilities sum to 1, the class is the likelier one, the entropy is theirs and splits into two parts. */
    private static void assertConsistentOxidePrediction(JsonNode o) {
        double p0 = o.path("probabilities").path("non-oxide").asDouble();
        double p1 = o.path("probabilities").path("oxide").asDouble();
        assertEquals(1, p0 + p1, 1e-9, o.toString());
        assertEquals(p1 > p0 ? "oxide" : "non-oxide", o.path("class").asText());
        double h = -(p0 > 0 ? p0 * Math.log(p0) : 0) - (p1 > 0 ? p1 * Math.log(p1) : 0);
        assertEquals(h, o.path("entropy").asDouble(), 1e-9);
        assertEquals(h, o.path("entropy_aleatoric").asDouble() + o.path("entropy_epistemic").asDouble(), 1e-9);
        assertTrue(o.path("entropy_epistemic").asDouble() >= 0 && o.path("entropy_aleatoric").asDouble() >= 0, o.toString());
    }

    @Test
    void forestClassifierTrainsPredictsEvaluatesAndCalibratesLikeRoost() throws Exception {
        Path data = writeClassData(dir.resolve("rf-classes.csv"));
        Path test = writeClassTest(dir.resolve("rf-classes-test.csv"));
        Path model = dir.resolve("rf-classes");
        CliRunner r = CliRunner.run("train", "rf", "--task", "classification", "--data", data.toString(), "--target", "family",
                "--test", test.toString(), "--trees", "50", "--seed", "3", "--oob", "-o", model.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode oob = new ObjectMapper().readTree(r.out()).path("metrics").path("oob");
        assertEquals(20, oob.path("n").asInt(), oob.toString());
        assertTrue(oob.path("log_loss").asDouble() > new ObjectMapper().readTree(r.out()).path("metrics").path("train")
                .path("log_loss").asDouble(), "out of bag is harder than the training rows seen by all trees");
        List<String> oobCsv = Files.readAllLines(model.resolve("oob-predictions.csv"));
        assertEquals(21, oobCsv.size());
        assertTrue(oobCsv.get(0).startsWith("formula,target,predicted,p_non-oxide,p_oxide"), oobCsv.get(0));
        assertTrue(r.err().contains("1 row(s) left out") && r.err().contains("sulfide"), r.err());
        ObjectMapper om = new ObjectMapper();
        JsonNode summary = om.readTree(r.out());
        assertEquals("random-forest", summary.path("kind").asText());
        assertEquals("[\"non-oxide\",\"oxide\"]", summary.path("classes").toString());
        JsonNode train = summary.path("metrics").path("train");
        assertEquals(20, train.path("n").asInt());
        assertTrue(train.path("accuracy").asDouble() >= 0.9, train.toString());
        assertTrue(train.path("single_accuracy_mean").asDouble() < train.path("accuracy").asDouble() + 1e-12, train.toString());
        JsonNode tm = summary.path("metrics").path("test");
        assertEquals(3, tm.path("n").asInt());
        JsonNode mj = om.readTree(Files.readAllBytes(model.resolve("model.json")));
        assertEquals("classification", mj.path("task").asText());
        assertEquals("gini", mj.path("criterion").asText());
        assertEquals("[\"non-oxide\",\"oxide\"]", mj.path("target").path("class_labels").toString());
        List<String> csv = Files.readAllLines(model.resolve("test-predictions.csv"));
        assertEquals("formula,target,predicted,p_non-oxide,p_oxide,entropy,entropy_aleatoric,entropy_epistemic", csv.get(0));
        assertEquals(4, csv.size());

        CliRunner ev = CliRunner.run("evaluate", model.resolve("test-predictions.csv").toString(), "--json");
        assertEquals(0, ev.exitCode(), ev.err());
        JsonNode ej = om.readTree(ev.out());
        assertEquals(tm.path("accuracy").asDouble(), ej.path("accuracy").asDouble(), 1e-12);
        assertEquals(tm.path("log_loss").asDouble(), ej.path("log_loss").asDouble(), 1e-5);

        // predict: probabilities are multiples of 1/(trees x leaf size) summing to 1, and the entropies add up
        CliRunner p = CliRunner.run("predict", model.toString(), "Li2O", "Xx2O", "LiCl", "--json");
        assertEquals(0, p.exitCode(), p.err());
        JsonNode a = om.readTree(p.out());
        assertTrue(a.get(1).path("error").asText().contains("Xx"), a.toString());
        assertConsistentOxidePrediction(a.get(0));
        assertConsistentOxidePrediction(a.get(2));
        assertEquals(2, CliRunner.run("calibrate", model.toString(), "--data", data.toString()).exitCode(),
                "calibrating on the training rows is refused");
        Path calFile = dir.resolve("rf-classes-cal.csv");
        Files.writeString(calFile, "composition,family\nNaF,non-oxide\nBaO,oxide\nKF,non-oxide\nCdS,non-oxide\nSrO,oxide\n"
                + "MgCl2,non-oxide\nCsI,non-oxide\nLi2O,oxide\nCaO,oxide\nRbBr,non-oxide\nY2O3,oxide\n");
        CliRunner cal = CliRunner.run("calibrate", model.toString(), "--data", calFile.toString(), "--json");
        assertEquals(0, cal.exitCode(), cal.err());
        JsonNode pc = om.readTree(cal.out()).path("probability_calibration");
        double t = pc.path("temperature").asDouble();
        assertTrue(t > 0, cal.out());
        assertEquals("mean", pc.path("level").asText(), "a forest's mean is tempered, not its 0/1 trees");
        CliRunner classMethod = CliRunner.run("calibrate", model.toString(), "--data", calFile.toString(), "--method",
                "components");
        assertEquals(2, classMethod.exitCode());
        assertTrue(classMethod.err().contains("--method applies to regression models"), classMethod.err());
        assertTrue(pc.path("nll_after").asDouble() <= pc.path("nll_before").asDouble(), pc.toString());
        // predict's probabilities are the forest's mean probabilities tempered: p ~ p_raw^(1/T)
        JsonNode tempered = om.readTree(CliRunner.run("predict", model.toString(), "Li2O", "LiCl", "--json").out());
        for (int i = 0; i < 2; i++) {
            double r0 = a.get(2 * i).path("probabilities").path("non-oxide").asDouble();
            double r1 = a.get(2 * i).path("probabilities").path("oxide").asDouble();
            double q0 = Math.pow(r0, 1 / t);
            double q1 = Math.pow(r1, 1 / t);
            assertEquals(q1 / (q0 + q1), tempered.get(i).path("probabilities").path("oxide").asDouble(), 1e-9);
            assertConsistentOxidePrediction(tempered.get(i));
        }

        Path broken = dir.resolve("rf-classes-truncated");
        Files.createDirectories(broken);
        Files.copy(model.resolve("model.json"), broken.resolve("model.json"));
        byte[] forest = Files.readAllBytes(model.resolve("forest.bin"));
        Files.write(broken.resolve("forest.bin"), java.util.Arrays.copyOf(forest, forest.length / 3));
        CliRunner truncated = CliRunner.run("predict", broken.toString(), "LiCl");
        assertEquals(2, truncated.exitCode());
        assertTrue(truncated.err().contains("ends early"), truncated.err());

        CliRunner linear = CliRunner.run("train", "linear", "--task", "classification", "--data", data.toString(), "--target",
                "family", "-o", dir.resolve("linear-classes").toString());
        assertEquals(2, linear.exitCode());
        assertTrue(linear.err().contains("--task"), linear.err());
        CliRunner badTask = CliRunner.run("train", "rf", "--task", "ranking", "--data", data.toString(), "--target", "family",
                "-o", dir.resolve("rf-ranking").toString());
        assertEquals(2, badTask.exitCode());
        assertTrue(badTask.err().contains("--task must be regression or classification"), badTask.err());
        assertFalse(Files.exists(dir.resolve("rf-ranking")));
        CliRunner asNumbers = CliRunner.run("train", "rf", "--data", data.toString(), "--target", "family", "-o",
                dir.resolve("rf-numbers").toString());
        assertEquals(2, asNumbers.exitCode(), "class labels are not a numeric target");
    }

    @Test
    void featurizeWritesTheMagpieFeaturesOfEveryUsableRow() throws Exception {
        Path in = dir.resolve("featurize.csv");
        Files.writeString(in, "id,formula,note\n1,NaCl,\"rock, salt\"\n2,Xx2O,bad\n3,Li2O,antifluorite\n");
        Path out = dir.resolve("featurize-out.csv");
        CliRunner r = CliRunner.run("featurize", in.toString(), "-o", out.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("1 row(s) left out") && r.err().contains("line 3"), r.err());
        JsonNode s = new ObjectMapper().readTree(r.out());
        assertEquals(2, s.path("rows").asInt());
        assertEquals(145, s.path("features").asInt());
        org.ionmat.learn.data.CsvTable t = org.ionmat.learn.data.CsvTable.read(out);
        assertEquals(3 + 145, t.header().size());
        assertEquals(List.of("id", "formula", "note"), t.header().subList(0, 3));
        assertEquals("rock, salt", t.get(0, 2), "input columns are kept, quoted where needed");
        // atomic numbers: NaCl 11 and 17 in equal parts, Li2O 3, 3 and 8
        assertEquals(14.0, Double.parseDouble(t.get(0, t.column("MagpieData mean Number"))), 1e-12);
        assertEquals(6.0, Double.parseDouble(t.get(0, t.column("MagpieData range Number"))), 1e-12);
        assertEquals(14.0 / 3, Double.parseDouble(t.get(1, t.column("MagpieData mean Number"))), 1e-12);
        assertEquals("3", t.get(1, 0));

        Path none = dir.resolve("featurize-none.csv");
        Files.writeString(none, "formula\nXx\nQq2\n");
        Path noneOut = dir.resolve("featurize-none-out.csv");
        CliRunner bad = CliRunner.run("featurize", none.toString(), "-o", noneOut.toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("no row can be featurized"), bad.err());
        assertFalse(Files.exists(noneOut));
        assertEquals(2, CliRunner.run("featurize", in.toString(), "--formula-column", "nope", "-o", noneOut.toString())
                .exitCode());
        assertEquals(2, CliRunner.run("featurize", in.toString(), "--features", "cgcnn", "-o", noneOut.toString())
                .exitCode());
    }

    @Test
    void forestOutOfBagPredictionsServeAsCalibrationRows() throws Exception {
        Path model = dir.resolve("rf-oob");
        CliRunner r = CliRunner.run("train", "rf", "--data", csv.toString(), "--target", "sigma", "--log10", "--oob", "-o",
                model.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode m = new ObjectMapper().readTree(r.out()).path("metrics");
        assertEquals(20, m.path("oob").path("n").asInt(), m.toString());
        assertTrue(m.path("oob").path("mae").asDouble() > m.path("train").path("mae").asDouble(), m.toString());
        assertPredictionRows(model.resolve("oob-predictions.csv"), 20);
        CliRunner c = CliRunner.run("calibrate", model.toString(), "--predictions", model.resolve("oob-predictions.csv")
                .toString(), "--method", "power", "--json");
        assertEquals(0, c.exitCode(), c.err());
        assertEquals(20, new ObjectMapper().readTree(c.out()).path("sigma_calibration").path("rows").asInt());
        // one tree leaves about a third of the rows out of its bag; the rest have no out-of-bag prediction and are left out
        Path one = dir.resolve("rf-oob-one-tree");
        JsonNode o1 = new ObjectMapper().readTree(CliRunner.run("train", "rf", "--data", csv.toString(), "--target", "sigma",
                "--log10", "--trees", "1", "--oob", "-o", one.toString(), "--json").out()).path("metrics").path("oob");
        int n1 = o1.path("n").asInt();
        assertTrue(n1 > 0 && n1 < 20, o1.toString());
        assertEquals(20 - n1, o1.path("rows_without_oob_prediction").asInt());
        assertPredictionRows(one.resolve("oob-predictions.csv"), n1);
        // a single training row is in every bootstrap sample: no out-of-bag rows, said on stderr, no file
        Path single = dir.resolve("one-row.csv");
        Files.writeString(single, "composition,sigma\nLiCl,1e-3\n");
        Path singleModel = dir.resolve("rf-oob-one-row");
        CliRunner sr = CliRunner.run("train", "rf", "--data", single.toString(), "--target", "sigma", "--log10", "--oob",
                "-o", singleModel.toString());
        assertEquals(0, sr.exitCode(), sr.err());
        assertTrue(sr.err().contains("no out-of-bag predictions") && sr.out().contains("oob: n 0"), sr.err() + sr.out());
        assertFalse(Files.exists(singleModel.resolve("oob-predictions.csv")));
        assertEquals(2, CliRunner.run("train", "linear", "--data", csv.toString(), "--target", "sigma", "--oob", "-o",
                dir.resolve("linear-oob").toString()).exitCode(), "a linear model has no bags");
        // retraining into the directory replaces the model whole: no out-of-bag file of the earlier forest stays behind,
        // and nothing but the model's files is left in the parent
        assertEquals(0, CliRunner.run("train", "rf", "--data", csv.toString(), "--target", "sigma", "--log10", "--trees",
                "5", "-o", one.toString()).exitCode());
        assertFalse(Files.exists(one.resolve("oob-predictions.csv")), "stale out-of-bag predictions");
        assertEquals(0, CliRunner.run("train", "linear", "--data", csv.toString(), "--target", "sigma", "-o",
                one.toString()).exitCode());
        assertFalse(Files.exists(one.resolve("forest.bin")), "stale forest");
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".")), "staging directories left behind");
        }
    }

    /** A regression predictions file with a header and {@code rows} rows. */
    private static void assertPredictionRows(Path file, int rows) throws IOException {
        List<String> lines = Files.readAllLines(file);
        assertEquals("formula,target,mean,std,std_epistemic,std_aleatoric", lines.get(0));
        assertEquals(rows + 1, lines.size());
    }

    @Test
    void randomForestAndLinearShareThePredictInterface() throws Exception {
        for (String kind : new String[] {"rf", "linear"}) {
            Path model = dir.resolve(kind);
            CliRunner r = CliRunner.run("train", kind, "--data", csv.toString(), "--target", "sigma", "--log10",
                    "--features", "magpie", "-o", model.toString(), "--json");
            assertEquals(0, r.exitCode(), r.err());
            CliRunner p = CliRunner.run("predict", model.toString(), "LiCoO2", "Q2", "--json");
            assertEquals(0, p.exitCode(), p.err());
            JsonNode a = new ObjectMapper().readTree(p.out());
            assertTrue(a.get(0).path("mean").asDouble() < -2, a.toString());
            assertEquals(0, a.get(0).path("std_aleatoric").asDouble(), 0);
            assertTrue(a.get(1).has("error"));
        }
    }

    @Test
    void calibrateScalesSigmaOnHeldOutRowsAndPredictAndEvaluateUseIt() throws Exception {
        Path model = dir.resolve("rf-cal");
        assertEquals(0, CliRunner.run("train", "rf", "--data", csv.toString(), "--target", "sigma", "--log10",
                "--features", "magpie", "-o", model.toString()).exitCode());
        String[] f = {"LiCl", "NaF", "KBr", "Li2O", "Na2O", "MgCl2", "CaO", "SrO", "BaO", "ZnS", "CdS", "GaN", "AlN", "Li3PO4"};
        Path cal = writeCalibrationRows(dir.resolve("cal.csv"), f, "Q2,1e-3\nLiBr,abc\n");
        ObjectMapper om = new ObjectMapper();

        // the factor from its definition, on the uncalibrated predictions: s = mean(sqrt(2)|y - mu| / sigma)
        String[] args = jsonPredictArgs(model, f);
        JsonNode raw = om.readTree(CliRunner.run(concat("predict", args)).out());
        double expected = 0;
        for (int i = 0; i < f.length; i++) {
            double y = -2 - (i % 5);
            expected += Math.sqrt(2) * Math.abs(y - raw.get(i).path("mean").asDouble()) / raw.get(i).path("std").asDouble();
        }
        expected /= f.length;

        byte[] before = Files.readAllBytes(model.resolve("model.json"));
        CliRunner dry = CliRunner.run("calibrate", model.toString(), "--data", cal.toString(), "--dry-run", "--json");
        assertEquals(0, dry.exitCode(), dry.err());
        assertEquals(expected, om.readTree(dry.out()).path("sigma_calibration").path("scale").asDouble(), 1e-9 * expected);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(model.resolve("model.json"))), "dry run wrote");

        CliRunner c = CliRunner.run("calibrate", model.toString(), "--data", cal.toString(), "--json");
        assertEquals(0, c.exitCode(), c.err());
        assertTrue(c.err().contains("2 row(s) left out"), c.err());
        JsonNode sc = om.readTree(c.out()).path("sigma_calibration");
        double s = sc.path("scale").asDouble();
        assertEquals(expected, s, 1e-9 * expected);
        assertEquals(f.length, sc.path("rows").asInt());
        assertTrue(sc.path("nll_after").asDouble() <= sc.path("nll_before").asDouble(), sc.toString());
        assertEquals(s, om.readTree(Files.readAllBytes(model.resolve("model.json"))).path("sigma_calibration").path("scale")
                .asDouble(), 0);

        JsonNode calibrated = om.readTree(CliRunner.run(concat("predict", args)).out());
        for (int i = 0; i < f.length; i++) {
            assertEquals(raw.get(i).path("mean").asDouble(), calibrated.get(i).path("mean").asDouble(), 0);
            assertEquals(s * raw.get(i).path("std").asDouble(), calibrated.get(i).path("std").asDouble(), 1e-12);
            assertEquals(s, calibrated.get(i).path("sigma_scale").asDouble(), 0, "JSON says that sigma were rescaled");
            assertFalse(raw.get(i).has("sigma_scale"));
        }
        CliRunner text = CliRunner.run("predict", model.toString(), "LiCl");
        assertTrue(text.out().contains("sigma recalibrated"), text.out());

        // predict --target keeps the targets for evaluate, which skips the rejected rows
        Path out = dir.resolve("cal-pred.csv");
        CliRunner pt = CliRunner.run("predict", model.toString(), cal.toString(), "--target", "sigma", "-o", out.toString());
        assertEquals(0, pt.exitCode(), pt.err());
        assertTrue(Files.readString(out).startsWith("formula,target,mean,std"), Files.readString(out));
        CliRunner ev = CliRunner.run("evaluate", out.toString(), "--permutations", "10", "--json");
        assertEquals(0, ev.exitCode(), ev.err());
        JsonNode e = om.readTree(ev.out());
        assertEquals(f.length, e.path("n").asInt());
        assertEquals(2, e.path("rows_skipped").asInt());
        assertEquals(sc.path("within_1_sigma_after").asDouble(), e.path("fraction_within_1_sigma").asDouble(), 1e-12);
        // the same rows given as predictions of the calibrated model (which carry the factor) refit the same factor
        CliRunner fromPred = CliRunner.run("calibrate", model.toString(), "--predictions", out.toString(), "--dry-run",
                "--json");
        assertEquals(0, fromPred.exitCode(), fromPred.err());
        assertEquals(s, om.readTree(fromPred.out()).path("sigma_calibration").path("scale").asDouble(), 1e-5 * s);
        assertEquals(2, CliRunner.run("calibrate", model.toString(), "--predictions", out.toString(), "--data",
                cal.toString()).exitCode());

        // refusals leave model.json as it is
        byte[] now = Files.readAllBytes(model.resolve("model.json"));
        CliRunner self = CliRunner.run("calibrate", model.toString(), "--data", csv.toString());
        assertEquals(2, self.exitCode());
        assertTrue(self.err().contains("training data"), self.err());
        Path few = dir.resolve("few.csv");
        Files.writeString(few, "composition,sigma\nLiCl,1e-3\nNaF,1e-4\n");
        CliRunner small = CliRunner.run("calibrate", model.toString(), "--data", few.toString());
        assertEquals(2, small.exitCode());
        assertTrue(small.err().contains("need at least 10"), small.err());
        assertEquals(2, CliRunner.run("calibrate", model.toString(), "--data", cal.toString(), "--distribution", "cauchy")
                .exitCode());
        assertEquals(2, CliRunner.run("calibrate", model.toString()).exitCode());
        assertTrue(java.util.Arrays.equals(now, Files.readAllBytes(model.resolve("model.json"))));

        assertEquals(0, CliRunner.run("calibrate", model.toString(), "--clear").exitCode());
        JsonNode cleared = om.readTree(CliRunner.run(concat("predict", args)).out());
        assertEquals(raw.get(0).path("std").asDouble(), cleared.get(0).path("std").asDouble(), 0);
    }

    @Test
    void calibrateComponentsScalesTheEpistemicAndAleatoricSigmaSeparately() throws Exception {
        Path model = trainTinyEnsemble("components", 2);
        String[] f = {"LiCl", "NaF", "KI", "Li2O", "Na2O", "MgCl2", "CaO", "SrO", "BaO", "ZnS", "CdS", "GaN", "AlN", "Li3PO4"};
        Path cal = writeCalibrationRows(dir.resolve("cal-components.csv"), f, "");
        ObjectMapper om = new ObjectMapper();
        String[] args = jsonPredictArgs(model, f);
        JsonNode raw = om.readTree(CliRunner.run(concat("predict", args)).out());

        CliRunner one = CliRunner.run("calibrate", model.toString(), "--data", cal.toString(), "--dry-run", "--json");
        CliRunner c = CliRunner.run("calibrate", model.toString(), "--data", cal.toString(), "--method", "components", "--json");
        assertEquals(0, c.exitCode(), c.err());
        JsonNode sc = om.readTree(c.out()).path("sigma_calibration");
        assertEquals("components", sc.path("method").asText());
        double e = sc.path("scale_epistemic").asDouble();
        double a = sc.path("scale_aleatoric").asDouble();
        assertTrue(e > 0 && a > 0, sc.toString());
        // the reported likelihoods from their definition (Laplace with sd sqrt((e s_e)^2 + (a s_a)^2)) on predict's output
        double before = 0;
        double after = 0;
        for (int i = 0; i < f.length; i++) {
            JsonNode o = raw.get(i);
            double r = -2 - (i % 5) - o.path("mean").asDouble();
            double s0 = o.path("std").asDouble();
            double s1 = Math.hypot(e * o.path("std_epistemic").asDouble(), a * o.path("std_aleatoric").asDouble());
            before += (Math.log(Math.sqrt(2) * s0) + Math.sqrt(2) * Math.abs(r) / s0) / f.length;
            after += (Math.log(Math.sqrt(2) * s1) + Math.sqrt(2) * Math.abs(r) / s1) / f.length;
        }
        assertEquals(before, sc.path("nll_before").asDouble(), 1e-9);
        assertEquals(after, sc.path("nll_after").asDouble(), 1e-9);
        // one common factor is a special case, so two factors fit at least as well
        assertTrue(after <= om.readTree(one.out()).path("sigma_calibration").path("nll_after").asDouble() + 1e-12);
        // the one-factor fit reports what the other methods reach on the same rows
        JsonNode others = om.readTree(one.out()).path("sigma_calibration").path("nll_after_other_methods");
        assertEquals(after, others.path("components").asDouble(), 1e-12);
        assertTrue(others.has("power"), others.toString());
        assertTrue(one.out().length() > 0 && !others.has("scale"));

        JsonNode calibrated = om.readTree(CliRunner.run(concat("predict", args)).out());
        for (int i = 0; i < f.length; i++) {
            JsonNode o = calibrated.get(i);
            assertEquals(e * raw.get(i).path("std_epistemic").asDouble(), o.path("std_epistemic").asDouble(), 1e-12);
            assertEquals(a * raw.get(i).path("std_aleatoric").asDouble(), o.path("std_aleatoric").asDouble(), 1e-12);
            assertEquals(Math.hypot(o.path("std_epistemic").asDouble(), o.path("std_aleatoric").asDouble()),
                    o.path("std").asDouble(), 1e-12);
            assertEquals(e, o.path("sigma_scale_epistemic").asDouble(), 0);
            assertEquals(a, o.path("sigma_scale_aleatoric").asDouble(), 0);
        }
        assertTrue(CliRunner.run("predict", model.toString(), "LiCl").out().contains("aleatoric sigma times"));
        // predictions of the calibrated model carry both factors, and refitting from them finds the same factors
        Path out = dir.resolve("cal-components-pred.csv");
        assertEquals(0, CliRunner.run("predict", model.toString(), cal.toString(), "--target", "sigma", "-o", out.toString())
                .exitCode());
        assertTrue(Files.readAllLines(out).get(0).endsWith(",sigma_scale_epistemic,sigma_scale_aleatoric"));
        CliRunner refit = CliRunner.run("calibrate", model.toString(), "--predictions", out.toString(), "--method",
                "components", "--dry-run", "--json");
        assertEquals(0, refit.exitCode(), refit.err());
        JsonNode rc = om.readTree(refit.out()).path("sigma_calibration");
        assertEquals(e, rc.path("scale_epistemic").asDouble(), 1e-4 * e);
        assertEquals(a, rc.path("scale_aleatoric").asDouble(), 1e-4 * a);

        assertEquals(2, CliRunner.run("calibrate", model.toString(), "--data", cal.toString(), "--method", "isotonic")
                .exitCode());
        Path forest = dir.resolve("rf-components");
        assertEquals(0, CliRunner.run("train", "rf", "--data", csv.toString(), "--target", "sigma", "--log10", "-o",
                forest.toString()).exitCode());
        CliRunner noAleatoric = CliRunner.run("calibrate", forest.toString(), "--data", cal.toString(), "--method",
                "components");
        assertEquals(2, noAleatoric.exitCode());
        assertTrue(noAleatoric.err().contains("aleatoric sigma is zero on every row"), noAleatoric.err());

        // a power law sigma' = c sigma^b: predict applies it, and its per-row factors undo it for a refit
        JsonNode forestRaw = om.readTree(CliRunner.run(concat("predict", concat(forest.toString(),
                java.util.Arrays.copyOfRange(args, 1, args.length)))).out());
        CliRunner power = CliRunner.run("calibrate", forest.toString(), "--data", cal.toString(), "--method", "power",
                "--json");
        assertEquals(0, power.exitCode(), power.err());
        JsonNode pw = om.readTree(power.out()).path("sigma_calibration");
        assertEquals("power", pw.path("method").asText());
        double pc = pw.path("scale").asDouble();
        double pb = pw.path("exponent").asDouble();
        JsonNode forestCal = om.readTree(CliRunner.run(concat("predict", concat(forest.toString(),
                java.util.Arrays.copyOfRange(args, 1, args.length)))).out());
        for (int i = 0; i < f.length; i++) {
            double s0 = forestRaw.get(i).path("std").asDouble();
            if (s0 > 0) {
                assertEquals(pc * Math.pow(s0, pb), forestCal.get(i).path("std").asDouble(), 1e-12);
                assertEquals(pc * Math.pow(s0, pb) / s0, forestCal.get(i).path("sigma_scale").asDouble(), 1e-9);
            }
        }
        Path forestOut = dir.resolve("cal-power-pred.csv");
        assertEquals(0, CliRunner.run("predict", forest.toString(), cal.toString(), "--target", "sigma", "-o",
                forestOut.toString()).exitCode());
        JsonNode again = om.readTree(CliRunner.run("calibrate", forest.toString(), "--predictions", forestOut.toString(),
                "--method", "power", "--dry-run", "--json").out()).path("sigma_calibration");
        // the CSV keeps 6 digits, and on 14 rows the likelihood is flat in b
        assertEquals(pc, again.path("scale").asDouble(), 1e-3 * pc);
        assertEquals(pb, again.path("exponent").asDouble(), 1e-3 * pb);
    }

    @Test
    void calibrateAutoChoosesTheMethodByCrossValidation() throws Exception {
        Path model = trainTinyEnsemble("auto", 1);
        // held-out predictions whose errors follow 3 x the epistemic and 0.5 x the aleatoric sigma
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        StringBuilder rows = new StringBuilder("formula,target,mean,std,std_epistemic,std_aleatoric\n");
        for (int i = 0; i < 400; i++) {
            double e = 0.02 + 0.3 * r.nextDouble();
            double a = 0.05 + 0.5 * r.nextDouble();
            double sd = Math.hypot(3 * e, 0.5 * a);
            double u = r.nextDouble() - 0.5; // Laplace error with standard deviation sd
            double err = -sd / Math.sqrt(2) * Math.signum(u) * Math.log(1 - 2 * Math.abs(u));
            rows.append(String.format(java.util.Locale.ROOT, "X%d,%.6f,1.0,%.6f,%.6f,%.6f%n", i, 1.0 + err,
                    Math.hypot(e, a), e, a));
        }
        Path pred = dir.resolve("auto-pred.csv");
        Files.writeString(pred, rows);
        ObjectMapper om = new ObjectMapper();
        CliRunner c = CliRunner.run("calibrate", model.toString(), "--predictions", pred.toString(), "--dry-run", "--json");
        assertEquals(0, c.exitCode(), c.err());
        JsonNode sc = om.readTree(c.out()).path("sigma_calibration");
        assertEquals("components", sc.path("method").asText(), sc.toString());
        assertEquals("cross-validation", sc.path("method_chosen_by").asText());
        JsonNode choice = sc.path("method_choice");
        assertEquals(5, choice.path("folds").asInt());
        assertEquals("components", choice.path("lowest").asText());
        assertEquals(3, choice.path("cross_validated_nll").size(), choice.toString());
        // out of fold, each method does worse than fitted in-sample on all rows
        assertTrue(choice.path("cross_validated_nll").path("components").asDouble() >= sc.path("nll_after").asDouble(),
                sc.toString());
        assertEquals(3.0, sc.path("scale_epistemic").asDouble(), 0.6);
        CliRunner text = CliRunner.run("calibrate", model.toString(), "--predictions", pred.toString(), "--dry-run");
        assertTrue(text.out().contains("--method auto: 5-fold cross-validated NLL scale"), text.out());

        // below 20 rows there is nothing to cross-validate: one factor, and the JSON says why
        List<String> lines = Files.readAllLines(pred);
        Path few = dir.resolve("auto-few.csv");
        Files.write(few, lines.subList(0, 13));
        JsonNode fewCal = om.readTree(CliRunner.run("calibrate", model.toString(), "--predictions", few.toString(),
                "--dry-run", "--json").out()).path("sigma_calibration");
        assertEquals("scale", fewCal.path("method").asText());
        assertEquals("too few rows", fewCal.path("method_chosen_by").asText());
        JsonNode chosen = om.readTree(CliRunner.run("calibrate", model.toString(), "--predictions", few.toString(),
                "--method", "scale", "--dry-run", "--json").out()).path("sigma_calibration");
        assertEquals("user", chosen.path("method_chosen_by").asText());
        assertFalse(chosen.has("method_choice"));
    }

    /** A 2-member Roost ensemble on the test's conductivity rows (tiny embedding, 16-unit output layer). */
    private Path trainTinyEnsemble(String name, int epochs) throws Exception {
        Path embedding = writeEmbedding(dir.resolve("tiny6-" + name + ".json"));
        Path model = dir.resolve("roost-" + name);
        CliRunner train = CliRunner.run("train", "roost", "--data", csv.toString(), "--target", "sigma", "--log10",
                "--embedding", embedding.toString(), "--ensemble", "2", "--epochs", String.valueOf(epochs), "--output-layers",
                "16", "--seed", "4", "-o", model.toString());
        assertEquals(0, train.exitCode(), train.err());
        return model;
    }

    /** Rows 'composition,sigma' with sigma = 10^-(2 + i mod 5) for the formulas, then {@code extra} lines. */
    private static Path writeCalibrationRows(Path file, String[] formulas, String extra) throws IOException {
        StringBuilder sb = new StringBuilder("composition,sigma\n");
        for (int i = 0; i < formulas.length; i++) {
            sb.append(formulas[i]).append(',').append(Math.pow(10, -2 - (i % 5))).append('\n');
        }
        Files.writeString(file, sb.append(extra).toString());
        return file;
    }

    /** MODEL F1 F2 ... --json, the arguments of 'predict' after its name. */
    private static String[] jsonPredictArgs(Path model, String[] formulas) {
        String[] args = new String[formulas.length + 2];
        args[0] = model.toString();
        System.arraycopy(formulas, 0, args, 1, formulas.length);
        args[formulas.length + 1] = "--json";
        return args;
    }

    /** Mean -ln p(true class) of predict's JSON for rows labelled oxide when their formula has O. */
    private static double logLoss(JsonNode predictions, String[] formulas) {
        double s = 0;
        for (int i = 0; i < formulas.length; i++) {
            s -= Math.log(Math.max(1e-15, predictions.get(i).path("probabilities")
                    .path(formulas[i].contains("O") ? "oxide" : "non-oxide").asDouble()));
        }
        return s / formulas.length;
    }

    private static String[] concat(String first, String[] rest) {
        String[] a = new String[rest.length + 1];
        a[0] = first;
        System.arraycopy(rest, 0, a, 1, rest.length);
        return a;
    }

    @Test
    void evaluateGivesBootstrapIntervalsAndPairedDifferences() throws Exception {
        java.util.SplittableRandom r = new java.util.SplittableRandom(9);
        StringBuilder a = new StringBuilder("formula,target,mean,std\n");
        StringBuilder b = new StringBuilder("formula,target,mean,std\n");
        double maeA = 0;
        double maeB = 0;
        int n = 300;
        for (int i = 0; i < n; i++) {
            double y = 4 * r.nextDouble();
            double ea = 0.2 * (r.nextDouble() - 0.5);
            double eb = 0.6 * (r.nextDouble() - 0.5);
            a.append("X").append(i).append(',').append(y).append(',').append(y + ea).append(",0.1\n");
            b.append("X").append(i).append(',').append(y).append(',').append(y + eb).append(",0.1\n");
            maeA += Math.abs(ea) / n;
            maeB += Math.abs(eb) / n;
        }
        Path fa = dir.resolve("pred-a.csv");
        Path fb = dir.resolve("pred-b.csv");
        Files.writeString(fa, a.toString());
        Files.writeString(fb, b.toString());
        CliRunner ev = CliRunner.run("evaluate", fa.toString(), "--compare", fb.toString(), "--permutations", "20", "--json");
        assertEquals(0, ev.exitCode(), ev.err());
        JsonNode j = new ObjectMapper().readTree(ev.out());
        assertEquals(maeA, j.path("mae").asDouble(), 1e-9);
        JsonNode ci = j.path("mae_ci95");
        assertTrue(ci.get(0).asDouble() < maeA && maeA < ci.get(1).asDouble(), ci.toString());
        JsonNode c = j.path("compare");
        assertEquals(maeB, c.path("mae").asDouble(), 1e-9);
        assertEquals(maeA - maeB, c.path("mae_difference").asDouble(), 1e-9);
        // uniform errors of half-widths 0.1 and 0.3: the difference is -0.1 and far from 0 with 300 rows
        JsonNode d = c.path("mae_difference_ci95");
        assertTrue(d.get(0).asDouble() < maeA - maeB && maeA - maeB < d.get(1).asDouble() && d.get(1).asDouble() < -0.05,
                d.toString());

        CliRunner none = CliRunner.run("evaluate", fa.toString(), "--bootstrap", "0", "--permutations", "20", "--json");
        assertEquals(0, none.exitCode(), none.err());
        assertFalse(new ObjectMapper().readTree(none.out()).has("mae_ci95"));
        assertEquals(2, CliRunner.run("evaluate", fa.toString(), "--bootstrap", "-1").exitCode());

        Files.writeString(fb, b.toString().replace("\nX7,", "\nY7,"));
        CliRunner other = CliRunner.run("evaluate", fa.toString(), "--compare", fb.toString());
        assertEquals(2, other.exitCode());
        assertTrue(other.err().contains("pred-b.csv:9") && other.err().contains("same rows"), other.err());
        assertEquals(1, other.err().strip().lines().count(), other.err());
    }

    @Test
    void excludeFilesDropEveryTrainingRowWithTheirCompositions() throws Exception {
        // Na2Cl2 is NaCl in fractional terms; the second file uses another column name
        Path a = dir.resolve("exclude-a.csv");
        Files.writeString(a, "composition,x\nNa2Cl2,1\nSiO2,2\nUnobtainium,3\n");
        Path b = dir.resolve("exclude-b.csv");
        Files.writeString(b, "formula\nMgO\n");
        Path model = dir.resolve("rf-excluded");
        CliRunner r = CliRunner.run("train", "rf", "--data", csv.toString(), "--target", "sigma", "--log10",
                "--exclude", a.toString(), "--exclude", b.toString(), "--exclude-column", "composition",
                "-o", model.toString(), "--json");
        assertEquals(2, r.exitCode(), "file b has no 'composition' column: " + r.err());
        assertTrue(r.err().contains("exclude-b.csv") && r.err().contains("composition"), r.err());
        assertFalse(Files.exists(model.resolve("model.json")));

        Files.writeString(b, "composition\nMgO\n");
        r = CliRunner.run("train", "rf", "--data", csv.toString(), "--target", "sigma", "--log10",
                "--exclude", a.toString(), "--exclude", b.toString(), "-o", model.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode d = new ObjectMapper().readTree(Files.readAllBytes(model.resolve("model.json"))).path("data");
        assertEquals(3, d.path("rows_excluded").asInt(), d.toString());
        assertEquals(17, d.path("train_rows").asInt(), d.toString());
        assertEquals(2, d.path("exclude_files").size(), d.toString());
        assertEquals(b.toString(), d.path("exclude_files").get(1).path("file").asText());
        assertEquals(64, d.path("exclude_files").get(1).path("sha256").asText().length());
        assertEquals(17, new ObjectMapper().readTree(r.out()).path("metrics").path("train").path("n").asInt());
    }

    @Test
    void learningCurveOfForestsTrainedOnFractionsOfTheSameData() throws Exception {
        List<String> dirs = new java.util.ArrayList<>();
        for (String f : new String[] {"0.4", "0.7", "1"}) {
            Path model = dir.resolve("lc-rf-" + f);
            CliRunner r = CliRunner.run("train", "rf", "--data", csv.toString(), "--target", "sigma", "--log10",
                    "--features", "magpie", "--test-fraction", "0.25", "--train-fraction", f, "-o", model.toString());
            assertEquals(0, r.exitCode(), r.err());
            dirs.add(model.toString());
        }
        Path plots = dir.resolve("lc-plots");
        List<String> args = new java.util.ArrayList<>(List.of("learning-curve", "--at", "100", "-o", plots.toString(), "--json"));
        args.addAll(dirs);
        CliRunner lc = CliRunner.run(args.toArray(new String[0]));
        assertEquals(0, lc.exitCode(), lc.err());
        JsonNode curve = new ObjectMapper().readTree(lc.out()).path("curves").get(0);
        assertEquals("random-forest", curve.path("kind").asText(), curve.toString());
        JsonNode pts = curve.path("points");
        assertEquals(3, pts.size());
        assertTrue(pts.get(0).path("train_rows").asInt() < pts.get(2).path("train_rows").asInt(), pts.toString());
        // the fit goes through the points in log-log space: its value at the largest size is close to that point
        JsonNode fit = curve.path("mae_fit");
        double a = fit.path("prefactor").asDouble();
        double alpha = fit.path("exponent").asDouble();
        double n3 = pts.get(2).path("train_rows").asDouble();
        assertEquals(Math.log(pts.get(2).path("mae").asDouble()), Math.log(a * Math.pow(n3, -alpha)), 1.0);
        assertEquals(a * Math.pow(100, -alpha), fit.path("value_at").asDouble(), 1e-12);
        assertTrue(Files.size(plots.resolve("learning-curve-mae.png")) > 1000);
        assertTrue(Files.exists(plots.resolve("learning-curve-rmse.svg")));
        // a model without a test set, and a folder that is no model, are bad input
        Path noTest = dir.resolve("lc-notest");
        assertEquals(0, CliRunner.run("train", "rf", "--data", csv.toString(), "--target", "sigma", "--log10",
                "--features", "magpie", "-o", noTest.toString()).exitCode());
        CliRunner bad = CliRunner.run("learning-curve", dirs.get(0), noTest.toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("has no test metrics"), bad.err());
        Path broken = dir.resolve("lc-broken");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("model.json"), "{\"kind\": \"random-forest\",\n  \"metrics\": {oops}}");
        CliRunner malformed = CliRunner.run("learning-curve", broken.toString());
        assertEquals(2, malformed.exitCode());
        assertTrue(malformed.err().contains("model.json:2: not valid JSON"), malformed.err());
        assertEquals(1, malformed.err().strip().lines().count(), malformed.err());
        CliRunner none = CliRunner.run("learning-curve", dir.resolve("nowhere").toString());
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("not a model directory"), none.err());
    }

    @Test
    void badInputsExitTwoWithOneLine() {
        CliRunner r = CliRunner.run("train", "roost", "--data", dir.resolve("missing.csv").toString(), "--target", "x",
                "-o", dir.resolve("m").toString());
        assertEquals(2, r.exitCode());
        CliRunner c = CliRunner.run("train", "rf", "--data", csv.toString(), "--target", "nope", "-o",
                dir.resolve("m2").toString());
        assertEquals(2, c.exitCode());
        assertTrue(c.err().contains("no column 'nope'"), c.err());
        CliRunner p = CliRunner.run("predict", dir.resolve("nomodel").toString(), "NaCl");
        assertEquals(2, p.exitCode());
        CliRunner f = CliRunner.run("data", "fetch", "unknown-set");
        assertEquals(2, f.exitCode());
    }

    @Test
    void dataFetchFromAMirrorUrl() throws Throwable {
        withDataFolder(dir.resolve("store"), () -> {
            String shared = System.getProperty("ionmat.shared");
            Path src = shared == null ? null : Path.of(shared, "data/embeddings/megnet16.json");
            org.junit.jupiter.api.Assumptions.assumeTrue(src != null && Files.exists(src), "shared data folder absent");
            if (System.getenv("IONMAT_DATA") != null) {
                return;
            }
            CliRunner r = CliRunner.run("data", "fetch", "megnet16", "--url", src.toUri().toString(), "--json");
            assertEquals(0, r.exitCode(), r.err());
            assertTrue(Files.exists(dir.resolve("store/embeddings/megnet16.json")));
            CliRunner bad = CliRunner.run("data", "fetch", "cgcnn92", "--url", src.toUri().toString());
            assertEquals(2, bad.exitCode());
            assertTrue(bad.err().contains("checksum mismatch"), bad.err());
            assertFalse(Files.exists(dir.resolve("store/embeddings/cgcnn92.json")));
        });
    }
}
