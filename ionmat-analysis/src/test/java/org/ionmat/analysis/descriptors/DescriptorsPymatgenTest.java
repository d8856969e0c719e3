package org.ionmat.analysis.descriptors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ionmat.analysis.elastic.CauchyPressure;
import org.ionmat.analysis.elastic.ElasticTensor;
import org.ionmat.analysis.elastic.HardnessModel;
import org.ionmat.analysis.elastic.MechanicalProperties;
import org.ionmat.core.element.Element;
import org.ionmat.core.io.StructureFiles;
import org.ionmat.core.structure.Structure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Mechanical and structural descriptors against pymatgen (scripts/golden/descriptors_pymatgen.py). */
class DescriptorsPymatgenTest {

    static JsonNode golden;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = DescriptorsPymatgenTest.class.getResourceAsStream("/golden/descriptors_pymatgen.json")) {
            golden = new ObjectMapper().readTree(in);
        }
    }

    static double[][] tensor(String name) {
        JsonNode t = golden.get("tensors").get(name);
        double[][] c = new double[6][6];
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                c[i][j] = t.get(i).get(j).asDouble();
            }
        }
        return c;
    }

    static Structure structure(String file) {
        return StructureFiles.readFirst(Path.of("..", "examples", file));
    }

    @Test
    void mechanicalDescriptorsMatchPymatgen() {
        for (JsonNode r : golden.get("results")) {
            ElasticTensor c = ElasticTensor.of(tensor(r.get("tensor").asText()));
            Structure s = structure(r.get("structure").asText());
            String where = r.get("structure").asText() + " " + r.get("tensor").asText();
            assertEquals(r.get("k_voigt").asDouble(), c.bulkVoigt(), 1e-10, where);
            assertEquals(r.get("k_reuss").asDouble(), c.bulkReuss(), 1e-10, where);
            assertEquals(r.get("g_voigt").asDouble(), c.shearVoigt(), 1e-10, where);
            assertEquals(r.get("g_reuss").asDouble(), c.shearReuss(), 1e-10, where);
            assertEquals(r.get("anisotropy").asDouble(), c.universalAnisotropy(), 1e-10, where);
            MechanicalProperties p = MechanicalProperties.of(c, s.density(), s.numAtoms() / s.volume(),
                    HardnessModel.CHEN, CauchyPressure.AVERAGE);
            assertEquals(r.get("k_vrh").asDouble(), p.bulk(), 1e-10, where);
            assertEquals(r.get("g_vrh").asDouble(), p.shear(), 1e-10, where);
            assertEquals(r.get("young").asDouble(), p.young(), 1e-9, where);
            assertEquals(r.get("poisson").asDouble(), p.poisson(), 1e-12, where);
            // pymatgen rounds amu, hbar and k_B to 5-6 digits
            assertEquals(r.get("v_l").asDouble(), p.vLongitudinal(), 1e-4 * p.vLongitudinal(), where);
            assertEquals(r.get("v_t").asDouble(), p.vTransverse(), 1e-4 * p.vTransverse(), where);
            assertEquals(r.get("debye").asDouble(), p.debyeTemperature(), 1e-4 * p.debyeTemperature(), where);
        }
    }

    @Test
    void structuralDescriptorsMatchPymatgen() {
        for (JsonNode g : golden.get("structures")) {
            Structure s = structure(g.get("file").asText());
            Material m = new Material(g.get("file").asText(), s, MobileIon.detect(s), Map.of());
            assertEquals(Element.Li, m.mobileIon());
            Map<String, Double> v = new java.util.HashMap<>();
            for (DescriptorValue d : StructuralDescriptors.defaults().describe(m)) {
                v.put(d.descriptor().name(), d.value());
            }
            assertEquals(g.get("density").asDouble(), v.get("rho"), 1e-6 * v.get("rho"));
            assertEquals(g.get("formula_units").asDouble(), v.get("n"), 0);
            assertEquals(g.get("volume_per_fu").asDouble(), v.get("Omega"), 1e-9);
            assertEquals(g.get("sd_abc").asDouble(), v.get("sd_abc"), 1e-9);
            assertEquals(g.get("sd_angles").asDouble(), v.get("sd_angles"), 1e-9);
            assertEquals(g.get("a_min").asDouble(), v.get("a_m"), 1e-9);
            assertEquals(g.get("li_d_nn").asDouble(), v.get("d_nn"), 1e-6);
            assertEquals(g.get("li_n_nn").asDouble(), v.get("N_nn"), 1e-12);
            assertEquals(g.get("li_density").asDouble(), v.get("n_ion"), 1e-12);
            assertEquals(g.get("li_fraction").asDouble(), v.get("x_ion"), 1e-12);
            assertEquals(6.94, v.get("M_ion"), 0.01);
            assertEquals(1.0, v.get("Z_N"), 0);
        }
    }

    @Test
    void isotropicClosedFormsAndHardnessModels() {
        double lambda = 50;
        double mu = 30;
        ElasticTensor c = ElasticTensor.isotropic(lambda, mu);
        MechanicalProperties p = MechanicalProperties.of(c, 3.0, 0.08, HardnessModel.CHEN, CauchyPressure.CUBIC);
        double b = lambda + 2 * mu / 3;
        assertEquals(b, p.bulk(), 1e-12);
        assertEquals(mu, p.shear(), 1e-12);
        assertEquals(lambda, p.lame(), 1e-12);
        assertEquals(lambda + 2 * mu, p.pWave(), 1e-12);
        assertEquals(mu * (3 * lambda + 2 * mu) / (lambda + mu), p.young(), 1e-12);
        assertEquals(lambda / (2 * (lambda + mu)), p.poisson(), 1e-14);
        assertEquals(lambda - mu, p.cauchyPressure(), 1e-12);
        assertEquals(CauchyPressure.ISOTROPIC.of(c), CauchyPressure.AVERAGE.of(c), 1e-12);
        assertEquals(0.0, p.anisotropy(), 1e-12);
        assertEquals(Math.sqrt((lambda + 2 * mu) / 3.0), p.vLongitudinal(), 1e-14);
        assertEquals(Math.sqrt(p.velocityRatio() * p.velocityRatio()), Math.sqrt(b / mu + 4.0 / 3), 1e-12);
        double k = mu / b;
        assertEquals(2 * Math.pow(k * k * mu, 0.585) - 3, p.vickers(), 1e-12);
        assertEquals(0.151 * mu, HardnessModel.TETER.vickers(b, mu), 1e-12);
        assertEquals(0.92 * Math.pow(k, 1.137) * Math.pow(mu, 0.708), HardnessModel.TIAN.vickers(b, mu), 1e-12);
        assertTrue(Double.isNaN(HardnessModel.CHEN.vickers(-1, 2)));
        // Debye temperature of the isotropic case from ħ/k_B (6π² n)^(1/3) v_m
        double vm = p.vMean() * 1e3;
        double hbarOverK = 1.054571817e-34 / 1.380649e-23;
        assertEquals(hbarOverK * Math.cbrt(6 * Math.PI * Math.PI * 0.08e30) * vm, p.debyeTemperature(), 1e-9 * p.debyeTemperature());
    }

    @Test
    void tableWithUnitsAndMissingValues() {
        Structure s = structure("Li2O.cif");
        Material m = new Material("Li2O", s, Element.Li, Map.of("family", "Li"));
        DescriptorSource failing = new DescriptorSource() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public List<Descriptor> descriptors() {
                return List.of(new Descriptor("D", "cm^2/s", DescriptorCategory.DIFFUSIVE_VIBRATIONAL, "diffusion coefficient"));
            }

            @Override
            public List<DescriptorValue> describe(Material x) {
                throw new org.ionmat.core.InvalidInputException("no trajectory for " + x.name());
            }
        };
        DescriptorTable t = DescriptorTable.build(List.of(m), List.of(StructuralDescriptors.defaults(), failing));
        String csv = t.toCsv();
        assertTrue(csv.contains("material,family,n,Omega [A^3],rho [g/cm^3]"), csv);
        assertTrue(csv.contains("D [cm^2/s]=diffusive-vibrational"), csv);
        assertTrue(csv.trim().endsWith(","), "missing D is an empty field: " + csv);
        assertEquals(List.of("Li2O: broken descriptors: no trajectory for Li2O"), t.warnings());
    }
}
