package org.ionmat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ionmat.analysis.diffusion.ArrheniusFit;
import org.ionmat.analysis.diffusion.DiffusionAnalysis;
import org.ionmat.analysis.diffusion.DiffusionFit;
import org.ionmat.analysis.diffusion.DiffusionOptions;
import org.ionmat.analysis.diffusion.DriftCorrection;
import org.ionmat.analysis.diffusion.FitWindow;
import org.ionmat.analysis.diffusion.RunDiffusion;
import org.ionmat.analysis.diffusion.TransportSummary;
import org.ionmat.analysis.trajectory.UnwrapMode;
import org.ionmat.cli.report.DiffusionPlots;
import org.ionmat.cli.report.Html;
import org.ionmat.cli.report.ReportFiles;
import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.simulate.md.Durations;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ionmat diffusion}: D(T), Arrhenius Ea and σ(300 K) from MD trajectories. */
@Command(name = "diffusion", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Tracer and charge diffusion coefficients of a mobile ion from MD trajectories (FFT MSD with "
                + "every frame a time origin, generalised least-squares fit with random-walk covariance), the "
                + "weighted Arrhenius fit, extrapolation to 300 K and the Nernst-Einstein conductivity, with error bars.",
            "Writes MSD and Arrhenius plots (PNG, SVG) and index.html to the output folder."})
