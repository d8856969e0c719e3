package org.ionmat.core.io;

import java.util.List;
import java.util.Map;

import org.ionmat.core.element.Element;

/**
 * What a reader cannot learn from some files and the caller may supply.
 *
 * @param species    elements of the species groups of VASP 4 POSCAR/XDATCAR files (no species line), or empty
 * @param lammpsTypes LAMMPS atom type (1-based) to element, or empty
 * @param lammpsAtomStyle LAMMPS data atom style ({@code atomic}, {@code charge}, {@code full}), or null to detect
 */
public record ReadOptions(List<Element> species, Map<Integer, Element> lammpsTypes, String lammpsAtomStyle) {

    /** Nothing given: everything is detected from the file. */
    public static final ReadOptions DEFAULT = new ReadOptions(List.of(), Map.of(), null);

    public ReadOptions {
        species = species == null ? List.of() : List.copyOf(species);
        lammpsTypes = lammpsTypes == null ? Map.of() : Map.copyOf(lammpsTypes);
    }

    /** Same options with VASP 4 species groups. */
    public ReadOptions withSpecies(List<Element> s) {
        return new ReadOptions(s, lammpsTypes, lammpsAtomStyle);
    }

    /** Same options with a LAMMPS type-to-element map. */
    public ReadOptions withLammpsTypes(Map<Integer, Element> types) {
        return new ReadOptions(species, types, lammpsAtomStyle);
    }

    /** Same options with a LAMMPS data atom style. */
    public ReadOptions withLammpsAtomStyle(String style) {
        return new ReadOptions(species, lammpsTypes, style);
    }
}
