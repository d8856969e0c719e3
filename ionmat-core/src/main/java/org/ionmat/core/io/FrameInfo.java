package org.ionmat.core.io;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable per-frame information that travels with a structure through the multi-frame formats:
 * total energy, stress, virial, MD step and time, periodicity flags and any other key/value pairs
 * (kept verbatim as text so that an extended-XYZ comment line survives a round trip).
 */
public final class FrameInfo {

    /** No information. */
    public static final FrameInfo EMPTY = builder().build();

    private final double energy;
    private final double[] stress;
    private final double[] virial;
    private final long step;
    private final boolean hasStep;
    private final double time;
    private final boolean[] pbc;
    private final Map<String, String> extra;

    private FrameInfo(Builder b) {
        this.energy = b.energy;
        this.stress = b.stress == null ? null : b.stress.clone();
        this.virial = b.virial == null ? null : b.virial.clone();
        this.step = b.step;
        this.hasStep = b.hasStep;
        this.time = b.time;
        this.pbc = b.pbc.clone();
        this.extra = Collections.unmodifiableMap(new LinkedHashMap<>(b.extra));
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this information. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.energy = energy;
        b.stress = stress;
        b.virial = virial;
        b.step = step;
        b.hasStep = hasStep;
        b.time = time;
        b.pbc = pbc.clone();
        b.extra.putAll(extra);
        return b;
    }

    /** True when a total energy is known. */
    public boolean hasEnergy() {
        return !Double.isNaN(energy);
    }

    /** Total energy, eV, or NaN. */
    public double energy() {
        return energy;
    }

    /**
     * Stress tensor, eV/Å^3, row-major 3x3 (sign convention of the source, ASE's for extended XYZ:
     * positive under tension), or null.
     */
    public double[] stress() {
        return stress == null ? null : stress.clone();
    }

    /** Virial tensor, eV, row-major 3x3, or null. */
    public double[] virial() {
        return virial == null ? null : virial.clone();
    }

    /** True when an MD step / configuration number is known. */
    public boolean hasStep() {
        return hasStep;
    }

    /** MD step or configuration number (meaningful when {@link #hasStep()}). */
    public long step() {
        return step;
    }

    /** Simulation time, ps, or NaN. */
    public double time() {
        return time;
    }

    /** Periodicity along a, b, c (copy); all true unless the source said otherwise. */
    public boolean[] pbc() {
        return pbc.clone();
    }

    /** Other key/value pairs, as text, in source order (unmodifiable). */
    public Map<String, String> extra() {
        return extra;
    }

    /** True if nothing is known. */
    public boolean isEmpty() {
        return equals(EMPTY);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrameInfo f
                && Double.compare(energy, f.energy) == 0 && Arrays.equals(stress, f.stress)
                && Arrays.equals(virial, f.virial) && hasStep == f.hasStep && step == f.step
                && Double.compare(time, f.time) == 0 && Arrays.equals(pbc, f.pbc) && extra.equals(f.extra);
    }

    @Override
    public int hashCode() {
        return Objects.hash(energy, Arrays.hashCode(stress), step, extra);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("FrameInfo[");
        if (hasEnergy()) {
            sb.append("energy=").append(energy).append(' ');
        }
        if (hasStep) {
            sb.append("step=").append(step).append(' ');
        }
        if (stress != null) {
            sb.append("stress=").append(Arrays.toString(stress)).append(' ');
        }
        sb.append(extra).append(']');
        return sb.toString();
    }

    /** Mutable builder. */
    public static final class Builder {
        private double energy = Double.NaN;
        private double[] stress;
        private double[] virial;
        private long step;
        private boolean hasStep;
        private double time = Double.NaN;
        private boolean[] pbc = {true, true, true};
        private final Map<String, String> extra = new LinkedHashMap<>();

        private Builder() {
        }

        /** Total energy, eV (NaN for none). */
        public Builder energy(double eV) {
            this.energy = eV;
            return this;
        }

        /** Stress, eV/Å^3: 9 numbers (row-major 3x3), 6 (Voigt xx yy zz yz xz xy) or null. */
        public Builder stress(double[] s) {
            this.stress = s == null ? null : toFull(s, "stress");
            return this;
        }

        /** Virial, eV: 9 numbers (row-major 3x3), 6 (Voigt order) or null. */
        public Builder virial(double[] v) {
            this.virial = v == null ? null : toFull(v, "virial");
            return this;
        }

        /** MD step or configuration number. */
        public Builder step(long s) {
            this.step = s;
            this.hasStep = true;
            return this;
        }

        /** Simulation time, ps. */
        public Builder time(double ps) {
            this.time = ps;
            return this;
        }

        /** Periodicity along a, b, c. */
        public Builder pbc(boolean[] p) {
            if (p.length != 3) {
                throw new IllegalArgumentException("pbc needs 3 flags");
            }
            this.pbc = p.clone();
            return this;
        }

        /** Another key/value pair (text). */
        public Builder put(String key, String value) {
            extra.put(Objects.requireNonNull(key), Objects.requireNonNull(value));
            return this;
        }

        /** The immutable information. */
        public FrameInfo build() {
            return new FrameInfo(this);
        }

        private static double[] toFull(double[] s, String what) {
            if (s.length == 9) {
                return s.clone();
            }
            if (s.length == 6) {
                return new double[] {s[0], s[5], s[4], s[5], s[1], s[3], s[4], s[3], s[2]};
            }
            throw new IllegalArgumentException(what + " needs 6 or 9 components, got " + s.length);
        }
    }
}
