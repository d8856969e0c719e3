package org.ionmat.simulate.md;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Species;
import org.ionmat.core.io.Frame;
import org.ionmat.core.io.FrameInfo;
import org.ionmat.core.io.PropertyNames;
import org.ionmat.core.io.StructureFiles;
import org.ionmat.core.io.StructureFormat;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.SiteProperty;
import org.ionmat.core.structure.Structure;
import org.ionmat.core.units.Units;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.simulate.trajectory.RunDirectory;
import org.ionmat.simulate.trajectory.RunMetadata;
import org.ionmat.simulate.trajectory.ThermoLog;
import org.ionmat.simulate.trajectory.ThermoTable;
import org.ionmat.simulate.trajectory.TrajectoryHeader;
import org.ionmat.simulate.trajectory.TrajectoryReader;
import org.ionmat.simulate.trajectory.TrajectoryWriter;

/**
 * One MD run into a run directory ({@link RunDirectory}): optional equilibration, then production
 * with trajectory frames, thermo rows, checkpoints, the collision monitor and a clean stop on
 * request. Create it with {@link #create} (new run) or {@link #resume} (from its checkpoint), then
 * call {@link #run()} once.
 *
 * <p>Initial velocities are Maxwell–Boltzmann at the (first phase's) temperature with zero total
 * momentum, from the run's seed. Every {@link MdSettings#checkpointEvery()} steps, outputs are
 * flushed, a checkpoint is written and the calculator is replaced by a fresh one, so that a run
 * resumed from that checkpoint repeats exactly the same force calls: its outputs are bitwise those
 * of an uninterrupted run. A stop request (Ctrl-C) writes a checkpoint at the current step; a run
 * resumed from it continues from exactly that state, and is bitwise identical to the uninterrupted
 * run whenever the calculator's results do not depend on when it last rebuilt its neighbor lists.
 *
 * <p>The step loop allocates nothing itself; per step the calculator gets one immutable
 * {@link AtomicSystem} wrapper (and a new {@link Lattice} when the cell changes). Thermo rows are
 * formatted at their interval.
 */
public final class MolecularDynamics {

    private static final int EQUILIBRATION = 0;
    private static final int PRODUCTION = 1;

    private final Path dir;
    private final MdSettings settings;
    private final AtomicSystem system;
    private final MdState state;
    private final ForceEvaluator forces;
    private final Xoshiro256 rng;
    private final MinimumDistanceMonitor monitor;
    private final StopSignal stop;
    private final MdProgress progress;
    private final Map<String, Object> metadata;
    private Integrator integrator;
    private int phase;
    private long step;
    private final double[] cellSum = new double[9];
    private long cellCount;
    private TrajectoryWriter trajectory;
    private ThermoLog thermo;
    private ThermoLog equilibrationThermo;
    private long sessionSteps;
    private long sessionStart;
    private String status = RunMetadata.PENDING;

    private MolecularDynamics(Path dir, MdSettings settings, AtomicSystem system, CalculatorFactory factory,
                              StopSignal stop, MdProgress progress, Map<String, Object> metadata) {
        this.dir = dir;
        this.settings = settings;
        this.system = system;
        this.state = new MdState(system);
        this.rng = new Xoshiro256(settings.seed());
        this.monitor = settings.minDistanceA() > 0 ? new MinimumDistanceMonitor(settings.minDistanceA()) : null;
        this.stop = stop != null ? stop : new StopSignal();
        this.progress = progress != null ? progress : new MdProgress();
        this.metadata = metadata;
        this.forces = new ForceEvaluator(factory, system);
    }

