package org.ionmat.analysis.elastic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.units.Units;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.Calculator;
import org.ionmat.potential.FiniteDifferenceCheck;
import org.ionmat.potential.spec.PotentialFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Elastic constants of Buckingham + Coulomb crystals against LAMMPS ({@code buck/coul/long} +
 * {@code ewald}, finite strains with {@code change_box}; scripts/golden/elastic_lammps.py): MgO
 * rocksalt (clamped = relaxed by symmetry) and CaF2 fluorite, whose fluoride ions relax under shear
 * (C44 relaxed &lt; clamped), both to 1e-3 relative.
 */
class BuckinghamCoulombLammpsTest {

    static JsonNode golden;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = BuckinghamCoulombLammpsTest.class.getResourceAsStream("/golden/elastic_lammps.json")) {
            golden = new ObjectMapper().readTree(in);
        }
    }

    static TestBuckinghamEwald calculator(JsonNode sys) {
        double[][] a = new double[2][2];
        double[][] rho = {{1, 1}, {1, 1}};
        double[][] c = new double[2][2];
        for (JsonNode b : sys.get("buckingham")) {
            int i = b.get("types").get(0).asInt();
            int j = b.get("types").get(1).asInt();
            a[i][j] = a[j][i] = b.get("A").asDouble();
            rho[i][j] = rho[j][i] = b.get("rho").asDouble();
            c[i][j] = c[j][i] = b.get("C").asDouble();
        }
        double[] q = {sys.get("charges").get(0).asDouble(), sys.get("charges").get(1).asDouble()};
        return new TestBuckinghamEwald(a, rho, c, q, sys.get("rc_buck").asDouble(), golden.get("rc_coul").asDouble());
    }

    static void assertTensor(JsonNode expected, ElasticTensor c, String what) {
        double scale = expected.get(0).get(0).asDouble();
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                double e = expected.get(i).get(j).asDouble();
                double tol = Math.abs(e) > 1e-3 * scale ? 1e-3 * Math.abs(e) : 1e-4 * scale;
                assertEquals(e, c.get(i, j), tol, what + " C" + (i + 1) + (j + 1) + "\n" + c.format());
            }
        }
    }

    /** The production path: the same model as an ionmat potential file (per-pair cutoffs, Ewald). */
    static Calculator potentialFile(JsonNode sys, AtomicSystem s) {
        StringBuilder json = new StringBuilder("{\"charges\": {");
        for (int k = 0; k < 2; k++) {
            json.append(k == 0 ? "" : ", ").append('"').append(sys.get("species").get(k).asText()).append("\": ")
                    .append(sys.get("charges").get(k).asDouble());
        }
        json.append("}, \"pairs\": [");
        boolean first = true;
        for (JsonNode b : sys.get("buckingham")) {
            json.append(first ? "" : ", ").append("{\"species\": [\"")
                    .append(sys.get("species").get(b.get("types").get(0).asInt()).asText()).append("\", \"")
                    .append(sys.get("species").get(b.get("types").get(1).asInt()).asText()).append("\"], \"type\": \"buckingham\", ")
                    .append("\"A\": ").append(b.get("A").asDouble()).append(", \"rho\": ").append(b.get("rho").asDouble())
                    .append(", \"C\": ").append(b.get("C").asDouble()).append(", \"cutoff\": ").append(sys.get("rc_buck").asDouble())
                    .append('}');
            first = false;
        }
        json.append("], \"cutoff\": ").append(golden.get("rc_coul").asDouble())
                .append(", \"coulomb\": {\"method\": \"ewald\", \"accuracy\": 1e-8}}");
        return PotentialFiles.parse(json.toString(), "elastic-test.json", null).calculatorFor(s, 1);
    }

    @Test
    void potentialFileMatchesLammpsForBothCrystals() {
        JsonNode mgo = golden.get("systems").get("MgO");
        AtomicSystem s = TestStructures.rocksalt(Species.of(Element.Mg, 2), Species.of(Element.O, -2), mgo.get("a0").asDouble(), 2);
        Calculator calc = potentialFile(mgo, s);
        assertEquals(mgo.get("energy_at_a0_eV").asDouble(), calc.energy(s), 2e-6 * Math.abs(mgo.get("energy_at_a0_eV").asDouble()));
        assertTensor(mgo.get("clamped"), FiniteStrainElastic.defaults().compute(calc, s).tensor(), "MgO clamped, potential file");
        JsonNode caf2 = golden.get("systems").get("CaF2");
        AtomicSystem f = TestStructures.fluorite(Species.of(Element.Ca, 2), Species.of(Element.F, -1), caf2.get("a0").asDouble(), 1);
        Calculator fc = potentialFile(caf2, f);
        assertTensor(caf2.get("relaxed"), FiniteStrainElastic.defaults().withIonMode(IonMode.RELAXED).compute(fc, f).tensor(),
                "CaF2 relaxed, potential file");
    }

    @Test
    void calculatorPassesFiniteDifferenceCheck() {
        JsonNode sys = golden.get("systems").get("CaF2");
        AtomicSystem s = TestStructures.fluorite(Species.of(Element.Ca, 2), Species.of(Element.F, -1), sys.get("a0").asDouble(), 1);
        double[] p = s.positions();
        p[3] += 0.05;
        p[13] -= 0.04;
        AtomicSystem d = s.withPositions(p).strained(new double[] {0.01, 0.003, 0, 0.003, -0.01, 0.002, 0, 0.002, 0.005});
        FiniteDifferenceCheck.assertConsistent(calculator(sys), d, 1e-4, 1e-6);
    }

    @Test
    void coulombPartGivesTheMadelungEnergyOfRocksalt() {
        double a = 4.2;
        AtomicSystem s = TestStructures.rocksalt(Species.of(Element.Mg, 2), Species.of(Element.O, -2), a, 2);
        TestBuckinghamEwald coulomb = new TestBuckinghamEwald(new double[2][2], new double[][] {{1, 1}, {1, 1}},
                new double[2][2], new double[] {2, -2}, 5.0, 10.0);
        double madelung = 1.747564594633182; // rocksalt, per ion pair, nearest-neighbour distance a/2
        double expected = -madelung * 4 * Units.COULOMB_CONSTANT / (a / 2) * s.size() / 2;
        assertEquals(expected, coulomb.energy(s), 1e-11 * Math.abs(expected));
    }

    @Test
    void rocksaltMgOMatchesLammps() {
        JsonNode sys = golden.get("systems").get("MgO");
        AtomicSystem s = TestStructures.rocksalt(Species.of(Element.Mg, 2), Species.of(Element.O, -2), sys.get("a0").asDouble(), 2);
        TestBuckinghamEwald calc = calculator(sys);
        ElasticResult r = FiniteStrainElastic.defaults().compute(calc, s);
        assertTensor(sys.get("clamped"), r.tensor(), "MgO clamped");
        // the same energy as LAMMPS, and zero stress at LAMMPS's zero-pressure lattice constant
        double e = sys.get("energy_at_a0_eV").asDouble();
        assertEquals(e, calc.energy(s), 2e-6 * Math.abs(e)); // LAMMPS's Ewald at "1e-12" is good to ~1e-6 here
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
        assertTrue(Math.abs(r.residualStress()[0]) < 1e-3, "residual stress " + r.residualStress()[0] + " GPa");
    }

    @Test
    void fluoriteCaF2MatchesLammpsClampedAndRelaxed() {
        JsonNode sys = golden.get("systems").get("CaF2");
        AtomicSystem s = TestStructures.fluorite(Species.of(Element.Ca, 2), Species.of(Element.F, -1), sys.get("a0").asDouble(), 1);
        TestBuckinghamEwald calc = calculator(sys);
        double e = sys.get("energy_at_a0_eV").asDouble();
        assertEquals(e, calc.energy(s), 2e-6 * Math.abs(e));
        ElasticResult clamped = FiniteStrainElastic.defaults().compute(calc, s);
        assertTensor(sys.get("clamped"), clamped.tensor(), "CaF2 clamped");
        ElasticResult relaxed = FiniteStrainElastic.defaults().withIonMode(IonMode.RELAXED).compute(calc, s);
        assertTensor(sys.get("relaxed"), relaxed.tensor(), "CaF2 relaxed");
        double c44c = sys.get("clamped").get(3).get(3).asDouble();
        double c44r = sys.get("relaxed").get(3).get(3).asDouble();
        assertTrue(c44r < 0.99 * c44c, "the internal relaxation matters for this test: " + c44r + " vs " + c44c);
        assertEquals(clamped.tensor().get(0, 0), relaxed.tensor().get(0, 0), 1e-6 * c44c, "no relaxation under normal strain");
    }
}
