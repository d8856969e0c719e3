package org.ionmat.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.structure.Structure;
import org.ionmat.core.structure.order.OrderingMode;
import org.ionmat.core.structure.order.OrderingOptions;
import org.ionmat.core.structure.order.OrderingResult;
import org.ionmat.core.structure.order.StructureOrderer;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.simulate.md.CalculatorFactory;
import org.ionmat.simulate.md.CellMode;
import org.ionmat.simulate.md.Durations;
import org.ionmat.simulate.md.Ensemble;
import org.ionmat.simulate.md.EnsembleSettings;
import org.ionmat.simulate.md.MdProgress;
import org.ionmat.simulate.md.MdResult;
import org.ionmat.simulate.md.MdSettings;
import org.ionmat.simulate.md.MolecularDynamics;
import org.ionmat.simulate.md.StopSignal;
import org.ionmat.simulate.md.Xoshiro256;
import org.ionmat.simulate.trajectory.RunDirectory;
import org.ionmat.simulate.trajectory.RunMetadata;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ionmat md FILE --potential P --T 600,800 --time 100ps ...}: molecular dynamics, one run
 * directory per temperature under the output folder, the temperatures as parallel jobs, with
 * progress on the terminal; {@code --restart DIR} continues runs from their checkpoints.
 */
@Command(name = "md", mixinStandardHelpOptions = true,
        description = {"Molecular dynamics of a structure with a potential, one run per temperature "
                + "(run/T800K/: metadata.json, thermo.csv, trajectory.imtraj, checkpoint; see docs/run-directory.md).",
            "Durations take units: 1fs, 0.5ps, 2ns. Several temperatures run as parallel jobs.",
            "Ctrl-C stops cleanly (outputs stay valid, a checkpoint is written); --restart DIR continues."})