    /**
     * Prepares a new run in {@code dir} (created if needed): draws the initial velocities,
     * computes the first forces and writes the metadata with status {@code running}.
     *
     * @param description extra metadata entries (e.g. {@code input}, {@code potential}, {@code command})
     * @throws InvalidInputException if {@code dir} already holds a run
     */
    public static MolecularDynamics create(Path dir, AtomicSystem system, CalculatorFactory factory, MdSettings settings,
                                           Map<String, Object> description, StopSignal stop, MdProgress progress) {
        if (Files.exists(dir.resolve(RunDirectory.METADATA))) {
            throw new InvalidInputException(dir.toString(), -1, null,
                    "already holds an MD run; resume it with --restart or choose another output folder");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InvalidInputException(dir.toString(), -1, null, "cannot create the run directory: " + e.getMessage());
        }
        MolecularDynamics md = new MolecularDynamics(dir, settings, system, factory, stop, progress, new LinkedHashMap<>());
        md.start(description == null ? Map.of() : description);
        return md;
    }

    /**
     * Prepares to continue the run in {@code dir} from its checkpoint.
     *
     * @param productionSteps new total number of production steps (to extend a finished run), or null to keep it
     * @throws InvalidInputException if the directory holds no resumable run
     */
    public static MolecularDynamics resume(Path dir, CalculatorFactory factory, Long productionSteps, StopSignal stop,
                                           MdProgress progress) {
        RunMetadata meta = RunMetadata.read(dir.resolve(RunDirectory.METADATA));
        Object s = meta.json().get("settings");
        if (!(s instanceof Map<?, ?> sm)) {
            throw new InvalidInputException(dir.toString(), -1, null, "the metadata has no run settings to resume from");
        }
        MdSettings settings = MdSettings.fromJson(sm);
        if (productionSteps != null) {
            settings = settings.toBuilder().productionSteps(productionSteps).build();
        }
        Checkpoint c = Checkpoint.read(dir.resolve(RunDirectory.CHECKPOINT));
        Species[] species = new Species[c.typeSpecies().size()];
        for (int t = 0; t < species.length; t++) {
            species[t] = Species.parse(c.typeSpecies().get(t));
        }
        AtomicSystem sys = AtomicSystem.of(Lattice.ofRowMajor(c.lattice()), species, c.types(), c.positions());
        Map<String, Object> m = new LinkedHashMap<>(meta.json());
        m.put("settings", settings.toJson());
        MolecularDynamics md = new MolecularDynamics(dir, settings, sys, factory, stop, progress, m);
        md.restore(c);
        return md;
    }

    private void start(Map<String, Object> description) {
        phase = settings.equilibrationSteps() > 0 ? EQUILIBRATION : PRODUCTION;
        EnsembleSettings first = phase == EQUILIBRATION ? settings.equilibration() : settings.production();
        integrator = first.integrator(settings.timestepPs(), state.n, rng);
        MaxwellBoltzmann.assign(state, first.temperatureK(), rng, true, settings.rescaleVelocities(),
                integrator.degreesOfFreedom(state.n));
        forces.evaluate(state);
        integrator.initialize(state);
        buildMetadata(description, first);
        if (phase == EQUILIBRATION) {
            equilibrationThermo = ThermoLog.create(dir.resolve(RunDirectory.EQUILIBRATION_THERMO));
            writeThermo(equilibrationThermo);
        } else {
            openProduction();
        }
        checkpoint(true); // step 0: a run that never got to start can be resumed too
    }

