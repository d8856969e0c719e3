package org.ionmat.core.structure.order;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.composition.Composition;
import org.ionmat.core.electrostatics.EwaldSummation;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.Site;
import org.ionmat.core.structure.Structure;
import org.ionmat.core.units.Units;
import org.junit.jupiter.api.Test;

class StructureOrdererTest {

    private static final double KE = Units.COULOMB_CONSTANT;

    /** Counts of each species per label in an ordered structure. */
    private static Map<String, Map<Species, Integer>> countsByLabel(Structure s) {
        Map<String, Map<Species, Integer>> m = new HashMap<>();
        for (Site site : s.sites()) {
            m.computeIfAbsent(site.label(), k -> new HashMap<>()).merge(site.majoritySpecies(), 1, Integer::sum);
        }
        return m;
    }

    private static void assertConsistent(Structure input, OrderingResult r) {
        Structure out = r.structure();
        assertTrue(out.isOrdered(), "result is not ordered");
        assertEquals(input.lattice().volume() * r.cells(), out.lattice().volume(), 1e-6 * out.lattice().volume());
        // composition: input composition x cells, within the reported error
        Composition target = input.composition().times(r.cells());
        double err = 0;
        for (Map.Entry<Species, Double> e : target.amounts().entrySet()) {
            err = Math.max(err, Math.abs(out.composition().amount(e.getKey()) - e.getValue()) / e.getValue());
        }
        assertEquals(r.compositionError(), err, 1e-12);
        assertTrue(r.targetComposition().almostEquals(target, 1e-12, 1e-9));
        // every group gets exactly its counts; vacancies make up the rest
        for (SiteGroup g : r.groups()) {
            int placed = g.counts().values().stream().mapToInt(Integer::intValue).sum();
            assertEquals(g.sites(), placed + g.vacancies());
            assertEquals(g.multiplicity() * r.cells(), g.sites());
            for (Map.Entry<Species, Double> t : g.targetCounts().entrySet()) {
                assertTrue(Math.abs(g.counts().get(t.getKey()) - t.getValue()) < 1 + 1e-9, g.toString());
            }
        }
    }

    @Test
    void exactOccupanciesGiveExactCountsAndComposition() {
        Structure s = DisorderedExamples.rockSalt(4.2, "Li+", 0.5, "Na+", 0.25);
        OrderingResult r = StructureOrderer.order(s, OrderingOptions.builder().seed(3).build());
        assertConsistent(s, r);
        assertTrue(r.exact());
        assertEquals(1, r.cells());    // 4 sites x 0.5 and x 0.25 are integers already
        assertEquals(0, r.compositionError(), 0);
        Map<Species, Integer> m1 = countsByLabel(r.structure()).get("M1");
        assertEquals(2, m1.get(Species.parse("Li+")));
        assertEquals(1, m1.get(Species.parse("Na+")));
        assertEquals(7, r.structure().size()); // one vacancy
        assertTrue(Double.isNaN(r.energy()));
    }

    @Test
    void automaticSupercellIsTheSmallestExactOne() {
        // 4 cation sites with occupancy 1/8 -> 2 cells; 1/3 written as 0.333 -> 3 cells (0.999 within 0.05)
        Structure eighth = DisorderedExamples.rockSalt(4.2, "Li+", 0.125);
        OrderingResult r = StructureOrderer.order(eighth, OrderingOptions.defaults());
        assertEquals(2, r.cells());
        assertTrue(r.exact());
        assertConsistent(eighth, r);
        assertEquals(2 * 4 * 0.125, r.structure().composition().amount(Element.Li), 1e-12);
        Structure third = DisorderedExamples.rockSalt(4.2, "Li+", 0.333);
        OrderingResult t = StructureOrderer.order(third, OrderingOptions.defaults());
        assertEquals(3, t.cells());
        assertTrue(t.exact());
        assertEquals(4, t.structure().composition().amount(Element.Li), 0);
        assertEquals(Math.abs(4 - 3 * 4 * 0.333) / (3 * 4 * 0.333), t.compositionError(), 1e-12);
        // the most compact shape of 3 cubes is not diagonal: width a·√(3/2) instead of a
        assertEquals(4.2 * Math.sqrt(1.5), min(t.structure().lattice().perpendicularWidths()), 1e-9);
        // a site limit below the exact size: the unit cell with rounding and a reported error
        OrderingResult small = StructureOrderer.order(eighth, OrderingOptions.builder().automaticSupercell(8).build());
        assertEquals(1, small.cells());
        assertFalse(small.exact());
        assertTrue(small.compositionError() > 0);
        assertConsistent(eighth, small);
    }

    private static double min(double[] v) {
        return Math.min(v[0], Math.min(v[1], v[2]));
    }

