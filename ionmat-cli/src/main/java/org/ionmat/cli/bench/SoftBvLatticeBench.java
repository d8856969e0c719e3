package org.ionmat.cli.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Structure;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.softbv.ScreeningFactorSolver;
import org.ionmat.potential.softbv.SoftBvCalculator;
import org.ionmat.potential.softbv.SoftBvModel;
import org.ionmat.simulate.optimize.CellMode;
import org.ionmat.simulate.optimize.Relaxation;
import org.ionmat.simulate.optimize.RelaxationResult;
import org.ionmat.simulate.optimize.RelaxOptions;

/**
 * The structure-prediction study of K. Kameda et al., Digital Discovery 3, 1967 (2024) with our
 * SoftBV engine: reference cubic perovskites and normal spinels are scaled isotropically by 0.9 and
 * 1.1 ("sample structures"), relaxed (positions and full cell, FIRE) for each screening factor of
 * the paper's grid 0.55:0.0125:0.75, with sf_auto of the sample structure (the paper's "Auto") and
 * with sf_auto of the reference structure, and the relaxed lattice constant compared with the
 * reference: Er = (a_opt − a_ref)/a_ref (the sign that makes Er increase with sf, as the paper's
 * text says; its printed formula has the opposite sign). a is V^(1/3) for the 5-atom perovskite cell
 * and (4V)^(1/3) for the 14-atom primitive spinel cell.
 *
 * <p>References in {@code shared/data/softbv}: measured cubic lattice constants of ABO3 (Briones et
 * al. 2021, with oxidation states), PBE lattice constants of 10 normal spinels, and MACE-MP-0
 * lattice constants of the normal arrangement of 124 known AB2O4 spinels (Detrattanawichai et al.);
 * spinel oxidation states are the first charge-balanced choice of (A2+, B3+), (A4+, B2+),
 * (A6+, B1+) with SoftBV parameters. Not part of {@code mvn test}: {@code ionmat bench softbv-lattice}.
 */
public final class SoftBvLatticeBench {

    /** The sf grid of the paper: 0.55 to 0.75 in steps of 0.0125 (17 values). */
    public static final double[] SF_GRID = grid();

    private static final double[] STRAINS = {0.9, 1.1};

    /**
     * Range of sf_auto of the sample structures: where the pressure has no root in it (a
     * contracted sample is compressed even without Coulomb repulsion), sf_auto is the bound with
     * the smallest |P| (row mode {@code auto_sample_bound}); the paper's sf grid range.
     */
    public static final double[] AUTO_RANGE = {0.55, 0.75};

    private SoftBvLatticeBench() {
    }

    /** A reference material; {@code a} and {@code b} are null when no oxidation states could be assigned. */
    public record Material(String name, String set, Species a, Species b, double aRef) {
        boolean spinel() {
            return !set.equals("perovskite");
        }
    }

    /** One relaxation. */
    public record Row(Material material, double strain, String mode, double sf, double aOpt, double er, boolean converged,
                      int steps, double seconds) {
    }

    /** Results of one material. */
    public record Outcome(Material material, List<Row> rows, String skipped) {
    }

    private static double[] grid() {
        double[] g = new double[17];
        for (int k = 0; k < g.length; k++) {
            g[k] = 0.55 + 0.0125 * k;
        }
        return g;
    }

    /** The perovskite oxides of {@code expt_cubic_ABX3_lattice_Briones2021.csv}. */
    public static List<Material> perovskites(Path csv) {
        List<Material> out = new ArrayList<>();
        for (Map<String, String> r : readCsv(csv)) {
            if (!"O".equals(r.get("X"))) {
                continue;
            }
            out.add(new Material(r.get("formula"), "perovskite", species(r.get("A"), r.get("ox_A")), species(r.get("B"), r.get("ox_B")),
                    Double.parseDouble(r.get("a_exp_A"))));
        }
        return out;
    }

