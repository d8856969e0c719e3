package org.ionmat.simulate.trajectory;

import org.ionmat.core.structure.Lattice;

/**
 * One frame read from a binary trajectory into reusable arrays (so that scanning a huge file frame
 * by frame allocates nothing). Obtain one from {@link TrajectoryReader#newFrame()} and fill it with
 * {@link TrajectoryReader#readFrame(long, FrameData)}; the arrays are overwritten by the next read.
 */
public final class FrameData {

    long step;
    double timePs;
    double energy;
    final double[] lattice = new double[9];
    final double[] positions;
    final double[] velocities;

    FrameData(int atoms, boolean velocities) {
        this.positions = new double[3 * atoms];
        this.velocities = velocities ? new double[3 * atoms] : null;
    }

    /** MD step of the frame. */
    public long step() {
        return step;
    }

    /** Time of the frame, ps. */
    public double timePs() {
        return timePs;
    }

    /** Potential energy, eV, or NaN if not recorded. */
    public double energy() {
        return energy;
    }

    /** The lattice of the frame (a new object). */
    public Lattice lattice() {
        return Lattice.ofRowMajor(lattice);
    }

    /** The lattice matrix, row-major (Å); a view overwritten by the next read. */
    public double[] latticeView() {
        return lattice;
    }

    /** Unwrapped Cartesian positions, Å, 3 per atom; a view overwritten by the next read. */
    public double[] positionsView() {
        return positions;
    }

    /** Velocities, Å/ps, 3 per atom, or null if the file has none; a view overwritten by the next read. */
    public double[] velocitiesView() {
        return velocities;
    }
}
