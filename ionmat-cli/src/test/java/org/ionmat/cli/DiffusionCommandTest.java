package org.ionmat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.io.FrameInfo;
import org.ionmat.core.io.StructureFiles;
import org.ionmat.core.io.StructureFormat;
import org.ionmat.core.io.Trajectory;
import org.ionmat.core.structure.Lattice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end on XDATCAR files of Li random walks in a fixed O framework with Arrhenius D(T). */
class DiffusionCommandTest {

    static final double KB = 8.617333262e-5;
    static final double EA = 0.25;
    static final double D0 = 2.0; // Å^2/ps
    static final double[] TEMPS = {500, 700, 1000};

    @TempDir
    static Path dir;

    static double dOf(double t) {
        return D0 * Math.exp(-EA / (KB * t));
    }

    @BeforeAll
    static void writeTrajectories() {
        Lattice cell = Lattice.cubic(10.0);
        for (double t : TEMPS) {
            Random rnd = new Random((long) t);
            List<Species> sp = new ArrayList<>();
            int li = 16;
            int o = 8;
            for (int i = 0; i < li + o; i++) {
                sp.add(Species.of(Element.of(i < li ? "Li" : "O")));
            }
            double[] x = new double[3 * sp.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = 10 * rnd.nextDouble();
            }
            double s = Math.sqrt(2 * dOf(t) * 0.05);
            Trajectory.Builder b = Trajectory.builder(sp);
            for (int f = 0; f < 600; f++) {
                for (int i = 0; i < 3 * li; i++) {
                    x[i] += s * rnd.nextGaussian();
                }
                double[] fr = cell.toFractionalAll(x);
                for (int i = 0; i < fr.length; i++) {
                    fr[i] -= Math.floor(fr[i]);
                }
                b.addFrame(cell, cell.toCartesianAll(fr), null, null, FrameInfo.EMPTY);
            }
            StructureFiles.writeTrajectory(dir.resolve("XDATCAR_" + (int) t), b.build(), StructureFormat.XDATCAR);
        }
    }

    private static String[] args(String... extra) {
        List<String> a = new ArrayList<>(List.of("diffusion", "--ion", "Li", "--dt", "50fs"));
        for (double t : TEMPS) {
            a.add("--temperature");
            a.add(Integer.toString((int) t));
            a.add(dir.resolve("XDATCAR_" + (int) t).toString());
        }
        a.addAll(List.of(extra));
        return a.toArray(new String[0]);
    }

    @Test
    void recoversDiffusionCoefficientsAndActivationEnergy() throws Exception {
        Path out = dir.resolve("report");
        CliRunner r = CliRunner.run(args("--json", "-o", out.toString()));
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        for (String key : List.of("ion", "temperatures", "D", "D_err", "D_sigma", "haven_ratio", "Ea", "Ea_err", "D0",
                "D300", "D300_err", "sigma300", "sigma300_err")) {
            assertTrue(j.has(key), "missing key " + key);
        }
        assertEquals("Li", j.get("ion").asText());
        for (int i = 0; i < TEMPS.length; i++) {
            assertEquals(TEMPS[i], j.get("temperatures").get(i).asDouble());
            double d = j.get("D").get(i).asDouble();
            double e = j.get("D_err").get(i).asDouble();
            double exact = dOf(TEMPS[i]) * 1e-4;
            assertTrue(Math.abs(d - exact) < 3.5 * e, "D at " + TEMPS[i] + ": " + d + " ± " + e + " vs " + exact);
            assertTrue(e < 0.3 * exact, "error is informative");
            assertTrue(j.get("haven_ratio").get(i).asDouble() > 0);
        }
        double ea = j.get("Ea").asDouble();
        double eaErr = j.get("Ea_err").asDouble();
        assertTrue(Math.abs(ea - EA) < 3.5 * eaErr, "Ea " + ea + " ± " + eaErr);
        double d300 = j.get("D300").asDouble();
        double d300Err = j.get("D300_err").asDouble();
        double exact300 = dOf(300) * 1e-4;
        assertTrue(Math.abs(Math.log(d300 / exact300)) < 3.5 * d300Err / d300, "D300 " + d300 + " vs " + exact300);
        // Nernst-Einstein with 16 Li in 1000 Å^3, q = +1
        double sigma = 16 / 1000.0 * d300 * 1e4 / (KB * 300) * 16.02176634;
        assertEquals(sigma, j.get("sigma300").asDouble(), 1e-9 * sigma);
        assertEquals(j.get("sigma300").asDouble() * d300Err / d300, j.get("sigma300_err").asDouble(), 1e-9 * sigma);
        for (String f : List.of("index.html", "arrhenius.png", "arrhenius.svg", "msd_500K.png", "msd_1000K.svg")) {
            assertTrue(Files.size(out.resolve(f)) > 1000, f);
        }
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("arrhenius.png") && !html.contains("http"), "offline HTML with images");
    }

    @Test
    void humanOutputAndSeedWindow() {
        CliRunner r = CliRunner.run(args("--window", "seed", "--no-plots"));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Ea") && r.out().contains("σ(300 K)"), r.out());
        assertFalse(r.out().contains("report:"));
    }

    @Test
    void badInputExitsWithTwo() {
        Path x = dir.resolve("XDATCAR_500");
        assertBad(CliRunner.run("diffusion", "--ion", "Li", "--temperature", "500", x.toString()), "--dt");
        assertBad(CliRunner.run("diffusion", "--ion", "Li", x.toString()), "--temperature");
        assertBad(CliRunner.run("diffusion", "--ion", "Xx", "--dt", "1fs", "--temperature", "500", x.toString()), "Xx");
        assertBad(CliRunner.run("diffusion", "--ion", "Na", "--dt", "1fs", "--temperature", "500", x.toString()), "Na");
        assertBad(CliRunner.run("diffusion", "--ion", "Li", "--dt", "1 parsec", "--temperature", "500", x.toString()), "--dt");
        assertBad(CliRunner.run("diffusion", "--ion", "Li", "--dt", "1fs", "--temperature", "hot", x.toString()), "hot");
        assertBad(CliRunner.run("diffusion", "--ion", "Li", "--dt", "1fs", "--window", "9", "--temperature", "500",
                x.toString()), "--window");
        assertBad(CliRunner.run("diffusion", "--ion", "Li", "--dt", "1fs", "--window", "1ps:900ps", "--temperature",
                "500", x.toString()), "window");
        assertBad(CliRunner.run("diffusion", "--ion", "Li", dir.resolve("nothing").toString()), "nothing");
        assertBad(CliRunner.run("diffusion", "--ion", "Li"), "no trajectories");
    }

    private static void assertBad(CliRunner r, String mention) {
        assertEquals(2, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains(mention), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
