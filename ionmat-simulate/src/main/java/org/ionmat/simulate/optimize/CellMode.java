package org.ionmat.simulate.optimize;

/** Which cell degrees of freedom a relaxation changes. */
public enum CellMode {
    /** Positions only; the cell is fixed. */
    FIXED,
    /** Positions and the volume: the cell is scaled isotropically (fixed shape). */
    ISOTROPIC,
    /** Positions and all nine cell components (shape and volume). */
    FULL
}