    /** Spinels with a conventional lattice constant column: the MACE set or the DFT representatives. */
    public static List<Material> spinels(Path csv, String set, SoftBvModel model) {
        List<Material> out = new ArrayList<>();
        for (Map<String, String> r : readCsv(csv)) {
            String formula = r.get("Formula");
            String a = r.containsKey("A") ? r.get("A") : formula.replaceAll("^([A-Z][a-z]?).*", "$1");
            String b = r.containsKey("B") ? r.get("B") : formula.substring(a.length()).replaceAll("^([A-Z][a-z]?).*", "$1");
            String col = r.containsKey("a_MACE_normal_A") ? "a_MACE_normal_A" : "DFT-Lattice";
            String value = r.get(col);
            if (value == null || value.isBlank()) {
                continue;
            }
            int[][] choices = {{2, 3}, {4, 2}, {6, 1}};
            Species sa = null;
            Species sb = null;
            for (int[] c : choices) {
                Species ta = Species.of(Element.of(a), c[0]);
                Species tb = Species.of(Element.of(b), c[1]);
                if (covered(model, ta) && covered(model, tb)) {
                    sa = ta;
                    sb = tb;
                    break;
                }
            }
            out.add(new Material(formula, set, sa, sb, Double.parseDouble(value)));
        }
        return out;
    }

