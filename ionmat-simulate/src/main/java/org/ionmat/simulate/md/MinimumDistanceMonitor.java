package org.ionmat.simulate.md;

import org.ionmat.core.neighbors.NeighborList;
import org.ionmat.core.neighbors.NeighborSearch;
import org.ionmat.core.neighbors.VerletNeighborList;
import org.ionmat.core.structure.Lattice;

/**
 * Watches the smallest interatomic distance of a run, as the cleaning rule of seed 002 (Marcolongo
 * et al.: reject MD trajectories in which two atoms come closer than 0.6 Å, a sign of an unphysical
 * potential). Pairs within {@link #searchRadius()} are kept in a Verlet list (rebuilt when atoms
 * have moved or the cell has deformed far enough), so a check costs a pass over a few pairs per atom.
 */
public final class MinimumDistanceMonitor {

    /** Default limit, Å (seed 002). */
    public static final double DEFAULT_LIMIT = 0.6;

    private final double limit;
    private final double radius;
    private VerletNeighborList list;
    private double observedMin = Double.POSITIVE_INFINITY;
    private int lastI = -1;
    private int lastJ = -1;
    private double lastDistance;

    /**
     * @param limitA smallest allowed distance, Å (> 0)
     */
    public MinimumDistanceMonitor(double limitA) {
        if (!(limitA > 0)) {
            throw new IllegalArgumentException("minimum distance must be positive");
        }
        this.limit = limitA;
        this.radius = Math.max(2.0, limitA + 1.0);
        reset();
    }

    /** Forgets the neighbor list (after a checkpoint, so that resumed runs see the same lists). */
    public void reset() {
        this.list = new VerletNeighborList(NeighborSearch.withCutoff(limit).half().withThreads(1), radius - limit);
    }

    /** The distance limit, Å. */
    public double limit() {
        return limit;
    }

    /** Pairs closer than this are tracked (the observed minimum is exact below it), Å. */
    public double searchRadius() {
        return radius;
    }

    /**
     * Checks the positions; returns true if two atoms are closer than the limit (then
     * {@link #lastPair()} and {@link #lastDistance()} say which and how close).
     */
    public boolean check(Lattice lattice, double[] positions) {
        list.update(lattice, positions);
        NeighborList l = list.list();
        double[] d = l.distances();
        int best = -1;
        double min = Double.POSITIVE_INFINITY;
        for (int p = 0, n = l.size(); p < n; p++) {
            if (d[p] < min) {
                min = d[p];
                best = p;
            }
        }
        if (min < observedMin) {
            observedMin = min;
        }
        if (best >= 0 && min < limit) {
            lastI = l.centers()[best];
            lastJ = l.neighbors()[best];
            lastDistance = min;
            return true;
        }
        return false;
    }

    /** Smallest distance seen below {@link #searchRadius()}, Å, or +∞. */
    public double observedMinimum() {
        return observedMin;
    }

    /** Restores the observed minimum (from a checkpoint). */
    public void setObservedMinimum(double v) {
        this.observedMin = v;
    }

    /** The two atoms (0-based) of the last violation. */
    public int[] lastPair() {
        return new int[] {lastI, lastJ};
    }

    /** Their distance, Å. */
    public double lastDistance() {
        return lastDistance;
    }
}
