package org.ionmat.analysis.trajectory;

import java.nio.file.Path;

import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.simulate.trajectory.FrameData;
import org.ionmat.simulate.trajectory.TrajectoryHeader;
import org.ionmat.simulate.trajectory.TrajectoryReader;

/**
 * An MD engine trajectory file ({@code trajectory.imtraj}) streamed frame by frame: only one frame is
 * held in memory, so trajectories larger than the heap can be analysed (the MSD makes one pass per
 * chunk of atoms). Positions in these files are unwrapped. Close it when done.
 */
public final class RunFrameSource implements FrameSource, AutoCloseable {

    private final TrajectoryReader reader;
    private final TrajectoryHeader header;
    private final FrameData frame;
    private final Lattice fixedLattice;
    private final int frames;
    private final java.util.List<Species> species;
    private long current = -1;
    private Lattice currentLattice;

    private RunFrameSource(TrajectoryReader reader) {
        this.reader = reader;
        this.header = reader.header();
        this.frame = reader.newFrame();
        this.fixedLattice = header.variableCell() ? null : header.lattice();
        if (reader.numFrames() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many frames: " + reader.numFrames());
        }
        this.frames = (int) reader.numFrames();
        this.species = java.util.List.copyOf(header.atomSpecies());
    }

    /** Opens a trajectory file of the MD engine. */
    public static RunFrameSource open(Path file) {
        return new RunFrameSource(TrajectoryReader.open(file));
    }

    /** Time between frames (ps) recorded in the file. */
    public double frameIntervalPs() {
        return reader.frameIntervalPs();
    }

    private void load(int t) {
        if (t != current) {
            reader.readFrame(t, frame);
            current = t;
            currentLattice = fixedLattice != null ? fixedLattice : frame.lattice();
        }
    }

    @Override
    public int numFrames() {
        return frames;
    }

    @Override
    public int numAtoms() {
        return header.numAtoms();
    }

    @Override
    public Species species(int i) {
        return species.get(i);
    }

    @Override
    public Lattice lattice(int t) {
        if (fixedLattice != null) {
            return fixedLattice;
        }
        load(t);
        return currentLattice;
    }

    @Override
    public void copyPositions(int t, double[] out) {
        load(t);
        System.arraycopy(frame.positionsView(), 0, out, 0, out.length);
    }

    @Override
    public boolean hasVelocities() {
        return header.velocities();
    }

    @Override
    public void copyVelocities(int t, double[] out) {
        if (!header.velocities()) {
            throw new IllegalStateException("the trajectory has no velocities");
        }
        load(t);
        System.arraycopy(frame.velocitiesView(), 0, out, 0, out.length);
    }

    @Override
    public boolean fixedCell() {
        return fixedLattice != null;
    }

    @Override
    public void close() {
        reader.close();
    }
}
