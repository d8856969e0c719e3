package org.ionmat.potential;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.potential.spec.PotentialFiles;
import org.ionmat.potential.spec.PotentialModel;
import org.junit.jupiter.api.Test;

/**
 * Energies, forces, per-atom energies and virials of Buckingham, Morse and Lennard-Jones potentials
 * with Ewald or DSF Coulomb agree with LAMMPS ({@code buck/coul/long}, {@code hybrid/overlay
 * morse lj/cut coul/long} + {@code kspace_style ewald 1e-12}; {@code born/coul/dsf}) to 1e-6
 * relative, on perturbed Li2O supercells, a general triclinic cell, a charged cell and tetragonal
 * LLZO. Relative deviations: |ΔE|/|E|, and for forces, virial and per-atom energies the largest
 * absolute deviation over the largest reference magnitude. Golden values and the LAMMPS inputs:
 * {@code scripts/golden/lammps_potentials.py}.
 */
class LammpsGoldenTest {

    private static final double TOLERANCE = 1e-6;

    static JsonNode golden() throws IOException {
        try (InputStream in = LammpsGoldenTest.class.getResourceAsStream("/golden/lammps_potentials.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    static AtomicSystem system(JsonNode c) {
        double[][] rows = new double[3][3];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                rows[a][b] = c.get("lattice").get(a).get(b).asDouble();
            }
        }
        Map<String, Integer> ids = new LinkedHashMap<>();
        List<Species> typeSpecies = new ArrayList<>();
        int n = c.get("species").size();
        int[] types = new int[n];
        double[] x = new double[3 * n];
        for (int i = 0; i < n; i++) {
            String el = c.get("species").get(i).asText();
            types[i] = ids.computeIfAbsent(el, k -> {
                typeSpecies.add(Species.parse(k));
                return ids.size();
            });
            for (int a = 0; a < 3; a++) {
                x[3 * i + a] = c.get("positions").get(i).get(a).asDouble();
            }
        }
        return AtomicSystem.of(Lattice.of(rows), typeSpecies.toArray(new Species[0]), types, x);
    }

    /** max |a − b| / max |b| over flattened arrays. */
    static double relative(double[] a, JsonNode b) {
        double[] ref = flatten(b);
        double scale = 0;
        double err = 0;
        for (int k = 0; k < ref.length; k++) {
            scale = Math.max(scale, Math.abs(ref[k]));
            err = Math.max(err, Math.abs(a[k] - ref[k]));
        }
        return err / scale;
    }

    static double[] flatten(JsonNode node) {
        List<Double> v = new ArrayList<>();
        flatten(node, v);
        double[] r = new double[v.size()];
        for (int k = 0; k < r.length; k++) {
            r[k] = v.get(k);
        }
        return r;
    }

    private static void flatten(JsonNode node, List<Double> out) {
        if (node.isArray()) {
            node.forEach(e -> flatten(e, out));
        } else {
            out.add(node.asDouble());
        }
    }

    @Test
    void agreesWithLammps() throws IOException {
        JsonNode golden = golden();
        List<String> failures = new ArrayList<>();
        for (JsonNode c : golden.get("cases")) {
            String name = c.get("name").asText();
            AtomicSystem s = system(c);
            PotentialModel model = PotentialFiles.parse(c.get("potential").toString(), name, null);
            CalculatorResult r = model.calculatorFor(s, 1).calculate(s, Calculator.Request.ALL);
            JsonNode ref = c.get("lammps");
            double e = Math.abs(r.energy() - ref.get("energy").asDouble()) / Math.abs(ref.get("energy").asDouble());
            double f = relative(r.forces(), ref.get("forces"));
            double[] virial = r.virial().clone();
            if (ref.has("background_virial_omitted")) {
                // LAMMPS's Ewald leaves the background term out of the virial (see the script)
                double bg = ref.get("background_virial_omitted").asDouble();
                virial[0] -= bg;
                virial[4] -= bg;
                virial[8] -= bg;
            }
            double w = relative(virial, ref.get("virial"));
            double pa = relative(r.atomEnergies(), ref.get("atom_energies"));
            System.out.printf(Locale.ROOT, "%-28s energy %.2e  forces %.2e  virial %.2e  atom energies %.2e%n",
                    name, e, f, w, pa);
            if (e > TOLERANCE || f > TOLERANCE || w > TOLERANCE || pa > TOLERANCE) {
                failures.add(String.format(Locale.ROOT, "%s: energy %.2e, forces %.2e, virial %.2e, atom energies %.2e",
                        name, e, f, w, pa));
            }
        }
        assertTrue(failures.isEmpty(), "relative deviations from LAMMPS above " + TOLERANCE + ": " + failures);
    }
}
