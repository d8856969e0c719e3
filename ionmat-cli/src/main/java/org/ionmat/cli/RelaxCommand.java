package org.ionmat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ionmat.analysis.bondvalence.OxidationStates;
import org.ionmat.core.InvalidInputException;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.Structure;
import org.ionmat.core.units.Units;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.Calculator;
import org.ionmat.potential.CalculatorResult;
import org.ionmat.potential.softbv.ScreeningFactorSolver;
import org.ionmat.potential.softbv.SoftBvCalculator;
import org.ionmat.potential.softbv.SoftBvModel;
import org.ionmat.simulate.optimize.CellMode;
import org.ionmat.simulate.optimize.Relaxation;
import org.ionmat.simulate.optimize.RelaxationResult;
import org.ionmat.simulate.optimize.RelaxOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ionmat relax FILE --potential softbv -o OUT}: structure relaxation. */
@Command(name = "relax", mixinStandardHelpOptions = true,
        description = {"Relaxes atomic positions and the cell of an ordered structure with a force field.",
            "SoftBV (Adams' soft bond valence force field, as in Kameda et al. 2024) needs oxidation states: "
                + "from the file when annotated, else from bond-valence analysis.",
            "Units: energies eV, lengths Å, volume Å^3, pressure and stress GPa, forces eV/Å."})
