package org.ionmat.analysis.trajectory;

/** Whether positions are unwrapped across periodic boundaries before displacements are taken. */
public enum UnwrapMode {
    /**
     * Unwrap when the positions look wrapped: no fractional coordinate of any frame lies outside
     * [-0.5, 1.5] (XDATCAR, LAMMPS {@code x y z} without image flags); otherwise take positions as
     * given (MD engine output, LAMMPS {@code xu yu zu}, once atoms have left the cell).
     */
    AUTO,
    /** Always unwrap by minimum-image steps between consecutive frames. */
    ALWAYS,
    /** Take positions as given (they are already unwrapped). */
    NEVER
}
