package org.ionmat.potential;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.Structure;

/**
 * An ordered periodic system of atoms as calculators and simulations see it: a lattice, Cartesian
 * positions (Å, 3 per atom, not necessarily wrapped) and an atom type per atom, each type being one
 * {@link Species} (element with optional oxidation state). Immutable; positions are copied on the
 * way in and out except through the explicitly named no-copy methods used in hot loops.
 */
public final class AtomicSystem {

    private final Lattice lattice;
    private final Species[] typeSpecies;
    private final int[] types;
    private final double[] positions;

    private AtomicSystem(Lattice lattice, Species[] typeSpecies, int[] types, double[] positions) {
        this.lattice = lattice;
        this.typeSpecies = typeSpecies;
        this.types = types;
        this.positions = positions;
    }

    /**
     * A system from types and positions.
     *
     * @param typeSpecies species of each type
     * @param types       type index of each atom
     * @param positions   Cartesian positions, Å, 3 per atom (copied)
     */
    public static AtomicSystem of(Lattice lattice, Species[] typeSpecies, int[] types, double[] positions) {
        if (positions.length != 3 * types.length) {
            throw new IllegalArgumentException("need 3 coordinates per atom: " + positions.length + " for " + types.length);
        }
        for (int t : types) {
            if (t < 0 || t >= typeSpecies.length) {
                throw new IllegalArgumentException("type index " + t + " out of range");
            }
        }
        for (double x : positions) {
            if (!Double.isFinite(x)) {
                throw new InvalidInputException("non-finite atomic position");
            }
        }
        return new AtomicSystem(lattice, typeSpecies.clone(), types.clone(), positions.clone());
    }

    /**
     * The atoms of an ordered structure; types are the distinct species in order of first appearance.
     *
     * @throws InvalidInputException if the structure has partial or mixed occupancy
     */
    public static AtomicSystem of(Structure s) {
        if (!s.isOrdered()) {
            throw new InvalidInputException("the structure has partial or mixed occupancy; order it first");
        }
        Map<Species, Integer> ids = new LinkedHashMap<>();
        int[] types = new int[s.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = ids.computeIfAbsent(s.speciesOf(i), k -> ids.size());
        }
        return new AtomicSystem(s.lattice(), ids.keySet().toArray(new Species[0]), types, s.cartCoords());
    }

    /** Number of atoms. */
    public int size() {
        return types.length;
    }

    /** The lattice. */
    public Lattice lattice() {
        return lattice;
    }

    /** Cell volume, Å^3. */
    public double volume() {
        return lattice.volume();
    }

    /** Copy of the Cartesian positions, Å. */
    public double[] positions() {
        return positions.clone();
    }

    /** The positions without copying: callers must not modify the array. */
    public double[] positionsView() {
        return positions;
    }

    /** Number of atom types. */
    public int numTypes() {
        return typeSpecies.length;
    }

    /** Species of a type. */
    public Species typeSpecies(int type) {
        return typeSpecies[type];
    }

    /** Type of an atom. */
    public int type(int atom) {
        return types[atom];
    }

    /** Copy of all atom types. */
    public int[] types() {
        return types.clone();
    }

    /** The types without copying: callers must not modify the array. */
    public int[] typesView() {
        return types;
    }

    /** Species of an atom. */
    public Species species(int atom) {
        return typeSpecies[types[atom]];
    }

    /** Atomic masses, amu, one per atom. */
    public double[] masses() {
        double[] m = new double[types.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = typeSpecies[types[i]].element().atomicMass();
        }
        return m;
    }

    /** Same atoms at new positions (Å, copied). */
    public AtomicSystem withPositions(double[] newPositions) {
        if (newPositions.length != positions.length) {
            throw new IllegalArgumentException("need " + positions.length + " coordinates");
        }
        return new AtomicSystem(lattice, typeSpecies, types, newPositions.clone());
    }

    /**
     * Same atoms at new positions without copying: the caller hands over {@code newPositions} and must
     * not modify it afterwards (for simulation loops).
     */
    public AtomicSystem withPositionsOwned(double[] newPositions) {
        if (newPositions.length != positions.length) {
            throw new IllegalArgumentException("need " + positions.length + " coordinates");
        }
        return new AtomicSystem(lattice, typeSpecies, types, newPositions);
    }

    /**
     * Same atoms in a new lattice; with {@code scaleAtoms} the fractional coordinates are kept (the
     * atoms follow the cell deformation), otherwise the Cartesian positions are kept.
     */
    public AtomicSystem withLattice(Lattice newLattice, boolean scaleAtoms) {
        double[] p = scaleAtoms ? newLattice.toCartesianAll(lattice.toFractionalAll(positions)) : positions;
        return new AtomicSystem(newLattice, typeSpecies, types, p);
    }

    /**
     * The system after a homogeneous deformation: every lattice vector and position r becomes
     * (1 + ε) r for the (3x3, row-major) strain ε.
     */
    public AtomicSystem strained(double[] strain) {
        double[] f = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                f[3 * i + j] = (i == j ? 1 : 0) + strain[3 * i + j];
            }
        }
        double[] m = lattice.rowMajor();
        double[] nm = new double[9];
        for (int v = 0; v < 3; v++) {
            for (int a = 0; a < 3; a++) {
                nm[3 * v + a] = f[3 * a] * m[3 * v] + f[3 * a + 1] * m[3 * v + 1] + f[3 * a + 2] * m[3 * v + 2];
            }
        }
        double[] np = new double[positions.length];
        for (int i = 0; i < positions.length; i += 3) {
            for (int a = 0; a < 3; a++) {
                np[i + a] = f[3 * a] * positions[i] + f[3 * a + 1] * positions[i + 1] + f[3 * a + 2] * positions[i + 2];
            }
        }
        return new AtomicSystem(Lattice.ofRowMajor(nm), typeSpecies, types, np);
    }

    /** As an ordered structure (fractional coordinates from the positions). */
    public Structure toStructure() {
        List<Species> sp = new ArrayList<>(types.length);
        for (int t : types) {
            sp.add(typeSpecies[t]);
        }
        return Structure.of(lattice, sp, lattice.toFractionalAll(positions));
    }

    @Override
    public String toString() {
        return "AtomicSystem(" + types.length + " atoms, types " + Arrays.toString(typeSpecies) + ", " + lattice + ")";
    }
}
