package org.ionmat.core.electrostatics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ionmat.core.structure.Lattice;
import org.junit.jupiter.api.Test;

class EwaldReciprocalSpaceTest {

    private static final Lattice TRICLINIC = Lattice.fromParameters(6.1, 7.3, 8.2, 78, 101, 115);

    private static EwaldReciprocalSpace.Result compute(PointChargeCells c, EwaldParameters p, int threads) {
        return EwaldReciprocalSpace.compute(c.lattice(), c.cart(), c.charges(), p, true, true, true, threads);
    }

    /** The k-space terms equal those of the energy-only EwaldSummation with the same parameters. */
    @Test
    void termsMatchEwaldSummation() {
        for (PointChargeCells cell : new PointChargeCells[] {
            PointChargeCells.rockSalt(5.64), PointChargeCells.random(TRICLINIC, 40, 1.2, true, 1),
            PointChargeCells.random(TRICLINIC, 30, 1.2, false, 2)}) {
            EwaldSummation sum = cell.ewald().withAccuracy(1e-10);
            EwaldEnergy ref = sum.compute();
            EwaldReciprocalSpace.Result r = compute(cell, sum.parameters(), 1);
            double scale = Math.abs(ref.reciprocal()) + Math.abs(ref.self()) + 1;
            assertEquals(ref.reciprocal(), r.reciprocal(), 1e-12 * scale);
            assertEquals(ref.self(), r.self(), 1e-12 * scale);
            assertEquals(ref.background(), r.background(), 1e-12 * scale);
            // per-site energies sum to the k-space energy and, with the real-space part, to the site energies
            double s = 0;
            for (double v : r.siteEnergies()) {
                s += v;
            }
            assertEquals(r.energy(), s, 1e-11 * scale);
            // Newton's third law for the whole cell: k-space forces sum to zero
            double[] net = new double[3];
            for (int i = 0; i < cell.charges().length; i++) {
                for (int a = 0; a < 3; a++) {
                    net[a] += r.forces()[3 * i + a];
                }
            }
            assertArrayEquals(new double[3], net, 1e-10 * scale);
        }
    }

    /** Forces are −∂E/∂r and the virial −∂E/∂ε, by fourth-order central differences. */
    @Test
    void forcesAndVirialMatchFiniteDifferences() {
        for (PointChargeCells cell : new PointChargeCells[] {
            PointChargeCells.random(TRICLINIC, 24, 1.2, true, 3), PointChargeCells.random(TRICLINIC, 20, 1.2, false, 4)}) {
            EwaldParameters p = EwaldParameters.forAccuracy(0.45, 1e-14);
            EwaldReciprocalSpace.Result r = compute(cell, p, 1);
            double h = 1e-4;
            double maxF = 0;
            double errF = 0;
            for (int k = 0; k < cell.cart().length; k++) {
                double[] e = new double[4];
                double[] steps = {-2 * h, -h, h, 2 * h};
                for (int s = 0; s < 4; s++) {
                    double[] x = cell.cart().clone();
                    x[k] += steps[s];
                    e[s] = EwaldReciprocalSpace.compute(cell.lattice(), x, cell.charges(), p, false, false, false, 1).energy();
                }
                double fd = -(e[0] - 8 * e[1] + 8 * e[2] - e[3]) / (12 * h);
                maxF = Math.max(maxF, Math.abs(fd));
                errF = Math.max(errF, Math.abs(fd - r.forces()[k]));
            }
            assertTrue(errF < 1e-7 * maxF, "force error " + errF + " of " + maxF);
            double hs = 1e-5;
            double maxW = 0;
            double errW = 0;
            for (int a = 0; a < 3; a++) {
                for (int b = a; b < 3; b++) {
                    double[] e = new double[4];
                    double[] steps = {-2 * hs, -hs, hs, 2 * hs};
                    for (int s = 0; s < 4; s++) {
                        double[] eps = new double[9];
                        eps[3 * a + b] += a == b ? steps[s] : steps[s] / 2;
                        eps[3 * b + a] += a == b ? 0 : steps[s] / 2;
                        PointChargeCells strained = strain(cell, eps);
                        e[s] = EwaldReciprocalSpace.compute(strained.lattice(), strained.cart(), cell.charges(), p,
                                false, false, false, 1).energy();
                    }
                    double fd = -(e[0] - 8 * e[1] + 8 * e[2] - e[3]) / (12 * hs);
                    maxW = Math.max(maxW, Math.abs(fd));
                    errW = Math.max(errW, Math.abs(fd - r.virial()[3 * a + b]));
                    assertEquals(r.virial()[3 * a + b], r.virial()[3 * b + a], 0);
                }
            }
            assertTrue(errW < 1e-7 * maxW, "virial error " + errW + " of " + maxW);
        }
    }

    /** Split into many k-vector ranges, the result is the same for any number of threads. */
    @Test
    void resultDoesNotDependOnThreads() {
        PointChargeCells cell = PointChargeCells.random(Lattice.fromParameters(16, 17, 18, 80, 95, 100), 400, 1.0, true, 5);
        EwaldParameters p = EwaldParameters.forAccuracy(0.6, 1e-10);
        EwaldReciprocalSpace.Result serial = compute(cell, p, 1);
        EwaldReciprocalSpace.Result parallel = compute(cell, p, 3);
        assertEquals(serial.reciprocal(), parallel.reciprocal(), 0);
        assertArrayEquals(serial.forces(), parallel.forces(), 0);
        assertArrayEquals(serial.virial(), parallel.virial(), 0);
        assertArrayEquals(serial.siteEnergies(), parallel.siteEnergies(), 0);
        EwaldEnergy ref = cell.ewald().withParameters(p).compute();
        assertEquals(ref.reciprocal(), serial.reciprocal(), 1e-10 * Math.abs(ref.reciprocal()));
    }

    @Test
    void unchargedSitesFeelNothing() {
        PointChargeCells cell = PointChargeCells.random(TRICLINIC, 12, 1.2, true, 6);
        double[] q = cell.charges().clone();
        q[3] = 0;
        EwaldReciprocalSpace.Result r = EwaldReciprocalSpace.compute(cell.lattice(), cell.cart(), q,
                EwaldParameters.forAccuracy(0.5, 1e-10), true, false, true, 1);
        assertEquals(0, r.forces()[9]);
        assertEquals(0, r.siteEnergies()[3]);
    }

    private static PointChargeCells strain(PointChargeCells c, double[] eps) {
        double[] m = c.lattice().rowMajor();
        double[] nm = new double[9];
        for (int v = 0; v < 3; v++) {
            for (int a = 0; a < 3; a++) {
                double s = m[3 * v + a];
                for (int b = 0; b < 3; b++) {
                    s += eps[3 * a + b] * m[3 * v + b];
                }
                nm[3 * v + a] = s;
            }
        }
        double[] x = c.cart();
        double[] nx = new double[x.length];
        for (int i = 0; i < x.length; i += 3) {
            for (int a = 0; a < 3; a++) {
                double s = x[i + a];
                for (int b = 0; b < 3; b++) {
                    s += eps[3 * a + b] * x[i + b];
                }
                nx[i + a] = s;
            }
        }
        return new PointChargeCells(Lattice.ofRowMajor(nm), nx, c.charges());
    }
}