final class MdCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    InputOptions input;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Structure file (disordered structures are ordered first).")
    Path file;

    @Option(names = "--potential", paramLabel = "POT",
            description = "Potential: a potential file (pot.json) or softbv.")
    String potential;

    @Option(names = "--ensemble", paramLabel = "E", defaultValue = "nvt",
            description = "nve, nvt (Nose-Hoover chain), nvt-langevin, npt (MTK), npt-berendsen (default ${DEFAULT-VALUE}).")
    String ensemble;

    @Option(names = {"--T", "-T", "--temperature"}, split = ",", paramLabel = "K",
            description = "Temperature(s), K: one run each (e.g. 600,800,1000).")
    List<String> temperatures = new ArrayList<>();

    @Option(names = "--time", paramLabel = "DURATION", description = "Production time, e.g. 100ps.")
    String time;

    @Option(names = "--dt", paramLabel = "DURATION", defaultValue = "1fs", description = "Time step (default ${DEFAULT-VALUE}).")
    String dt;

    @Option(names = "--equilibrate", paramLabel = "DURATION",
            description = "Equilibration before production (not in the trajectory), e.g. 10ps.")
    String equilibrate;

    @Option(names = "--equilibrate-ensemble", paramLabel = "E",
            description = "Ensemble of the equilibration (default: nvt-langevin for nve and nvt-langevin, nvt for nvt, "
                    + "npt-berendsen for npt and npt-berendsen).")
    String equilibrateEnsemble;

    @Option(names = "--stride", paramLabel = "DURATION", description = "Time between trajectory frames (default 10 steps).")
    String stride;

    @Option(names = "--thermo-every", paramLabel = "DURATION", description = "Time between thermo rows (default: the stride).")
    String thermoEvery;

    @Option(names = "--checkpoint-every", paramLabel = "DURATION", description = "Time between checkpoints (default 10ps).")
    String checkpointEvery;

    @Option(names = "--seed", defaultValue = "0",
            description = "Seed of ordering, velocities and noise; each temperature derives its own (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--tdamp", paramLabel = "DURATION",
            description = "Thermostat damping time (default 100fs; 1ps for an nvt-langevin production).")
    String tdamp;

    @Option(names = "--pdamp", paramLabel = "DURATION", description = "Barostat damping time (default 1ps).")
    String pdamp;

    @Option(names = "--tchain", defaultValue = "3", description = "Nose-Hoover chain length (default ${DEFAULT-VALUE}).")
    int tchain;

    @Option(names = "--pressure", paramLabel = "P", description = "Target pressure of npt ensembles: 0.1GPa, 1bar, 1atm, 100MPa; "
            + "a bare number is GPa (default 0).")
    String pressure;

    @Option(names = "--cell", paramLabel = "MODE", defaultValue = "iso",
            description = "Barostat cell deformations: iso, aniso (x, y, z independently), tri (default ${DEFAULT-VALUE}).")
    String cell;

    @Option(names = "--bulk-modulus", paramLabel = "B", description = "Bulk modulus estimate of the Berendsen barostat (default 100GPa).")
    String bulkModulus;

    @Option(names = "--velocities", description = "Also write velocities to the trajectory.")
    boolean velocities;

    @Option(names = "--precision", defaultValue = "double",
            description = "Trajectory numbers: double or single (default ${DEFAULT-VALUE}).")
    String precision;

    @Option(names = "--min-distance", paramLabel = "A", defaultValue = "0.6",
            description = "Stop a run when two atoms come closer than this, Å; 0 disables (default ${DEFAULT-VALUE}).")
    double minDistance;

    @Option(names = "--supercell", paramLabel = "SPEC", description = "Supercell first: N, NAxNBxNC or nine integers.")
    String supercell;

    @Option(names = "--order", paramLabel = "MODE", defaultValue = "random",
            description = "Disordered input: random (order with a seeded draw) or reject (default ${DEFAULT-VALUE}).")
    String order;

    @Option(names = "--max-sites", defaultValue = "1000",
            description = "Largest automatic ordering supercell, in sites (default ${DEFAULT-VALUE}).")
    int maxSites;

    @Option(names = "--jobs", description = "Temperatures run at the same time (default: as many as cores, at most the number of temperatures).")
    Integer jobs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "run",
            description = "Output folder, one directory per temperature inside (default ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--restart", paramLabel = "DIR",
            description = "Continue the runs of DIR (a run folder or one temperature's directory) from their checkpoints; "
                    + "with --time, extend them to that production time.")
    Path restart;

    @Option(names = "--no-progress", description = "Do not show progress on the terminal.")
    boolean noProgress;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private record Job(String name, Path dir, double temperatureK, double timestepPs, Callable<MolecularDynamics> start,
                       MdProgress progress) {
    }

    @Override
    public Integer call() {
        if (restart != null) {
            return restartRuns();
        }
        if (file == null) {
            throw new InvalidInputException("a structure FILE is required (or --restart DIR)");
        }
        if (potential == null) {
            throw new InvalidInputException("--potential is required: a potential file (pot.json) or softbv");
        }
        if (temperatures.isEmpty()) {
            throw new InvalidInputException("--T is required: one or more temperatures in K, e.g. --T 600,800,1000");
        }
        if (time == null) {
            throw new InvalidInputException("--time is required: the production time, e.g. --time 100ps");
        }
        Path cwd = Path.of("").toAbsolutePath();
        double dtPs = positive(Durations.parsePs(dt, "--dt"), "--dt");
        long prodSteps = Durations.steps(Durations.parsePs(time, "--time"), dtPs, "--time");
        long eqSteps = equilibrate == null ? 0 : Durations.steps(Durations.parsePs(equilibrate, "--equilibrate"), dtPs,
                "--equilibrate");
        long strideSteps = stride == null ? 10 : atLeastOne(Durations.steps(Durations.parsePs(stride, "--stride"), dtPs,
                "--stride"), "--stride");
        long thermoSteps = thermoEvery == null ? strideSteps : atLeastOne(Durations.steps(
                Durations.parsePs(thermoEvery, "--thermo-every"), dtPs, "--thermo-every"), "--thermo-every");
        long checkpointSteps = checkpointEvery == null ? Math.max(1, Math.round(10 / dtPs)) : atLeastOne(Durations.steps(
                Durations.parsePs(checkpointEvery, "--checkpoint-every"), dtPs, "--checkpoint-every"), "--checkpoint-every");
        List<Double> temps = parseTemperatures();
        Ensemble prodEnsemble = Ensemble.parse(ensemble);
        Ensemble eqEnsemble = equilibrateEnsemble == null ? prodEnsemble.defaultEquilibration()
                : Ensemble.parse(equilibrateEnsemble);
        if (!precision.equalsIgnoreCase("double") && !precision.equalsIgnoreCase("single")) {
            throw new InvalidInputException(null, -1, precision, "--precision must be double or single, got '" + precision + "'");
        }
        if (!(minDistance >= 0)) {
            throw new InvalidInputException("--min-distance must be >= 0 Å, got " + minDistance);
        }
        if (tchain < 1 || tchain > 20) {
            throw new InvalidInputException("--tchain must be between 1 and 20, got " + tchain);
        }

        Structure structure = prepareStructure(file);
        Map<String, Object> ordering = lastOrdering;
        CalculatorFactory factory = PotentialResolver.resolve(potential, cwd);
        if (factory.needsOxidationStates()) {
            try {
                structure = org.ionmat.analysis.bondvalence.OxidationStates.decorate(structure).structure();
            } catch (InvalidInputException e) {
                throw e.withSource(file.toString());
            }
        }
        AtomicSystem system = AtomicSystem.of(structure);
        factory.create(system).calculate(system); // the potential covers the species and works on this cell

        Map<String, Object> potentialInfo = new LinkedHashMap<>(factory.describe());
        potentialInfo.put("spec", potential);
        Path potFile = cwd.resolve(potential);
        potentialInfo.put("path", Files.exists(potFile) ? potFile.toString() : null);
        Map<String, Object> inputInfo = new LinkedHashMap<>();
        inputInfo.put("file", cwd.resolve(file).toString());
        inputInfo.put("formula", structure.composition().formula());
        inputInfo.put("nsites", structure.size());
        inputInfo.put("supercell", supercell);
        inputInfo.put("ordering", ordering);
        String command = commandLine();

        try {
            Files.createDirectories(output);
        } catch (java.io.IOException e) {
            throw new InvalidInputException(output.toString(), -1, null, "cannot create the output folder: " + e.getMessage());
        }
        for (double t : temps) {
            if (Files.exists(output.resolve(RunDirectory.nameFor(t)).resolve(RunDirectory.METADATA))) {
                throw new InvalidInputException(output.resolve(RunDirectory.nameFor(t)).toString(), -1, null,
                        "already holds an MD run; continue it with --restart " + output + " or choose another -o");
            }
        }
        StopSignal stop = new StopSignal();
        List<Job> jobs = new ArrayList<>();
        for (double t : temps) {
            EnsembleSettings prod = ensembleSettings(prodEnsemble, t, true);
            EnsembleSettings eq = eqSteps > 0 ? ensembleSettings(eqEnsemble, t, false) : null;
            long runSeed = seedFor(seed, t);
            MdSettings settings = MdSettings.builder(prod, dtPs, prodSteps).equilibration(eq, eqSteps).stride(strideSteps)
                    .thermoEvery(thermoSteps).checkpointEvery(checkpointSteps).velocities(velocities)
                    .singlePrecision(precision.equalsIgnoreCase("single")).monitor(minDistance, 0).seed(runSeed).build();
            Map<String, Object> description = new LinkedHashMap<>();
            description.put("seed_base", seed);
            description.put("input", inputInfo);
            description.put("potential", potentialInfo);
            description.put("command", command);
            Path dir = output.resolve(RunDirectory.nameFor(t));
            MdProgress progress = new MdProgress();
            jobs.add(new Job(RunDirectory.nameFor(t), dir, t, dtPs,
                    () -> MolecularDynamics.create(dir, system, factory, settings, description, stop, progress), progress));
        }
        Map<String, Object> call = Json.object();
        call.put("format", "ionmat-md-call");
        call.put("command", command);
        call.put("created", Instant.now().toString());
        call.put("temperatures_K", temps);
        List<MdResult> none = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            none.add(null);
        }
        List<MdResult> results = runJobs(jobs, stop, () -> writeRunSummary(output, call, jobs, none));
        writeRunSummary(output, call, jobs, results);

        Map<String, Object> report = Json.object();
        report.put("input", file.toString());
        report.put("formula", structure.composition().formula());
        report.put("natoms", system.size());
        report.put("ordering", ordering);
        report.put("potential", potential);
        report.put("ensemble", prodEnsemble.id());
        report.put("equilibration_ensemble", eqSteps > 0 ? eqEnsemble.id() : null);
        report.put("timestep_ps", dtPs);
        report.put("time_ps", prodSteps * dtPs);
        report.put("equilibration_ps", eqSteps * dtPs);
        report.put("stride_ps", strideSteps * dtPs);
        report.put("seed", seed);
        report.put("output", output.toString());
        report.put("runs", describeResults(jobs, results));
        return report(report, jobs, results, String.format(Locale.ROOT,
                "md: %s (%d atoms), potential %s, %s, %s of %s steps (%d steps), stride %s",
                structure.composition().formula(), system.size(), potential, prodEnsemble.id(),
                Durations.format(prodSteps * dtPs), Durations.format(dtPs), prodSteps, Durations.format(strideSteps * dtPs)));
    }

    private Map<String, Object> lastOrdering;

    private Structure prepareStructure(Path f) {
        List<Structure> all = input.read(f);
        Structure s = all.get(0);
        int[][] matrix = supercell == null ? null : SupercellSpec.parse(supercell);
        lastOrdering = null;
        if (!s.isOrdered()) {
            String mode = order.toLowerCase(Locale.ROOT);
            if (mode.equals("reject")) {
                throw new InvalidInputException(f.toString(), -1, null, "the structure has partial occupancies; order it "
                        + "(--order random, or 'ionmat convert --order ewald') or give an ordered structure");
            }
            if (!mode.equals("random")) {
                throw new InvalidInputException(null, -1, order, "--order must be random or reject (for Ewald ordering "
                        + "use 'ionmat convert --order ewald' first), got '" + order + "'");
            }
            if (maxSites < 1) {
                throw new InvalidInputException("--max-sites must be >= 1, got " + maxSites);
            }
            OrderingOptions.Builder b = OrderingOptions.builder().mode(OrderingMode.RANDOM).seed(seed)
                    .automaticSupercell(maxSites);
            if (matrix != null) {
                b.supercell(matrix);
            }
            OrderingResult r = StructureOrderer.order(s, b.build());
            Map<String, Object> m = Json.object();
            m.put("mode", "random");
            m.put("seed", r.seed());
            m.put("supercell", r.supercellMatrix());
            m.put("cells", r.cells());
            m.put("exact", r.exact());
            m.put("composition_error", r.compositionError());
            lastOrdering = m;
            return r.structure();
        }
        return matrix == null ? s : s.supercell(matrix);
    }

    private EnsembleSettings ensembleSettings(Ensemble e, double t, boolean production) {
        EnsembleSettings d = EnsembleSettings.defaults(e, t);
        double td = tdamp != null ? positive(Durations.parsePs(tdamp, "--tdamp"), "--tdamp")
                : production ? d.tdampPs() : EnsembleSettings.DEFAULT_TDAMP_PS;
        double pd = pdamp != null ? positive(Durations.parsePs(pdamp, "--pdamp"), "--pdamp") : d.pdampPs();
        double p = pressure != null ? parsePressureGPa(pressure, "--pressure") : 0;
        double b = bulkModulus != null ? positive(parsePressureGPa(bulkModulus, "--bulk-modulus"), "--bulk-modulus")
                : d.bulkModulusGPa();
        return new EnsembleSettings(e, t, p, td, pd, tchain, 1, CellMode.parse(cell), b);
    }

    /** Seed of one temperature's run, derived from the call's seed and the temperature. */
    static long seedFor(long base, double temperatureK) {
        return Xoshiro256.mix(base ^ Xoshiro256.mix(Double.doubleToLongBits(temperatureK))) & Long.MAX_VALUE;
    }

    private List<Double> parseTemperatures() {
        List<Double> out = new ArrayList<>();
        for (String s : temperatures) {
            String t = s.trim();
            if (t.toUpperCase(Locale.ROOT).endsWith("K")) {
                t = t.substring(0, t.length() - 1).trim();
            }
            double v;
            try {
                v = Double.parseDouble(t);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(null, -1, s, "--T: '" + s + "' is not a temperature in K");
            }
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new InvalidInputException(null, -1, s, "--T: temperatures must be positive, got '" + s + "'");
            }
            if (out.contains(v)) {
                throw new InvalidInputException(null, -1, s, "--T: temperature " + s + " given twice");
            }
            out.add(v);
        }
        return out;
    }

    private static final Pattern PRESSURE = Pattern.compile(
            "\\s*([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*([a-zA-Z]*)\\s*");

    /** A pressure with unit (GPa, MPa, kbar, bar, atm, Pa; bare number GPa), in GPa. */
    static double parsePressureGPa(String text, String option) {
        Matcher m = PRESSURE.matcher(text);
        if (!m.matches()) {
            throw new InvalidInputException(null, -1, text, option + ": '" + text + "' is not a pressure, e.g. 0.1GPa or 1bar");
        }
        double v = Double.parseDouble(m.group(1));
        double f = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "", "gpa" -> 1;
            case "mpa" -> 1e-3;
            case "kbar" -> 0.1;
            case "bar" -> 1e-4;
            case "atm" -> 1.01325e-4;
            case "pa" -> 1e-9;
            default -> throw new InvalidInputException(null, -1, text, option + ": unknown pressure unit '" + m.group(2)
                    + "'; use GPa, MPa, kbar, bar, atm or Pa");
        };
        double p = v * f;
        if (!Double.isFinite(p)) {
            throw new InvalidInputException(null, -1, text, option + ": pressure must be finite");
        }
        return p;
    }

    private static double positive(double v, String option) {
        if (!(v > 0)) {
            throw new InvalidInputException(option + " must be positive");
        }
        return v;
    }

    private static long atLeastOne(long steps, String option) {
        if (steps < 1) {
            throw new InvalidInputException(option + " must be at least one time step");
        }
        return steps;
    }

    private String commandLine() {
        List<String> args = spec.commandLine().getParseResult() == null ? List.of()
                : spec.commandLine().getParseResult().originalArgs();
        return "ionmat " + String.join(" ", args);
    }

    /** Runs the jobs in parallel with progress and a Ctrl-C hook; returns their results in order (null if a job threw). */
    private List<MdResult> runJobs(List<Job> jobs, StopSignal stop, Runnable onPrepared) {
        PrintWriter err = spec.commandLine().getErr();
        int n = jobs.size();
        if (this.jobs != null && this.jobs < 1) {
            throw new InvalidInputException("--jobs must be >= 1, got " + this.jobs);
        }
        int threads = Math.max(1, Math.min(n, this.jobs != null ? this.jobs : Runtime.getRuntime().availableProcessors()));
        CountDownLatch done = new CountDownLatch(n);
        Thread hook = new Thread(() -> {
            stop.request();
            err.println();
            err.println("ionmat: stopping: finishing the current steps, writing checkpoints (continue with --restart)");
            err.flush();
            try {
                done.await(120, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                // exiting anyway
            }
        }, "ionmat-md-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ionmat-md-job");
            t.setDaemon(true);
            return t;
        });
        List<Future<MdResult>> futures = new ArrayList<>();
        List<MolecularDynamics> prepared = new ArrayList<>();
        for (Job j : jobs) {
            try {
                prepared.add(j.start().call()); // every run gets its directory and a step-0 checkpoint first
            } catch (RuntimeException e) {
                Runtime.getRuntime().removeShutdownHook(hook);
                pool.shutdownNow();
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        onPrepared.run();
        MdProgressPrinter printer = noProgress || common.json() && System.console() == null ? null
                : new MdProgressPrinter(err, jobs.stream().map(Job::name).toList(), jobs.stream().map(Job::progress).toList(),
                        jobs.stream().map(Job::timestepPs).toList(), System.console() != null);
        try {
            for (MolecularDynamics md : prepared) {
                futures.add(pool.submit(() -> {
                    try {
                        if (stop.isRequested()) {
                            return null; // stopped before this temperature started: it stays pending
                        }
                        return md.run();
                    } finally {
                        done.countDown();
                    }
                }));
            }
            List<MdResult> results = new ArrayList<>();
            RuntimeException first = null;
            for (Future<MdResult> f : futures) {
                try {
                    results.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    results.add(null);
                    Throwable c = e.getCause();
                    if (first == null) {
                        first = c instanceof RuntimeException re ? re : new IllegalStateException(c);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stop.request();
                    results.add(null);
                }
            }
            if (printer != null) {
                printer.close();
            }
            if (first != null && results.stream().allMatch(r -> r == null)) {
                throw first;
            }
            if (first != null) {
                err.println("ionmat: error: " + first.getMessage());
                err.flush();
                failure = first;
            }
            return results;
        } finally {
            if (printer != null) {
                printer.close();
            }
            pool.shutdownNow();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ignored) {
                // shutting down: the hook is running
            }
        }
    }

    private RuntimeException failure;

    private static List<Map<String, Object>> describeResults(List<Job> jobs, List<MdResult> results) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            MdResult r = results.get(i);
            Map<String, Object> m = Json.object();
            m.put("temperature_K", jobs.get(i).temperatureK());
            m.put("directory", jobs.get(i).dir().toString());
            if (r == null) {
                m.put("status", statusOnDisk(jobs.get(i).dir()));
                out.add(m);
                continue;
            }
            m.put("status", r.status());
            m.put("message", r.message());
            m.put("seed", r.seed());
            m.put("steps", r.productionSteps());
            m.put("frames", r.frames());
            m.put("steps_per_second", r.stepsPerSecond());
            m.put("T_mean_K", r.summary().get("T_mean_K"));
            m.put("T_std_K", r.summary().get("T_std_K"));
            m.put("P_mean_GPa", r.summary().get("P_mean_GPa"));
            m.put("volume_mean_A3", r.summary().get("volume_mean_A3"));
            m.put("conserved_drift_eV_per_atom", r.summary().get("conserved_drift_eV_per_atom"));
            m.put("min_distance_A", Double.isFinite(r.observedMinDistance()) ? r.observedMinDistance() : null);
            out.add(m);
        }
        return out;
    }

    private static void writeRunSummary(Path folder, Map<String, Object> call, List<Job> jobs, List<MdResult> results) {
        call.put("updated", Instant.now().toString());
        List<Map<String, Object>> runs = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            Map<String, Object> m = Json.object();
            m.put("temperature_K", jobs.get(i).temperatureK());
            m.put("directory", jobs.get(i).dir().getFileName().toString());
            m.put("status", results.get(i) != null ? results.get(i).status() : statusOnDisk(jobs.get(i).dir()));
            m.put("seed", results.get(i) == null ? null : results.get(i).seed());
            runs.add(m);
        }
        call.put("runs", runs);
        RunMetadata.write(folder.resolve(RunDirectory.RUN_SUMMARY), call);
    }

    private int report(Map<String, Object> report, List<Job> jobs, List<MdResult> results, String headline) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (common.json()) {
            Json.print(out, report);
        } else {
            out.println(headline);
            for (int i = 0; i < jobs.size(); i++) {
                MdResult r = results.get(i);
                if (r == null) {
                    out.printf(Locale.ROOT, "  %-8s %s%n", jobs.get(i).name(), statusOnDisk(jobs.get(i).dir()));
                    continue;
                }
                Object tm = r.summary().get("T_mean_K");
                Object ts = r.summary().get("T_std_K");
                Object pm = r.summary().get("P_mean_GPa");
                out.printf(Locale.ROOT, "  %-8s %-11s %,d steps, %,d frames%s%s, %,.0f steps/s -> %s%n", jobs.get(i).name(),
                        r.status(), r.productionSteps(), r.frames(),
                        tm instanceof Double t ? String.format(Locale.ROOT, ", T = %.1f ± %.1f K", t, (Double) ts) : "",
                        pm instanceof Double p ? String.format(Locale.ROOT, ", P = %.3f GPa", p) : "",
                        r.stepsPerSecond(), r.directory());
            }
            out.flush();
        }
        int code = Main.OK;
        for (int i = 0; i < jobs.size(); i++) {
            MdResult r = results.get(i);
            if (r != null && r.message() != null && !r.status().equals(RunMetadata.COMPLETED)) {
                err.println("ionmat: " + jobs.get(i).name() + " " + r.status() + ": " + r.message());
            }
            if (r != null && (r.status().equals(RunMetadata.STOPPED))) {
                code = Math.max(code, Main.BAD_INPUT);
            }
            if (r == null && failure == null) {
                continue; // not started because of a stop request
            }
            if (r == null || r.status().equals(RunMetadata.FAILED)) {
                code = failure instanceof InvalidInputException ? Math.max(code, Main.BAD_INPUT) : Main.INTERNAL_ERROR;
            }
        }
        err.flush();
        return code;
    }

    /** --restart DIR: continues unfinished runs (or extends finished ones with --time). */
    private int restartRuns() {
        Path cwd = Path.of("").toAbsolutePath();
        List<RunDirectory> runs = RunDirectory.list(restart);
        StopSignal stop = new StopSignal();
        List<Job> jobs = new ArrayList<>();
        List<Map<String, Object>> skipped = new ArrayList<>();
        for (RunDirectory run : runs) {
            RunMetadata m = run.metadata();
            double dtPs = m.timestepPs();
            Long newSteps = time == null ? null : Durations.steps(Durations.parsePs(time, "--time"), dtPs, "--time");
            long planned = ((Number) ((Map<?, ?>) m.json().get("production")).get("steps")).longValue();
            if (RunMetadata.COMPLETED.equals(m.status()) && (newSteps == null || newSteps <= planned)) {
                Map<String, Object> s = Json.object();
                s.put("temperature_K", m.temperatureK());
                s.put("directory", run.path().toString());
                s.put("status", "already completed");
                skipped.add(s);
                continue;
            }
            String potSpec = potential;
            if (potSpec == null) {
                Map<?, ?> pot = (Map<?, ?>) m.json().get("potential");
                if (pot == null) {
                    throw new InvalidInputException(run.path().toString(), -1, null,
                            "the run does not record its potential; give --potential");
                }
                potSpec = (String) (pot.get("path") != null ? pot.get("path") : pot.get("spec"));
            }
            CalculatorFactory factory = PotentialResolver.resolve(potSpec, cwd);
            MdProgress progress = new MdProgress();
            Path dir = run.path();
            jobs.add(new Job(dir.getFileName().toString(), dir, m.temperatureK(), dtPs,
                    () -> MolecularDynamics.resume(dir, factory, newSteps, stop, progress), progress));
        }
        List<MdResult> results = jobs.isEmpty() ? List.of() : runJobs(jobs, stop, () -> { });
        Path folder = Files.exists(restart.resolve(RunDirectory.METADATA)) ? restart.getParent() : restart;
        if (folder != null && Files.exists(folder.resolve(RunDirectory.RUN_SUMMARY)) && !jobs.isEmpty()) {
            Map<String, Object> call = new LinkedHashMap<>(readJson(folder.resolve(RunDirectory.RUN_SUMMARY)));
            List<Object> restarts = new ArrayList<>();
            if (call.get("restarts") instanceof List<?> l) {
                restarts.addAll(l);
            }
            restarts.add(commandLine());
            call.put("restarts", restarts);
            List<Job> all = new ArrayList<>();
            List<MdResult> allResults = new ArrayList<>();
            for (RunDirectory r : RunDirectory.list(folder)) {
                int k = indexOf(jobs, r.path());
                all.add(k >= 0 ? jobs.get(k) : new Job(r.path().getFileName().toString(), r.path(), r.temperatureK(),
                        r.metadata().timestepPs(), null, null));
                allResults.add(k >= 0 ? results.get(k) : new MdResult(r.path(), r.metadata().status(), r.metadata().message(),
                        r.temperatureK(), r.metadata().seed(), 0, 0, Double.NaN, Double.NaN, Map.of()));
            }
            writeRunSummary(folder, call, all, allResults);
        }
        Map<String, Object> report = Json.object();
        report.put("restart", restart.toString());
        report.put("runs", describeResults(jobs, results));
        report.put("skipped", skipped);
        if (!common.json()) {
            for (Map<String, Object> s : skipped) {
                spec.commandLine().getOut().printf(Locale.ROOT, "  %s: already completed (give a longer --time to extend it)%n",
                        s.get("directory"));
            }
        }
        return report(report, jobs, results, "md --restart " + restart + ": " + jobs.size() + " run(s) continued");
    }

    /** The status a run directory records (failed if it has none). */
    private static String statusOnDisk(Path dir) {
        try {
            return RunMetadata.read(dir.resolve(RunDirectory.METADATA)).status();
        } catch (InvalidInputException e) {
            return RunMetadata.FAILED;
        }
    }

    private static int indexOf(List<Job> jobs, Path p) {
        for (int i = 0; i < jobs.size(); i++) {
            if (jobs.get(i).dir().toAbsolutePath().normalize().equals(p.toAbsolutePath().normalize())) {
                return i;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readJson(Path p) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(p.toFile(), Map.class);
        } catch (java.io.IOException e) {
            throw new InvalidInputException(p.toString(), -1, null, "cannot read: " + e.getMessage());
        }
    }
}
