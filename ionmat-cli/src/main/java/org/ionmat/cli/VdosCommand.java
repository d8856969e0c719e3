package org.ionmat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ionmat.analysis.structure.LindemannRatio;
import org.ionmat.analysis.trajectory.AtomGroup;
import org.ionmat.analysis.trajectory.FrameSource;
import org.ionmat.analysis.trajectory.UnwrapMode;
import org.ionmat.analysis.vibration.Vdos;
import org.ionmat.analysis.vibration.VdosCalculator;
import org.ionmat.analysis.vibration.VdosWeighting;
import org.ionmat.analysis.vibration.VibrationalDescriptors;
import org.ionmat.cli.report.DiffusionPlots;
import org.ionmat.cli.report.Html;
import org.ionmat.cli.report.ReportFiles;
import org.ionmat.cli.report.VdosPlots;
import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.simulate.md.Durations;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ionmat vdos}: vibrational densities of states and the seed 001 vibrational descriptors. */
@Command(name = "vdos", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Velocity autocorrelation and vibrational density of states (total, per species, diffusive and "
                + "non-diffusive atoms) of MD trajectories, with the phonon band centre <ω>, <ω30>, E_vib, C_V, "
                + "F_vib and S_vib per mode (quantum harmonic, seed 001) and the Lindemann ratio of the non-diffusive atoms.",
            "Writes VDOS plots (PNG, SVG), CSV tables and index.html to the output folder."})
final class VdosCommand implements Callable<Integer> {

    /** Mobile species tried in this order when --ion is not given (seed 001's code). */
    static final List<String> DIFFUSIVE_PRIORITY = List.of("Li", "Na", "Ag", "Cu", "Cl", "I", "Br", "F", "O");

    @Mixin
    CommonOptions common;

    @Mixin
    TrajectoryInputs inputs;

    @Option(names = "--ion", paramLabel = "EL",
            description = "Diffusive element (default: the first present of Li, Na, Ag, Cu, Cl, I, Br, F, O).")
    String ion;

    @Option(names = "--weighting", paramLabel = "W", defaultValue = "mass",
            description = "mass (default: phonon DOS, ∫g = 3N at equipartition) or none (seed 001 Eq. 5).")
    String weighting;

    @Option(names = "--max-lag", paramLabel = "DURATION",
            description = "Longest VACF lag (sets the resolution 1/(2·max-lag)); default half the run.")
    String maxLag;

    @Option(names = "--unwrap", paramLabel = "MODE", defaultValue = "auto",
            description = "Unwrapping for finite-difference velocities: auto, always, never.")
    UnwrapMode unwrap;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output folder (default: vdos).")
    Path output;