    /** Brute force over all integer matrices with entries -2..2: the chosen shape is the most compact. */
    @Test
    void automaticShapeIsTheMostCompactSupercell() {
        Lattice[] lattices = {Lattice.cubic(4.2), Lattice.fromParameters(3.1, 4.4, 7.9, 80, 95, 110),
            Lattice.hexagonal(3.0, 9.0)};
        for (Lattice l : lattices) {
            for (int n = 2; n <= 4; n++) {
                double best = 0;
                int[] t = new int[9];
                for (int code = 0; code < 1953125; code++) {
                    int c = code;
                    for (int k = 0; k < 9; k++) {
                        t[k] = c % 5 - 2;
                        c /= 5;
                    }
                    long det = (long) t[0] * (t[4] * t[8] - t[5] * t[7]) - (long) t[1] * (t[3] * t[8] - t[5] * t[6])
                            + (long) t[2] * (t[3] * t[7] - t[4] * t[6]);
                    if (det != n) {
                        continue;
                    }
                    double[][] d = {{t[0], t[1], t[2]}, {t[3], t[4], t[5]}, {t[6], t[7], t[8]}};
                    best = Math.max(best, min(l.transform(d).perpendicularWidths()));
                }
                int[][] chosen = SupercellSearch.shape(l, n);
                double[][] d = new double[3][3];
                for (int i = 0; i < 3; i++) {
                    for (int j = 0; j < 3; j++) {
                        d[i][j] = chosen[i][j];
                    }
                }
                Lattice sup = l.transform(d);
                assertEquals(n * l.volume(), sup.volume(), 1e-9 * sup.volume());
                assertEquals(best, min(sup.perpendicularWidths()), 1e-9, l + " n=" + n);
            }
        }
    }

    @Test
    void explicitSupercellIsUsed() {
        Structure s = DisorderedExamples.rockSalt(4.2, "Li+", 0.5);
        int[][] t = {{1, 1, 0}, {-1, 1, 0}, {0, 0, 2}};
        OrderingResult r = StructureOrderer.order(s, OrderingOptions.builder().supercell(t).build());
        assertEquals(4, r.cells());
        assertArrayEquals(t[0], r.supercellMatrix()[0]);
        assertEquals(16 + 8, r.structure().size());
        assertConsistent(s, r);
    }

    @Test
    void roundingKeepsCellCompositionClose() {
        Structure s = DisorderedExamples.garnetLike(1);
        OrderingResult r = StructureOrderer.order(s, OrderingOptions.builder().seed(5).build());
        assertConsistent(s, r);
        assertFalse(r.exact());
        assertTrue(r.compositionError() <= 0.01, r.toString());
        // La and Sr rows at the same position were merged into one mixed La/Sr group of 6 sites
        assertEquals(3, r.groups().size(), r.groups().toString());
        SiteGroup mixed = r.groups().get(2);
        assertEquals("La1+Sr1", mixed.label());
        assertEquals(0, mixed.vacancies());
        // atoms on the merged site keep the label of their own CIF row
        Map<String, Map<Species, Integer>> byLabel = countsByLabel(r.structure());
        assertEquals(Map.of(Species.parse("La3+"), mixed.counts().get(Species.parse("La3+"))), byLabel.get("La1"));
        assertEquals(Map.of(Species.parse("Sr2+"), mixed.counts().get(Species.parse("Sr2+"))), byLabel.get("Sr1"));
        // every La/Sr site holds exactly one atom, no two atoms at one position
        double[][] d = r.structure().distanceMatrix();
        for (int i = 0; i < d.length; i++) {
            for (int j = i + 1; j < d.length; j++) {
                assertTrue(d[i][j] > 1.0, "atoms " + i + " and " + j + " overlap");
            }
        }
    }

    @Test
    void seedMakesItReproducible() {
        Structure s = DisorderedExamples.garnetLike(2);
        for (OrderingMode mode : OrderingMode.values()) {
            OrderingOptions o = OrderingOptions.builder().mode(mode).seed(42).samples(5).build();
            OrderingResult a = StructureOrderer.order(s, o);
            OrderingResult b = StructureOrderer.order(s, o);
            assertTrue(a.structure().equalsWithTolerance(b.structure(), 0));
            assertArrayEquals(a.sampleEnergies(), b.sampleEnergies(), 0);
            OrderingResult c = StructureOrderer.order(s, o.toBuilder().seed(43).build());
            if (mode == OrderingMode.RANDOM) {
                assertFalse(a.structure().equalsWithTolerance(c.structure(), 1e-9), "seed has no effect");
            } else {
                // refined results may well coincide; the random samples must not
                assertNotEquals(a.sampleEnergies()[0], c.sampleEnergies()[0]);
            }
        }
    }

