package org.ionmat.simulate.md;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.simulate.testing.LennardJonesTestCalculator;
import org.ionmat.simulate.testing.TestSystems;
import org.junit.jupiter.api.Test;

/**
 * Velocity Verlet and the unit system against ASE's VelocityVerlet on the same Lennard-Jones argon
 * system (golden file from scripts/golden/md_ase_velocity_verlet.py): positions, velocities and
 * energies along 200 steps of 2 fs.
 */
class AsePeerVelocityVerletTest {

    @SuppressWarnings("unchecked")
    @Test
    void trajectoryMatchesAse() throws IOException {
        Map<String, Object> g;
        try (InputStream in = getClass().getResourceAsStream("/golden/ase_velocity_verlet_ar108.json")) {
            g = new ObjectMapper().readValue(in, Map.class);
        }
        double[][] cell = toMatrix((List<List<Number>>) g.get("cell"));
        Map<String, Map<String, List<List<Number>>>> frames = (Map<String, Map<String, List<List<Number>>>>) g.get("frames");
        double[] x0 = flat(frames.get("0").get("positions"));
        double[] v0 = flat(frames.get("0").get("velocities"));
        int n = x0.length / 3;
        AtomicSystem sys = AtomicSystem.of(Lattice.of(cell), new Species[] {Species.of(Element.lookup("Ar"))}, new int[n], x0);
        List<Number> masses = (List<Number>) g.get("masses");
        assertEquals(masses.get(0).doubleValue(), sys.masses()[0], 1e-9, "argon mass as ASE");

        MdState s = new MdState(sys);
        System.arraycopy(v0, 0, s.v, 0, v0.length);
        ForceEvaluator fe = new ForceEvaluator(TestSystems.factory("lj",
                () -> new LennardJonesTestCalculator(0.0104, 3.4, 7.5, 1.0, false, false)), sys);
        fe.evaluate(s);
        VelocityVerlet vv = new VelocityVerlet(0.002);
        List<List<Number>> energies = (List<List<Number>>) g.get("energies");
        int e = 0;
        double maxPos = 0;
        for (int step = 0; step <= 200; step++) {
            if (step > 0) {
                vv.step(s, fe);
            }
            if (step % 10 == 0) {
                List<Number> row = energies.get(e++);
                assertEquals(step, row.get(0).intValue());
                assertEquals(row.get(1).doubleValue(), s.potentialEnergy(), 1e-8, "E_pot at step " + step);
                assertEquals(row.get(2).doubleValue(), s.kineticEnergy(), 1e-8, "E_kin at step " + step);
            }
            Map<String, List<List<Number>>> f = frames.get(Integer.toString(step));
            if (f != null) {
                double[] x = flat(f.get("positions"));
                double[] v = flat(f.get("velocities"));
                for (int k = 0; k < x.length; k++) {
                    maxPos = Math.max(maxPos, Math.abs(x[k] - s.x[k]));
                    assertEquals(x[k], s.x[k], 1e-7, "position at step " + step);
                    assertEquals(v[k], s.v[k], 1e-5, "velocity at step " + step);
                }
            }
        }
        assertTrue(maxPos < 1e-7, "largest position difference " + maxPos);
    }

    private static double[] flat(List<List<Number>> rows) {
        List<Double> out = new ArrayList<>();
        for (List<Number> r : rows) {
            for (Number x : r) {
                out.add(x.doubleValue());
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[][] toMatrix(List<List<Number>> rows) {
        double[][] m = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                m[i][k] = rows.get(i).get(k).doubleValue();
            }
        }
        return m;
    }
}
