package org.ionmat.analysis.trajectory;

import org.ionmat.core.element.Species;
import org.ionmat.core.io.Trajectory;
import org.ionmat.core.structure.Lattice;

/**
 * Frames of the same atoms read one at a time, in order: what the analyses need from a trajectory
 * held in memory ({@link #of(Trajectory)}) or streamed from a file. Implementations must allow frames
 * to be read again (analyses that do not fit in memory make several passes).
 */
public interface FrameSource {

    /** Number of frames. */
    int numFrames();

    /** Number of atoms per frame. */
    int numAtoms();

    /** Species of atom {@code i}. */
    Species species(int i);

    /** Lattice of frame {@code t} (Å). */
    Lattice lattice(int t);

    /** Copies the Cartesian positions (Å, 3 per atom, wrapped or not) of frame {@code t} into {@code out}. */
    void copyPositions(int t, double[] out);

    /** True if every frame has velocities. */
    boolean hasVelocities();

    /**
     * Copies the velocities (Å/ps, 3 per atom) of frame {@code t} into {@code out}.
     *
     * @throws IllegalStateException if the frames have no velocities
     */
    void copyVelocities(int t, double[] out);

    /** True if every frame has the same lattice (lets analyses skip per-frame volume scans). */
    default boolean fixedCell() {
        return false;
    }

    /**
     * Mean cell volume (Å^3) over the frames (at most 1000 evenly spaced frames are read when the
     * cell changes).
     */
    default double meanVolume() {
        int n = numFrames();
        if (fixedCell() || n == 1) {
            return lattice(0).volume();
        }
        int step = Math.max(1, n / 1000);
        double sum = 0;
        int count = 0;
        for (int t = 0; t < n; t += step) {
            sum += lattice(t).volume();
            count++;
        }
        return sum / count;
    }

    /** An in-memory trajectory as a frame source. */
    static FrameSource of(Trajectory trajectory) {
        return new TrajectoryFrameSource(trajectory);
    }
}
