package org.ionmat.analysis.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.io.FrameInfo;
import org.ionmat.core.io.Trajectory;
import org.ionmat.core.structure.Lattice;

/** Synthetic trajectories with known statistics for tests. */
public final class Walks {

    private Walks() {
    }

    /**
     * Gaussian random walks: {@code atoms} walkers with diffusion coefficient {@code d} (Å^2/ps) over
     * {@code frames} frames {@code dt} ps apart, positions wrapped into {@code lattice} when {@code wrap}.
     */
    public static Trajectory gaussian(int atoms, int frames, double d, double dt, Lattice lattice, boolean wrap,
                                      long seed, Element element) {
        Random rnd = new Random(seed);
        double s = Math.sqrt(2 * d * dt);
        double[] x = new double[3 * atoms];
        for (int i = 0; i < x.length; i++) {
            x[i] = rnd.nextDouble() * 5;
        }
        List<Species> sp = new ArrayList<>();
        for (int i = 0; i < atoms; i++) {
            sp.add(Species.of(element));
        }
        Trajectory.Builder b = Trajectory.builder(sp);
        for (int t = 0; t < frames; t++) {
            if (t > 0) {
                for (int i = 0; i < x.length; i++) {
                    x[i] += s * rnd.nextGaussian();
                }
            }
            b.addFrame(lattice, wrap ? wrap(lattice, x) : x, null, null, FrameInfo.EMPTY);
        }
        return b.build();
    }

    /** Positions wrapped into the cell (fractional coordinates in [0, 1)). */
    public static double[] wrap(Lattice lattice, double[] cart) {
        double[] f = lattice.toFractionalAll(cart);
        for (int i = 0; i < f.length; i++) {
            f[i] -= Math.floor(f[i]);
        }
        return lattice.toCartesianAll(f);
    }
}