    private void restore(Checkpoint c) {
        if (c.positions().length != 3 * state.n) {
            throw new InvalidInputException(dir.toString(), -1, null, "the checkpoint does not match the run");
        }
        System.arraycopy(c.velocities(), 0, state.v, 0, state.v.length);
        System.arraycopy(c.forces(), 0, state.f, 0, state.f.length);
        System.arraycopy(c.virial(), 0, state.virial, 0, 9);
        state.potentialEnergy = c.energy();
        rng.restore(c.rng());
        phase = c.phase();
        step = c.step();
        EnsembleSettings e = phase == EQUILIBRATION ? settings.equilibration() : settings.production();
        integrator = e.integrator(settings.timestepPs(), state.n, rng);
        if (!integrator.name().equals(c.integrator())) {
            throw new InvalidInputException(dir.toString(), -1, null, "the checkpoint was written by " + c.integrator()
                    + " but the settings ask for " + integrator.name());
        }
        integrator.restore(c.integratorState());
        status = RunMetadata.PENDING;
        double[] d = c.driverState();
        System.arraycopy(d, 0, cellSum, 0, 9);
        cellCount = (long) d[9];
        if (monitor != null) {
            monitor.setObservedMinimum(d[10]);
        }
        if (phase == EQUILIBRATION) {
            equilibrationThermo = ThermoLog.resume(dir.resolve(RunDirectory.EQUILIBRATION_THERMO), step);
        } else {
            Path tp = dir.resolve(RunDirectory.TRAJECTORY);
            TrajectoryHeader h;
            try (TrajectoryReader r = TrajectoryReader.open(tp)) {
                h = r.header();
            }
            trajectory = TrajectoryWriter.resume(tp, h, step);
            thermo = ThermoLog.resume(dir.resolve(RunDirectory.THERMO), step);
        }
        writeMetadata(status, null);
    }

    /** The state (for inspection; do not modify while running). */
    public MdState state() {
        return state;
    }

    /** The progress of the run. */
    public MdProgress progress() {
        return progress;
    }

    /** The run directory. */
    public Path directory() {
        return dir;
    }

    /** Runs to the end, or until stopped, and returns how it ended. */
    public MdResult run() {
        sessionStart = System.nanoTime();
        sessionSteps = 0;
        status = RunMetadata.RUNNING;
        writeMetadata(status, null);
        progress.start(doneSteps(), settings.equilibrationSteps() + settings.productionSteps());
        String outcome = RunMetadata.COMPLETED;
        String message = null;
        try {
            if (phase == EQUILIBRATION) {
                progress.phase("equilibration");
                if (!loop(settings.equilibrationSteps())) {
                    outcome = RunMetadata.INTERRUPTED;
                } else {
                    switchToProduction();
                }
            }
            if (outcome.equals(RunMetadata.COMPLETED)) {
                progress.phase("production");
                if (!loop(settings.productionSteps())) {
                    outcome = RunMetadata.INTERRUPTED;
                }
            }
        } catch (CollisionException e) {
            outcome = RunMetadata.STOPPED;
            message = e.getMessage();
        } catch (SimulationException e) {
            outcome = RunMetadata.FAILED;
            message = e.getMessage();
        } catch (RuntimeException | Error e) {
            finish(RunMetadata.FAILED, e.getMessage() == null ? e.toString() : e.getMessage());
            throw e;
        }
        return finish(outcome, message);
    }

    private long doneSteps() {
        return phase == EQUILIBRATION ? step : settings.equilibrationSteps() + step;
    }

    /** Steps the current phase to {@code end}; false if stopped on request. */
    private boolean loop(long end) {
        long monitorEvery = monitor == null ? 0 : settings.monitorInterval(integrator.variableCell());
        ThermoLog log = phase == PRODUCTION ? thermo : equilibrationThermo;
        boolean average = phase == EQUILIBRATION && integrator.variableCell() && settings.averageCell()
                && !settings.production().ensemble().hasBarostat();
        long half = end / 2;
        long stride = settings.stride();
        long thermoEvery = settings.thermoEvery();
        long checkpointEvery = settings.checkpointEvery();
        long base = phase == EQUILIBRATION ? 0 : settings.equilibrationSteps();
        while (step < end) {
            integrator.step(state, forces);
            step++;
            sessionSteps++;
            if (monitorEvery > 0 && step % monitorEvery == 0 && monitor.check(state.lattice, state.x)) {
                throw collision();
            }
            if (phase == PRODUCTION && step % stride == 0) {
                writeFrame();
            }
            if (step % thermoEvery == 0 || step == end) {
                writeThermo(log);
            }
            if (average && step > half) {
                for (int k = 0; k < 9; k++) {
                    cellSum[k] += state.cell[k];
                }
                cellCount++;
            }
            progress.update(base + step);
            if (step % checkpointEvery == 0) {
                checkpoint(true);
            }
            if (stop.isRequested()) {
                if (step % checkpointEvery != 0) {
                    checkpoint(false);
                }
                return false;
            }
        }
        return true;
    }