    @Option(names = "--no-plots", description = "Do not write plots, tables and the HTML summary.")
    boolean noPlots;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        VdosWeighting w = switch (weighting.trim().toLowerCase(Locale.ROOT)) {
            case "mass" -> VdosWeighting.MASS;
            case "none" -> VdosWeighting.NONE;
            default -> throw new InvalidInputException(null, -1, weighting, "--weighting: expected mass or none, got '" + weighting + "'");
        };
        Element chosen = null;
        if (ion != null) {
            chosen = Element.lookup(ion.trim());
            if (chosen == null) {
                throw new InvalidInputException(null, -1, ion, "--ion: unknown element '" + ion + "'");
            }
        }
        Double maxLagPs = maxLag == null ? null : Durations.parsePs(maxLag, "--max-lag");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = output != null ? output : Path.of("vdos");
        List<Map<String, Object>> runs = new ArrayList<>();
        List<String> files = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Html html = new Html("Vibrational densities of states");
        for (TrajectoryInputs.Opener o : inputs.openers()) {
            try (TrajectoryInputs.Input in = o.open()) {
                warnings.addAll(in.notes());
                FrameSource src = in.source();
                if (!common.json()) {
                    err.printf(Locale.ROOT, "analysing %s (%s K, %d frames)%n", in.label(), DiffusionPlots.kelvin(in.temperatureK()), src.numFrames());
                    err.flush();
                }
                Element el = chosen != null ? chosen : defaultIon(src);
                List<AtomGroup> groups = new ArrayList<>();
                groups.add(AtomGroup.all(src));
                AtomGroup nonDiff = null;
                if (el != null) {
                    AtomGroup d;
                    try {
                        d = AtomGroup.ofElement(src, el);
                    } catch (InvalidInputException e) {
                        throw new InvalidInputException(in.label() + ": " + e.getMessage());
                    }
                    groups.add(new AtomGroup("diffusive (" + el.symbol() + ")", d.atoms()));
                    nonDiff = AtomGroup.notOfElement(src, el);
                    if (nonDiff.size() > 0) {
                        groups.add(new AtomGroup("non-diffusive", nonDiff.atoms()));
                    }
                }
                List<Element> elements = AtomGroup.elements(src);
                if (elements.size() > 1) {
                    for (Element e : elements) {
                        groups.add(AtomGroup.ofElement(src, e));
                    }
                }
                int lag = maxLagPs == null ? 0 : (int) Math.max(4, Math.round(maxLagPs / in.dtPs()));
                List<Vdos> vs = VdosCalculator.compute(src, groups, in.dtPs(), in.temperatureK(), w, lag, unwrap);
                Map<String, Object> run = Json.object();
                run.put("source", in.label());
                run.put("temperature", in.temperatureK());
                run.put("frames", src.numFrames());
                run.put("dt_ps", in.dtPs());
                run.put("velocities", src.hasVelocities() ? "trajectory" : "finite differences of positions");
                run.put("diffusive_ion", el == null ? null : el.symbol());
                run.put("resolution_meV", vs.get(0).energyMeV(1));
                Map<String, Object> g = Json.object();
                for (Vdos v : vs) {
                    g.put(key(v.label()), descriptors(v, in.temperatureK()));
                }
                run.put("groups", g);
                if (nonDiff != null && nonDiff.size() > 0) {
                    LindemannRatio l = LindemannRatio.compute(src, nonDiff);
                    Map<String, Object> lm = Json.object();
                    lm.put("ratio", l.ratio());
                    lm.put("rms_displacement_A", l.rmsA());
                    lm.put("nearest_neighbour_A", l.nearestA());
                    run.put("lindemann_non_diffusive", lm);
                }
                if (!src.hasVelocities()) {
                    warnings.add(in.label() + ": no velocities in the trajectory; finite differences of positions damp "
                            + "high frequencies by sinc²(πνΔt)");
                }
                if (!noPlots) {
                    String base = "vdos_" + DiffusionCommand.tempName(in.temperatureK());
                    String[] f = ReportFiles.saveChart(VdosPlots.vdos(String.format(Locale.ROOT, "VDOS at %s K",
                            DiffusionPlots.kelvin(in.temperatureK())), vs), dir, base);
                    ReportFiles.write(dir.resolve(base + ".csv"), csv(vs));
                    files.add(f[0]);
                    files.add(f[1]);
                    files.add(base + ".csv");
                    run.put("table", base + ".csv");
                    html.heading(2, String.format(Locale.ROOT, "%s K: %s", DiffusionPlots.kelvin(in.temperatureK()), in.label()));
                    html.table(table(vs, in.temperatureK()));
                    html.figure(f[0], f[1], String.format(Locale.ROOT, "VDOS at %s K", DiffusionPlots.kelvin(in.temperatureK())));
                }
                runs.add(run);
            }
        }
        if (!noPlots) {
            html.paragraph("Descriptors per vibrational mode (divided by ∫g), quantum harmonic, E = ħω, ν = 0 left out; "
                    + "VDOS " + (w == VdosWeighting.MASS ? "mass-weighted (∫g = 3N at equipartition)" : "unweighted, scaled to 3N")
                    + ", Hann lag window.");
            if (!warnings.isEmpty()) {
                html.heading(2, "Warnings").list(warnings);
            }
            ReportFiles.write(dir.resolve("index.html"), html.render());
            files.add("index.html");
        }
        Map<String, Object> m = Json.object();
        m.put("weighting", w.name().toLowerCase(Locale.ROOT));
        m.put("units", "band centres and energies in meV, C_V and S_vib in meV/K, per vibrational mode");
        m.put("runs", runs);
        m.put("warnings", warnings);
        m.put("output", files.isEmpty() ? null : dir.toString());
        m.put("files", files);
        if (common.json()) {
            Json.print(out, m);
        } else {
            printHuman(out, runs, warnings, files, dir);
        }
        return Main.OK;
    }

    static Element defaultIon(FrameSource src) {
        List<Element> present = AtomGroup.elements(src);
        for (String s : DIFFUSIVE_PRIORITY) {
            if (present.contains(Element.of(s))) {
                return Element.of(s);
            }
        }
        return null;
    }

    private static String key(String label) {
        if (label.startsWith("diffusive")) {
            return "diffusive";
        }
        return label.replace('-', '_');
    }

    private static Map<String, Object> descriptors(Vdos v, double t) {
        VibrationalDescriptors d = VibrationalDescriptors.of(v, t);
        Map<String, Object> m = Json.object();
        m.put("atoms", v.numAtoms());
        m.put("integral_states", v.integral());
        m.put("band_centre_meV", d.bandCentreMeV());
        m.put("band_centre_30_meV", d.bandCentre30MeV());
        m.put("E_vib_meV", d.eVibMeV());
        m.put("C_V_meV_per_K", d.cvMeVPerK());
        m.put("F_vib_meV", d.fVibMeV());
        m.put("S_vib_meV_per_K", d.sVibMeVPerK());
        return m;
    }

    private static List<String[]> table(List<Vdos> vs, double t) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"atoms", "N", "∫g (states)", "<ω> (meV)", "<ω30> (meV)", "E_vib (meV)", "C_V (meV/K)",
            "F_vib (meV)", "S_vib (meV/K)"});
        for (Vdos v : vs) {
            VibrationalDescriptors d = VibrationalDescriptors.of(v, t);
            rows.add(new String[] {v.label(), Integer.toString(v.numAtoms()), f(v.integral()), f(d.bandCentreMeV()),
                f(d.bandCentre30MeV()), f(d.eVibMeV()), f(d.cvMeVPerK()), f(d.fVibMeV()), f(d.sVibMeVPerK())});
        }
        return rows;
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }

    private static String csv(List<Vdos> vs) {
        StringBuilder sb = new StringBuilder("energy_meV,frequency_THz");
        for (Vdos v : vs) {
            sb.append(",\"").append(v.label()).append(" (states/meV)\"");
        }
        sb.append('\n');
        for (int k = 0; k < vs.get(0).g().length; k++) {
            sb.append(String.format(Locale.ROOT, "%.6g,%.6g", vs.get(0).energyMeV(k), vs.get(0).frequencyTHz(k)));
            for (Vdos v : vs) {
                sb.append(',').append(String.format(Locale.ROOT, "%.8g", v.perMeV(k)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static void printHuman(PrintWriter out, List<Map<String, Object>> runs, List<String> warnings,
                                   List<String> files, Path dir) {
        for (Map<String, Object> r : runs) {
            out.printf(Locale.ROOT, "%s  %s K  (%s)%n", r.get("source"), DiffusionPlots.kelvin((Double) r.get("temperature")), r.get("velocities"));
            out.printf(Locale.ROOT, "  %-18s %6s %9s %9s %9s %9s %11s %9s %11s%n", "atoms", "N", "∫g", "<ω>", "<ω30>",
                    "E_vib", "C_V", "F_vib", "S_vib");
            Map<String, Object> g = (Map<String, Object>) r.get("groups");
            for (Map.Entry<String, Object> e : g.entrySet()) {
                Map<String, Object> d = (Map<String, Object>) e.getValue();
                out.printf(Locale.ROOT, "  %-18s %6d %9.4g %9.4g %9.4g %9.4g %11.4g %9.4g %11.4g%n", e.getKey(),
                        (Integer) d.get("atoms"), (Double) d.get("integral_states"), (Double) d.get("band_centre_meV"),
                        (Double) d.get("band_centre_30_meV"), (Double) d.get("E_vib_meV"), (Double) d.get("C_V_meV_per_K"),
                        (Double) d.get("F_vib_meV"), (Double) d.get("S_vib_meV_per_K"));
            }
            Object l = r.get("lindemann_non_diffusive");
            if (l instanceof Map<?, ?> lm) {
                out.printf(Locale.ROOT, "  Lindemann ratio (non-diffusive) %.4g%n", (Double) lm.get("ratio"));
            }
        }
        out.println("  (meV and meV/K per vibrational mode)");
        for (String w : warnings) {
            out.println("  warning: " + w);
        }
        if (!files.isEmpty()) {
            out.println("  report: " + dir.resolve("index.html"));
        }
        out.flush();
    }
}
