package org.ionmat.potential;

import org.ionmat.core.element.Species;

/**
 * The mapping of a system's atom types onto the species a potential declares, remembered between
 * calls so that per-type tables are rebuilt only when the types change. Not thread-safe.
 */
public final class TypeBinding {

    private final SpeciesSet species;
    private final String potential;
    private Species[] types;
    private int[] map;

    /**
     * @param potential name of the potential, for messages
     */
    public TypeBinding(SpeciesSet species, String potential) {
        this.species = species;
        this.potential = potential;
    }

    /**
     * Binds to the types of {@code system}.
     *
     * @return true if the types differ from the previous call (tables must be rebuilt)
     * @throws org.ionmat.core.InvalidInputException if a species is not covered
     */
    public boolean update(AtomicSystem system) {
        int nt = system.numTypes();
        if (types != null && types.length == nt) {
            boolean same = true;
            for (int t = 0; t < nt && same; t++) {
                same = types[t].equals(system.typeSpecies(t));
            }
            if (same) {
                return false;
            }
        }
        int[] m = species.typeMap(system, potential);
        Species[] ts = new Species[nt];
        for (int t = 0; t < nt; t++) {
            ts[t] = system.typeSpecies(t);
        }
        map = m;
        types = ts;
        return true;
    }

    /** Number of bound atom types. */
    public int numTypes() {
        return types.length;
    }

    /** Declared-species index of bound type {@code t}. */
    public int declared(int t) {
        return map[t];
    }

    /** Species of bound type {@code t}. */
    public Species type(int t) {
        return types[t];
    }
}
