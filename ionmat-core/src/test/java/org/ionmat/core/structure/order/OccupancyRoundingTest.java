package org.ionmat.core.structure.order;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.ionmat.core.element.Species;
import org.junit.jupiter.api.Test;

class OccupancyRoundingTest {

    private static final Species LI = Species.parse("Li+");
    private static final Species NA = Species.parse("Na+");

    private static OccupancyRounding.GroupInput group(int sites, Object... speciesAndOcc) {
        Species[] sp = new Species[speciesAndOcc.length / 2];
        double[] occ = new double[sp.length];
        for (int i = 0; i < sp.length; i++) {
            sp[i] = (Species) speciesAndOcc[2 * i];
            occ[i] = (Double) speciesAndOcc[2 * i + 1];
        }
        return new OccupancyRounding.GroupInput(sites, List.of(sp), occ);
    }

    @Test
    void cellTotalIsRoundedOnceAndApportionedByLargestRemainder() {
        // three groups with 0.4 Li each: rounding each would give 0 Li, the cell total 1.2 gives 1
        OccupancyRounding.Counts c = OccupancyRounding.round(List.of(group(2, LI, 0.2), group(2, LI, 0.2),
                group(1, LI, 0.4)), Map.of());
        int total = c.counts()[0][0] + c.counts()[1][0] + c.counts()[2][0];
        assertEquals(1, total);
        assertEquals(0.2 / 1.2, c.compositionError(), 1e-12);
        assertEquals(0.6, c.maxCountError(), 1e-12);
        // remainders 0.3, 0.6, 0.5 of Li (total 1.4 -> 1): the largest remainder gets it
        c = OccupancyRounding.round(List.of(group(3, LI, 0.1), group(3, LI, 0.2), group(5, LI, 0.1)), Map.of());
        assertArrayEquals(new int[] {0, 1, 0}, new int[] {c.counts()[0][0], c.counts()[1][0], c.counts()[2][0]});
    }

    @Test
    void exactOccupanciesAreKeptAndGroupsNeverOverfill() {
        OccupancyRounding.Counts c = OccupancyRounding.round(List.of(group(8, LI, 0.5, NA, 0.25)), Map.of());
        assertArrayEquals(new int[] {4, 2}, c.counts()[0]);
        assertEquals(0, c.compositionError(), 0);
        // occupancies summing above 1 (0.6 + 0.5) on 10 sites: 6 + 5 would overfill
        c = OccupancyRounding.round(List.of(group(10, LI, 0.6, NA, 0.5)), Map.of());
        assertTrue(c.counts()[0][0] + c.counts()[0][1] <= 10);
        SplittableRandom rnd = new SplittableRandom(4);
        for (int t = 0; t < 1000; t++) {
            int sites = 1 + rnd.nextInt(30);
            double a = rnd.nextDouble();
            double b = (1 - a) * rnd.nextDouble();
            OccupancyRounding.Counts r = OccupancyRounding.round(List.of(group(sites, LI, a, NA, b),
                    group(1 + rnd.nextInt(30), LI, rnd.nextDouble())), Map.of());
            assertTrue(r.counts()[0][0] + r.counts()[0][1] <= sites);
            assertTrue(r.maxCountError() < 1 + 1e-9);
        }
    }

    @Test
    void orderedAmountsEnterTheRelativeError() {
        OccupancyRounding.Counts c = OccupancyRounding.round(List.of(group(1, LI, 0.5)), Map.of(LI, 9.0));
        // 0.5 Li rounds to 1 (half up): 10 Li instead of 9.5
        assertEquals(0.5 / 9.5, c.compositionError(), 1e-12);
    }
}
