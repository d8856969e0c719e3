package org.ionmat.analysis.diffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.ionmat.analysis.testing.Walks;
import org.ionmat.analysis.trajectory.AtomGroup;
import org.ionmat.analysis.trajectory.FrameSource;
import org.ionmat.analysis.trajectory.UnwrapMode;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.io.FrameInfo;
import org.ionmat.core.io.Trajectory;
import org.ionmat.core.structure.Lattice;
import org.junit.jupiter.api.Test;

class MsdCalculatorTest {

    private static final Lattice TRICLINIC = Lattice.fromParameters(9.0, 10.0, 11.0, 80, 95, 105);

    /** Direct O(F^2) time-origin average of unwrapped series u[frame][3*atom] for a pair of components. */
    static double[] bruteForce(double[][] u, int[] atoms, int a, int b) {
        int nf = u.length;
        double[] out = new double[nf];
        for (int n = 1; n < nf; n++) {
            double s = 0;
            for (int t = 0; t + n < nf; t++) {
                for (int i : atoms) {
                    s += (u[t + n][3 * i + a] - u[t][3 * i + a]) * (u[t + n][3 * i + b] - u[t][3 * i + b]);
                }
            }
            out[n] = s / ((nf - n) * (double) atoms.length);
        }
        return out;
    }

    static double[] bruteCollective(double[][] u, int[] atoms) {
        int nf = u.length;
        double[] out = new double[nf];
        for (int n = 1; n < nf; n++) {
            double s = 0;
            for (int t = 0; t + n < nf; t++) {
                for (int c = 0; c < 3; c++) {
                    double d = 0;
                    for (int i : atoms) {
                        d += u[t + n][3 * i + c] - u[t][3 * i + c];
                    }
                    s += d * d;
                }
            }
            out[n] = s / ((nf - n) * (double) atoms.length);
        }
        return out;
    }

    private static Trajectory mixed(long seed, int nf, boolean wrap, double[][] unwrappedOut) {
        Random rnd = new Random(seed);
        List<Species> sp = new ArrayList<>();
        int n = 7;
        for (int i = 0; i < n; i++) {
            sp.add(Species.of(i < 4 ? Element.of("Li") : Element.of("O")));
        }
        double[] x = new double[3 * n];
        for (int i = 0; i < x.length; i++) {
            x[i] = 20 * rnd.nextDouble();
        }
        Trajectory.Builder b = Trajectory.builder(sp);
        for (int t = 0; t < nf; t++) {
            for (int i = 0; i < x.length; i++) {
                x[i] += (i < 12 ? 0.9 : 0.2) * rnd.nextGaussian() + (i % 3 == 0 ? 0.05 : 0);
            }
            unwrappedOut[t] = x.clone();
            b.addFrame(TRICLINIC, wrap ? Walks.wrap(TRICLINIC, x) : x, null, null, FrameInfo.EMPTY);
        }
        return b.build();
    }

    @Test
    void fftMatchesDirectAverageForWrappedTriclinicTrajectory() {
        int nf = 157;
        double[][] u = new double[nf][];
        Trajectory traj = mixed(3, nf, true, u);
        FrameSource src = FrameSource.of(traj);
        AtomGroup li = AtomGroup.ofElement(src, Element.of("Li"));
        Msd m = MsdCalculator.compute(src, li, 0.1, MsdOptions.DEFAULT.withTensor(true));
        assertTrue(m.unwrapped());
        int[][] pairs = {{0, 0}, {1, 1}, {2, 2}, {0, 1}, {0, 2}, {1, 2}};
        for (int p = 0; p < 6; p++) {
            double[] ref = bruteForce(u, li.atoms(), pairs[p][0], pairs[p][1]);
            for (int n = 0; n < nf; n++) {
                assertEquals(ref[n], m.components()[p][n], 1e-9 * (1 + Math.abs(ref[n])), "component " + p + " lag " + n);
            }
        }
        double[] coll = bruteCollective(u, li.atoms());
        for (int n = 0; n < nf; n++) {
            double tot = 0;
            for (int c = 0; c < 3; c++) {
                tot += m.components()[c][n];
            }
            assertEquals(tot, m.total()[n], 1e-12 * (1 + tot));
            assertEquals(coll[n], m.collective()[n], 1e-9 * (1 + coll[n]), "collective lag " + n);
        }
        assertEquals(0.0, m.total()[0], 1e-9);
        assertEquals(0.1 * 5, m.lagTime(5), 1e-15);
    }

