package org.ionmat.potential;

import java.util.SplittableRandom;

import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;

/** Small periodic systems for the calculator tests. */
public final class TestSystems {

    public static final Species LI = Species.of(Element.lookup("Li"));
    public static final Species O = Species.of(Element.lookup("O"));

    private TestSystems() {
    }

    /**
     * Li2O antifluorite, conventional cell (a Å) repeated n×n×n: O on the fcc sites, Li on the
     * eight tetrahedral sites; types 0 = Li, 1 = O.
     */
    public static AtomicSystem li2o(double a, int n) {
        double[][] fcc = {{0, 0, 0}, {0, 0.5, 0.5}, {0.5, 0, 0.5}, {0.5, 0.5, 0}};
        int atoms = 12 * n * n * n;
        int[] types = new int[atoms];
        double[] x = new double[3 * atoms];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int l = 0; l < n; l++) {
                    for (double[] f : fcc) {
                        put(x, types, k++, 1, a, i + f[0], j + f[1], l + f[2]);
                    }
                    for (int s = 0; s < 8; s++) {
                        double fx = (s & 1) == 0 ? 0.25 : 0.75;
                        double fy = (s & 2) == 0 ? 0.25 : 0.75;
                        double fz = (s & 4) == 0 ? 0.25 : 0.75;
                        put(x, types, k++, 0, a, i + fx, j + fy, l + fz);
                    }
                }
            }
        }
        return AtomicSystem.of(Lattice.cubic(a * n), new Species[] {LI, O}, types, x);
    }

    private static void put(double[] x, int[] types, int k, int type, double a, double fx, double fy, double fz) {
        types[k] = type;
        x[3 * k] = a * fx;
        x[3 * k + 1] = a * fy;
        x[3 * k + 2] = a * fz;
    }

    /** Every atom displaced by a uniform random vector of up to {@code amplitude} Å per axis. */
    public static AtomicSystem perturbed(AtomicSystem s, double amplitude, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] x = s.positions();
        for (int k = 0; k < x.length; k++) {
            x[k] += amplitude * (2 * rnd.nextDouble() - 1);
        }
        return s.withPositions(x);
    }

    /** The Li2O conventional cell sheared into a triclinic cell (all angles differ from 90°). */
    public static AtomicSystem triclinicLi2o(double a) {
        AtomicSystem cubic = li2o(a, 1);
        double[] shear = {0.02, 0.11, -0.07, 0.0, -0.03, 0.09, 0.0, 0.0, 0.04};
        return cubic.strained(shear);
    }
}
