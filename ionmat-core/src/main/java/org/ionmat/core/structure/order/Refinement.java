package org.ionmat.core.structure.order;

/**
 * Local improvement of an arrangement in {@link OrderingMode#EWALD} mode by swapping the occupants
 * (species or vacancy) of two sites of the same group, which keeps all counts exact. Energy changes
 * of swaps cost O(1) from the site potentials, an accepted swap O(N) (pair-energy matrix).
 */
public enum Refinement {
    /** No refinement: the best random sample is returned. */
    NONE,
    /**
     * Greedy descent from every sample: sweeps over all pairs of sites with different charges in
     * every group, accepting each swap that lowers the energy, until a sweep accepts none (a local
     * minimum with respect to single swaps).
     */
    GREEDY,
    /**
     * Simulated annealing from every sample (Metropolis swaps, temperature falling geometrically
     * from 0.1 eV to 1e-4 eV over 200 proposals per group site), then greedy descent.
     */
    ANNEAL
}