    @Test
    void chunkingAndThreadsDoNotChangeTheResult() {
        int nf = 64;
        double[][] u = new double[nf][];
        FrameSource src = FrameSource.of(mixed(5, nf, true, u));
        AtomGroup all = AtomGroup.all(src);
        Msd one = MsdCalculator.compute(src, all, 1.0, MsdOptions.DEFAULT.withThreads(1));
        Msd chunked = MsdCalculator.compute(src, all, 1.0, MsdOptions.DEFAULT.withThreads(3).withMemoryBytes(1));
        for (int n = 0; n < nf; n++) {
            assertEquals(one.total()[n], chunked.total()[n], 1e-10 * (1 + one.total()[n]));
            assertEquals(one.collective()[n], chunked.collective()[n], 1e-10 * (1 + one.collective()[n]));
        }
    }

    @Test
    void unwrapModesAndDriftCorrections() {
        int nf = 50;
        double[][] u = new double[nf][];
        FrameSource wrapped = FrameSource.of(mixed(7, nf, true, u));
        FrameSource unwrapped = FrameSource.of(mixed(7, nf, false, new double[nf][]));
        AtomGroup li = AtomGroup.ofElement(wrapped, Element.of("Li"));
        Msd auto = MsdCalculator.compute(unwrapped, li, 1.0, MsdOptions.DEFAULT);
        assertFalse(auto.unwrapped(), "positions outside the cell are taken as unwrapped");
        Msd never = MsdCalculator.compute(wrapped, li, 1.0, MsdOptions.DEFAULT.withUnwrap(UnwrapMode.NEVER));
        Msd fromWrapped = MsdCalculator.compute(wrapped, li, 1.0, MsdOptions.DEFAULT);
        assertEquals(auto.total()[10], fromWrapped.total()[10], 1e-9);
        assertTrue(never.total()[nf - 1] < fromWrapped.total()[nf - 1], "wrapped positions bound the MSD");

        // framework drift: subtract the O centre of mass (all O have the same mass)
        Msd fw = MsdCalculator.compute(wrapped, li, 1.0, MsdOptions.DEFAULT.withDrift(DriftCorrection.FRAMEWORK));
        double[][] corrected = new double[nf][];
        for (int t = 0; t < nf; t++) {
            corrected[t] = u[t].clone();
            for (int c = 0; c < 3; c++) {
                double com = 0;
                double com0 = 0;
                for (int i = 4; i < 7; i++) {
                    com += u[t][3 * i + c] / 3;
                    com0 += u[0][3 * i + c] / 3;
                }
                for (int i = 0; i < 7; i++) {
                    corrected[t][3 * i + c] -= com - com0;
                }
            }
        }
        double[] ref = bruteForce(corrected, li.atoms(), 0, 0);
        for (int n = 0; n < nf; n++) {
            assertEquals(ref[n], fw.components()[0][n], 1e-9 * (1 + ref[n]));
        }
        Msd self = MsdCalculator.compute(wrapped, li, 1.0, MsdOptions.DEFAULT.withDrift(DriftCorrection.GROUP));
        for (int n = 0; n < nf; n++) {
            assertEquals(0.0, self.collective()[n], 1e-9, "own centre of mass removed: no collective motion");
        }
    }

    @Test
    void unwrapsTrajectoriesWhoseCellChanges() {
        // NPT-like: the cell breathes and shears; each frame the atoms move by a known displacement and
        // are wrapped into the new cell, as an MD engine writes them. Unwrapping must recover the path.
        Random rnd = new Random(9);
        int atoms = 5;
        int nf = 300;
        List<Species> sp = new ArrayList<>();
        for (int i = 0; i < atoms; i++) {
            sp.add(Species.of(Element.of("Li")));
        }
        double[] w = new double[3 * atoms];
        double[] u = new double[3 * atoms];
        double[][] path = new double[nf][];
        Trajectory.Builder b = Trajectory.builder(sp);
        for (int t = 0; t < nf; t++) {
            Lattice l = Lattice.fromParameters(8 + 0.6 * Math.sin(t / 7.0), 8.5 + 0.4 * Math.cos(t / 5.0), 9, 90,
                    90 + 5 * Math.sin(t / 11.0), 90);
            for (int i = 0; i < w.length; i++) {
                double d = t == 0 ? 0 : 0.7 * rnd.nextGaussian();
                w[i] += d;
                u[i] += d;
            }
            w = Walks.wrap(l, w);
            path[t] = u.clone();
            b.addFrame(l, w, null, null, FrameInfo.EMPTY);
        }
        FrameSource src = FrameSource.of(b.build());
        assertFalse(src.fixedCell());
        Msd m = MsdCalculator.compute(src, AtomGroup.all(src), 1.0, MsdOptions.DEFAULT);
        assertTrue(m.unwrapped());
        double[] ref = bruteForce(path, AtomGroup.all(src).atoms(), 0, 0);
        for (int n = 0; n < nf; n++) {
            assertEquals(ref[n], m.components()[0][n], 1e-9 * (1 + ref[n]), "lag " + n);
        }
        assertTrue(ref[nf - 1] > 100, "atoms crossed the cell many times");
    }
}
