package org.ionmat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ionmat.analysis.bondvalence.BondValenceAnalysis;
import org.ionmat.analysis.bondvalence.BondValenceResult;
import org.ionmat.analysis.bondvalence.OxidationStates;
import org.ionmat.analysis.bvse.BvseAnalysis;
import org.ionmat.analysis.bvse.BvseMorseTable;
import org.ionmat.analysis.bvse.BvseParameterSource;
import org.ionmat.analysis.bvse.MigrationBarriers;
import org.ionmat.analysis.bvse.MobileIon;
import org.ionmat.analysis.bvse.SoftBvMorseSource;
import org.ionmat.analysis.bvse.VolumetricFiles;
import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Structure;
import org.ionmat.core.structure.order.OrderingMode;
import org.ionmat.core.structure.order.OrderingResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ionmat bv FILE... --ion Li}: bond valence analysis and BVSE migration barriers. */
@Command(name = "bv", mixinStandardHelpOptions = true,
        description = {"Bond-valence sums and GII, and the bond-valence site-energy (BVSE) landscape of a mobile ion: "
                + "1D/2D/3D percolation barriers (eV) and percolation radii (Å).",
            "Disordered structures are ordered first (lowest Ewald energy of seeded draws; --exact rejects them).",
            "With several structures, one that fails is reported (stderr, and an \"error\" entry in JSON) and the others "
                + "go on; the exit code is then 2.",
            "With --json: one object per structure; an array when there are several."})