final class DiffusionCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    TrajectoryInputs inputs;

    @Option(names = "--ion", required = true, paramLabel = "EL", description = "Mobile element, e.g. Li.")
    String ion;

    @Option(names = "--window", paramLabel = "RULE", defaultValue = "auto",
            description = "Fit window: auto (default; see FitWindow.Rule.AUTO), seed (τmax/2..τmax, τmax = half the "
                    + "run), or START:END durations, e.g. 5ps:50ps.")
    String window;

    @Option(names = "--drift", paramLabel = "MODE", defaultValue = "framework",
            description = "Centre-of-mass correction: framework (default; non-mobile atoms), system, ion, none.")
    String drift;

    @Option(names = "--unwrap", paramLabel = "MODE", defaultValue = "auto",
            description = "Unwrapping of positions: auto (default: when all positions lie in the cell), always, never.")
    UnwrapMode unwrap;

    @Option(names = "--charge", paramLabel = "Q",
            description = "Charge of the mobile ion (e) for Nernst-Einstein; default its oxidation state.")
    Double charge;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Folder for plots and index.html (default: diffusion-ION in the current folder).")
    Path output;

    @Option(names = "--no-plots", description = "Do not write plots and the HTML summary.")
    boolean noPlots;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Element el = Element.lookup(ion == null ? "" : ion.trim());
        if (el == null) {
            throw new InvalidInputException(null, -1, ion, "--ion: unknown element '" + ion + "'");
        }
        DiffusionOptions opts = DiffusionOptions.DEFAULT.withWindow(window(window)).withDrift(drift(drift))
                .withUnwrap(unwrap);
        if (charge != null) {
            if (!Double.isFinite(charge) || charge == 0) {
                throw new InvalidInputException("--charge must be a non-zero number, got " + charge);
            }
            opts = opts.withCharge(charge);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<RunDiffusion> runs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (TrajectoryInputs.Opener o : inputs.openers()) {
            try (TrajectoryInputs.Input in = o.open()) {
                notes.addAll(in.notes());
                if (!common.json()) {
                    err.printf(Locale.ROOT, "analysing %s (%s K, %d frames, %s apart)%n", in.label(), DiffusionPlots.kelvin(in.temperatureK()),
                            in.source().numFrames(), Durations.format(in.dtPs()));
                    err.flush();
                }
                RunDiffusion r = DiffusionAnalysis.analyse(in.source(), el, in.temperatureK(), in.dtPs(), in.label(), opts);
                runs.add(r);
            }
        }
        TransportSummary s = TransportSummary.of(runs, TransportSummary.ROOM_TEMPERATURE_K);
        List<String> warnings = new ArrayList<>(notes);
        for (RunDiffusion r : s.runs()) {
            warnings.addAll(r.warnings());
        }
        warnings.addAll(s.warnings());
        Path dir = output != null ? output : Path.of("diffusion-" + el.symbol());
        List<String> files = noPlots ? List.of() : report(s, dir, warnings);
        if (common.json()) {
            Json.print(out, json(el, s, warnings, files, dir));
        } else {
            printHuman(out, el, s, warnings, files, dir);
        }
        return Main.OK;
    }

    static FitWindow window(String w) {
        String v = w.trim().toLowerCase(Locale.ROOT);
        if (v.equals("auto")) {
            return FitWindow.AUTO;
        }
        if (v.equals("seed")) {
            return FitWindow.SEED;
        }
        String[] p = v.split(":", -1);
        if (p.length != 2) {
            throw new InvalidInputException(null, -1, w, "--window: expected auto, seed or START:END (e.g. 5ps:50ps), got '" + w + "'");
        }
        return FitWindow.between(Durations.parsePs(p[0], "--window"), Durations.parsePs(p[1], "--window"));
    }

    static DriftCorrection drift(String d) {
        return switch (d.trim().toLowerCase(Locale.ROOT)) {
            case "framework" -> DriftCorrection.FRAMEWORK;
            case "system" -> DriftCorrection.SYSTEM;
            case "ion" -> DriftCorrection.GROUP;
            case "none" -> DriftCorrection.NONE;
            default -> throw new InvalidInputException(null, -1, d, "--drift: expected framework, system, ion or none, got '" + d + "'");
        };
    }

    static Map<String, Object> json(Element el, TransportSummary s, List<String> warnings, List<String> files, Path dir) {
        Map<String, Object> m = Json.object();
        int n = s.runs().size();
        double[] t = new double[n];
        double[] d = new double[n];
        double[] de = new double[n];
        double[] ds = new double[n];
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            RunDiffusion r = s.runs().get(i);
            t[i] = r.temperatureK();
            d[i] = r.tracer().dCm2PerS();
            de[i] = r.tracer().dErrCm2PerS();
            ds[i] = r.charge().dCm2PerS();
            h[i] = r.havenRatio();
        }
        ArrheniusFit a = s.arrhenius();
        m.put("ion", el.symbol());
        m.put("temperatures", t);
        m.put("D", d);
        m.put("D_err", de);
        m.put("D_sigma", ds);
        m.put("haven_ratio", h);
        m.put("Ea", a == null ? null : a.ea());
        m.put("Ea_err", a == null ? null : a.eaErr());
        m.put("D0", a == null ? null : a.d0());
        m.put("D300", s.dTarget());
        m.put("D300_err", s.dTargetErr());
        m.put("sigma300", s.sigmaTarget());
        m.put("sigma300_err", s.sigmaTargetErr());
        List<Map<String, Object>> runs = new ArrayList<>();
        for (RunDiffusion r : s.runs()) {
            Map<String, Object> e = Json.object();
            e.put("source", r.source());
            e.put("temperature", r.temperatureK());
            e.put("frames", r.msd().numFrames());
            e.put("dt_ps", r.msd().dtPs());
            e.put("ions", r.msd().numAtoms());
            e.put("D", r.tracer().dCm2PerS());
            e.put("D_err", r.tracer().dErrCm2PerS());
            e.put("D_sigma", r.charge().dCm2PerS());
            e.put("D_sigma_err", r.charge().dErrCm2PerS());
            e.put("haven_ratio", r.havenRatio());
            e.put("haven_ratio_err", r.havenRatioErr());
            double[] dir3 = new double[3];
            double[] dir3e = new double[3];
            for (int c = 0; c < 3; c++) {
                dir3[c] = r.directional()[c].dCm2PerS();
                dir3e[c] = r.directional()[c].dErrCm2PerS();
            }
            e.put("D_xyz", dir3);
            e.put("D_xyz_err", dir3e);
            e.put("sigma", r.conductivity());
            e.put("sigma_err", r.conductivityErr());
            e.put("number_density_per_A3", r.numberDensity());
            e.put("charge", r.ionCharge());
            e.put("fit", fit(r.tracer()));
            e.put("unwrapped", r.msd().unwrapped());
            runs.add(e);
        }
        m.put("runs", runs);
        if (a != null) {
            Map<String, Object> f = Json.object();
            f.put("lnD0", a.lnD0());
            f.put("covariance_lnD0_slope", a.covariance());
            f.put("chi2_reduced", a.chi2Reduced());
            f.put("scaled_by_chi2", a.scaled());
            m.put("arrhenius", f);
        }
        m.put("warnings", warnings);
        m.put("output", files.isEmpty() ? null : dir.toString());
        m.put("files", files);
        return m;
    }

    private static Map<String, Object> fit(DiffusionFit f) {
        Map<String, Object> m = Json.object();
        m.put("window", f.window().name().toLowerCase(Locale.ROOT));
        m.put("start_ps", f.startPs());
        m.put("end_ps", f.endPs());
        m.put("lags", f.numLags());
        m.put("intercept_A2", f.intercept());
        m.put("chi2_reduced", f.chi2Reduced());
        m.put("scaled_by_residuals", f.scaledByResiduals());
        m.put("window_fallback", f.windowFallback());
        return m;
    }

    private static List<String> report(TransportSummary s, Path dir, List<String> warnings) {
        List<String> files = new ArrayList<>();
        Html html = new Html(s.runs().get(0).ion() + " diffusion");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"T (K)", "source", "frames", "Δt (ps)", "fit window (ps)", "D* (cm²/s)", "D_σ (cm²/s)",
            "Haven ratio", "σ(T) (S/cm)"});
        List<String[]> figs = new ArrayList<>();
        for (RunDiffusion r : s.runs()) {
            String base = String.format(Locale.ROOT, "msd_%s", tempName(r.temperatureK()));
            String[] f = ReportFiles.saveChart(DiffusionPlots.msd(r), dir, base);
            files.add(f[0]);
            files.add(f[1]);
            figs.add(new String[] {f[0], f[1], String.format(Locale.ROOT, "MSD at %s K", DiffusionPlots.kelvin(r.temperatureK()))});
            rows.add(new String[] {fmt(r.temperatureK()), r.source(), Integer.toString(r.msd().numFrames()),
                fmt(r.msd().dtPs()), String.format(Locale.ROOT, "%.4g–%.4g (%s)", r.tracer().startPs(), r.tracer().endPs(),
                        r.tracer().window().name().toLowerCase(Locale.ROOT)),
                DiffusionPlots.pm(r.tracer().dCm2PerS(), r.tracer().dErrCm2PerS()),
                DiffusionPlots.pm(r.charge().dCm2PerS(), r.charge().dErrCm2PerS()),
                DiffusionPlots.pm(r.havenRatio(), r.havenRatioErr()),
                DiffusionPlots.pm(r.conductivity(), r.conductivityErr())});
        }
        html.heading(2, "Diffusion coefficients").table(rows);
        if (s.arrhenius() != null) {
            String[] f = ReportFiles.saveChart(DiffusionPlots.arrhenius(s), dir, "arrhenius");
            files.add(f[0]);
            files.add(f[1]);
            ArrheniusFit a = s.arrhenius();
            List<String[]> ar = new ArrayList<>();
            ar.add(new String[] {"Ea (eV)", "D0 (cm²/s)", "D(300 K) (cm²/s)", "σ(300 K) (S/cm)", "χ²/dof"});
            ar.add(new String[] {DiffusionPlots.pm(a.ea(), a.eaErr()), String.format(Locale.ROOT, "%.3g", a.d0()),
                DiffusionPlots.pm(s.dTarget(), s.dTargetErr()), DiffusionPlots.pm(s.sigmaTarget(), s.sigmaTargetErr()),
                Double.isNaN(a.chi2Reduced()) ? "–" : String.format(Locale.ROOT, "%.3g", a.chi2Reduced())});
            html.heading(2, "Arrhenius fit and extrapolation to 300 K").table(ar)
                    .paragraph("Weighted least squares of ln D* against 1/T; 300 K values carry the full fit covariance. "
                            + "σ is Nernst-Einstein from the tracer D (Haven ratio 1) with the number density of the "
                            + "lowest-temperature run.")
                    .figure(f[0], f[1], "Arrhenius plot");
        }
        html.heading(2, "MSD");
        for (String[] f : figs) {
            html.figure(f[0], f[1], f[2]);
        }
        html.paragraph("D from a generalised least-squares fit of the MSD with the covariance of a random walk "
                + "(fourth cumulant and vibrational noise measured from the data); the band is ±1σ of the fitted line.");
        if (!warnings.isEmpty()) {
            html.heading(2, "Warnings").list(warnings);
        }
        ReportFiles.write(dir.resolve("index.html"), html.render());
        files.add("index.html");
        return files;
    }

    static String tempName(double t) {
        String s = String.format(Locale.ROOT, "%.3f", t).replaceAll("0+$", "").replaceAll("\\.$", "");
        return s + "K";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    private static void printHuman(PrintWriter out, Element el, TransportSummary s, List<String> warnings,
                                   List<String> files, Path dir) {
        out.printf(Locale.ROOT, "%s diffusion%n", el.symbol());
        out.printf(Locale.ROOT, "  %9s  %-21s  %-21s  %-15s  %s%n", "T (K)", "D* (cm^2/s)", "D_sigma (cm^2/s)",
                "Haven ratio", "fit window (ps)");
        for (RunDiffusion r : s.runs()) {
            out.printf(Locale.ROOT, "  %9s  %-21s  %-21s  %-15s  %.4g-%.4g%n", DiffusionPlots.kelvin(r.temperatureK()),
                    DiffusionPlots.pm(r.tracer().dCm2PerS(), r.tracer().dErrCm2PerS()),
                    DiffusionPlots.pm(r.charge().dCm2PerS(), r.charge().dErrCm2PerS()),
                    DiffusionPlots.pm(r.havenRatio(), r.havenRatioErr()), r.tracer().startPs(), r.tracer().endPs());
        }
        ArrheniusFit a = s.arrhenius();
        if (a != null) {
            out.printf(Locale.ROOT, "  Ea        %s eV   D0 %.3g cm^2/s%n", DiffusionPlots.pm(a.ea(), a.eaErr()), a.d0());
            out.printf(Locale.ROOT, "  D(300 K)  %s cm^2/s%n", DiffusionPlots.pm(s.dTarget(), s.dTargetErr()));
            out.printf(Locale.ROOT, "  σ(300 K)  %s S/cm (Nernst-Einstein, tracer D)%n",
                    DiffusionPlots.pm(s.sigmaTarget(), s.sigmaTargetErr()));
        }
        for (String w : warnings) {
            out.println("  warning: " + w);
        }
        if (!files.isEmpty()) {
            out.println("  report: " + dir.resolve("index.html"));
        }
        out.flush();
    }
}
