package org.ionmat.analysis.trajectory;

import org.ionmat.core.element.Species;
import org.ionmat.core.io.Trajectory;
import org.ionmat.core.structure.Lattice;

/** A {@link Trajectory} held in memory as a {@link FrameSource}. */
final class TrajectoryFrameSource implements FrameSource {

    private final Trajectory trajectory;
    private final boolean velocities;
    private final boolean fixed;

    TrajectoryFrameSource(Trajectory trajectory) {
        this.trajectory = trajectory;
        this.velocities = trajectory.hasVelocities();
        this.fixed = trajectory.isFixedCell();
    }

    @Override
    public boolean fixedCell() {
        return fixed;
    }

    @Override
    public int numFrames() {
        return trajectory.numFrames();
    }

    @Override
    public int numAtoms() {
        return trajectory.numAtoms();
    }

    @Override
    public Species species(int i) {
        return trajectory.species(i);
    }

    @Override
    public Lattice lattice(int t) {
        return trajectory.lattice(t);
    }

    @Override
    public void copyPositions(int t, double[] out) {
        trajectory.copyPositions(t, out);
    }

    @Override
    public boolean hasVelocities() {
        return velocities;
    }

    @Override
    public void copyVelocities(int t, double[] out) {
        double[] v = trajectory.velocities(t);
        if (v == null) {
            throw new IllegalStateException("frame " + t + " has no velocities");
        }
        System.arraycopy(v, 0, out, 0, v.length);
    }
}
