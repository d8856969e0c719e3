package org.ionmat.core.neighbors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.math.Mat3;
import org.ionmat.core.structure.Lattice;
import org.junit.jupiter.api.Test;

class VerletNeighborListTest {

    /** Pairs of a list with distance <= cutoff, as key -> {Dx, Dy, Dz, d}. */
    static Map<BruteForceNeighbors.Key, double[]> within(NeighborList nl, double[] radii, double cutoff) {
        Map<BruteForceNeighbors.Key, double[]> all = BruteForceNeighbors.asMap(nl);
        Map<BruteForceNeighbors.Key, double[]> out = new HashMap<>();
        for (Map.Entry<BruteForceNeighbors.Key, double[]> e : all.entrySet()) {
            BruteForceNeighbors.Key k = e.getKey();
            double rc = radii == null ? cutoff : radii[k.i()] + radii[k.j()];
            if (e.getValue()[3] <= rc) {
                out.put(k, e.getValue());
            }
        }
        return out;
    }

    static void randomWalk(NeighborSearch search, double[] radii, double cutoff, boolean half, double strainPerStep) {
        SplittableRandom rnd = new SplittableRandom(123L);
        Lattice l = Lattice.fromParameters(9, 10, 11, 75, 95, 105);
        double[] cart = NeighborSearchTest.randomCart(l, 80, 0, 1, rnd);
        VerletNeighborList verlet = new VerletNeighborList(search, 0.6);
        int steps = 60;
        for (int step = 0; step < steps; step++) {
            boolean rebuilt = verlet.update(l, cart);
            if (step == 0) {
                assertTrue(rebuilt);
            }
            NeighborList fresh = search.find(l, cart);
            Map<BruteForceNeighbors.Key, double[]> expected = BruteForceNeighbors.asMap(fresh);
            Map<BruteForceNeighbors.Key, double[]> actual = within(verlet.list(), radii, cutoff);
            assertEquals(expected.keySet(), actual.keySet(), "step " + step);
            for (Map.Entry<BruteForceNeighbors.Key, double[]> e : expected.entrySet()) {
                assertArrayEquals(e.getValue(), actual.get(e.getKey()), 1e-9, "step " + step);
            }
            assertEquals(half, verlet.list().isHalf());
            // deform the cell (atoms follow at fixed fractional coordinates), then move every atom by
            // up to 0.05 Å (coordinates drift out of the cell freely)
            if (strainPerStep > 0) {
                double[] f = new double[9];
                for (int k = 0; k < 9; k++) {
                    f[k] = (k % 4 == 0 ? 1 : 0) + strainPerStep * (2 * rnd.nextDouble() - 1);
                }
                l = Lattice.ofRowMajor(Mat3.multiply(l.rowMajor(), f));
                for (int p = 0; p < cart.length; p += 3) {
                    double[] r = Mat3.rowTimes(new double[] {cart[p], cart[p + 1], cart[p + 2]}, f);
                    System.arraycopy(r, 0, cart, p, 3);
                }
            }
            for (int k = 0; k < cart.length; k++) {
                cart[k] += 0.1 * (rnd.nextDouble() - 0.5);
            }
        }
        assertTrue(verlet.rebuildCount() > 1, "atoms moved beyond the skin: " + verlet.rebuildCount());
        assertTrue(verlet.rebuildCount() < steps / 2, "skin avoids rebuilds: " + verlet.rebuildCount());
    }

    @Test
    void skinnedListHoldsExactlyThePairsOfAFreshSearchAtEveryStep() {
        double[] radii = new double[80];
        for (int i = 0; i < radii.length; i++) {
            radii[i] = i % 3 == 0 ? 1.9 : 1.2;
        }
        for (double strain : new double[] {0, 0.003}) {
            randomWalk(NeighborSearch.withCutoff(3.2), null, 3.2, false, strain);
            randomWalk(NeighborSearch.withCutoff(3.2).half(), null, 3.2, true, strain);
            randomWalk(NeighborSearch.withAtomRadii(radii), radii, Double.NaN, false, strain);
        }
    }

    @Test
    void listSurvivesRandomStrainsAndMovesAndMatchesFreshLists() {
        // strain only (no motion) at every step, larger than the displacements allow: the fixed-cell
        // rule would rebuild at every step; the strain-aware rule rebuilds a few times, and every
        // list holds exactly the pairs of a fresh search
        SplittableRandom rnd = new SplittableRandom(7L);
        for (boolean half : new boolean[] {false, true}) {
            NeighborSearch search = half ? NeighborSearch.withCutoff(4).half() : NeighborSearch.withCutoff(4);
            Lattice l = Lattice.fromParameters(8, 8.5, 9, 80, 100, 110);
            double[] cart = NeighborSearchTest.randomCart(l, 60, -0.2, 1.2, rnd);
            VerletNeighborList verlet = new VerletNeighborList(search, 0.8);
            int steps = 80;
            for (int step = 0; step < steps; step++) {
                verlet.update(l, cart);
                Map<BruteForceNeighbors.Key, double[]> expected = BruteForceNeighbors.asMap(search.find(l, cart));
                Map<BruteForceNeighbors.Key, double[]> actual = within(verlet.list(), null, 4);
                assertEquals(expected.keySet(), actual.keySet(), "step " + step);
                for (Map.Entry<BruteForceNeighbors.Key, double[]> e : expected.entrySet()) {
                    assertArrayEquals(e.getValue(), actual.get(e.getKey()), 1e-9, "step " + step);
                }
                double[] f = new double[9];
                for (int k = 0; k < 9; k++) {
                    f[k] = (k % 4 == 0 ? 1 : 0) + 0.01 * (2 * rnd.nextDouble() - 1);
                }
                l = Lattice.ofRowMajor(Mat3.multiply(l.rowMajor(), f));
                for (int p = 0; p < cart.length; p += 3) {
                    double[] r = Mat3.rowTimes(new double[] {cart[p], cart[p + 1], cart[p + 2]}, f);
                    for (int k = 0; k < 3; k++) {
                        cart[p + k] = r[k] + 0.04 * (rnd.nextDouble() - 0.5);
                    }
                }
            }
            assertTrue(verlet.rebuildCount() > 1, "strain beyond the skin rebuilds: " + verlet.rebuildCount());
            assertTrue(verlet.rebuildCount() < steps / 3, "small strains do not rebuild: " + verlet.rebuildCount());
        }
    }

