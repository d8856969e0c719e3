package org.ionmat.core.symmetry.analysis;

/** The seven crystal systems, in the order of the International Tables. */
public enum CrystalSystem {
    TRICLINIC, MONOCLINIC, ORTHORHOMBIC, TETRAGONAL, TRIGONAL, HEXAGONAL, CUBIC;

    /** Lower-case name as used by pymatgen and spglib, e.g. {@code "orthorhombic"}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
