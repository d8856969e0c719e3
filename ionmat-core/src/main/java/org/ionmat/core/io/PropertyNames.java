package org.ionmat.core.io;

/** Names of the per-site properties that the file formats read and write, with their units. */
public final class PropertyNames {

    /** Velocities, Å/ps, width 3 (Cartesian). */
    public static final String VELOCITIES = "velocities";
    /** Forces, eV/Å, width 3 (Cartesian). */
    public static final String FORCES = "forces";
    /** Atomic charges, e, width 1. */
    public static final String CHARGE = "charge";
    /**
     * VASP selective-dynamics flags along a, b, c, width 3: 1 = may move (T), 0 = fixed (F).
     */
    public static final String SELECTIVE_DYNAMICS = "selective_dynamics";

    private PropertyNames() {
    }
}
