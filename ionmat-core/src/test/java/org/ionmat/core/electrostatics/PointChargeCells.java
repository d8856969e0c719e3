package org.ionmat.core.electrostatics;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.ionmat.core.structure.Lattice;

/** Point-charge crystals built from fractional coordinates, for tests that need no element data. */
record PointChargeCells(Lattice lattice, double[] cart, double[] charges) {

    static PointChargeCells of(Lattice lattice, double[][] frac, double[] charges) {
        double[] cart = new double[3 * frac.length];
        for (int i = 0; i < frac.length; i++) {
            lattice.toCartesian(frac[i], 0, cart, 3 * i);
        }
        return new PointChargeCells(lattice, cart, charges.clone());
    }

    /** Face-centred cubic cell with a basis repeated on the four lattice points. */
    static PointChargeCells fcc(double a, double[][] basis, double[] charges) {
        double[][] fcc = {{0, 0, 0}, {0, 0.5, 0.5}, {0.5, 0, 0.5}, {0.5, 0.5, 0}};
        List<double[]> f = new ArrayList<>();
        double[] q = new double[4 * basis.length];
        int k = 0;
        for (double[] t : fcc) {
            for (int b = 0; b < basis.length; b++) {
                f.add(new double[] {t[0] + basis[b][0], t[1] + basis[b][1], t[2] + basis[b][2]});
                q[k++] = charges[b];
            }
        }
        return of(Lattice.cubic(a), f.toArray(new double[0][]), q);
    }

    static PointChargeCells rockSalt(double a) {
        return fcc(a, new double[][] {{0, 0, 0}, {0.5, 0.5, 0.5}}, new double[] {1, -1});
    }

    static PointChargeCells zincBlende(double a) {
        return fcc(a, new double[][] {{0, 0, 0}, {0.25, 0.25, 0.25}}, new double[] {1, -1});
    }

    static PointChargeCells fluorite(double a) {
        return fcc(a, new double[][] {{0, 0, 0}, {0.25, 0.25, 0.25}, {0.75, 0.75, 0.75}}, new double[] {2, -1, -1});
    }

    static PointChargeCells cesiumChloride(double a) {
        return of(Lattice.cubic(a), new double[][] {{0, 0, 0}, {0.5, 0.5, 0.5}}, new double[] {1, -1});
    }

    /** Ideal wurtzite: c/a = √(8/3), u = 3/8. */
    static PointChargeCells wurtzite(double a) {
        double c = a * Math.sqrt(8.0 / 3);
        double u = 3.0 / 8;
        return of(Lattice.hexagonal(a, c), new double[][] {
            {1.0 / 3, 2.0 / 3, 0}, {2.0 / 3, 1.0 / 3, 0.5}, {1.0 / 3, 2.0 / 3, u}, {2.0 / 3, 1.0 / 3, 0.5 + u}},
            new double[] {1, 1, -1, -1});
    }

    /** Random charges in [-2, 2] at random positions at least {@code minDist} Å apart; neutral if asked. */
    static PointChargeCells random(Lattice lattice, int n, double minDist, boolean neutral, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] f = new double[n][];
        int placed = 0;
        while (placed < n) {
            double[] p = {rnd.nextDouble(), rnd.nextDouble(), rnd.nextDouble()};
            boolean ok = true;
            for (int i = 0; i < placed && ok; i++) {
                ok = lattice.minimumImageDistance(p, f[i]) >= minDist;
            }
            if (ok) {
                f[placed++] = p;
            }
        }
        double[] q = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            q[i] = 4 * rnd.nextDouble() - 2;
            sum += q[i];
        }
        if (neutral) {
            for (int i = 0; i < n; i++) {
                q[i] -= sum / n;
            }
        }
        return of(lattice, f, q);
    }

    EwaldSummation ewald() {
        return EwaldSummation.of(lattice, cart, charges);
    }
}