    private CollisionException collision() {
        int[] p = monitor.lastPair();
        String where = (phase == PRODUCTION ? "production" : "equilibration") + " step " + step + " (t = "
                + Durations.format(step * settings.timestepPs()) + ")";
        return new CollisionException(String.format(Locale.ROOT,
                "atoms %d (%s) and %d (%s) came %.3f Å apart at %s, closer than the %.2f Å limit (the cleaning rule of "
                        + "seed 002): the potential lets atoms collapse onto each other; check its short-range "
                        + "repulsion, or lower the temperature or the time step (--min-distance 0 disables the check)",
                p[0] + 1, system.species(p[0]), p[1] + 1, system.species(p[1]), monitor.lastDistance(), where,
                monitor.limit()));
    }

    private void switchToProduction() {
        if (cellCount > 0) {
            double[] mean = new double[9];
            for (int k = 0; k < 9; k++) {
                mean[k] = cellSum[k] / cellCount;
            }
            Lattice target = Lattice.ofRowMajor(mean);
            double[] frac = state.lattice.toFractionalAll(state.x);
            System.arraycopy(target.toCartesianAll(frac), 0, state.x, 0, state.x.length);
            state.setLattice(target);
            forces.evaluate(state);
        }
        phase = PRODUCTION;
        step = 0;
        integrator = settings.production().integrator(settings.timestepPs(), state.n, rng);
        integrator.initialize(state);
        if (equilibrationThermo != null) {
            equilibrationThermo.flush(true);
            equilibrationThermo.close();
            equilibrationThermo = null;
        }
        openProduction();
    }

    private void openProduction() {
        List<Species> atomSpecies = new ArrayList<>(state.n);
        for (int i = 0; i < state.n; i++) {
            atomSpecies.add(system.species(i));
        }
        TrajectoryHeader h = TrajectoryHeader.of(atomSpecies, settings.timestepPs(), settings.stride(), state.lattice,
                settings.velocities(), integrator.variableCell(), settings.singlePrecision());
        trajectory = TrajectoryWriter.create(dir.resolve(RunDirectory.TRAJECTORY), h);
        thermo = ThermoLog.create(dir.resolve(RunDirectory.THERMO));
        writeFrame();
        writeThermo(thermo);
    }

    private void writeFrame() {
        trajectory.write(step, time(step), state.potentialEnergy, state.cell, state.x, state.v);
    }

    private void writeThermo(ThermoLog log) {
        double ke = state.kineticEnergy();
        int dof = integrator.degreesOfFreedom(state.n);
        double v = state.volume();
        double p = (2 * ke + state.virial[0] + state.virial[4] + state.virial[8]) / (3 * v) * Units.EV_PER_A3_TO_GPA;
        log.write(step, time(step), 2 * ke / (dof * Units.BOLTZMANN_EV_PER_K), state.potentialEnergy,
                ke, p, integrator.conservedQuantity(state), v);
    }

    /** Time of a step, ps, rounded to 1e-9 ps so that 27490 × 0.004 is written as 109.96. */
    private double time(long s) {
        return Math.round(s * settings.timestepPs() * 1e9) / 1e9;
    }

