package org.ionmat.potential.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.Calculator;
import org.ionmat.potential.CalculatorResult;
import org.ionmat.potential.SumCalculator;
import org.ionmat.potential.TestSystems;
import org.ionmat.potential.pair.Buckingham;
import org.ionmat.potential.pair.PairCalculator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PotentialFilesTest {

    /** The form the issue requires, verbatim. */
    static final String ISSUE_EXAMPLE = """
            {"charges": {"Li": 1, "O": -2}, "pairs": [{"species": ["Li","O"], "type": "buckingham", "A": 426.48,
             "rho": 0.3, "C": 0.0}, {"species": ["O","O"], "type": "buckingham", "A": 22764.0, "rho": 0.149, "C": 27.88}],
             "cutoff": 10.0, "coulomb": {"method": "ewald", "accuracy": 1e-6}}""";

    private static PotentialSpec spec(String json) {
        return (PotentialSpec) PotentialFiles.parse(json, "pot.json", null);
    }

    private static String error(String json) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PotentialFiles.parse(json, "pot.json", null));
        assertTrue(e.getMessage().startsWith("pot.json"), e.getMessage());
        return e.getMessage();
    }

    private static void assertMentions(String message, String... parts) {
        for (String p : parts) {
            assertTrue(message.contains(p), "'" + message + "' should mention '" + p + "'");
        }
    }

    @Test
    void readsTheIssueExample() {
        PotentialSpec s = spec(ISSUE_EXAMPLE);
        assertEquals("pot", s.name());
        assertEquals(2, s.species().size());
        assertEquals(-2, s.charge(1));
        assertEquals(10.0, s.cutoff());
        assertEquals(2, s.pairs().size());
        assertEquals(new Buckingham(426.48, 0.3, 0.0), s.pairs().get(0).function());
        assertInstanceOf(PotentialSpec.Ewald.class, s.coulomb());
        assertEquals(1e-6, ((PotentialSpec.Ewald) s.coulomb()).accuracy());
        AtomicSystem sys = TestSystems.li2o(4.61, 1);
        Calculator c = s.calculatorFor(sys);
        assertInstanceOf(SumCalculator.class, c);
        CalculatorResult r = c.calculate(sys);
        assertTrue(r.energy() < 0 && r.forces().length == 36);
        assertEquals("Li-O buckingham, O-O buckingham; ewald (accuracy 0.000001); cutoff 10 Å", s.describe());
    }

    @Test
    void readsEveryPairTypeAndCoulombMethod() {
        PotentialSpec s = spec("""
                {"name": "all", "description": "test", "reference": "none", "model": "pair",
                 "charges": {"Li": 0.6, "O": -1.2, "Fe2+": 1.2, "Fe3+": 1.8}, "cutoff": 8, "shift": true, "skin": 0.5,
                 "pairs": [
                   {"species": ["Li", "O"], "type": "born", "A": 0.2, "rho": 0.3, "sigma": 2.3, "C": 1, "D": 0.5},
                   {"species": ["O", "O"], "type": "lj", "epsilon": 0.01, "sigma": 3.0, "cutoff": 6.5, "shift": false},
                   {"species": ["Fe2+", "O"], "type": "morse", "D0": 0.5, "alpha": 1.7, "r0": 2.0},
                   {"species": ["Fe3+", "O"], "type": "table", "r": [1, 2, 4, 6, 8, 9], "energy": [5, 1, 0, -0.1, -0.01, 0]}],
                 "coulomb": {"method": "dsf", "alpha": 0.25}}""");
        assertEquals("all", s.name());
        assertEquals(0.5, s.skin());
        assertEquals(6.5, s.pairs().get(1).cutoff());
        assertTrue(s.pairs().get(0).shift());
        assertTrue(!s.pairs().get(1).shift());
        assertEquals(new PotentialSpec.Dsf(0.25, 8), s.coulomb());
        assertEquals("none", spec(ISSUE_EXAMPLE.replace("\"method\": \"ewald\", \"accuracy\": 1e-6", "\"method\": \"none\""))
                .coulomb().method());
        PotentialSpec e = spec(ISSUE_EXAMPLE.replace("\"accuracy\": 1e-6", "\"cutoff\": 12"));
        assertEquals(new PotentialSpec.Ewald(1e-6, 12), e.coulomb());
        // Fe2+ and Fe3+ atoms find their own parameters; a plain Fe atom matches neither
        Species fe2 = Species.of(Element.lookup("Fe"), 2);
        Species fe3 = Species.of(Element.lookup("Fe"), 3);
        AtomicSystem sys = AtomicSystem.of(Lattice.cubic(8), new Species[] {fe2, fe3, TestSystems.O},
                new int[] {0, 1, 2, 2}, new double[] {0, 0, 0, 4, 4, 4, 2, 0, 0, 6, 4, 4});
        assertTrue(Double.isFinite(s.calculatorFor(sys).energy(sys)));
        AtomicSystem plainFe = AtomicSystem.of(Lattice.cubic(8), new Species[] {Species.of(Element.lookup("Fe")), TestSystems.O},
                new int[] {0, 1}, new double[] {0, 0, 0, 2, 0, 0});
        assertMentions(assertThrows(InvalidInputException.class, () -> s.calculatorFor(plainFe)).getMessage(), "Fe");
    }

    @Test
    void badFilesNameTheFieldAndTheFile() {
        assertMentions(error(ISSUE_EXAMPLE.replace("\"cutoff\"", "\"cutof\"")), "unknown key 'cutof'", "allowed here");
        assertMentions(error(ISSUE_EXAMPLE.replace("10.0", "\"10\"")), "'cutoff'", "expected a number", "string");
        assertMentions(error(ISSUE_EXAMPLE.replace("10.0", "-1")), "'cutoff'", "must be positive");
        assertMentions(error(ISSUE_EXAMPLE.replace("\"rho\": 0.3, ", "")), "'pairs[0].rho'", "missing");
        assertMentions(error(ISSUE_EXAMPLE.replace("\"rho\": 0.3", "\"rh0\": 0.3")), "unknown key 'pairs[0].rh0'");
        assertMentions(error(ISSUE_EXAMPLE.replace("[\"Li\",\"O\"]", "[\"Li\",\"Na\"]")), "pairs[0]", "'Na'", "not declared");
        assertMentions(error(ISSUE_EXAMPLE.replace("[\"Li\",\"O\"]", "[\"Li\"]")), "'pairs[0].species'", "two species");
        assertMentions(error(ISSUE_EXAMPLE.replace("[\"O\",\"O\"]", "[\"O\",\"Li\"]")), "pairs[1]", "listed twice");
        assertMentions(error(ISSUE_EXAMPLE.replace("\"type\": \"buckingham\", \"A\": 426.48", "\"type\": \"buck\", \"A\": 426.48")),
                "'pairs[0].type'", "unknown pair type 'buck'", "buckingham");
        assertMentions(error(ISSUE_EXAMPLE.replace("\"rho\": 0.3", "\"rho\": -0.3")), "pairs[0]", "rho", "positive");
        assertMentions(error(ISSUE_EXAMPLE.replace("\"ewald\"", "\"pppm\"")), "'coulomb.method'", "unknown Coulomb method");
        assertMentions(error(ISSUE_EXAMPLE.replace("1e-6", "2")), "'coulomb.accuracy'", "(0, 0.1]");
        assertMentions(error(ISSUE_EXAMPLE.replace("\"accuracy\": 1e-6", "\"alpha\": 0.2")), "unknown key 'coulomb.alpha'");
        assertMentions(error(ISSUE_EXAMPLE.replace("\"method\": \"ewald\", \"accuracy\": 1e-6", "\"method\": \"dsf\"")),
                "'coulomb.alpha'", "missing");
        assertMentions(error(ISSUE_EXAMPLE.replace(", \"coulomb\": {\"method\": \"ewald\", \"accuracy\": 1e-6}", "")),
                "'coulomb'", "missing");
        assertMentions(error(ISSUE_EXAMPLE.replace("\"Li\": 1,", "\"Li\": \"one\",")), "'charges.Li'", "expected a number");
        assertMentions(error(ISSUE_EXAMPLE.replace("\"Li\": 1,", "\"Xx\": 1,")), "charges.Xx", "unknown element");
        assertMentions(error(ISSUE_EXAMPLE.replace("{\"Li\": 1, \"O\": -2}", "{}")), "'charges'", "at least one");
        assertMentions(error(ISSUE_EXAMPLE.replace("{\"Li\": 1, \"O\": -2}", "[1, -2]")), "'charges'", "object");
        assertMentions(error(ISSUE_EXAMPLE.replace("\"cutoff\": 10.0,", "\"cutoff\": 10.0, \"cutoff\": 9,")), "not valid JSON",
                "Duplicate field");
        assertMentions(error("{\"charges\": {\n\"Li\": 1,,}}"), "pot.json:2", "not valid JSON");
        assertMentions(error("[]"), "must be a JSON object");
        assertMentions(error(ISSUE_EXAMPLE.replace("\"charges\"", "\"model\": \"nosuchmodel\", \"charges\"")),
                "'model'", "unknown model 'nosuchmodel'", "pair", "softbv");
        // a registered model rejects the keys it does not know
        assertMentions(error(ISSUE_EXAMPLE.replace("\"charges\"", "\"model\": \"softbv\", \"charges\"")),
                "pot.json", "unknown key 'charges' for the softbv model");
        assertMentions(error("""
                {"charges": {"Li": 1}, "cutoff": 5, "coulomb": {"method": "none"}}"""), "neither pair terms nor Coulomb");
        assertMentions(error("""
                {"charges": {"Li": 1}, "cutoff": 5, "coulomb": {"method": "none"}, "pairs": [{"species": ["Li", "Li"],
                 "type": "table", "r": [1, 2, 3, 4], "energy": [1, 0, 0, 0]}]}"""), "pairs[0]", "ends at 4", "cutoff 5");
        assertMentions(error("""
                {"charges": {"Li": 1}, "cutoff": 5, "coulomb": {"method": "none"}, "pairs": [{"species": ["Li", "Li"],
                 "type": "table", "r": [1, 2, 3, 6], "energy": [1, 0, 0], "file": "x.table"}]}"""), "'pairs[0].file'",
                "either 'file'");
    }

    @Test
    void readsTableFilesRelativeToThePotentialFile(@TempDir Path dir) throws IOException {
        StringBuilder t = new StringBuilder("# r E F\n");
        Buckingham b = new Buckingham(426.48, 0.3, 0.0);
        double[] d = new double[1];
        for (int k = 0; k <= 200; k++) {
            double r = 1 + 0.05 * k;
            double e = b.evaluate(r, d);
            t.append(r).append(' ').append(e).append(' ').append(-d[0]).append('\n');
        }
        Files.writeString(dir.resolve("LiO.table"), t);
        Files.writeString(dir.resolve("pot.json"), """
                {"charges": {"Li": 1, "O": -2}, "cutoff": 10, "coulomb": {"method": "none"},
                 "pairs": [{"species": ["Li", "O"], "type": "table", "file": "LiO.table"}]}""");
        PotentialSpec s = (PotentialSpec) PotentialFiles.read(dir.resolve("pot.json"));
        assertEquals(b.energy(2.345), s.pairs().get(0).function().energy(2.345), 1e-6);
        Files.writeString(dir.resolve("LiO.table"), "1 2 3\n2 3\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PotentialFiles.read(dir.resolve("pot.json")));
        assertMentions(e.getMessage(), "LiO.table:2", "3 columns");
        Files.writeString(dir.resolve("LiO.table"), "1 2\n2 x\n");
        e = assertThrows(InvalidInputException.class, () -> PotentialFiles.read(dir.resolve("pot.json")));
        assertMentions(e.getMessage(), "LiO.table:2", "not a number");
        e = assertThrows(InvalidInputException.class, () -> PotentialFiles.read(dir.resolve("missing.json")));
        assertMentions(e.getMessage(), "missing.json", "no such potential file");
        e = assertThrows(InvalidInputException.class, () -> PotentialFiles.load("nosuchmodel"));
        assertMentions(e.getMessage(), "no potential file or model named 'nosuchmodel'");
    }

    /** A model registered by name (as the SoftBV force field will be) resolves from a file and by name. */
    @Test
    void registeredModelsResolveByName() {
        PotentialModel fixed = new PotentialModel() {
            @Override
            public String name() {
                return "fake";
            }

            @Override
            public Calculator calculatorFor(AtomicSystem system, int threads) {
                return PairCalculator.builder(org.ionmat.potential.SpeciesSet.of(java.util.List.of(TestSystems.LI)))
                        .pair(0, 0, new Buckingham(1, 0.3, 0), 5, false).build();
            }
        };
        PotentialProvider provider = new PotentialProvider() {
            @Override
            public String model() {
                return "Fake";
            }

            @Override
            public PotentialModel create() {
                return fixed;
            }

            @Override
            public PotentialModel create(ObjectNode options, String source) {
                if (!options.has("strength")) {
                    throw new InvalidInputException(source, -1, null, "'strength': missing");
                }
                return fixed;
            }
        };
        PotentialRegistry.register(provider);
        try {
            assertTrue(PotentialRegistry.models().contains("fake"));
            assertSame(fixed, PotentialFiles.load("fake"));
            assertSame(fixed, PotentialFiles.parse("{\"model\": \"FAKE\", \"strength\": 1}", "f.json", null));
            assertMentions(assertThrows(InvalidInputException.class,
                    () -> PotentialFiles.parse("{\"model\": \"fake\"}", "f.json", null)).getMessage(), "f.json", "strength");
        } finally {
            PotentialRegistry.unregister("fake");
        }
        assertTrue(!PotentialRegistry.models().contains("fake"));
    }
}