final class BvCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    InputOptions input;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Structure files.")
    List<Path> files;

    @Option(names = "--ion", required = true, paramLabel = "ION",
            description = "Mobile ion: Li, Na, Ag, Mg, O, F, ... or with charge (Li+, Mg2+, O2-).")
    String ion;

    @Option(names = "--resolution", defaultValue = "0.2", paramLabel = "Å",
            description = "Grid spacing target in Å; grid sizes as BVlain chooses them (default ${DEFAULT-VALUE}).")
    double resolution;

    @Option(names = "--cutoff", defaultValue = "10", paramLabel = "Å",
            description = "Interaction cutoff in Å (default ${DEFAULT-VALUE}).")
    double cutoff;

    @Option(names = "--max-neighbors", defaultValue = "0", paramLabel = "N",
            description = "Sum only the N nearest framework ions per grid point (BVlain uses 100); 0 sums all within the cutoff (default).")
    int maxNeighbors;

    @Option(names = "--energy-cap", defaultValue = "5", paramLabel = "eV",
            description = "Barriers at or above this energy above the minimum are reported as null (default ${DEFAULT-VALUE}).")
    double energyCap;

    @Option(names = "--parameters", defaultValue = "bvse-table", paramLabel = "SOURCE",
            description = "Morse parameters: bvse-table (softBV BVSE table, as BVlain) or softbv (derived by the SoftBV force-field relations).")
    String parameters;

    /** Species never assigned by the oxidation-state analysis, as in BVlain: O- and P3-. */
    static final java.util.Set<org.ionmat.core.element.Species> FORBIDDEN_SPECIES = java.util.Set.of(
            org.ionmat.core.element.Species.of(Element.O, -1), org.ionmat.core.element.Species.of(Element.P, -3));

    @Option(names = "--exact", description = "Reject disordered structures instead of ordering them.")
    boolean exact;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of the ordering of disordered structures (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--order", defaultValue = "ewald", paramLabel = "MODE",
            description = "How disordered structures are ordered: ewald (lowest Ewald energy of several seeded draws; "
                    + "default) or random (one seeded draw).")
    OrderingMode order;

    @Option(names = "--cube", paramLabel = "OUT", description = "Write the landscape (eV) as a Gaussian cube file; "
            + "with several structures put {name} in OUT.")
    String cube;

    @Option(names = "--grd", paramLabel = "OUT", description = "Write the landscape (eV) as a VESTA .grd file; "
            + "with several structures put {name} in OUT.")
    String grd;

    @Option(names = "--plot", paramLabel = "OUT.png", description = "Write a PNG summary (energy map and distribution); "
            + "with several structures put {name} in OUT.")
    String plot;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        MobileIon mobile = MobileIon.parse(ion);
        BvseParameterSource source = switch (parameters.toLowerCase(Locale.ROOT)) {
            case "bvse-table", "table", "bvse" -> BvseMorseTable.standard();
            case "softbv" -> SoftBvMorseSource.standard();
            default -> throw new InvalidInputException(null, -1, parameters, "--parameters must be bvse-table or softbv, got '"
                    + parameters + "'");
        };
        BvseAnalysis.Settings st = new BvseAnalysis.Settings(resolution, cutoff, maxNeighbors, 0.74, energyCap, source);
        checkSettings();
        PrintWriter out = spec.commandLine().getOut();
        List<Map<String, Object>> entries = new ArrayList<>();
        int failed = 0;
        boolean batch = files.size() > 1;
        for (Path file : files) {
            List<Structure> structures;
            try {
                structures = input.read(file);
            } catch (InvalidInputException ex) {
                if (!batch) {
                    throw ex;
                }
                failed++;
                entries.add(failure(file, -1, ex.withSource(file.toString()).getMessage()));
                continue;
            }
            if (batch || structures.size() > 1) {
                for (String o : new String[] {cube, grd, plot}) {
                    if (o != null && !o.contains("{name}")) {
                        throw new InvalidInputException(null, -1, o, "several structures: put {name} in the output file name '" + o + "'");
                    }
                }
            }
            for (int k = 0; k < structures.size(); k++) {
                String name = stem(file) + (structures.size() > 1 ? "_" + k : "");
                int index = structures.size() > 1 ? k : -1;
                Map<String, Object> e;
                try {
                    e = analyze(file, index, structures.get(k), mobile, st, name);
                } catch (InvalidInputException ex) {
                    if (!batch && structures.size() == 1) {
                        throw ex.withSource(file.toString());
                    }
                    // a batch goes on with the other structures; the exit code says that one failed
                    failed++;
                    entries.add(failure(file, index, ex.withSource(file.toString()).getMessage()));
                    continue;
                }
                entries.add(e);
                if (!common.json()) {
                    printHuman(out, e);
                    out.flush();
                }
            }
        }
        if (common.json()) {
            Json.print(out, entries.size() == 1 ? entries.get(0) : entries);
        }
        return failed > 0 ? Main.BAD_INPUT : Main.OK;
    }

    private Map<String, Object> failure(Path file, int index, String msg) {
        spec.commandLine().getErr().println("ionmat: error: " + msg);
        spec.commandLine().getErr().flush();
        Map<String, Object> e = Json.object();
        e.put("file", file.toString());
        if (index >= 0) {
            e.put("index", index);
        }
        e.put("error", msg);
        return e;
    }

    private void checkSettings() {
        if (!(resolution >= 0.05) || resolution > 5) {
            throw new InvalidInputException(null, -1, Double.toString(resolution), "--resolution must be between 0.05 and 5 Å");
        }
        if (!(cutoff > 0) || cutoff > 50) {
            throw new InvalidInputException(null, -1, Double.toString(cutoff), "--cutoff must be between 0 and 50 Å");
        }
        if (maxNeighbors < 0) {
            throw new InvalidInputException(null, -1, Integer.toString(maxNeighbors), "--max-neighbors must be 0 (all) or positive");
        }
        if (!(energyCap > 0) || !Double.isFinite(energyCap)) {
            throw new InvalidInputException(null, -1, Double.toString(energyCap), "--energy-cap must be a positive energy in eV");
        }
    }

    private Map<String, Object> analyze(Path file, int index, Structure s, MobileIon mobile, BvseAnalysis.Settings st,
                                        String name) {
        long t0 = System.nanoTime();
        Map<String, Object> e = Json.object();
        e.put("file", file.toString());
        if (index >= 0) {
            e.put("index", index);
        }
        e.put("ion", mobile.toString());
        Map<String, Object> ordering = null;
        if (!s.isOrdered()) {
            if (exact) {
                throw new InvalidInputException("the structure has partial or mixed occupancy and --exact was given; "
                        + "order it (ionmat convert --order) or drop --exact");
            }
            OrderingResult r = Ordering.order(s, Ordering.options(s, order, seed, 10, 1000, null, List.of(),
                    file.toString()));
            s = r.structure();
            ordering = Ordering.describe(r);
        }
        OxidationStates.Decorated d = OxidationStates.decorate(s, FORBIDDEN_SPECIES);
        Structure dec = d.structure();
        Map<String, Object> ox = Json.object();
        Map<Element, double[]> acc = new LinkedHashMap<>();
        for (int i = 0; i < dec.size(); i++) {
            double[] a = acc.computeIfAbsent(dec.elementOf(i), x -> new double[2]);
            a[0] += dec.speciesOf(i).oxidationState();
            a[1]++;
        }
        acc.forEach((el, a) -> ox.put(el.symbol(), a[0] / a[1]));
        e.put("oxidation_states", ox);
        e.put("oxidation_states_source", d.source().id());
        e.put("ordering", ordering);
        List<String> warnings = new ArrayList<>();
        try {
            BondValenceResult bv = BondValenceAnalysis.analyze(dec);
            List<Map<String, Object>> sites = new ArrayList<>();
            for (int i = 0; i < bv.size(); i++) {
                Map<String, Object> m = Json.object();
                m.put("index", i);
                m.put("species", speciesLabel(bv.species().get(i)));
                m.put("bvs", bv.bvs()[i]);
                sites.add(m);
            }
            e.put("bvs", sites);
            e.put("gii", bv.giiAll());
        } catch (InvalidInputException ex) {
            e.put("bvs", null);
            e.put("gii", null);
            warnings.add("bond-valence sums: " + ex.getMessage());
        }
        BvseAnalysis.Result r = BvseAnalysis.run(dec, mobile, st);
        MigrationBarriers b = r.barriers();
        e.put("barriers", byDimension(b.barrier()));
        e.put("percolation_radius", byDimension(r.radii().radius()));
        e.put("barriers_bvlain", byDimension(b.bisected()));
        e.put("energy_min", b.minimum());
        e.put("grid", r.landscape().grid().dims());
        Map<String, Object> set = Json.object();
        set.put("resolution", st.resolution());
        set.put("cutoff", st.cutoff());
        set.put("max_neighbors", st.maxNeighbors());
        set.put("energy_cap", st.energyCap());
        set.put("parameters", st.source().name());
        e.put("settings", set);
        if (cube != null) {
            VolumetricFiles.writeCube(Path.of(cube.replace("{name}", name)), dec, r.landscape().grid(), r.landscape().energy(),
                    "BVSE landscape of " + mobile + " (eV) in " + file.getFileName());
        }
        if (grd != null) {
            VolumetricFiles.writeGrd(Path.of(grd.replace("{name}", name)), dec.lattice(), r.landscape().grid(),
                    r.landscape().energy(), "BVSE landscape of " + mobile + " (eV) in " + file.getFileName());
        }
        if (plot != null) {
            BvsePlot.write(Path.of(plot.replace("{name}", name)), r, file.getFileName().toString());
        }
        if (!warnings.isEmpty()) {
            e.put("warnings", warnings);
        }
        e.put("seconds", (System.nanoTime() - t0) / 1e9);
        return e;
    }

    private static Map<String, Object> byDimension(double[] v) {
        Map<String, Object> m = Json.object();
        for (int d = 1; d <= 3; d++) {
            m.put(d + "D", Double.isNaN(v[d]) ? null : v[d]);
        }
        return m;
    }

    private static String speciesLabel(Species s) {
        return s.toString();
    }

    private static String stem(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    @SuppressWarnings("unchecked")
    private static void printHuman(PrintWriter out, Map<String, Object> e) {
        out.printf(Locale.ROOT, "%s%s  mobile ion %s%n", e.get("file"), e.containsKey("index") ? " [" + e.get("index") + "]" : "",
                e.get("ion"));
        Map<String, Object> o = (Map<String, Object>) e.get("ordering");
        if (o != null) {
            out.printf(Locale.ROOT, "  ordered           %s draw, seed %s, %s cell(s), %s sites%n", o.get("mode"), o.get("seed"),
                    o.get("cells"), o.get("sites"));
        }
        out.printf(Locale.ROOT, "  oxidation states  %s (%s)%n", InfoCommand.formatStates((Map<?, ?>) e.get("oxidation_states")),
                e.get("oxidation_states_source"));
        Object gii = e.get("gii");
        out.printf(Locale.ROOT, "  GII               %s%n", gii == null ? "n/a" : String.format(Locale.ROOT, "%.3f v.u.", (Double) gii));
        Map<String, Object> bar = (Map<String, Object>) e.get("barriers");
        Map<String, Object> rad = (Map<String, Object>) e.get("percolation_radius");
        out.printf(Locale.ROOT, "  barriers (eV)     1D %s  2D %s  3D %s%n", fmt(bar.get("1D")), fmt(bar.get("2D")), fmt(bar.get("3D")));
        out.printf(Locale.ROOT, "  perc. radius (Å)  1D %s  2D %s  3D %s%n", fmt(rad.get("1D")), fmt(rad.get("2D")), fmt(rad.get("3D")));
        int[] g = (int[]) e.get("grid");
        out.printf(Locale.ROOT, "  grid              %dx%dx%d, Emin %.4f eV, %.2f s%n", g[0], g[1], g[2], (Double) e.get("energy_min"),
                (Double) e.get("seconds"));
        Object w = e.get("warnings");
        if (w instanceof List<?> l) {
            l.forEach(x -> out.println("  warning: " + x));
        }
    }

    private static String fmt(Object v) {
        return v == null ? "none" : String.format(Locale.ROOT, "%.4f", (Double) v);
    }
}