    @Test
    void strainRule() {
        // cutoff 4, skin 1, no motion: valid while sigma * 5 >= 4, i.e. a strain of up to 20 %
        Lattice l = Lattice.cubic(10);
        double[] cart = {0, 0, 0, 3, 3, 3, 1, 4, 2, 7, 8, 9};
        VerletNeighborList v = new VerletNeighborList(NeighborSearch.withCutoff(4), 1.0);
        v.update(l, cart);
        assertFalse(v.needsRebuild(Lattice.cubic(10.0001), scaled(cart, 1.00001)));
        assertFalse(v.needsRebuild(Lattice.cubic(8.1), scaled(cart, 0.81)));
        assertTrue(v.needsRebuild(Lattice.cubic(7.9), scaled(cart, 0.79)));
        assertFalse(v.needsRebuild(Lattice.cubic(11.9), scaled(cart, 1.19)));
        assertTrue(v.needsRebuild(Lattice.cubic(12.1), scaled(cart, 1.21)));
        // strain and motion share the skin: a 10 % compression leaves 0.9 (5 - d1 - d2) >= 4 for
        // d1 + d2 <= 0.5556 Å, measured in the build cell (moves of 0.24 Å count 0.24 / 0.9)
        double[] moved = scaled(cart, 0.9);
        moved[0] += 0.24;
        moved[3] += 0.24;
        assertFalse(v.needsRebuild(Lattice.cubic(9), moved));
        moved[3] += 0.03;
        assertTrue(v.needsRebuild(Lattice.cubic(9), moved));
        // a shear: ||G - I||_2 = 0.15 for G = I + 0.15 e_xy
        Lattice sheared = Lattice.ofRowMajor(new double[] {10, 1.5, 0, 0, 10, 0, 0, 0, 10});
        double[] g = {1, 0.15, 0, 0, 1, 0, 0, 0, 1};
        assertEquals(0.15, VerletNeighborList.normBound(g), 1e-15);
        double[] shearedCart = new double[cart.length];
        for (int p = 0; p < cart.length; p += 3) {
            System.arraycopy(Mat3.rowTimes(new double[] {cart[p], cart[p + 1], cart[p + 2]}, g), 0, shearedCart, p, 3);
        }
        assertFalse(v.needsRebuild(sheared, shearedCart));
        assertTrue(v.update(Lattice.ofRowMajor(new double[] {10, 2.5, 0, 0, 10, 0, 0, 0, 10}), cart));
    }

    private static double[] scaled(double[] cart, double f) {
        double[] r = cart.clone();
        for (int k = 0; k < r.length; k++) {
            r[k] *= f;
        }
        return r;
    }

    @Test
    void rebuildRules() {
        Lattice l = Lattice.cubic(6);
        double[] cart = {0, 0, 0, 3, 3, 3, 1, 4, 2};
        VerletNeighborList v = new VerletNeighborList(NeighborSearch.withCutoff(4), 1.0);
        assertThrows(IllegalStateException.class, v::list);
        assertTrue(v.update(l, cart));
        assertFalse(v.needsRebuild(l, cart));
        // two atoms moving 0.45 Å each: sum 0.9 <= skin, no rebuild
        double[] moved = cart.clone();
        moved[0] += 0.45;
        moved[4] -= 0.45;
        assertFalse(v.update(l, moved));
        // a third atom at 0.5: the two largest sum to 0.95 -> still no rebuild; at 0.6 -> 1.05 > skin
        moved[6] += 0.5;
        assertFalse(v.update(l, moved));
        moved[6] += 0.1;
        assertTrue(v.needsRebuild(l, moved));
        assertTrue(v.update(l, moved));
        assertEquals(2, v.rebuildCount());
        // a small change of the cell does not rebuild, a large one does (see strainRule)
        assertFalse(v.needsRebuild(Lattice.cubic(6.0001), moved));
        assertTrue(v.needsRebuild(Lattice.cubic(7), moved));
        // wrapping an atom into the cell moves it by a lattice vector: rebuild keeps offsets valid
        double[] wrapped = moved.clone();
        wrapped[0] += 6;
        assertTrue(v.update(l, wrapped));
        assertArrayEquals(NeighborSearchTest.sortedDistances(NeighborSearch.withCutoff(5).find(l, wrapped)),
                NeighborSearchTest.sortedDistances(v.list()), 1e-12);
        // a different number of atoms rebuilds
        assertTrue(v.needsRebuild(l, new double[] {0, 0, 0}));
        // bad coordinates are reported by the rebuild
        double[] bad = moved.clone();
        bad[2] = Double.NaN;
        assertThrows(InvalidInputException.class, () -> v.update(l, bad));
        assertThrows(InvalidInputException.class, () -> new VerletNeighborList(NeighborSearch.withCutoff(4), -1));
    }
}