    private static boolean covered(SoftBvModel model, Species s) {
        try {
            model.bond(s, Species.parse("O2-"));
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    /** Runs the study on a pool of {@code threads}. */
    public static List<Outcome> run(List<Material> materials, SoftBvModel model, double[] sfGrid, RelaxOptions options, int threads,
                                    java.util.function.Consumer<Outcome> progress) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Material m : materials) {
                futures.add(pool.submit(() -> {
                    Outcome o = study(m, model, sfGrid, options);
                    if (progress != null) {
                        synchronized (SoftBvLatticeBench.class) {
                            progress.accept(o);
                        }
                    }
                    return o;
                }));
            }
            List<Outcome> out = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** All relaxations of one material. */
    public static Outcome study(Material m, SoftBvModel model, double[] sfGrid, RelaxOptions options) {
        if (m.a() == null) {
            return new Outcome(m, List.of(), "no charge-balanced integer oxidation states (A2+ B3+, A4+ B2+, A6+ B1+) with SoftBV "
                    + "parameters (mixed valence)");
        }
        Structure ref;
        try {
            model.bond(m.a(), Species.parse("O2-"));
            model.bond(m.b(), Species.parse("O2-"));
            model.parameters().ion(m.a());
            model.parameters().ion(m.b());
            ref = m.spinel() ? OxidePrototypes.spinelPrimitive(m.a(), m.b(), m.aRef(), OxidePrototypes.SPINEL_U)
                    : OxidePrototypes.perovskite(m.a(), m.b(), m.aRef());
        } catch (InvalidInputException e) {
            return new Outcome(m, List.of(), e.getMessage());
        }
        AtomicSystem reference = AtomicSystem.of(ref);
        List<Row> rows = new ArrayList<>();
        double sfRef;
        try {
            sfRef = ScreeningFactorSolver.solve(model, reference, 0, 1e-6).screeningFactor();
        } catch (InvalidInputException e) {
            sfRef = Double.NaN;
        }
        for (double strain : STRAINS) {
            double e = strain - 1;
            AtomicSystem sample = reference.strained(new double[] {e, 0, 0, 0, e, 0, 0, 0, e});
            for (double sf : sfGrid) {
                rows.add(relax(m, sample, strain, "grid", model, sf, options));
            }
            ScreeningFactorSolver.Result auto = ScreeningFactorSolver.minimizePressure(model, sample, AUTO_RANGE[0], AUTO_RANGE[1], 1e-6);
            rows.add(relax(m, sample, strain, auto.atBound() ? "auto_sample_bound" : "auto_sample", model, auto.screeningFactor(), options));
            if (!Double.isNaN(sfRef)) {
                rows.add(relax(m, sample, strain, "auto_reference", model, sfRef, options));
            }
        }
        return new Outcome(m, rows, null);
    }

    private static Row relax(Material m, AtomicSystem sample, double strain, String mode, SoftBvModel model, double sf, RelaxOptions o) {
        RelaxationResult r = Relaxation.run(new SoftBvCalculator(model, sf), sample, o);
        double v = r.system().volume();
        double a = m.spinel() ? Math.cbrt(4 * v) : Math.cbrt(v);
        return new Row(m, strain, mode, sf, a, (a - m.aRef()) / m.aRef(), r.converged(), r.steps(), r.seconds());
    }

    /** Interpolated sf at which Er(sf) crosses zero on the grid rows of one strain, or NaN. */
    public static double sfOpt(List<Row> rows, double strain) {
        List<Row> g = rows.stream().filter(r -> r.mode().equals("grid") && r.strain() == strain)
                .sorted(Comparator.comparingDouble(Row::sf)).toList();
        for (int k = 1; k < g.size(); k++) {
            double e0 = g.get(k - 1).er();
            double e1 = g.get(k).er();
            if (e0 <= 0 && e1 >= 0 && e1 > e0) {
                return g.get(k - 1).sf() + (0 - e0) / (e1 - e0) * (g.get(k).sf() - g.get(k - 1).sf());
            }
        }
        return Double.NaN;
    }

    /** Rows as CSV text (one line per relaxation). */
    public static String csv(List<Outcome> outcomes) {
        StringBuilder sb = new StringBuilder("material,set,A,B,a_ref,strain,mode,sf,a_opt,Er,converged,steps,seconds\n");
        for (Outcome o : outcomes) {
            for (Row r : o.rows()) {
                Material m = r.material();
                sb.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%.6f,%.2f,%s,%.6f,%.6f,%.6f,%b,%d,%.4f%n", m.name(), m.set(),
                        m.a().toCifString(), m.b().toCifString(), m.aRef(), r.strain(), r.mode(), r.sf(), r.aOpt(), r.er(),
                        r.converged(), r.steps(), r.seconds()));
            }
        }
        return sb.toString();
    }

    private static Species species(String el, String ox) {
        return Species.of(Element.of(el.trim()), Double.parseDouble(ox.trim()));
    }

    /** Simple CSV reading (no quoted commas in the columns used). */
    static List<Map<String, String>> readCsv(Path csv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] head = lines.get(0).split(",", -1);
        List<Map<String, String>> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            Map<String, String> m = new LinkedHashMap<>();
            for (int k = 0; k < head.length && k < f.length; k++) {
                m.put(head[k].trim(), f[k].trim());
            }
            out.add(m);
        }
        return out;
    }

    /** Mean, std, MAE and RMSE of values (NaNs dropped). */
    public static double[] stats(double[] values) {
        double[] v = Arrays.stream(values).filter(Double::isFinite).toArray();
        if (v.length == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0};
        }
        double mean = Arrays.stream(v).average().orElse(Double.NaN);
        double mae = Arrays.stream(v).map(Math::abs).average().orElse(Double.NaN);
        double rmse = Math.sqrt(Arrays.stream(v).map(x -> x * x).average().orElse(Double.NaN));
        double var = Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / Math.max(1, v.length - 1);
        return new double[] {mean, Math.sqrt(var), mae, rmse, v.length};
    }

    /** Default relaxation settings of the study. */
    public static RelaxOptions options() {
        // FIRE: L-BFGS's long steps let spinels at large sf leave the spinel basin (see the report)
        return RelaxOptions.DEFAULT.withAlgorithm(RelaxOptions.Algorithm.FIRE).withCellMode(CellMode.FULL).withFmax(0.005)
                .withSmax(0.01).withMaxSteps(2000);
    }
}
