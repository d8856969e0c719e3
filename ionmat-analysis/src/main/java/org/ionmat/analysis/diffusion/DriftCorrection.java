package org.ionmat.analysis.diffusion;

/** Which centre-of-mass motion is removed from the displacements before the MSD is taken. */
public enum DriftCorrection {
    /** Displacements as they are. */
    NONE,
    /** Subtract the mass-weighted centre-of-mass displacement of all atoms. */
    SYSTEM,
    /**
     * Subtract the centre-of-mass displacement of the framework: all atoms outside the analysed
     * groups (as pymatgen's DiffusionAnalyzer); like {@link #NONE} when there are none.
     */
    FRAMEWORK,
    /**
     * Subtract each group's own centre-of-mass displacement (LAMMPS {@code compute msd ... com yes});
     * this removes all collective motion of the group, so its collective MSD is zero.
     */
    GROUP
}
