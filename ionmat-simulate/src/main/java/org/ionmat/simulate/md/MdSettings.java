package org.ionmat.simulate.md;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ionmat.core.InvalidInputException;

/**
 * Everything that defines an MD run besides the structure and the potential. Build with
 * {@link #builder(EnsembleSettings, double, long)}; defaults: no equilibration, a frame every 10
 * steps, thermo rows at every frame, checkpoints every 10,000 steps, positions only in double
 * precision, collision monitor at 0.6 Å checked every step (every 10 steps when the cell changes),
 * seed 0, initial velocities rescaled to the exact temperature.
 *
 * @param production         production ensemble
 * @param equilibration      equilibration ensemble, or null for none
 * @param timestepPs         time step, ps
 * @param productionSteps    production steps
 * @param equilibrationSteps equilibration steps (0 for none)
 * @param stride             steps between trajectory frames
 * @param thermoEvery        steps between thermo rows
 * @param checkpointEvery    steps between checkpoints
 * @param velocities         write velocities to the trajectory
 * @param singlePrecision    write positions (and velocities) as 32-bit floats
 * @param minDistanceA       collision monitor limit, Å (0 disables the monitor)
 * @param monitorEvery       steps between collision checks (0: every step for a fixed cell, 10 for a changing one)
 * @param seed               seed of the run's random numbers
 * @param rescaleVelocities  scale the initial velocities to exactly the temperature
 * @param averageCell        after a barostatted equilibration and before a fixed-cell production, set the cell to
 *                           the mean cell of the second half of the equilibration
 */