final class RelaxCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    InputOptions input;

    @Parameters(index = "0", paramLabel = "FILE", description = "Structure file (the first structure is relaxed unless --index).")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "Relaxed structure file; format from the extension (cif, POSCAR/vasp, xyz, ...).")
    Path output;

    @Option(names = "--potential", required = true, paramLabel = "NAME|FILE", converter = PotentialSpec.Converter.class,
            description = "Force field: 'softbv', or the path of a pair-potential JSON file.")
    PotentialSpec potential;

    @Option(names = "--sf", defaultValue = "auto", paramLabel = "auto|VALUE", converter = ScreeningFactorOption.Converter.class,
            description = "SoftBV screening factor, or 'auto' for the value that zeroes the pressure of the input (default ${DEFAULT-VALUE}).")
    ScreeningFactorOption sf;

    @Option(names = "--fix-cell", description = "Relax positions only.")
    boolean fixCell;

    @Option(names = "--isotropic", description = "Keep the cell shape: scale the cell isotropically.")
    boolean isotropic;

    @Option(names = "--pressure", defaultValue = "0", paramLabel = "GPa", description = "Target pressure, GPa (default ${DEFAULT-VALUE}).")
    double pressure;

    @Option(names = "--fmax", defaultValue = "0.01", paramLabel = "eV/Å", description = "Force threshold (default ${DEFAULT-VALUE}).")
    double fmax;

    @Option(names = "--smax", defaultValue = "0.01", paramLabel = "GPa", description = "Stress threshold (default ${DEFAULT-VALUE}).")
    double smax;

    @Option(names = "--max-steps", defaultValue = "1000", paramLabel = "N", description = "Largest number of steps (default ${DEFAULT-VALUE}).")
    int maxSteps;

    @Option(names = "--optimizer", defaultValue = "lbfgs", paramLabel = "NAME",
            description = "lbfgs or fire (default ${DEFAULT-VALUE}).")
    RelaxOptions.Algorithm optimizer;

    @Option(names = "--index", defaultValue = "0", paramLabel = "K", description = "Which structure of a multi-structure file (default 0).")
    int index;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (fixCell && isotropic) {
            throw new InvalidInputException("--fix-cell and --isotropic exclude each other");
        }
        RelaxOptions options = new RelaxOptions(optimizer, fixCell ? CellMode.FIXED : isotropic ? CellMode.ISOTROPIC : CellMode.FULL,
                pressure, fmax, smax, maxSteps, RelaxOptions.DEFAULT.maxStep());
        List<Structure> structures = input.read(file);
        if (index < 0 || index >= structures.size()) {
            throw new InvalidInputException(file.toString(), -1, null, "--index " + index + " out of range: the file has "
                    + structures.size() + " structure(s)");
        }
        OxidationStates.Decorated decorated = null;
        AtomicSystem start;
        if (potential.isSoftBv()) {
            try {
                decorated = OxidationStates.decorate(structures.get(index));
            } catch (InvalidInputException e) {
                throw e.withSource(file.toString());
            }
            start = AtomicSystem.of(decorated.structure());
        } else {
            start = AtomicSystem.of(structures.get(index));
        }
        double screening = Double.NaN;
        Calculator calculator;
        if (potential.isSoftBv()) {
            SoftBvModel model = SoftBvModel.standard();
            screening = sf.value();
            if (sf.auto()) {
                screening = ScreeningFactorSolver.solve(model, start, 0, 1e-8).screeningFactor();
            }
            calculator = new SoftBvCalculator(model, screening);
        } else {
            try {
                calculator = org.ionmat.potential.spec.PotentialFiles.read(potential.file()).calculatorFor(start);
            } catch (InvalidInputException e) {
                throw e.withSource(potential.file().toString());
            }
        }
        CalculatorResult initial = calculator.calculate(start);
        RelaxationResult r = Relaxation.run(calculator, start, options);
        Structure relaxed = r.system().toStructure();
        org.ionmat.core.io.StructureFiles.write(output, relaxed);

        Map<String, Object> j = Json.object();
        j.put("file", file.toString());
        j.put("output", output.toString());
        j.put("potential", potential.toString());
        j.put("sf", potential.isSoftBv() ? screening : null);
        j.put("sf_mode", potential.isSoftBv() ? (sf.auto() ? "auto" : "given") : null);
        j.put("oxidation_states_source", decorated == null ? null : decorated.source().id());
        j.put("cell", options.cellMode().name().toLowerCase(Locale.ROOT));
        j.put("optimizer", optimizer.name().toLowerCase(Locale.ROOT));
        j.put("target_pressure", pressure);
        j.put("converged", r.converged());
        j.put("steps", r.steps());
        j.put("evaluations", r.evaluations());
        j.put("natoms", start.size());
        j.put("initial_energy", initial.energy());
        j.put("final_energy", r.finalEnergy());
        j.put("initial_lattice", InfoCommand.lattice(start.lattice()));
        j.put("final_lattice", InfoCommand.lattice(r.system().lattice()));
        j.put("initial_volume", start.volume());
        j.put("final_volume", r.system().volume());
        j.put("initial_pressure", initial.pressure() * Units.EV_PER_A3_TO_GPA);
        j.put("final_pressure", r.pressureGpa());
        j.put("max_force", r.maxForce());
        j.put("stress_residual", r.stressResidualGpa());
        j.put("seconds", r.seconds());
        if (common.json()) {
            Json.print(out, j);
        } else {
            printHuman(out, j, start.lattice(), r.system().lattice());
        }
        return Main.OK;
    }

    private static void printHuman(PrintWriter out, Map<String, Object> j, Lattice before, Lattice after) {
        out.printf(Locale.ROOT, "%s -> %s%n", j.get("file"), j.get("output"));
        if (j.get("sf") != null) {
            out.printf(Locale.ROOT, "  potential        %s, sf = %.5f (%s)%n", j.get("potential"), j.get("sf"), j.get("sf_mode"));
            out.printf(Locale.ROOT, "  oxidation states from %s%n", j.get("oxidation_states_source"));
        } else {
            out.printf(Locale.ROOT, "  potential        %s%n", j.get("potential"));
        }
        out.printf(Locale.ROOT, "  relaxation       %s, %s cell: %s after %d steps (%d evaluations, %.3f s)%n", j.get("optimizer"),
                j.get("cell"), Boolean.TRUE.equals(j.get("converged")) ? "converged" : "NOT converged", (Integer) j.get("steps"),
                (Integer) j.get("evaluations"), (Double) j.get("seconds"));
        out.printf(Locale.ROOT, "  energy           %.6f -> %.6f eV%n", j.get("initial_energy"), j.get("final_energy"));
        out.printf(Locale.ROOT, "  lattice          a=%.5f b=%.5f c=%.5f Å  alpha=%.3f beta=%.3f gamma=%.3f°%n",
                after.a(), after.b(), after.c(), after.alpha(), after.beta(), after.gamma());
        out.printf(Locale.ROOT, "  (initial         a=%.5f b=%.5f c=%.5f Å  alpha=%.3f beta=%.3f gamma=%.3f°)%n",
                before.a(), before.b(), before.c(), before.alpha(), before.beta(), before.gamma());
        out.printf(Locale.ROOT, "  volume           %.4f -> %.4f Å^3%n", j.get("initial_volume"), j.get("final_volume"));
        out.printf(Locale.ROOT, "  pressure         %.4f -> %.4f GPa%n", j.get("initial_pressure"), j.get("final_pressure"));
        out.printf(Locale.ROOT, "  max force        %.2e eV/Å, stress residual %.2e GPa%n", j.get("max_force"), j.get("stress_residual"));
    }
}
