package org.ionmat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ionmat.analysis.descriptors.DescriptorTable;
import org.ionmat.analysis.descriptors.DescriptorValue;
import org.ionmat.analysis.descriptors.ElasticDescriptors;
import org.ionmat.analysis.descriptors.Material;
import org.ionmat.analysis.descriptors.MobileIon;
import org.ionmat.analysis.descriptors.StructuralDescriptors;
import org.ionmat.analysis.elastic.CauchyPressure;
import org.ionmat.analysis.elastic.ElasticResult;
import org.ionmat.analysis.elastic.ElasticTensor;
import org.ionmat.analysis.elastic.FiniteStrainElastic;
import org.ionmat.analysis.elastic.HardnessModel;
import org.ionmat.analysis.elastic.IonMode;
import org.ionmat.analysis.elastic.MechanicalProperties;
import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.io.StructureFiles;
import org.ionmat.core.structure.Structure;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.Calculator;
import org.ionmat.potential.spec.PotentialModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ionmat elastic FILE... --potential POT}: elastic constants by finite strains and the mechanical descriptors. */
@Command(name = "elastic", mixinStandardHelpOptions = true,
        description = {"Elastic constants C_ij (GPa) by finite strains with a potential, the Voigt-Reuss-Hill moduli and "
                + "the mechanical descriptors of López et al. (2023): E, nu, lambda, P-wave modulus, Pugh's ratio, Cauchy "
                + "pressure, Vickers hardness, sound velocities, Debye temperature; with --table also the structural "
                + "descriptors, as a CSV row per structure for 'ionmat analyze'.",
            "The structure should be relaxed (zero stress); a residual stress is reported."})