public record MdSettings(EnsembleSettings production, EnsembleSettings equilibration, double timestepPs,
                         long productionSteps, long equilibrationSteps, long stride, long thermoEvery,
                         long checkpointEvery, boolean velocities, boolean singlePrecision, double minDistanceA,
                         long monitorEvery, long seed, boolean rescaleVelocities, boolean averageCell) {

    public MdSettings {
        if (!(timestepPs > 0) || timestepPs > 0.1) {
            throw new InvalidInputException("time step must be in (0, 100 fs], got " + timestepPs + " ps");
        }
        if (productionSteps < 0 || equilibrationSteps < 0) {
            throw new InvalidInputException("step counts must be non-negative");
        }
        if (equilibrationSteps > 0 && equilibration == null) {
            throw new InvalidInputException("equilibration steps given without an equilibration ensemble");
        }
        if (stride < 1 || thermoEvery < 1 || checkpointEvery < 1 || monitorEvery < 0) {
            throw new InvalidInputException("output intervals must be at least one step");
        }
        if (!(minDistanceA >= 0) || Double.isInfinite(minDistanceA)) {
            throw new InvalidInputException("minimum distance must be a non-negative number of Å");
        }
    }

    /** A builder with the defaults (see the class comment). */
    public static Builder builder(EnsembleSettings production, double timestepPs, long productionSteps) {
        return new Builder(production, timestepPs, productionSteps);
    }

    /** A builder initialised with these settings. */
    public Builder toBuilder() {
        Builder b = new Builder(production, timestepPs, productionSteps);
        b.equilibration = equilibration;
        b.equilibrationSteps = equilibrationSteps;
        b.stride = stride;
        b.thermoEvery = thermoEvery;
        b.checkpointEvery = checkpointEvery;
        b.velocities = velocities;
        b.singlePrecision = singlePrecision;
        b.minDistance = minDistanceA;
        b.monitorEvery = monitorEvery;
        b.seed = seed;
        b.rescale = rescaleVelocities;
        b.averageCell = averageCell;
        return b;
    }

    /** The collision-check interval actually used for a phase with or without a changing cell. */
    public long monitorInterval(boolean variableCell) {
        return monitorEvery > 0 ? monitorEvery : variableCell ? 10 : 1;
    }

    /** As a JSON object (stored in the metadata; restarts read it back). */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("production", production.toJson());
        m.put("equilibration", equilibration == null ? null : equilibration.toJson());
        m.put("timestep_ps", timestepPs);
        m.put("production_steps", productionSteps);
        m.put("equilibration_steps", equilibrationSteps);
        m.put("stride_steps", stride);
        m.put("thermo_every_steps", thermoEvery);
        m.put("checkpoint_every_steps", checkpointEvery);
        m.put("velocities", velocities);
        m.put("single_precision", singlePrecision);
        m.put("min_distance_A", minDistanceA);
        m.put("monitor_every_steps", monitorEvery);
        m.put("seed", seed);
        m.put("rescale_velocities", rescaleVelocities);
        m.put("average_cell", averageCell);
        return m;
    }

    /** From {@link #toJson()}. */
    public static MdSettings fromJson(Map<?, ?> m) {
        Object eq = m.get("equilibration");
        return new MdSettings(EnsembleSettings.fromJson((Map<?, ?>) m.get("production")),
                eq == null ? null : EnsembleSettings.fromJson((Map<?, ?>) eq), EnsembleSettings.num(m, "timestep_ps"),
                longOf(m, "production_steps"), longOf(m, "equilibration_steps"), longOf(m, "stride_steps"),
                longOf(m, "thermo_every_steps"), longOf(m, "checkpoint_every_steps"), Boolean.TRUE.equals(m.get("velocities")),
                Boolean.TRUE.equals(m.get("single_precision")), EnsembleSettings.num(m, "min_distance_A"),
                longOf(m, "monitor_every_steps"), longOf(m, "seed"), Boolean.TRUE.equals(m.get("rescale_velocities")),
                Boolean.TRUE.equals(m.get("average_cell")));
    }

    private static long longOf(Map<?, ?> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof Number n)) {
            throw new InvalidInputException("run settings: missing number '" + key + "'");
        }
        return n.longValue();
    }

    /** Mutable builder. */
    public static final class Builder {
        private final EnsembleSettings production;
        private final double timestep;
        private long productionSteps;
        private EnsembleSettings equilibration;
        private long equilibrationSteps;
        private long stride = 10;
        private long thermoEvery = -1;
        private long checkpointEvery = 10_000;
        private boolean velocities;
        private boolean singlePrecision;
        private double minDistance = MinimumDistanceMonitor.DEFAULT_LIMIT;
        private long monitorEvery;
        private long seed;
        private boolean rescale = true;
        private boolean averageCell = true;

        private Builder(EnsembleSettings production, double timestep, long productionSteps) {
            this.production = production;
            this.timestep = timestep;
            this.productionSteps = productionSteps;
        }

        /** Production steps. */
        public Builder productionSteps(long n) {
            this.productionSteps = n;
            return this;
        }

        /** Equilibration in an ensemble for a number of steps (null or 0 for none). */
        public Builder equilibration(EnsembleSettings e, long steps) {
            this.equilibration = steps > 0 ? e : null;
            this.equilibrationSteps = e == null ? 0 : steps;
            return this;
        }

        /** Steps between frames. */
        public Builder stride(long s) {
            this.stride = s;
            return this;
        }

        /** Steps between thermo rows (default: the stride). */
        public Builder thermoEvery(long s) {
            this.thermoEvery = s;
            return this;
        }

        /** Steps between checkpoints. */
        public Builder checkpointEvery(long s) {
            this.checkpointEvery = s;
            return this;
        }

        /** Write velocities. */
        public Builder velocities(boolean v) {
            this.velocities = v;
            return this;
        }

        /** Write 32-bit floats. */
        public Builder singlePrecision(boolean v) {
            this.singlePrecision = v;
            return this;
        }

        /** Collision monitor limit, Å (0 disables) and check interval (0 automatic). */
        public Builder monitor(double minDistanceA, long every) {
            this.minDistance = minDistanceA;
            this.monitorEvery = every;
            return this;
        }

        /** Seed. */
        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        /** Rescale the initial velocities to the exact temperature. */
        public Builder rescaleVelocities(boolean r) {
            this.rescale = r;
            return this;
        }

        /** Use the mean equilibrated cell for a fixed-cell production. */
        public Builder averageCell(boolean a) {
            this.averageCell = a;
            return this;
        }

        /** The settings. */
        public MdSettings build() {
            return new MdSettings(production, equilibration, timestep, productionSteps, equilibrationSteps, stride,
                    thermoEvery > 0 ? thermoEvery : stride, checkpointEvery, velocities, singlePrecision, minDistance,
                    monitorEvery, seed, rescale, averageCell);
        }
    }
}
