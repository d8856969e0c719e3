package org.ionmat.core.neighbors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.Structure;
import org.junit.jupiter.api.Test;

class NeighborSearchTest {

    /** Random cell: lengths 2..8 Å, angles 40..140 degrees (retried until valid). */
    static Lattice randomLattice(SplittableRandom rnd) {
        while (true) {
            try {
                return Lattice.fromParameters(2 + 6 * rnd.nextDouble(), 2 + 6 * rnd.nextDouble(),
                        2 + 6 * rnd.nextDouble(), 40 + 100 * rnd.nextDouble(), 40 + 100 * rnd.nextDouble(),
                        40 + 100 * rnd.nextDouble());
            } catch (InvalidInputException e) {
                // angles that do not close a cell: draw again
            }
        }
    }

    /** Cartesian coordinates of n atoms at fractional positions in [lo, hi). */
    static double[] randomCart(Lattice l, int n, double lo, double hi, SplittableRandom rnd) {
        double[] f = new double[3 * n];
        for (int k = 0; k < f.length; k++) {
            f[k] = lo + (hi - lo) * rnd.nextDouble();
        }
        return l.toCartesianAll(f);
    }

    /** Same lattice, strongly skewed basis: rows T·M with a unimodular integer T. */
    static Lattice skewed(Lattice l, int[][] t) {
        double[][] td = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                td[i][j] = t[i][j];
            }
        }
        return l.transform(td);
    }

    static void assertMatchesBruteForce(Lattice l, double[] cart, NeighborSearch search, double cutoff,
                                        double[] radii, String what) {
        NeighborList nl = search.find(l, cart);
        // the same search with the bin reachability table, which is skipped for few atoms
        NeighborList pruned = new NeighborFinder(search, true).find(l, cart, null);
        assertArrayEquals(pruned.distances(), NeighborSearchTest.sortedByPair(nl, pruned), 0, what + " pruned");
        Map<BruteForceNeighbors.Key, double[]> expected =
                BruteForceNeighbors.full(l, cart, cutoff, radii, search.includesSelfPairs());
        Map<BruteForceNeighbors.Key, double[]> actual = BruteForceNeighbors.asMap(nl);
        if (search.isHalf()) {
            expected.keySet().removeIf(k -> !inHalf(k));
        }
        if (!expected.keySet().equals(actual.keySet())) {
            Set<BruteForceNeighbors.Key> missing = new HashSet<>(expected.keySet());
            missing.removeAll(actual.keySet());
            Set<BruteForceNeighbors.Key> extra = new HashSet<>(actual.keySet());
            extra.removeAll(expected.keySet());
            fail(what + ": " + missing.size() + " pairs missing (e.g. " + missing.stream().limit(3).toList()
                    + "), " + extra.size() + " extra (e.g. " + extra.stream().limit(3).toList() + ")");
        }
        for (Map.Entry<BruteForceNeighbors.Key, double[]> e : expected.entrySet()) {
            assertArrayEquals(e.getValue(), actual.get(e.getKey()), 1e-9, what + " pair " + e.getKey());
        }
        assertCsr(nl);
    }

    /** Distances of {@code nl} in the pair order of {@code other} (same pairs required). */
    static double[] sortedByPair(NeighborList nl, NeighborList other) {
        Map<BruteForceNeighbors.Key, double[]> a = BruteForceNeighbors.asMap(nl);
        Map<BruteForceNeighbors.Key, double[]> b = BruteForceNeighbors.asMap(other);
        assertEquals(b.keySet(), a.keySet());
        double[] out = new double[other.size()];
        int p = 0;
        for (BruteForceNeighbors.Key k : b.keySet()) {
            out[p++] = a.get(k)[3];
        }
        return out;
    }

    static boolean inHalf(BruteForceNeighbors.Key k) {
        if (k.i() != k.j()) {
            return k.i() < k.j();
        }
        return k.a() > 0 || (k.a() == 0 && (k.b() > 0 || (k.b() == 0 && k.c() >= 0)));
    }

    static void assertCsr(NeighborList nl) {
        int[] off = nl.offsets();
        assertEquals(nl.atomCount() + 1, off.length);
        assertEquals(0, off[0]);
        assertEquals(nl.size(), off[nl.atomCount()]);
        for (int i = 0; i < nl.atomCount(); i++) {
            assertTrue(off[i] <= off[i + 1]);
            for (int p = off[i]; p < off[i + 1]; p++) {
                assertEquals(i, nl.centers()[p]);
            }
        }
    }

    @Test
    void randomTriclinicCellsMatchBruteForce() {
        SplittableRandom rnd = new SplittableRandom(20240611L);
        for (int trial = 0; trial < 40; trial++) {
            Lattice l = randomLattice(rnd);
            int n = 1 + rnd.nextInt(25);
            double[] cart = randomCart(l, n, -1.5, 2.5, rnd); // atoms outside [0, 1) too
            double wmin = Math.min(l.perpendicularWidths()[0],
                    Math.min(l.perpendicularWidths()[1], l.perpendicularWidths()[2]));
            double cutoff = wmin * (0.3 + 2.5 * rnd.nextDouble());
            String what = "trial " + trial + " " + l + " n=" + n + " cutoff=" + cutoff;
            assertMatchesBruteForce(l, cart, NeighborSearch.withCutoff(cutoff), cutoff, null, what + " full");
            assertMatchesBruteForce(l, cart, NeighborSearch.withCutoff(cutoff).half(), cutoff, null, what + " half");
        }
    }

    @Test
    void tinyCellsWithCutoffsSeveralTimesTheCell() {
        SplittableRandom rnd = new SplittableRandom(7L);
        for (int trial = 0; trial < 8; trial++) {
            Lattice l = Lattice.fromParameters(1.2 + rnd.nextDouble(), 1.2 + rnd.nextDouble(),
                    1.2 + rnd.nextDouble(), 70 + 40 * rnd.nextDouble(), 70 + 40 * rnd.nextDouble(),
                    70 + 40 * rnd.nextDouble());
            int n = 1 + rnd.nextInt(3);
            double[] cart = randomCart(l, n, -3, 3, rnd);
            double cutoff = 4 + 3 * rnd.nextDouble(); // 2-6 cell widths
            String what = "tiny trial " + trial + " " + l + " cutoff " + cutoff;
            assertMatchesBruteForce(l, cart, NeighborSearch.withCutoff(cutoff), cutoff, null, what);
            assertMatchesBruteForce(l, cart, NeighborSearch.withCutoff(cutoff).half(), cutoff, null, what + " half");
        }
    }

    @Test
    void stronglySkewedBasesMatchBruteForceAndGiveTheSameDistances() {
        SplittableRandom rnd = new SplittableRandom(99L);
        Lattice base = Lattice.fromParameters(3.1, 3.7, 4.3, 81, 97, 104);
        int[][][] transforms = {
            {{1, 0, 0}, {3, 1, 0}, {0, -4, 1}},
            {{1, 5, 2}, {0, 1, 3}, {0, 0, 1}},
            {{2, 3, 1}, {1, 2, 1}, {0, 0, -1}},     // det -1: left-handed
            {{1, 7, 0}, {0, 1, 0}, {0, 6, 1}},
        };
        double[] frac = new double[3 * 12];
        for (int k = 0; k < frac.length; k++) {
            frac[k] = rnd.nextDouble();
        }
        double[] cart = base.toCartesianAll(frac);
        double cutoff = 5.5;
        double[] reference = sortedDistances(NeighborSearch.withCutoff(cutoff).find(base, cart));
        for (int[][] t : transforms) {
            Lattice sk = skewed(base, t);
            String what = "skewed " + sk;
            assertMatchesBruteForce(sk, cart, NeighborSearch.withCutoff(cutoff), cutoff, null, what);
            // the same crystal in another basis: identical multiset of distances
            assertArrayEquals(reference, sortedDistances(NeighborSearch.withCutoff(cutoff).find(sk, cart)), 1e-9,
                    what);
        }
    }

    static double[] sortedDistances(NeighborList nl) {
        double[] d = nl.distances().clone();
        java.util.Arrays.sort(d);
        return d;
    }

    @Test
    void singleAtomCell() {
        Lattice l = Lattice.fromParameters(2.5, 2.9, 3.3, 75, 85, 115);
        double[] cart = {0.3, -7.1, 12.0};
        for (double cutoff : new double[] {1.0, 2.6, 3.0, 9.5}) {
            assertMatchesBruteForce(l, cart, NeighborSearch.withCutoff(cutoff), cutoff, null, "single " + cutoff);
            assertMatchesBruteForce(l, cart, NeighborSearch.withCutoff(cutoff).half(), cutoff, null,
                    "single half " + cutoff);
        }
        // the shortest lattice vector is shorter than every edge here? at least no self pair at 0
        NeighborList nl = NeighborSearch.withCutoff(1.0).find(l, cart);
        assertEquals(0, nl.size());
    }

    @Test
    void perAtomRadiiMatchBruteForce() {
        SplittableRandom rnd = new SplittableRandom(3L);
        for (int trial = 0; trial < 10; trial++) {
            Lattice l = randomLattice(rnd);
            int n = 2 + rnd.nextInt(15);
            double[] cart = randomCart(l, n, -1, 2, rnd);
            double[] radii = new double[n];
            for (int i = 0; i < n; i++) {
                radii[i] = rnd.nextInt(5) == 0 ? 0 : 0.5 + 2.5 * rnd.nextDouble();
            }
            radii[0] = 2.0;
            NeighborSearch s = NeighborSearch.withAtomRadii(radii);
            assertMatchesBruteForce(l, cart, s, Double.NaN, radii, "radii trial " + trial);
            assertMatchesBruteForce(l, cart, s.half(), Double.NaN, radii, "radii half trial " + trial);
        }
    }

    @Test
    void selfPairsOnlyWhenRequestedAndOnceInEitherList() {
        SplittableRandom rnd = new SplittableRandom(11L);
        Lattice l = randomLattice(rnd);
        double[] cart = randomCart(l, 9, 0, 1, rnd);
        double cutoff = 4.0;
        NeighborSearch s = NeighborSearch.withCutoff(cutoff).withSelfPairs(true);
        assertMatchesBruteForce(l, cart, s, cutoff, null, "with self pairs");
        assertMatchesBruteForce(l, cart, s.half(), cutoff, null, "half with self pairs");
        int without = NeighborSearch.withCutoff(cutoff).find(l, cart).size();
        assertEquals(without + 9, s.find(l, cart).size());
        int halfWithout = NeighborSearch.withCutoff(cutoff).half().find(l, cart).size();
        assertEquals(halfWithout + 9, s.half().find(l, cart).size());
    }

    @Test
    void coincidentDistinctAtomsAreOrdinaryPairs() {
        Lattice l = Lattice.cubic(4.0);
        double[] cart = {1, 1, 1, 1, 1, 1, 5, 1, 1}; // atom 2 is atom 0 shifted by a
        NeighborList nl = NeighborSearch.withCutoff(0.5).find(l, cart);
        // 0-1, 1-0, 0-2, 2-0, 1-2, 2-1 at zero distance; no (i, i, 0)
        assertEquals(6, nl.size());
        for (int p = 0; p < nl.size(); p++) {
            assertEquals(0.0, nl.distances()[p], 1e-12);
        }
        assertMatchesBruteForce(l, cart, NeighborSearch.withCutoff(0.5), 0.5, null, "coincident");
    }

    @Test
    void halfAndFullListsAreConsistent() {
        SplittableRandom rnd = new SplittableRandom(5L);
        for (int trial = 0; trial < 10; trial++) {
            Lattice l = randomLattice(rnd);
            double[] cart = randomCart(l, 1 + rnd.nextInt(30), -1, 2, rnd);
            double cutoff = 2 + 6 * rnd.nextDouble();
            Map<BruteForceNeighbors.Key, double[]> full =
                    BruteForceNeighbors.asMap(NeighborSearch.withCutoff(cutoff).find(l, cart));
            Map<BruteForceNeighbors.Key, double[]> half =
                    BruteForceNeighbors.asMap(NeighborSearch.withCutoff(cutoff).half().find(l, cart));
            assertEquals(full.size(), 2 * half.size(), "full = 2 x half without self pairs");
            Set<BruteForceNeighbors.Key> union = new HashSet<>();
            for (Map.Entry<BruteForceNeighbors.Key, double[]> e : half.entrySet()) {
                BruteForceNeighbors.Key k = e.getKey();
                assertTrue(union.add(k) && union.add(k.reversed()), "half list holds both directions of " + k);
                double[] rev = full.get(k.reversed());
                double[] v = e.getValue();
                assertArrayEquals(new double[] {-v[0], -v[1], -v[2], v[3]}, rev, 1e-9);
            }
            assertEquals(full.keySet(), union);
        }
    }

    @Test
    void knownLatticeShellCounts() {
        double a = 3.6;
        // fcc: 12 at a/sqrt2, 6 at a, 24 at a sqrt(3/2), 12 at a sqrt2 (A3 lattice theta series)
        Lattice cubic = Lattice.cubic(a);
        double[] fcc = cubic.toCartesianAll(new double[] {0, 0, 0, 0.5, 0.5, 0, 0.5, 0, 0.5, 0, 0.5, 0.5});
        Lattice prim = Lattice.of(new double[][] {{0, a / 2, a / 2}, {a / 2, 0, a / 2}, {a / 2, a / 2, 0}});
        double[][] shells = {{a / Math.sqrt(2), 12}, {a, 18}, {a * Math.sqrt(1.5), 42}, {a * Math.sqrt(2), 54},
            {a * Math.sqrt(2.5), 78}, {a * Math.sqrt(3), 86}};
        for (double[] sh : shells) {
            double r = sh[0] + 0.01;
            assertEveryAtomHas(cubic, fcc, r, (int) sh[1], "fcc conventional");
            assertEveryAtomHas(prim, new double[] {0.1, 0.2, 0.3}, r, (int) sh[1], "fcc primitive");
        }
        // bcc: 8 at a sqrt3/2, 6 at a, 12 at a sqrt2, 24 at a sqrt(11)/2
        double b = 3.3;
        double[] bcc = Lattice.cubic(b).toCartesianAll(new double[] {0, 0, 0, 0.5, 0.5, 0.5});
        assertEveryAtomHas(Lattice.cubic(b), bcc, b * Math.sqrt(3) / 2 + 0.01, 8, "bcc");
        assertEveryAtomHas(Lattice.cubic(b), bcc, b + 0.01, 14, "bcc");
        assertEveryAtomHas(Lattice.cubic(b), bcc, b * Math.sqrt(2) + 0.01, 26, "bcc");
        assertEveryAtomHas(Lattice.cubic(b), bcc, b * Math.sqrt(11) / 2 + 0.01, 50, "bcc");
        // simple cubic: 6, 18, 26 within a, a sqrt2, a sqrt3
        double[] origin = {0, 0, 0};
        assertEveryAtomHas(Lattice.cubic(2.0), origin, 2.01, 6, "sc");
        assertEveryAtomHas(Lattice.cubic(2.0), origin, 2 * Math.sqrt(2) + 0.01, 18, "sc");
        assertEveryAtomHas(Lattice.cubic(2.0), origin, 2 * Math.sqrt(3) + 0.01, 26, "sc");
        // diamond: 4 at a sqrt3/4, then 12 at a/sqrt2
        double c = 5.43;
        double[] dia = new double[24 * 2];
        double[] f = {0, 0, 0, 0.5, 0.5, 0, 0.5, 0, 0.5, 0, 0.5, 0.5};
        double[] df = new double[24];
        for (int i = 0; i < 4; i++) {
            for (int k = 0; k < 3; k++) {
                df[3 * i + k] = f[3 * i + k];
                df[12 + 3 * i + k] = f[3 * i + k] + 0.25;
            }
        }
        dia = Lattice.cubic(c).toCartesianAll(df);
        assertEveryAtomHas(Lattice.cubic(c), dia, c * Math.sqrt(3) / 4 + 0.01, 4, "diamond");
        assertEveryAtomHas(Lattice.cubic(c), dia, c / Math.sqrt(2) + 0.01, 16, "diamond");
        // ideal hcp: 12 nearest neighbours at a
        double h = 3.2;
        Lattice hex = Lattice.hexagonal(h, h * Math.sqrt(8.0 / 3));
        double[] hcp = hex.toCartesianAll(new double[] {1.0 / 3, 2.0 / 3, 0.25, 2.0 / 3, 1.0 / 3, 0.75});
        assertEveryAtomHas(hex, hcp, h + 0.01, 12, "hcp");
        assertEveryAtomHas(hex, hcp, h - 0.01, 0, "hcp");
    }

    static void assertEveryAtomHas(Lattice l, double[] cart, double r, int count, String what) {
        NeighborList full = NeighborSearch.withCutoff(r).find(l, cart);
        int n = cart.length / 3;
        for (int i = 0; i < n; i++) {
            assertEquals(count, full.count(i), what + " atom " + i + " within " + r);
        }
        assertEquals(n * count, 2 * NeighborSearch.withCutoff(r).half().find(l, cart).size(), what + " half");
    }

    @Test
    void largeCutoffOnPrimitiveFccMatchesConventionalCell() {
        double a = 3.6;
        Lattice prim = Lattice.of(new double[][] {{0, a / 2, a / 2}, {a / 2, 0, a / 2}, {a / 2, a / 2, 0}});
        Lattice cubic = Lattice.cubic(a);
        double[] fcc = cubic.toCartesianAll(new double[] {0, 0, 0, 0.5, 0.5, 0, 0.5, 0, 0.5, 0, 0.5, 0.5});
        double r = 14.05; // about 5.5 perpendicular widths of the primitive cell
        NeighborList p = NeighborSearch.withCutoff(r).find(prim, new double[] {0, 0, 0});
        NeighborList c = NeighborSearch.withCutoff(r).find(cubic, fcc);
        assertEquals(4 * p.size(), c.size());
        assertTrue(p.size() > 900, "several shells: " + p.size());
        // lattice points of fcc within r: count n1^2+n2^2+n3^2 <= (r/(a/2))^2 with even sum, excluding 0
        int lim = (int) Math.ceil(2 * r / a);
        int expected = 0;
        for (int x = -lim; x <= lim; x++) {
            for (int y = -lim; y <= lim; y++) {
                for (int z = -lim; z <= lim; z++) {
                    if ((x + y + z) % 2 == 0 && (x | y | z) != 0
                            && (x * x + y * y + z * z) * (a / 2) * (a / 2) <= r * r) {
                        expected++;
                    }
                }
            }
        }
        assertEquals(expected, p.size());
    }

    @Test
    void resultDoesNotDependOnThreads() {
        SplittableRandom rnd = new SplittableRandom(42L);
        Lattice l = Lattice.fromParameters(30, 28, 26, 80, 95, 100);
        double[] cart = randomCart(l, 6000, -0.2, 1.2, rnd);
        NeighborList serial = NeighborSearch.withCutoff(3.5).withThreads(1).find(l, cart);
        for (NeighborSearch s : List.of(NeighborSearch.withCutoff(3.5).withThreads(2),
                NeighborSearch.withCutoff(3.5).withThreads(3), NeighborSearch.withCutoff(3.5))) {
            NeighborList par = s.find(l, cart);
            assertArrayEquals(serial.centers(), par.centers());
            assertArrayEquals(serial.neighbors(), par.neighbors());
            assertArrayEquals(serial.shifts(), par.shifts());
            assertArrayEquals(serial.vectors(), par.vectors());
            assertArrayEquals(serial.distances(), par.distances());
            assertArrayEquals(serial.offsets(), par.offsets());
        }
        NeighborList halfSerial = NeighborSearch.withCutoff(3.5).half().withThreads(1).find(l, cart);
        NeighborList halfPar = NeighborSearch.withCutoff(3.5).half().withThreads(2).find(l, cart);
        assertArrayEquals(halfSerial.neighbors(), halfPar.neighbors());
        assertEquals(serial.size(), 2 * halfSerial.size());
    }

    @Test
    void fewHundredAtomsMatchBruteForce() {
        SplittableRandom rnd = new SplittableRandom(8L);
        Lattice l = Lattice.fromParameters(14, 15, 16, 70, 100, 115);
        double[] cart = randomCart(l, 400, -0.5, 1.5, rnd);
        assertMatchesBruteForce(l, cart, NeighborSearch.withCutoff(4.5).withThreads(2), 4.5, null, "400 atoms");
    }

    @Test
    void quantitiesCanBeLeftOut() {
        Lattice l = Lattice.cubic(5);
        double[] cart = {0, 0, 0, 1, 2, 3};
        NeighborList all = NeighborSearch.withCutoff(6).find(l, cart);
        NeighborList some = NeighborSearch.withCutoff(6).withQuantities(false, false, true).find(l, cart);
        assertArrayEquals(all.distances(), some.distances());
        assertArrayEquals(all.neighbors(), some.neighbors());
        assertThrows(IllegalStateException.class, some::shifts);
        assertThrows(IllegalStateException.class, some::vectors);
    }

    @Test
    void structureConvenienceUsesPositionsOnly() {
        Species li = Species.of(Element.Li);
        Species o = Species.of(Element.O);
        double a = 4.61;
        Lattice l = Lattice.cubic(a);
        Structure.Builder b = Structure.builder(l);
        double[][] fo = {{0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}};
        for (double[] f : fo) {
            b.add(o, f);
            b.add(li, new double[] {f[0] + 0.25, f[1] + 0.25, f[2] + 0.25});
            b.add(li, new double[] {f[0] + 0.75, f[1] + 0.75, f[2] + 0.75});
        }
        Structure s = b.build();
        NeighborList nl = NeighborSearch.withCutoff(a * Math.sqrt(3) / 4 + 0.01).find(s);
        // antifluorite: O has 8 Li, Li has 4 O
        for (int i = 0; i < s.size(); i++) {
            assertEquals(i % 3 == 0 ? 8 : 4, nl.count(i), "atom " + i);
        }
    }

    @Test
    void emptyAndInvalidInput() {
        Lattice l = Lattice.cubic(3);
        NeighborList empty = NeighborSearch.withCutoff(3).find(l, new double[0]);
        assertEquals(0, empty.size());
        assertArrayEquals(new int[] {0}, empty.offsets());
        assertThrows(InvalidInputException.class, () -> NeighborSearch.withCutoff(0));
        assertThrows(InvalidInputException.class, () -> NeighborSearch.withCutoff(-1));
        assertThrows(InvalidInputException.class, () -> NeighborSearch.withCutoff(Double.NaN));
        assertThrows(InvalidInputException.class, () -> NeighborSearch.withCutoff(Double.POSITIVE_INFINITY));
        assertThrows(InvalidInputException.class, () -> NeighborSearch.withAtomRadii(new double[] {1, -1}));
        assertThrows(InvalidInputException.class, () -> NeighborSearch.withAtomRadii(new double[] {0, 0}));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> NeighborSearch.withCutoff(3).find(l, new double[] {0, 0, 0, 1, Double.NaN, 0}));
        assertTrue(e.getMessage().contains("atom 1"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> NeighborSearch.withCutoff(3).find(l, new double[4]));
        assertThrows(InvalidInputException.class,
                () -> NeighborSearch.withAtomRadii(new double[] {1, 1}).find(l, new double[3]));
        InvalidInputException huge = assertThrows(InvalidInputException.class,
                () -> NeighborSearch.withCutoff(1000).find(Lattice.cubic(0.5), new double[3]));
        assertTrue(huge.getMessage().contains("pairs"), huge.getMessage());
    }
}