    @Test
    void ewaldModeIsNeverWorseThanRandomSamplesAndReportsTheTrueEnergy() {
        Structure s = DisorderedExamples.garnetLike(3);
        for (Refinement ref : Refinement.values()) {
            OrderingOptions o = OrderingOptions.builder().mode(OrderingMode.EWALD).seed(7).samples(20)
                    .refinement(ref).build();
            OrderingResult e = StructureOrderer.order(s, o);
            assertConsistent(s, e);
            assertEquals(20, e.sampleEnergies().length);
            assertTrue(e.energy() <= e.bestSampleEnergy() + 1e-9, ref + ": " + e);
            // the random-mode result with the same seed is sample 0
            OrderingResult random = StructureOrderer.order(s, o.toBuilder().mode(OrderingMode.RANDOM).build());
            double randomEnergy = EwaldSummation.of(random.structure()).withAccuracy(1e-10).totalEnergy();
            // pair matrix at accuracy 1e-6 vs a direct sum at 1e-10
            double tol = 2e-6 * Math.abs(randomEnergy);
            assertEquals(randomEnergy, e.sampleEnergies()[0], tol);
            assertTrue(e.energy() <= randomEnergy + tol);
            // the reported energy is the Ewald energy of the returned structure (independent path)
            double direct = EwaldSummation.of(e.structure()).withAccuracy(1e-10).totalEnergy();
            assertEquals(direct, e.energy(), tol, ref.toString());
            assertEquals(e.structure().composition().charge(), e.totalCharge(), 1e-9);
            if (ref != Refinement.NONE) {
                assertTrue(e.energy() < e.bestSampleEnergy() - 1e-6, "refinement found nothing better: " + e);
            }
        }
    }

    /**
     * A simple cubic lattice whose sites are half Na+ and half Cl- (one mixed group): the lowest
     * Ewald energy in a 2x2x2 supercell is the rock-salt arrangement, with Madelung constant
     * 1.747565 (4 ion pairs, nearest-neighbour distance a).
     */
    @Test
    void ewaldOrderingFindsRockSaltFromAMixedSimpleCubicLattice() {
        double a = 2.82;
        Structure s = Structure.of(Lattice.cubic(a), List.of(
                DisorderedExamples.site("X", new double[] {0, 0, 0}, "Na+", 0.5, "Cl-", 0.5)));
        OrderingResult r = StructureOrderer.order(s, OrderingOptions.builder().mode(OrderingMode.EWALD)
                .supercell(2, 2, 2).samples(10).seed(1).build());
        assertEquals(-1.747565 * 4 * KE / a, r.energy(), 1e-5);
        // and every Na has six Cl neighbours
        Structure o = r.structure();
        for (int i = 0; i < o.size(); i++) {
            for (int j = 0; j < o.size(); j++) {
                if (i != j && Math.abs(o.distance(i, j) - a) < 1e-6) {
                    assertNotEquals(o.speciesOf(i), o.speciesOf(j));
                }
            }
        }
    }

    @Test
    void labelsKeepOrbitsApart() {
        Lattice l = Lattice.cubic(6);
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sites.add(DisorderedExamples.site("Li1", new double[] {0.25 * i, 0.1, 0.1}, "Li+", 0.5));
            sites.add(DisorderedExamples.site("Li2", new double[] {0.25 * i, 0.6, 0.6}, "Li+", 0.5));
        }
        Structure s = Structure.of(l, sites);
        for (long seed = 0; seed < 10; seed++) {
            OrderingResult r = StructureOrderer.order(s, OrderingOptions.builder().seed(seed).build());
            Map<String, Map<Species, Integer>> c = countsByLabel(r.structure());
            assertEquals(2, c.get("Li1").get(Species.parse("Li+")));
            assertEquals(2, c.get("Li2").get(Species.parse("Li+")));
        }
        OrderingResult byComposition = StructureOrderer.order(s,
                OrderingOptions.builder().grouping(SiteGrouping.COMPOSITION).build());
        assertEquals(1, byComposition.groups().size());
        assertEquals(8, byComposition.groups().get(0).sites());
    }

    @Test
    void badInputGivesClearErrors() {
        Lattice l = Lattice.cubic(5);
        Structure overfull = Structure.of(l, List.of(
                DisorderedExamples.site("A", new double[] {0, 0, 0}, "Li+", 0.7),
                DisorderedExamples.site("B", new double[] {0, 0, 1e-5}, "Na+", 0.6)));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> StructureOrderer.order(overfull, OrderingOptions.defaults()));
        assertTrue(e.getMessage().contains("A+B") && e.getMessage().contains("1.3"), e.getMessage());
        Structure noOxi = Structure.of(l, List.of(DisorderedExamples.site("A", new double[] {0, 0, 0}, "Li", 0.5)));
        InvalidInputException e2 = assertThrows(InvalidInputException.class, () -> StructureOrderer.order(noOxi,
                OrderingOptions.builder().mode(OrderingMode.EWALD).build()));
        assertTrue(e2.getMessage().contains("oxidation state"), e2.getMessage());
        // an explicit charge for the element makes it work
        OrderingResult r = StructureOrderer.order(noOxi, OrderingOptions.builder().mode(OrderingMode.EWALD)
                .charge(Element.Li, 1).build());
        assertEquals(2, r.cells());
        assertEquals(1, r.totalCharge(), 1e-12);
    }

    @Test
    void orderedInputIsReturnedUnchanged() {
        Structure s = DisorderedExamples.rockSalt(4.2, "Na+", 1.0);
        OrderingResult r = StructureOrderer.order(s, OrderingOptions.defaults());
        assertTrue(r.structure().equalsWithTolerance(s, 0));
        assertTrue(r.exact());
        assertEquals(0, r.compositionError(), 0);
    }
}
