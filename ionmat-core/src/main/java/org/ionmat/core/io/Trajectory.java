package org.ionmat.core.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.composition.Composition;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.Site;
import org.ionmat.core.structure.SiteProperty;
import org.ionmat.core.structure.Structure;

/**
 * An immutable sequence of frames of the same atoms: a fixed species list and, per frame, a lattice,
 * Cartesian positions (Å, flat, 3 per atom, not wrapped), optional velocities (Å/ps) and forces
 * (eV/Å), other per-atom properties and {@link FrameInfo} (energy, stress, step, ...).
 *
 * <p>Positions are kept as primitive arrays, so long MD runs do not create per-atom objects; use
 * {@link #structure(int)} or {@link #frame(int)} to get a {@link Structure} of one frame.
 */
public final class Trajectory {

    private final Species[] species;
    private final Lattice[] lattices;
    private final double[][] positions;
    private final double[][] velocities;
    private final double[][] forces;
    private final List<Map<String, SiteProperty>> properties;
    private final FrameInfo[] info;

    private Trajectory(Builder b) {
        this.species = b.species.toArray(new Species[0]);
        int n = b.lattices.size();
        this.lattices = b.lattices.toArray(new Lattice[0]);
        this.positions = b.positions.toArray(new double[0][]);
        this.velocities = b.velocities.toArray(new double[0][]);
        this.forces = b.forces.toArray(new double[0][]);
        this.properties = List.copyOf(b.properties);
        this.info = b.info.toArray(new FrameInfo[0]);
        assert positions.length == n;
    }

    /** A builder for frames of atoms with the given species, in order. */
    public static Builder builder(List<Species> species) {
        return new Builder(species);
    }

    /**
     * A trajectory from structures with the same ordered species in every frame. Site properties
     * {@code velocities} and {@code forces} (width 3) become velocities and forces; other properties are
     * kept per frame.
     *
     * @throws InvalidInputException if a structure is disordered or the species differ between frames
     */
    public static Trajectory fromStructures(List<Structure> structures) {
        List<Frame> frames = new ArrayList<>(structures.size());
        for (Structure s : structures) {
            frames.add(Frame.of(s));
        }
        return fromFrames(frames);
    }

    /** A trajectory from frames with the same ordered species, keeping their {@link FrameInfo}. */
    public static Trajectory fromFrames(List<Frame> frames) {
        if (frames.isEmpty()) {
            throw new InvalidInputException("a trajectory needs at least one frame");
        }
        Structure first = frames.get(0).structure();
        List<Species> sp = new ArrayList<>(first.size());
        for (int i = 0; i < first.size(); i++) {
            if (!first.site(i).isOrdered()) {
                throw new InvalidInputException("site " + (i + 1) + " (" + first.label(i)
                        + ") is partially occupied; trajectories need ordered structures");
            }
            sp.add(first.speciesOf(i));
        }
        Builder b = builder(sp);
        for (int t = 0; t < frames.size(); t++) {
            Structure s = frames.get(t).structure();
            if (s.size() != sp.size()) {
                throw new InvalidInputException("frame " + (t + 1) + " has " + s.size() + " sites, frame 1 has "
                        + sp.size() + "; a trajectory needs the same atoms in every frame");
            }
            for (int i = 0; i < sp.size(); i++) {
                if (!s.site(i).isOrdered() || !s.speciesOf(i).equals(sp.get(i))) {
                    throw new InvalidInputException("frame " + (t + 1) + " site " + (i + 1) + " is "
                            + s.speciesAt(i) + ", frame 1 has " + sp.get(i)
                            + "; a trajectory needs the same atoms in every frame");
                }
            }
            Map<String, SiteProperty> extra = new LinkedHashMap<>(s.properties());
            double[] v = vectorProperty(extra, PropertyNames.VELOCITIES);
            double[] f = vectorProperty(extra, PropertyNames.FORCES);
            b.addFrame(s.lattice(), s.cartCoords(), v, f, extra, frames.get(t).info());
        }
        return b.build();
    }

    private static double[] vectorProperty(Map<String, SiteProperty> props, String name) {
        SiteProperty p = props.get(name);
        if (p == null || p.width() != 3) {
            return null;
        }
        props.remove(name);
        return p.values();
    }

    /** Number of frames. */
    public int numFrames() {
        return lattices.length;
    }

    /** Number of atoms per frame. */
    public int numAtoms() {
        return species.length;
    }

    /** Species of the atoms, in order (unmodifiable). */
    public List<Species> species() {
        return Collections.unmodifiableList(java.util.Arrays.asList(species));
    }

    /** Species of atom {@code i}. */
    public Species species(int i) {
        return species[i];
    }

    /** Lattice of frame {@code t}. */
    public Lattice lattice(int t) {
        return lattices[t];
    }

    /** True if every frame has the same lattice matrix (exactly). */
    public boolean isFixedCell() {
        for (Lattice l : lattices) {
            if (!l.equals(lattices[0])) {
                return false;
            }
        }
        return true;
    }

    /** Copy of the Cartesian positions (Å) of frame {@code t}, 3 per atom. */
    public double[] positions(int t) {
        return positions[t].clone();
    }

    /** Copies the Cartesian positions (Å) of frame {@code t} into {@code out} (length 3 * numAtoms). */
    public void copyPositions(int t, double[] out) {
        System.arraycopy(positions[t], 0, out, 0, positions[t].length);
    }

    /** Fractional coordinates of frame {@code t}, 3 per atom. */
    public double[] fracPositions(int t) {
        return lattices[t].toFractionalAll(positions[t]);
    }

