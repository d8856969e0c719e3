package org.ionmat.analysis.trajectory;

/** Whether positions are unwrapped across periodic boundaries before displacements are taken. */
public enum UnwrapMode {
    /**
     * Unwrap when the positions look wrapped: every fractional coordinate of every frame lies in
     * [0, 1] (XDATCAR, LAMMPS {@code x y z} without image flags); otherwise take positions as given
     * (MD engine output, LAMMPS {@code xu yu zu}).
     */
    AUTO,
    /** Always unwrap by minimum-image steps between consecutive frames. */
    ALWAYS,
    /** Take positions as given (they are already unwrapped). */
    NEVER
}
