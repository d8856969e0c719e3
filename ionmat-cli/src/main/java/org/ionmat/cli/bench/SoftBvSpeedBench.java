package org.ionmat.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ionmat.core.element.Species;
import org.ionmat.core.io.StructureFiles;
import org.ionmat.core.structure.Structure;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.softbv.SoftBvCalculator;
import org.ionmat.potential.softbv.SoftBvModel;
import org.ionmat.simulate.optimize.Relaxation;
import org.ionmat.simulate.optimize.RelaxationResult;
import org.ionmat.simulate.optimize.RelaxOptions;

/**
 * Speed of the SoftBV force field and of relaxation on cells of about 200 atoms: SrTiO3 4x4x3 (240
 * atoms), MgAl2O4 2x2x1 conventional (224) and, if {@code examples/LiFePO4.cif} is present, LiFePO4
 * 2x2x2 (224), every atom displaced by up to 0.05 Å (seed 1). Reported: CPU time of this thread
 * per energy+forces+virial evaluation with the pair list reused (a relaxation or MD step) and
 * rebuilt (a new calculator), and an L-BFGS full-cell relaxation from a 5 % isotropic expansion.
 * Thread CPU time is reported besides wall time because the benchmark machine is shared.
 */
public final class SoftBvSpeedBench {

    private SoftBvSpeedBench() {
    }

    /** Runs the benchmark; one map per system. */
    public static List<Map<String, Object>> run(int repeat) {
        List<Object[]> systems = new ArrayList<>();
        systems.add(new Object[] {"SrTiO3 4x4x3", OxidePrototypes.perovskite(Species.parse("Sr2+"), Species.parse("Ti4+"), 3.905)
                .supercell(4, 4, 3), 0.63});
        Structure spinel = OxidePrototypes.spinelPrimitive(Species.parse("Mg2+"), Species.parse("Al3+"), 8.08, OxidePrototypes.SPINEL_U);
        systems.add(new Object[] {"MgAl2O4 16 primitive cells", spinel.supercell(2, 2, 4), 0.65});
        Path lfp = Path.of("examples/LiFePO4.cif");
        if (Files.isRegularFile(lfp)) {
            systems.add(new Object[] {"LiFePO4 2x2x2", StructureFiles.readFirst(lfp).supercell(2, 2, 2), 0.63});
        }
        List<Map<String, Object>> out = new ArrayList<>();
        ThreadMXBean tb = ManagementFactory.getThreadMXBean();
        for (Object[] sys : systems) {
            AtomicSystem s = rattle(AtomicSystem.of((Structure) sys[1]), 0.05, 1);
            double sf = (Double) sys[2];
            SoftBvModel model = SoftBvModel.standard();
            SoftBvCalculator c = new SoftBvCalculator(model, sf);
            for (int k = 0; k < Math.max(20, repeat / 5); k++) {
                c.calculate(s);
                new SoftBvCalculator(model, sf).calculate(s);
            }
            long w0 = System.nanoTime();
            long c0 = tb.getCurrentThreadCpuTime();
            for (int k = 0; k < repeat; k++) {
                c.calculate(s);
            }
            long c1 = tb.getCurrentThreadCpuTime();
            long w1 = System.nanoTime();
            int fresh = Math.max(5, repeat / 10);
            for (int k = 0; k < fresh; k++) {
                new SoftBvCalculator(model, sf).calculate(s);
            }
            long c2 = tb.getCurrentThreadCpuTime();
            long w2 = System.nanoTime();
            AtomicSystem start = s.strained(new double[] {0.05, 0, 0, 0, 0.05, 0, 0, 0, 0.05});
            long c3 = tb.getCurrentThreadCpuTime();
            RelaxationResult r = Relaxation.run(new SoftBvCalculator(model, sf), start,
                    RelaxOptions.DEFAULT.withFmax(0.01).withSmax(0.01));
            long c4 = tb.getCurrentThreadCpuTime();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("system", sys[0]);
            m.put("atoms", s.size());
            m.put("sf", sf);
            m.put("eval_reused_cpu_ms", (c1 - c0) / 1e6 / repeat);
            m.put("eval_reused_wall_ms", (w1 - w0) / 1e6 / repeat);
            m.put("eval_rebuilt_cpu_ms", (c2 - c1) / 1e6 / fresh);
            m.put("eval_rebuilt_wall_ms", (w2 - w1) / 1e6 / fresh);
            m.put("relax_converged", r.converged());
            m.put("relax_steps", r.steps());
            m.put("relax_evaluations", r.evaluations());
            m.put("relax_cpu_s", (c4 - c3) / 1e9);
            m.put("relax_wall_s", r.seconds());
            m.put("relax_cpu_ms_per_step", (c4 - c3) / 1e6 / Math.max(1, r.steps()));
            out.add(m);
        }
        return out;
    }

    private static AtomicSystem rattle(AtomicSystem s, double amp, long seed) {
        Random rnd = new Random(seed);
        double[] x = s.positions();
        for (int k = 0; k < x.length; k++) {
            x[k] += amp * (2 * rnd.nextDouble() - 1);
        }
        return s.withPositions(x);
    }
}