    /** Flushes outputs and writes a checkpoint; with {@code reset}, continues with a fresh calculator. */
    private void checkpoint(boolean reset) {
        if (trajectory != null) {
            trajectory.sync();
        }
        if (thermo != null) {
            thermo.flush(true);
        }
        if (equilibrationThermo != null) {
            equilibrationThermo.flush(true);
        }
        double[] driver = new double[11];
        System.arraycopy(cellSum, 0, driver, 0, 9);
        driver[9] = cellCount;
        driver[10] = monitor == null ? Double.POSITIVE_INFINITY : monitor.observedMinimum();
        List<String> species = new ArrayList<>(system.numTypes());
        for (int t = 0; t < system.numTypes(); t++) {
            species.add(system.typeSpecies(t).toString());
        }
        new Checkpoint(phase, step, species, system.typesView(), state.cell.clone(), state.x.clone(), state.v.clone(),
                state.f.clone(), state.potentialEnergy, state.virial.clone(), integrator.name(), integrator.state(),
                rng.state(), driver).write(dir.resolve(RunDirectory.CHECKPOINT));
        writeMetadata(status, null);
        if (reset) {
            forces.reset();
            if (monitor != null) {
                monitor.reset();
            }
        }
    }

    private MdResult finish(String outcome, String message) {
        String status = outcome;
        progress.finish(status);
        if (status.equals(RunMetadata.COMPLETED)) {
            checkpoint(false);
        }
        try {
            if (trajectory != null) {
                trajectory.sync();
                trajectory.close();
            }
            if (thermo != null) {
                thermo.flush(true);
                thermo.close();
            }
            if (equilibrationThermo != null) {
                equilibrationThermo.flush(true);
                equilibrationThermo.close();
            }
        } catch (UncheckedIOException e) {
            message = (message == null ? "" : message + "; ") + e.getMessage();
        }
        if (!status.equals(RunMetadata.FAILED) || allFinite(state.x)) {
            writeFinalStructure();
        }
        Map<String, Object> summary = summarize();
        metadata.put("summary", summary);
        double wall = (System.nanoTime() - sessionStart) * 1e-9;
        Map<String, Object> perf = new LinkedHashMap<>();
        perf.put("wall_s", wall);
        double sps = sessionSteps > 0 && wall > 0 ? sessionSteps / wall : Double.NaN;
        perf.put("steps_per_second", sps);
        perf.put("ns_per_day", sps * settings.timestepPs() * 86400 / 1000);
        perf.put("atoms", state.n);
        metadata.put("performance", perf);
        this.status = status;
        writeMetadata(status, message);
        long frames = trajectory == null ? 0 : trajectory.numFrames();
        return new MdResult(dir, status, message, settings.production().temperatureK(), settings.seed(),
                phase == PRODUCTION ? step : 0, frames, sps,
                monitor == null ? Double.POSITIVE_INFINITY : monitor.observedMinimum(), summary);
    }

