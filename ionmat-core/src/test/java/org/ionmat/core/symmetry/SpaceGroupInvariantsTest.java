package org.ionmat.core.symmetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Group-theoretic invariants of all 530 generated settings, checked against facts independent of the
 * generator: the tabulated point group (its order), the lattice letter (centring multiplicity) and the
 * group axioms.
 */
class SpaceGroupInvariantsTest {

    /** Orders of the 32 crystallographic point groups (International Tables Vol. A, Table 10.1.2.2). */
    private static final Map<String, Integer> POINT_GROUP_ORDER = Map.ofEntries(
            Map.entry("1", 1), Map.entry("-1", 2), Map.entry("2", 2), Map.entry("m", 2), Map.entry("2/m", 4),
            Map.entry("222", 4), Map.entry("mm2", 4), Map.entry("mmm", 8), Map.entry("4", 4), Map.entry("-4", 4),
            Map.entry("4/m", 8), Map.entry("422", 8), Map.entry("4mm", 8), Map.entry("-42m", 8),
            Map.entry("4/mmm", 16), Map.entry("3", 3), Map.entry("-3", 6), Map.entry("32", 6), Map.entry("3m", 6),
            Map.entry("-3m", 12), Map.entry("6", 6), Map.entry("-6", 6), Map.entry("6/m", 12), Map.entry("622", 12),
            Map.entry("6mm", 12), Map.entry("-6m2", 12), Map.entry("6/mmm", 24), Map.entry("23", 12),
            Map.entry("m-3", 24), Map.entry("432", 24), Map.entry("-43m", 24), Map.entry("m-3m", 48));

    private static final Map<Character, Integer> CENTRING_MULTIPLICITY = Map.of(
            'P', 1, 'A', 2, 'B', 2, 'C', 2, 'I', 2, 'R', 3, 'F', 4);

    @Test
    void everySettingIsAClosedGroupOfTheRightOrder() {
        List<String> failures = new ArrayList<>();
        for (int hall = 1; hall <= 530; hall++) {
            SpaceGroup g = SpaceGroups.byHallNumber(hall).orElseThrow();
            List<SymmetryOperation> ops = g.operations();
            Set<Seitz> set = new HashSet<>();
            for (SymmetryOperation op : ops) {
                set.add(Seitz.of(op));
                if (Math.abs(op.determinant()) != 1) {
                    failures.add(hall + ": determinant of " + op);
                }
                for (double t : op.translation()) {
                    if (t < 0 || t >= 1) {
                        failures.add(hall + ": translation outside [0,1) in " + op);
                    }
                }
            }
            if (set.size() != ops.size()) {
                failures.add(hall + ": duplicate operations");
            }
            if (!ops.get(0).equals(SymmetryOperation.identity())) {
                failures.add(hall + ": identity is not first");
            }
            for (Seitz a : set) {
                for (Seitz b : set) {
                    if (!set.contains(a.times(b))) {
                        failures.add(hall + ": not closed under " + a + " * " + b);
                    }
                }
                if (!set.contains(a.inverse())) {
                    failures.add(hall + ": inverse of " + a + " missing");
                }
            }
            int multiplicity = CENTRING_MULTIPLICITY.get(g.centring());
            if (g.centringTranslations().size() != multiplicity) {
                failures.add(hall + ": " + g.centringTranslations().size() + " centring translations for " + g.centring());
            }
            if (g.order() % multiplicity != 0
                    || g.order() / multiplicity != POINT_GROUP_ORDER.get(g.pointGroup())) {
                failures.add(hall + ": order " + g.order() + " for point group " + g.pointGroup() + " and "
                        + g.centring());
            }
            boolean laue = g.pointGroup().contains("-1") || g.pointGroup().contains("/")
                    || g.pointGroup().equals("mmm") || g.pointGroup().equals("-3") || g.pointGroup().equals("-3m")
                    || g.pointGroup().equals("m-3") || g.pointGroup().equals("m-3m");
            if (g.isCentrosymmetric() != laue) {
                failures.add(hall + ": centrosymmetric " + g.isCentrosymmetric() + " for " + g.pointGroup());
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures: " + failures.subList(0, Math.min(20, failures.size())));
    }

    @Test
    void knownOrders() {
        assertEquals(1, order("P1"));
        assertEquals(2, order("P-1"));
        assertEquals(4, order("P2_1/c"));
        assertEquals(8, order("Pnma"));
        assertEquals(16, order("I4_1/a"));
        assertEquals(24, order("P6_3/mmc"));
        assertEquals(36, order("R-3c"));
        assertEquals(12, order("R-3c:R"));
        assertEquals(96, order("Ia-3d"));
        assertEquals(96, order("Im-3m"));
        assertEquals(192, order("Fm-3m"));
        assertEquals(192, order("Fd-3m:1"));
        assertEquals(192, order("Fd-3m:2"));
        assertEquals(48, order("Pm-3m"));
    }

    @Test
    void everyNumberHasSettingsAndCrystalSystem() {
        int total = 0;
        for (int n = 1; n <= 230; n++) {
            List<SpaceGroup> s = SpaceGroups.settings(n);
            assertTrue(!s.isEmpty(), "no setting for " + n);
            total += s.size();
            for (SpaceGroup g : s) {
                assertEquals(n, g.number());
                assertEquals(CrystalSystem.ofSpaceGroup(n), g.crystalSystem());
            }
        }
        assertEquals(530, total);
        assertEquals(CrystalSystem.MONOCLINIC, CrystalSystem.ofSpaceGroup(14));
        assertEquals(CrystalSystem.TRIGONAL, CrystalSystem.ofSpaceGroup(167));
        assertEquals(CrystalSystem.HEXAGONAL, CrystalSystem.ofSpaceGroup(194));
        assertEquals(CrystalSystem.CUBIC, CrystalSystem.ofSpaceGroup(230));
    }

    private static int order(String symbol) {
        return SpaceGroups.lookup(symbol).orElseThrow().order();
    }
}
