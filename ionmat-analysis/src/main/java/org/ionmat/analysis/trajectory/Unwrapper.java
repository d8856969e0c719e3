package org.ionmat.analysis.trajectory;

import org.ionmat.core.structure.Lattice;

/**
 * Unwraps the positions of selected atoms frame by frame: the step of an atom between consecutive
 * frames is reduced to its minimum image in the lattice of the new frame and added to the previous
 * unwrapped position, u(t+1) = u(t) + mic_{L(t+1)}(w(t+1) - w(t)). This is the scheme that stays
 * correct for cells that change between frames (NPT; Kulke &amp; Vermaas, J. Chem. Theory Comput. 18,
 * 6161 (2022); von Bülow, Bullerjahn &amp; Hummer, J. Chem. Phys. 153, 021101 (2020)), unlike
 * image-counter unwrapping with the current box. It assumes that no atom moves by half a cell
 * between frames; {@link #maxStepFraction()} reports the largest step relative to the cell widths so
 * callers can warn when frames are too far apart.
 *
 * <p>Not thread-safe; one instance per pass.
 */
public final class Unwrapper {

    private final int[] atoms;
    private final boolean unwrap;
    private final double[] previous;
    private final double[] current;
    private final double[] f = new double[3];
    private boolean started;
    private double maxStepFraction;
    private Lattice lastLattice;
    private double minWidth;

    /**
     * @param atoms  indices of the atoms to follow
     * @param unwrap false to copy positions as given
     */
    public Unwrapper(int[] atoms, boolean unwrap) {
        this.atoms = atoms.clone();
        this.unwrap = unwrap;
        this.previous = new double[3 * atoms.length];
        this.current = new double[3 * atoms.length];
    }

    /**
     * Advances to the next frame.
     *
     * @param lattice   lattice of the frame
     * @param positions Cartesian positions of all atoms of the frame (Å)
     * @param out       unwrapped positions of the selected atoms (3 per atom, Å)
     */
    public void next(Lattice lattice, double[] positions, double[] out) {
        if (!started || !unwrap) {
            for (int k = 0; k < atoms.length; k++) {
                int i = atoms[k];
                previous[3 * k] = positions[3 * i];
                previous[3 * k + 1] = positions[3 * i + 1];
                previous[3 * k + 2] = positions[3 * i + 2];
            }
            System.arraycopy(previous, 0, current, 0, current.length);
            System.arraycopy(current, 0, out, 0, current.length);
            started = true;
            return;
        }
        if (lattice != lastLattice) {
            double[] w = lattice.perpendicularWidths();
            minWidth = Math.min(w[0], Math.min(w[1], w[2]));
            lastLattice = lattice;
        }
        for (int k = 0; k < atoms.length; k++) {
            int i = atoms[k];
            int o = 3 * k;
            double dx = positions[3 * i] - previous[o];
            double dy = positions[3 * i + 1] - previous[o + 1];
            double dz = positions[3 * i + 2] - previous[o + 2];
            previous[o] = positions[3 * i];
            previous[o + 1] = positions[3 * i + 1];
            previous[o + 2] = positions[3 * i + 2];
            f[0] = dx;
            f[1] = dy;
            f[2] = dz;
            lattice.toFractional(f, 0, f, 0);
            f[0] -= Math.rint(f[0]);
            f[1] -= Math.rint(f[1]);
            f[2] -= Math.rint(f[2]);
            lattice.toCartesian(f, 0, f, 0);
            current[o] += f[0];
            current[o + 1] += f[1];
            current[o + 2] += f[2];
            double step = Math.sqrt(f[0] * f[0] + f[1] * f[1] + f[2] * f[2]) / minWidth;
            if (step > maxStepFraction) {
                maxStepFraction = step;
            }
        }
        System.arraycopy(current, 0, out, 0, current.length);
    }

    /**
     * Largest unwrapped step between consecutive frames seen so far, as a fraction of the smallest
     * perpendicular cell width; above about 0.25 unwrapping may be ambiguous (frames too far apart).
     */
    public double maxStepFraction() {
        return maxStepFraction;
    }

    /**
     * True if no position of any frame lies more than half a cell outside it (fractional coordinates
     * in [-0.5, 1.5]): the trajectory is stored wrapped (LAMMPS lets atoms stray up to half the
     * neighbor skin outside the box between re-neighborings, so exact [0, 1) cannot be required).
     * An unwrapped trajectory that never strays that far is unwrapped again harmlessly.
     */
    public static boolean looksWrapped(FrameSource source) {
        double tol = 0.5;
        double[] pos = new double[3 * source.numAtoms()];
        double[] fr = new double[3];
        for (int t = 0; t < source.numFrames(); t++) {
            source.copyPositions(t, pos);
            Lattice l = source.lattice(t);
            for (int i = 0; i < pos.length; i += 3) {
                l.toFractional(pos, i, fr, 0);
                for (int k = 0; k < 3; k++) {
                    if (fr[k] < -tol || fr[k] > 1 + tol) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Whether to unwrap a source under the given mode. */
    public static boolean shouldUnwrap(FrameSource source, UnwrapMode mode) {
        return switch (mode) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> looksWrapped(source);
        };
    }
}
