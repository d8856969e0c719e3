package org.ionmat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.structure.Structure;
import org.ionmat.core.units.Units;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.Calculator;
import org.ionmat.potential.CalculatorResult;
import org.ionmat.potential.spec.PotentialModel;
import org.ionmat.potential.spec.PotentialSpec;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ionmat energy FILE --potential POT}: energy, forces, stress and pressure of structures. */
@Command(name = "energy", mixinStandardHelpOptions = true,
        description = {"Potential energy (eV), forces (eV/Å), stress and virial pressure (GPa) of ordered structures "
                + "with a potential file (JSON, see docs/potential-file.md) or a named model.",
            "Stress sign: ASE's, sigma = -W/V, negative when the cell is compressed (the LAMMPS pressure tensor is "
                + "-stress). Pressure: the virial part tr(W)/(3V), positive when compressed, as LAMMPS reports it "
                + "with zero velocities.",
            "A file with several structures (XDATCAR, extXYZ, LAMMPS dump) gives one result per structure; with "
                + "--json an array."})
final class EnergyCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    InputOptions input;

    @Parameters(index = "0", paramLabel = "FILE", description = "Structure file.")
    Path file;

    @Option(names = "--potential", required = true, paramLabel = "POT",
            description = "Potential file (JSON) or model name (e.g. softbv).")
    String potential;

    @Option(names = "--per-atom", description = "Also report per-atom energies (JSON key atom_energies).")
    boolean perAtom;

    @Option(names = "--threads", defaultValue = "0", paramLabel = "N",
            description = "Threads for the force evaluation: 0 automatic (default), 1 serial.")
    int threads;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (threads < 0) {
            throw new InvalidInputException("--threads must be >= 0, got " + threads);
        }
        PotentialModel model = Potentials.load(potential);
        List<Structure> structures = input.read(file);
        PrintWriter out = spec.commandLine().getOut();
        List<Map<String, Object>> results = new ArrayList<>();
        for (int k = 0; k < structures.size(); k++) {
            Structure s = structures.get(k);
            if (!s.isOrdered()) {
                throw new InvalidInputException(file.toString(), -1, null, "the structure has partial or mixed occupancy; "
                        + "energies need an ordered structure (order it first: ionmat convert IN OUT --order ewald)");
            }
            AtomicSystem system = AtomicSystem.of(Potentials.prepare(s, model, file.toString()));
            Calculator calc;
            try {
                calc = model.calculatorFor(system, threads);
            } catch (InvalidInputException e) {
                throw e.withSource(potential);
            }
            long t0 = System.nanoTime();
            CalculatorResult r = calc.calculate(system, perAtom ? Calculator.Request.ALL : Calculator.Request.FORCES_AND_VIRIAL);
            double seconds = (System.nanoTime() - t0) * 1e-9;
            Map<String, Object> m = describe(model, system, r, seconds);
            Map<String, Object> e = Json.object();
            e.put("file", file.toString());
            if (structures.size() > 1) {
                e.put("index", k);
            }
            e.putAll(m);
            results.add(e);
            if (!common.json()) {
                printHuman(out, e, system);
            }
        }
        if (common.json()) {
            Json.print(out, results.size() == 1 ? results.get(0) : results);
        }
        out.flush();
        return Main.OK;
    }

    private Map<String, Object> describe(PotentialModel model, AtomicSystem system, CalculatorResult r, double seconds) {
        double gpa = Units.EV_PER_A3_TO_GPA;
        Map<String, Object> m = Json.object();
        m.put("potential", model.name());
        if (model instanceof PotentialSpec ps) {
            m.put("potential_terms", ps.describe());
        }
        m.put("natoms", system.size());
        m.put("volume", system.volume());
        m.put("energy", r.energy());
        m.put("energy_per_atom", r.energy() / system.size());
        int n = system.size();
        double[][] forces = new double[n][3];
        double fmax = 0;
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < 3; a++) {
                forces[i][a] = r.forces()[3 * i + a];
            }
            fmax = Math.max(fmax, Math.sqrt(forces[i][0] * forces[i][0] + forces[i][1] * forces[i][1]
                    + forces[i][2] * forces[i][2]));
        }
        m.put("forces", forces);
        m.put("fmax", fmax);
        double[] st = r.stress();
        double[][] stress = new double[3][3];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                stress[a][b] = st[3 * a + b] * gpa;
            }
        }
        m.put("stress", stress);
        m.put("stress_convention", "ase: sigma = -W/V, negative when compressed; the LAMMPS pressure tensor is -stress");
        m.put("pressure", r.pressure() * gpa);
        if (r.atomEnergies() != null) {
            m.put("atom_energies", r.atomEnergies());
        }
        m.put("seconds", seconds);
        return m;
    }

    @SuppressWarnings("unchecked")
    private static void printHuman(PrintWriter out, Map<String, Object> e, AtomicSystem system) {
        out.printf(Locale.ROOT, "%s%s%n", e.get("file"), e.containsKey("index") ? " [" + e.get("index") + "]" : "");
        out.printf(Locale.ROOT, "  potential        %s%n", e.get("potential"));
        if (e.containsKey("potential_terms")) {
            out.printf(Locale.ROOT, "                   %s%n", e.get("potential_terms"));
        }
        out.printf(Locale.ROOT, "  atoms            %d, volume %.4f Å^3%n", (Integer) e.get("natoms"), e.get("volume"));
        out.printf(Locale.ROOT, "  energy           %.8f eV (%.8f eV/atom)%n", e.get("energy"), e.get("energy_per_atom"));
        out.printf(Locale.ROOT, "  pressure         %.6f GPa (virial part, positive when compressed)%n", e.get("pressure"));
        double[][] s = (double[][]) e.get("stress");
        out.printf(Locale.ROOT, "  stress (GPa)     %12.6f %12.6f %12.6f   (ASE sign: negative when compressed)%n",
                s[0][0], s[0][1], s[0][2]);
        out.printf(Locale.ROOT, "                   %12.6f %12.6f %12.6f%n", s[1][0], s[1][1], s[1][2]);
        out.printf(Locale.ROOT, "                   %12.6f %12.6f %12.6f%n", s[2][0], s[2][1], s[2][2]);
        out.printf(Locale.ROOT, "  max force        %.6f eV/Å%n", e.get("fmax"));
        double[][] f = (double[][]) e.get("forces");
        int shown = Math.min(f.length, 20);
        out.printf(Locale.ROOT, "  forces (eV/Å)%s%n", shown < f.length ? " of the first " + shown + " atoms (all with --json)" : "");
        for (int i = 0; i < shown; i++) {
            out.printf(Locale.ROOT, "    %5d %-4s %12.6f %12.6f %12.6f%n", i + 1, system.species(i), f[i][0], f[i][1], f[i][2]);
        }
        out.printf(Locale.ROOT, "  time             %.3f s%n", e.get("seconds"));
    }
}
