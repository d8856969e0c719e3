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

    static void randomWalk(NeighborSearch search, double[] radii, double cutoff, boolean half) {
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
            // move every atom by up to 0.05 Å (coordinates drift out of the cell freely)
            for (int k = 0; k < cart.length; k++) {
                cart[k] += 0.1 * (rnd.nextDouble() - 0.5);
            }
        }
        assertTrue(verlet.rebuildCount() > 1, "atoms moved beyond the skin: " + verlet.rebuildCount());
        assertTrue(verlet.rebuildCount() < steps / 2, "skin avoids rebuilds: " + verlet.rebuildCount());
    }

    @Test
    void skinnedListHoldsExactlyThePairsOfAFreshSearchAtEveryStep() {
        randomWalk(NeighborSearch.withCutoff(3.2), null, 3.2, false);
        randomWalk(NeighborSearch.withCutoff(3.2).half(), null, 3.2, true);
        double[] radii = new double[80];
        for (int i = 0; i < radii.length; i++) {
            radii[i] = i % 3 == 0 ? 1.9 : 1.2;
        }
        randomWalk(NeighborSearch.withAtomRadii(radii), radii, Double.NaN, false);
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
        // any change of the cell rebuilds
        assertTrue(v.needsRebuild(Lattice.cubic(6.0001), moved));
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
