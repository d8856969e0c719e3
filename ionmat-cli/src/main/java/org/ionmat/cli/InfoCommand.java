package org.ionmat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.composition.Composition;
import org.ionmat.core.element.Element;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.Structure;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ionmat info FILE...}: what a structure file holds. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = {"Formula, composition, lattice, volume, density, oxidation states and symmetry of "
                + "structure files (CIF, POSCAR, extXYZ, LAMMPS data, ...).",
            "With --json: one object per structure; an array when there are several."})
final class InfoCommand implements java.util.concurrent.Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    InputOptions input;

    @picocli.CommandLine.Option(names = "--symprec", defaultValue = "0.01", paramLabel = "TOL",
            description = "Distance tolerance of the space-group analysis, Å (default ${DEFAULT-VALUE}, as spglib).")
    double symprec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Structure files.")
    List<Path> files;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!(symprec > 0) || symprec > 1) {
            throw new InvalidInputException(null, -1, Double.toString(symprec), "--symprec must be in (0, 1] Å");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Path file : files) {
            List<Structure> structures = input.read(file);
            for (int k = 0; k < structures.size(); k++) {
                Map<String, Object> e = StructureSummary.describe(structures.get(k), symprec);
                Map<String, Object> withFile = new LinkedHashMap<>();
                withFile.put("file", file.toString());
                if (structures.size() > 1) {
                    withFile.put("index", k);
                }
                withFile.putAll(e);
                entries.add(withFile);
                if (!common.json()) {
                    printHuman(out, withFile);
                    out.flush();
                }
            }
        }
        if (common.json()) {
            Json.print(out, entries.size() == 1 ? entries.get(0) : entries);
        }
        return Main.OK;
    }

    @SuppressWarnings("unchecked")
    private static void printHuman(PrintWriter out, Map<String, Object> e) {
        out.printf(Locale.ROOT, "%s%s%n", e.get("file"), e.containsKey("index") ? " [" + e.get("index") + "]" : "");
        out.printf(Locale.ROOT, "  formula          %s (reduced %s)%n", e.get("formula"), e.get("reduced_formula"));
        out.printf(Locale.ROOT, "  sites            %d (%s atoms), %s%n", (Integer) e.get("nsites"),
                Composition.formatAmount((Double) e.get("natoms"), false),
                Boolean.TRUE.equals(e.get("ordered")) ? "ordered" : "disordered (partial or mixed occupancy)");
        Map<String, Object> l = (Map<String, Object>) e.get("lattice");
        out.printf(Locale.ROOT, "  lattice          a=%.5f b=%.5f c=%.5f Å  alpha=%.4f beta=%.4f gamma=%.4f°%n",
                l.get("a"), l.get("b"), l.get("c"), l.get("alpha"), l.get("beta"), l.get("gamma"));
        out.printf(Locale.ROOT, "  volume           %.4f Å^3%n", e.get("volume"));
        out.printf(Locale.ROOT, "  density          %.5f g/cm^3%n", e.get("density"));
        Object sg = e.get("space_group");
        if (sg instanceof Map<?, ?> m && m.containsKey("symbol")) {
            out.printf(Locale.ROOT, "  space group      %s (%s), %s, point group %s%n", m.get("symbol"), m.get("number"),
                    m.get("crystal_system"), m.get("point_group"));
        } else if (sg instanceof Map<?, ?> m) {
            out.printf(Locale.ROOT, "  space group      not determined: %s%n", m.get("error"));
        }
        Object ox = e.get("oxidation_states");
        if (ox instanceof Map<?, ?> m && !m.isEmpty()) {
            out.printf(Locale.ROOT, "  oxidation states %s (%s)%n", formatStates(m), e.get("oxidation_states_source"));
        } else {
            out.printf(Locale.ROOT, "  oxidation states none found%n");
        }
    }

    /** "Li +1, Fe +2.667, O -2" from element -> average oxidation state. */
    static String formatStates(Map<?, ?> states) {
        StringBuilder sb = new StringBuilder();
        states.forEach((k, v) -> sb.append(sb.length() > 0 ? ", " : "").append(k).append(' ')
                .append(formatCharge(((Number) v).doubleValue())));
        return sb.toString();
    }

    private static String formatCharge(double v) {
        String s = Composition.formatAmount(Math.abs(v), false);
        if (s.length() > 6) {
            s = String.format(Locale.ROOT, "%.3f", Math.abs(v));
        }
        return (v < 0 ? "-" : "+") + s;
    }

    /** Lattice as a JSON object. */
    static Map<String, Object> lattice(Lattice l) {
        Map<String, Object> m = Json.object();
        m.put("a", l.a());
        m.put("b", l.b());
        m.put("c", l.c());
        m.put("alpha", l.alpha());
        m.put("beta", l.beta());
        m.put("gamma", l.gamma());
        m.put("matrix", l.matrix());
        return m;
    }

    /** Element amounts as a JSON object in electronegativity order. */
    static Map<String, Object> amounts(Map<Element, Double> amounts) {
        Map<String, Object> m = Json.object();
        amounts.forEach((el, v) -> m.put(el.symbol(), v));
        return m;
    }
}