final class ElasticCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    InputOptions input;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Structure files (ordered structures).")
    List<Path> files;

    @Option(names = "--potential", required = true, paramLabel = "POT",
            description = "Potential file (JSON, see docs/potential-file.md) or a model name such as softbv.")
    String potential;

    @Option(names = "--strain", defaultValue = "0.005", paramLabel = "H", description = "Strain step (default ${DEFAULT-VALUE}).")
    double strain;

    @Option(names = "--relaxed-ion", description = "Relaxed-ion constants (internal-strain correction from force constants); "
            + "default clamped ions.")
    boolean relaxedIon;

    @Option(names = "--second-order", description = "Second-order (+-h) instead of fourth-order (+-h, +-2h) central differences.")
    boolean secondOrder;

    @Option(names = "--hardness", defaultValue = "CHEN", paramLabel = "MODEL", description = "Vickers hardness model: "
            + "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    HardnessModel hardness;

    @Option(names = "--cauchy", defaultValue = "AVERAGE", paramLabel = "DEF", description = "Cauchy pressure: "
            + "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}; C12-C44 for cubic crystals).")
    CauchyPressure cauchy;

    @Option(names = "--mobile", paramLabel = "EL", description = "Mobile ion for the structural descriptors (default: first of "
            + "Li, Na, Ag, Cu, Cl, I, Br, F, O present).")
    String mobile;

    @Option(names = "--table", paramLabel = "OUT.csv", description = "Write a descriptor table (one row per structure).")
    Path table;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PotentialModel model = Potentials.load(potential);
        FiniteStrainElastic fse = FiniteStrainElastic.defaults().withStrain(strain).withFourthOrder(!secondOrder)
                .withIonMode(relaxedIon ? IonMode.RELAXED : IonMode.CLAMPED);
        Element ion = null;
        if (mobile != null) {
            ion = Element.lookup(mobile.trim());
            if (ion == null) {
                throw new InvalidInputException(null, -1, mobile, "--mobile: unknown element '" + mobile + "'");
            }
        }
        List<Map<String, Object>> entries = new ArrayList<>();
        DescriptorTable.Builder tb = DescriptorTable.builder();
        for (Path file : files) {
            List<Structure> structures = input.read(file);
            for (int k = 0; k < structures.size(); k++) {
                Structure s = structures.get(k);
                String name = file.getFileName().toString() + (structures.size() > 1 ? "[" + k + "]" : "");
                ElasticResult r;
                Calculator calc;
                try {
                    AtomicSystem system = AtomicSystem.of(Potentials.prepare(s, model, file.toString()));
                    calc = model.calculatorFor(system);
                    r = fse.compute(calc, system);
                } catch (InvalidInputException e) {
                    throw e.withSource(file.toString());
                }
                MechanicalProperties mp = MechanicalProperties.of(r.tensor(), s.density(), s.numAtoms() / s.volume(), hardness, cauchy);
                Map<String, Object> e = describe(file, k, structures.size(), s, r, mp, calc);
                List<DescriptorValue> row = new ArrayList<>(ElasticDescriptors.values(mp));
                Element mob = ion;
                if (mob == null) {
                    try {
                        mob = MobileIon.detect(s);
                    } catch (InvalidInputException ex) {
                        mob = null;
                    }
                }
                if (mob != null) {
                    Material m = new Material(name, s, mob, Map.of("formula", s.composition().reducedFormula()));
                    row.addAll(StructuralDescriptors.defaults().describe(m));
                }
                Map<String, Object> d = new LinkedHashMap<>();
                for (DescriptorValue v : row) {
                    d.put(v.descriptor().header(), v.value());
                }
                e.put("descriptors", d);
                entries.add(e);
                tb.add(name, Map.of("formula", s.composition().reducedFormula()), row);
                if (!common.json()) {
                    printHuman(out, e, r, mp);
                }
            }
        }
        if (table != null) {
            StructureFiles.writeAtomically(table, tb.build().toCsv());
        }
        if (common.json()) {
            Json.print(out, entries.size() == 1 ? entries.get(0) : entries);
        } else if (table != null) {
            out.println("descriptor table: " + table);
        }
        out.flush();
        return Main.OK;
    }

    private Map<String, Object> describe(Path file, int index, int count, Structure s, ElasticResult r, MechanicalProperties mp,
                                         Calculator calc) {
        Map<String, Object> e = Json.object();
        e.put("file", file.toString());
        if (count > 1) {
            e.put("index", index);
        }
        e.put("formula", s.composition().formula());
        e.put("potential", calc.name());
        e.put("ion_mode", r.mode().name().toLowerCase(Locale.ROOT));
        e.put("strain", r.strain());
        ElasticTensor c = r.tensor();
        e.put("c_ij_gpa", c.matrix());
        if (r.mode() == IonMode.RELAXED) {
            e.put("c_ij_clamped_gpa", r.clamped().matrix());
        }
        boolean stable = c.isMechanicallyStable();
        e.put("mechanically_stable", stable);
        e.put("eigenvalues_gpa", c.eigenvalues());
        try {
            e.put("compliance_per_gpa", c.compliance());
            e.put("voigt", moduli(c.bulkVoigt(), c.shearVoigt()));
            e.put("reuss", moduli(c.bulkReuss(), c.shearReuss()));
            e.put("hill", moduli(c.bulkHill(), c.shearHill()));
        } catch (InvalidInputException ex) {
            e.put("compliance_per_gpa", null);
        }
        e.put("residual_stress_gpa", r.residualStress());
        e.put("max_residual_force_ev_per_a", r.maxResidualForce());
        e.put("asymmetry_gpa", r.asymmetry());
        e.put("evaluations", r.evaluations());
        e.put("hardness_model", hardness.name().toLowerCase(Locale.ROOT));
        e.put("cauchy_definition", cauchy.name().toLowerCase(Locale.ROOT));
        e.put("warnings", r.warnings());
        return e;
    }

    private static Map<String, Object> moduli(double b, double g) {
        Map<String, Object> m = Json.object();
        m.put("bulk_gpa", b);
        m.put("shear_gpa", g);
        return m;
    }

    private static void printHuman(PrintWriter out, Map<String, Object> e, ElasticResult r, MechanicalProperties p) {
        out.printf(Locale.ROOT, "%s%s: %s, %s, %s ions, strain %.4g%n", e.get("file"), e.containsKey("index") ? " [" + e.get("index") + "]" : "",
                e.get("formula"), e.get("potential"), e.get("ion_mode"), r.strain());
        out.println("  C_ij (GPa):");
        for (String line : r.tensor().format().split("\n")) {
            out.println("  " + line);
        }
        out.printf(Locale.ROOT, "  B = %.3f GPa, G = %.3f GPa (Hill), E = %.3f GPa, nu = %.4f, G/B = %.4f%n", p.bulk(), p.shear(),
                p.young(), p.poisson(), p.pugh());
        out.printf(Locale.ROOT, "  Cauchy pressure %.3f GPa, H_V %.3f GPa, v_l %.3f km/s, v_t %.3f km/s, theta_D %.1f K%n",
                p.cauchyPressure(), p.vickers(), p.vLongitudinal(), p.vTransverse(), p.debyeTemperature());
        if (!r.tensor().isMechanicallyStable()) {
            out.println("  warning: not mechanically stable (C has a non-positive eigenvalue)");
        }
        for (String w : r.warnings()) {
            out.println("  warning: " + w);
        }
    }
}