    /** True if every frame has velocities. */
    public boolean hasVelocities() {
        return all(velocities);
    }

    /** True if every frame has forces. */
    public boolean hasForces() {
        return all(forces);
    }

    private static boolean all(double[][] a) {
        for (double[] x : a) {
            if (x == null) {
                return false;
            }
        }
        return a.length > 0;
    }

    /** Copy of the velocities (Å/ps) of frame {@code t}, or null. */
    public double[] velocities(int t) {
        return velocities[t] == null ? null : velocities[t].clone();
    }

    /** Copy of the forces (eV/Å) of frame {@code t}, or null. */
    public double[] forces(int t) {
        return forces[t] == null ? null : forces[t].clone();
    }

    /** Other per-atom properties of frame {@code t} (unmodifiable). */
    public Map<String, SiteProperty> properties(int t) {
        return properties.get(t);
    }

    /** Frame-level information of frame {@code t}. */
    public FrameInfo info(int t) {
        return info[t];
    }

    /** Frame {@code t} as a structure; velocities and forces become site properties. */
    public Structure structure(int t) {
        Map<Species, Site> template = new HashMap<>();
        double[] frac = lattices[t].toFractionalAll(positions[t]);
        Structure.Builder b = Structure.builder(lattices[t]);
        for (int i = 0; i < species.length; i++) {
            Site proto = template.computeIfAbsent(species[i],
                    s -> new Site(Composition.of(Map.of(s, 1.0)), new double[3], null));
            b.add(new Site(proto.species(), new double[] {frac[3 * i], frac[3 * i + 1], frac[3 * i + 2]},
                    proto.label()));
        }
        if (velocities[t] != null) {
            b.property(PropertyNames.VELOCITIES, SiteProperty.vector(velocities[t]));
        }
        if (forces[t] != null) {
            b.property(PropertyNames.FORCES, SiteProperty.vector(forces[t]));
        }
        properties.get(t).forEach(b::property);
        return b.build();
    }

    /** Frame {@code t} as a structure with its information. */
    public Frame frame(int t) {
        return new Frame(structure(t), info[t]);
    }

    /** All frames as structures. */
    public List<Structure> structures() {
        List<Structure> out = new ArrayList<>(numFrames());
        for (int t = 0; t < numFrames(); t++) {
            out.add(structure(t));
        }
        return out;
    }

    /** All frames as structures with their information. */
    public List<Frame> frames() {
        List<Frame> out = new ArrayList<>(numFrames());
        for (int t = 0; t < numFrames(); t++) {
            out.add(frame(t));
        }
        return out;
    }

    /** Mutable builder of trajectories. */
    public static final class Builder {
        private final List<Species> species;
        private final List<Lattice> lattices = new ArrayList<>();
        private final List<double[]> positions = new ArrayList<>();
        private final List<double[]> velocities = new ArrayList<>();
        private final List<double[]> forces = new ArrayList<>();
        private final List<Map<String, SiteProperty>> properties = new ArrayList<>();
        private final List<FrameInfo> info = new ArrayList<>();

        private Builder(List<Species> species) {
            this.species = List.copyOf(species);
        }

        /** Adds a frame without other properties. */
        public Builder addFrame(Lattice lattice, double[] cartPositions, double[] velocities, double[] forces,
                                FrameInfo info) {
            return addFrame(lattice, cartPositions, velocities, forces, Map.of(), info);
        }

        /**
         * Adds a frame.
         *
         * @param lattice       the lattice (Å)
         * @param cartPositions Cartesian positions, Å, 3 per atom (copied)
         * @param velocities    velocities, Å/ps, 3 per atom, or null (copied)
         * @param forces        forces, eV/Å, 3 per atom, or null (copied)
         * @param properties    other per-atom properties (one entry per atom)
         * @param info          frame information
         */
        public Builder addFrame(Lattice lattice, double[] cartPositions, double[] velocities, double[] forces,
                                Map<String, SiteProperty> properties, FrameInfo info) {
            int n3 = 3 * species.size();
            check(cartPositions, n3, "positions");
            if (velocities != null) {
                check(velocities, n3, "velocities");
            }
            if (forces != null) {
                check(forces, n3, "forces");
            }
            for (Map.Entry<String, SiteProperty> e : properties.entrySet()) {
                if (e.getValue().size() != species.size()) {
                    throw new IllegalArgumentException("property '" + e.getKey() + "' has " + e.getValue().size()
                            + " entries for " + species.size() + " atoms");
                }
            }
            for (double v : cartPositions) {
                if (!Double.isFinite(v)) {
                    throw new InvalidInputException("frame " + (lattices.size() + 1) + " has a non-finite position");
                }
            }
            this.lattices.add(Objects.requireNonNull(lattice, "lattice"));
            this.positions.add(cartPositions.clone());
            this.velocities.add(velocities == null ? null : velocities.clone());
            this.forces.add(forces == null ? null : forces.clone());
            this.properties.add(Collections.unmodifiableMap(new LinkedHashMap<>(properties)));
            this.info.add(Objects.requireNonNull(info, "info"));
            return this;
        }

        private static void check(double[] a, int n, String what) {
            if (a.length != n) {
                throw new IllegalArgumentException(what + " need " + n + " numbers, got " + a.length);
            }
        }

        /** Number of frames added so far. */
        public int numFrames() {
            return lattices.size();
        }

        /** The immutable trajectory. */
        public Trajectory build() {
            return new Trajectory(this);
        }
    }
}
