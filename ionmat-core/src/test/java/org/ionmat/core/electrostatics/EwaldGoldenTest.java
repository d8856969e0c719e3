package org.ionmat.core.electrostatics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ionmat.core.InvalidInputException;
import org.ionmat.core.composition.Composition;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.Site;
import org.ionmat.core.structure.Structure;
import org.junit.jupiter.api.Test;

/**
 * Ewald energies against pymatgen's {@code EwaldSummation} (acc_factor 12) on ordered, mixed,
 * vacancy-containing, charged and triclinic structures; golden values made by
 * {@code scripts/golden/ewald.py}.
 */
class EwaldGoldenTest {

    private static JsonNode cases() throws IOException {
        try (InputStream in = EwaldGoldenTest.class.getResourceAsStream("/golden/ewald_pymatgen.json")) {
            assertNotNull(in, "golden/ewald_pymatgen.json missing");
            return new ObjectMapper().readTree(in).get("cases");
        }
    }

    private static double[] doubles(JsonNode a) {
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i).asDouble();
        }
        return v;
    }

    private static Lattice lattice(JsonNode c) {
        JsonNode m = c.get("lattice");
        return Lattice.of(new double[][] {doubles(m.get(0)), doubles(m.get(1)), doubles(m.get(2))});
    }

    private static double[] cartesian(JsonNode c, Lattice l) {
        JsonNode f = c.get("frac");
        double[] cart = new double[3 * f.size()];
        for (int i = 0; i < f.size(); i++) {
            l.toCartesian(doubles(f.get(i)), 0, cart, 3 * i);
        }
        return cart;
    }

    @Test
    void totalAndComponentEnergiesEqualPymatgen() throws IOException {
        int n = 0;
        for (JsonNode c : cases()) {
            n++;
            String name = c.get("name").asText();
            Lattice l = lattice(c);
            EwaldEnergy e = EwaldSummation.of(l, cartesian(c, l), doubles(c.get("charges"))).withAccuracy(1e-12).compute();
            double scale = Math.abs(c.get("total_energy").asDouble());
            assertEquals(c.get("total_energy").asDouble(), e.total(), 1e-9 * scale, name);
            // the split into terms depends on α: compare at pymatgen's α = √eta
            double alpha = Math.sqrt(c.get("eta").asDouble());
            EwaldEnergy same = EwaldSummation.of(l, cartesian(c, l), doubles(c.get("charges")))
                    .withParameters(EwaldParameters.forAccuracy(alpha, 1e-13)).compute();
            assertEquals(c.get("real_space_energy").asDouble(), same.real(), 1e-9 * scale, name);
            assertEquals(c.get("reciprocal_space_energy").asDouble(), same.reciprocal(), 1e-9 * scale, name);
            assertEquals(c.get("point_energy").asDouble(), same.self(), 1e-9 * scale, name);
            assertEquals(c.get("charged_cell_energy").asDouble(), same.background(), 1e-9 * scale, name);
            if (c.has("site_energies")) {
                assertArrayEquals(doubles(c.get("site_energies")), e.siteEnergies(), 1e-8 * scale, name);
            }
        }
        assertEquals(7, n);
    }

    @Test
    void pairMatrixEnergyEqualsPymatgen() throws IOException {
        for (JsonNode c : cases()) {
            Lattice l = lattice(c);
            PairEnergyMatrix phi = PairEnergyMatrix.compute(l, cartesian(c, l));
            double ref = c.get("total_energy").asDouble();
            assertEquals(ref, phi.energy(doubles(c.get("charges"))), 1e-7 * Math.abs(ref), c.get("name").asText());
        }
    }

    /** Charges from the oxidation states of (partially occupied, mixed) sites, as pymatgen. */
    @Test
    void structureChargesFromOxidationStatesEqualPymatgen() throws IOException {
        for (JsonNode c : cases()) {
            Lattice l = lattice(c);
            List<Site> sites = new ArrayList<>();
            for (int i = 0; i < c.get("species").size(); i++) {
                Map<Species, Double> occ = new LinkedHashMap<>();
                c.get("species").get(i).fields().forEachRemaining(f -> occ.put(Species.parse(f.getKey()), f.getValue().asDouble()));
                sites.add(new Site(Composition.of(occ), doubles(c.get("frac").get(i)), null));
            }
            Structure s = Structure.of(l, sites);
            assertArrayEquals(doubles(c.get("charges")), PointCharges.fromOxidationStates(s), 1e-12);
            double ref = c.get("total_energy").asDouble();
            assertEquals(ref, EwaldSummation.of(s).totalEnergy(), 1e-7 * Math.abs(ref));
        }
        Structure noOxi = Structure.of(Lattice.cubic(4), List.of(Species.of(Element.Li)), new double[] {0, 0, 0});
        InvalidInputException ex = assertThrows(InvalidInputException.class, () -> EwaldSummation.of(noOxi));
        org.junit.jupiter.api.Assertions.assertTrue(ex.getMessage().contains("no oxidation state"), ex.getMessage());
    }
}
