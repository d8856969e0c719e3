package org.ionmat.potential;

import java.util.ArrayList;
import java.util.List;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Species;

/**
 * The species a potential declares (e.g. {@code Li}, {@code O}, or {@code Fe2+} and {@code Fe3+}
 * when one element needs two parameter sets) and how the atom types of a system map onto them.
 *
 * <p>Matching rule: an atom of species s matches a declared species with an oxidation state only if
 * s has that same oxidation state; otherwise it matches the declared species of its element without
 * an oxidation state. So {@code Li} covers Li, Li+ and any other lithium, while {@code Fe2+} covers
 * only Fe2+.
 */
public final class SpeciesSet {

    private final List<Species> declared;

    private SpeciesSet(List<Species> declared) {
        this.declared = declared;
    }

    /**
     * The given species, in order.
     *
     * @throws IllegalArgumentException if a species is listed twice
     */
    public static SpeciesSet of(List<Species> declared) {
        List<Species> list = List.copyOf(declared);
        for (int i = 0; i < list.size(); i++) {
            if (list.indexOf(list.get(i)) != i) {
                throw new IllegalArgumentException("species " + list.get(i) + " declared twice");
            }
        }
        return new SpeciesSet(list);
    }

    /** Number of declared species. */
    public int size() {
        return declared.size();
    }

    /** Declared species {@code i}. */
    public Species get(int i) {
        return declared.get(i);
    }

    /** The declared species, in order. */
    public List<Species> list() {
        return declared;
    }

    /** Index of the declared species that covers {@code s}, or −1 (see the class comment). */
    public int indexOf(Species s) {
        if (s.hasOxidationState()) {
            int exact = declared.indexOf(s);
            if (exact >= 0) {
                return exact;
            }
        }
        return declared.indexOf(s.withoutOxidationState());
    }

    /**
     * Declared-species index of every atom type of {@code system}.
     *
     * @param potential name of the potential, for the message
     * @throws InvalidInputException naming the species the potential does not cover
     */
    public int[] typeMap(AtomicSystem system, String potential) {
        int[] map = new int[system.numTypes()];
        List<String> missing = new ArrayList<>();
        for (int t = 0; t < map.length; t++) {
            map[t] = indexOf(system.typeSpecies(t));
            if (map[t] < 0) {
                missing.add(system.typeSpecies(t).toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException("the potential " + potential + " does not cover species "
                    + String.join(", ", missing) + " (it declares " + declared + ")");
        }
        return map;
    }
}