    private static boolean allFinite(double[] a) {
        for (double v : a) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private void writeFinalStructure() {
        try {
            Structure s = AtomicSystem.of(state.lattice, speciesArray(), system.typesView(), state.x).toStructure()
                    .withProperty(PropertyNames.VELOCITIES, SiteProperty.vector(state.v));
            FrameInfo info = FrameInfo.builder().energy(state.potentialEnergy).step(step)
                    .time(step * settings.timestepPs()).build();
            StructureFiles.writeFrames(dir.resolve(RunDirectory.FINAL_STRUCTURE), List.of(new Frame(s, info)),
                    StructureFormat.EXTXYZ);
        } catch (RuntimeException e) {
            // the final structure is a convenience; never mask the run's own outcome
        }
    }

    private Species[] speciesArray() {
        Species[] sp = new Species[system.numTypes()];
        for (int t = 0; t < sp.length; t++) {
            sp[t] = system.typeSpecies(t);
        }
        return sp;
    }

    private Map<String, Object> summarize() {
        Map<String, Object> m = new LinkedHashMap<>();
        Path p = dir.resolve(RunDirectory.THERMO);
        if (!Files.exists(p)) {
            return m;
        }
        ThermoTable t = ThermoTable.read(p);
        if (t.size() == 0) {
            return m;
        }
        m.put("rows", t.size());
        m.put("T_mean_K", mean(t.temperatureK()));
        m.put("T_std_K", std(t.temperatureK()));
        m.put("P_mean_GPa", mean(t.pressureGPa()));
        m.put("P_std_GPa", std(t.pressureGPa()));
        m.put("volume_mean_A3", mean(t.volume()));
        m.put("E_pot_mean_eV", mean(t.potentialEnergy()));
        m.put("E_tot_mean_eV", mean(t.totalEnergy()));
        double[] c = t.conserved();
        double[] time = t.timePs();
        int n = c.length;
        if (Double.isFinite(c[0])) {
            double maxDev = 0;
            for (double x : c) {
                maxDev = Math.max(maxDev, Math.abs(x - c[0]));
            }
            double slope = slope(time, c);
            m.put("conserved_drift_eV_per_atom", slope * (time[n - 1] - time[0]) / state.n);
            m.put("conserved_drift_eV_per_atom_per_ps", slope / state.n);
            m.put("conserved_change_eV_per_atom", (c[n - 1] - c[0]) / state.n);
            m.put("conserved_std_eV_per_atom", std(c) / state.n);
            m.put("conserved_max_deviation_eV_per_atom", maxDev / state.n);
        }
        return m;
    }

    static double mean(double[] a) {
        double s = 0;
        for (double x : a) {
            s += x;
        }
        return s / a.length;
    }

    static double std(double[] a) {
        double m = mean(a);
        double s = 0;
        for (double x : a) {
            s += (x - m) * (x - m);
        }
        return a.length > 1 ? Math.sqrt(s / (a.length - 1)) : 0;
    }

    static double slope(double[] x, double[] y) {
        if (x.length < 2) {
            return 0;
        }
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxx > 0 ? sxy / sxx : 0;
    }

    private void buildMetadata(Map<String, Object> description, EnsembleSettings first) {
        EnsembleSettings prod = settings.production();
        Map<String, Object> m = metadata;
        m.put("format", RunMetadata.FORMAT);
        m.put("format_version", RunMetadata.FORMAT_VERSION);
        m.put("status", RunMetadata.RUNNING);
        m.put("message", null);
        m.put("temperature_K", prod.temperatureK());
        m.put("pressure_GPa", prod.ensemble().hasBarostat() ? prod.pressureGPa() : null);
        m.put("ensemble", prod.ensemble().id());
        Integrator prodIntegrator = prod.integrator(settings.timestepPs(), state.n, new Xoshiro256(0));
        m.put("integrator", prodIntegrator.parameters());
        if (settings.equilibrationSteps() > 0) {
            Map<String, Object> eq = new LinkedHashMap<>();
            eq.put("ensemble", settings.equilibration().ensemble().id());
            eq.put("integrator", settings.equilibration().integrator(settings.timestepPs(), state.n, new Xoshiro256(0))
                    .parameters());
            eq.put("steps", settings.equilibrationSteps());
            eq.put("time_ps", settings.equilibrationSteps() * settings.timestepPs());
            eq.put("steps_done", 0L);
            m.put("equilibration", eq);
        } else {
            m.put("equilibration", null);
        }
        Map<String, Object> pr = new LinkedHashMap<>();
        pr.put("steps", settings.productionSteps());
        pr.put("time_ps", settings.productionSteps() * settings.timestepPs());
        pr.put("steps_done", 0L);
        m.put("production", pr);
        m.put("timestep_ps", settings.timestepPs());
        m.put("stride_steps", settings.stride());
        m.put("frame_interval_ps", settings.stride() * settings.timestepPs());
        m.put("thermo_every_steps", settings.thermoEvery());
        m.put("checkpoint_every_steps", settings.checkpointEvery());
        m.put("seed", settings.seed());
        m.put("seed_base", description.getOrDefault("seed_base", settings.seed()));
        m.put("natoms", state.n);
        List<String> species = new ArrayList<>();
        Map<String, Object> counts = new LinkedHashMap<>();
        for (int t = 0; t < system.numTypes(); t++) {
            species.add(system.typeSpecies(t).toString());
            counts.put(system.typeSpecies(t).toString(), 0);
        }
        for (int i = 0; i < state.n; i++) {
            counts.merge(system.species(i).toString(), 1, (a, b) -> (Integer) a + (Integer) b);
        }
        m.put("species", species);
        m.put("species_counts", counts);
        m.put("degrees_of_freedom", prodIntegrator.degreesOfFreedom(state.n));
        Map<String, Object> iv = new LinkedHashMap<>();
        iv.put("temperature_K", first.temperatureK());
        iv.put("seed", settings.seed());
        iv.put("zero_momentum", true);
        iv.put("rescaled", settings.rescaleVelocities());
        m.put("initial_velocities", iv);
        Map<String, Object> files = new LinkedHashMap<>();
        files.put("trajectory", RunDirectory.TRAJECTORY);
        files.put("thermo", RunDirectory.THERMO);
        files.put("equilibration_thermo", settings.equilibrationSteps() > 0 ? RunDirectory.EQUILIBRATION_THERMO : null);
        files.put("checkpoint", RunDirectory.CHECKPOINT);
        files.put("final_structure", RunDirectory.FINAL_STRUCTURE);
        m.put("files", files);
        Map<String, Object> tr = new LinkedHashMap<>();
        tr.put("velocities", settings.velocities());
        tr.put("precision", settings.singlePrecision() ? "single" : "double");
        tr.put("variable_cell", prodIntegrator.variableCell());
        tr.put("frames", 0L);
        m.put("trajectory", tr);
        Map<String, Object> mon = new LinkedHashMap<>();
        mon.put("min_distance_A", settings.minDistanceA() > 0 ? settings.minDistanceA() : null);
        mon.put("every_steps", settings.minDistanceA() > 0 ? settings.monitorInterval(prodIntegrator.variableCell()) : null);
        mon.put("observed_min_A", null);
        m.put("monitor", mon);
        for (Map.Entry<String, Object> e : description.entrySet()) {
            if (!e.getKey().equals("seed_base")) {
                m.put(e.getKey(), e.getValue());
            }
        }
        Map<String, Object> sw = new LinkedHashMap<>();
        String v = MolecularDynamics.class.getPackage().getImplementationVersion();
        sw.put("ionmat", v != null ? v : "development build");
        sw.put("java", System.getProperty("java.version"));
        m.put("software", sw);
        m.put("settings", settings.toJson());
        m.put("created", Instant.now().toString());
    }

    @SuppressWarnings("unchecked")
    private void writeMetadata(String status, String message) {
        Map<String, Object> m = metadata;
        m.put("status", status);
        m.put("message", message);
        long eqDone = phase == EQUILIBRATION ? step : settings.equilibrationSteps();
        long prodDone = phase == PRODUCTION ? step : 0;
        if (m.get("equilibration") instanceof Map<?, ?> eq) {
            ((Map<String, Object>) eq).put("steps_done", eqDone);
        }
        if (m.get("production") instanceof Map<?, ?> pr) {
            Map<String, Object> p = (Map<String, Object>) pr;
            p.put("steps", settings.productionSteps());
            p.put("time_ps", settings.productionSteps() * settings.timestepPs());
            p.put("steps_done", prodDone);
        }
        if (m.get("trajectory") instanceof Map<?, ?> tr) {
            ((Map<String, Object>) tr).put("frames", trajectory == null ? 0L : trajectory.numFrames());
        }
        if (m.get("monitor") instanceof Map<?, ?> mon && monitor != null) {
            double o = monitor.observedMinimum();
            ((Map<String, Object>) mon).put("observed_min_A", Double.isFinite(o) ? o : null);
        }
        m.put("updated", Instant.now().toString());
        RunMetadata.write(dir.resolve(RunDirectory.METADATA), m);
    }

    /** Atoms came closer than the monitor's limit. */
    static final class CollisionException extends SimulationException {
        CollisionException(String message) {
            super(message);
        }
    }
}
