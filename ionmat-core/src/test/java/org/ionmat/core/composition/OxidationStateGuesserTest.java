package org.ionmat.core.composition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.junit.jupiter.api.Test;

class OxidationStateGuesserTest {

    private static final OxidationStateOptions ALL = OxidationStateOptions.DEFAULTS.withMaxResults(10_000);

    @Test
    void occurrenceTableSpotValues() {
        // pymatgen analysis/icsd_bv.yaml, section occurrence
        assertEquals(1773, OxidationStatistics.occurrence(Element.Li, 1));
        assertEquals(340, OxidationStatistics.occurrence(Element.Fe, 2));
        assertEquals(549, OxidationStatistics.occurrence(Element.Fe, 3));
        assertEquals(44783, OxidationStatistics.occurrence(Element.O, -2));
        assertEquals(39, OxidationStatistics.occurrence(Element.Ti, 2));
        assertEquals(665, OxidationStatistics.occurrence(Element.Ti, 4));
        assertEquals(0, OxidationStatistics.occurrence(Element.Li, 2));
        assertEquals(List.of(2, 3), OxidationStatistics.icsdStates(Element.Fe));
        assertEquals(List.of(), OxidationStatistics.icsdStates(Element.Pt));
        assertEquals(3.254336879371157, OxidationStatistics.bondValenceSum(Element.Al, 3)[0], 1e-15);
    }

    @Test
    void simpleOxides() {
        List<OxidationStateGuess> g = OxidationStateGuesser.guesses(Composition.parse("Li2O"));
        assertEquals(1, g.size());
        assertEquals(1.0, g.get(0).average(Element.Li));
        assertEquals(-2.0, g.get(0).average(Element.O));
        assertEquals(2 * 1773 + 44783, g.get(0).score());
        assertFalse(g.get(0).isMixedValence());
    }

    @Test
    void mixedValenceMagnetite() {
        OxidationStateGuess g = OxidationStateGuesser.best(Composition.parse("Fe3O4")).orElseThrow();
        assertEquals(8.0 / 3, g.average(Element.Fe), 1e-15);
        assertEquals(Composition.parse("Fe2+1 Fe3+2 O2-4"), g.species());
        assertEquals(340 + 2 * 549 + 4 * 44783, g.score());
        assertTrue(g.isMixedValence());
    }

    @Test
    void ti4o7PrefersTi2PlusAndTi4PlusByOccurrence() {
        // Ti2+ + 3 Ti4+ scores 39 + 3 x 665 = 2034 > 2 Ti3+ + 2 Ti4+ = 1568 (pymatgen discussion 3532)
        OxidationStateGuess g = OxidationStateGuesser.best(Composition.parse("Ti4O7")).orElseThrow();
        assertEquals(3.5, g.average(Element.Ti), 1e-15);
        assertEquals(Composition.parse("Ti2+1 Ti4+3 O2-7"), g.species());
    }

    @Test
    void nonIntegerGarnetUsesMultiplierTwo() {
        OxidationStateGuess g = OxidationStateGuesser.best(Composition.parse("Li6.5La3Zr1.5Ta0.5O12")).orElseThrow();
        assertEquals(2.0, g.scale());
        assertEquals(Map.of(Element.Li, 1.0, Element.La, 3.0, Element.Zr, 4.0, Element.Ta, 5.0, Element.O, -2.0),
                g.averages());
        assertEquals(0.0, g.species().charge(), 1e-12);
    }

    @Test
    void nonIntegerLltoIsBalancedByASmallTi3PlusFraction() {
        // 0.33 + 3 x 0.557 + 4 = 6.001 > 6: exactly balanced only with Ti 3.999
        OxidationStateGuess g = OxidationStateGuesser.best(Composition.parse("Li0.33La0.557TiO3")).orElseThrow();
        assertEquals(1000.0, g.scale());
        assertEquals(3.999, g.average(Element.Ti), 1e-12);
        assertEquals(0.001, g.species().amount(Species.of(Element.Ti, 3)), 1e-12);
        assertEquals(0.999, g.species().amount(Species.of(Element.Ti, 4)), 1e-12);
        assertEquals(0.0, g.species().charge(), 1e-12);
    }

    @Test
    void approximateFractionsWhenNoExactMultiplierExists() {
        // Li4Ti5O12 / 3 written with four decimals: 1.3333 and 1.6667 are 4/3 and 5/3 within 1e-4
        OxidationStateGuess g = OxidationStateGuesser.best(Composition.parse("Li1.3333Ti1.6667O4")).orElseThrow();
        assertEquals(3.0, g.scale());
        assertEquals(4.0, g.average(Element.Ti), 1e-12);
        assertEquals(1.6667, g.species().amount(Species.of(Element.Ti, 4)), 1e-12);
        assertEquals(0.0, g.species().charge(), 1e-3);
    }

    @Test
    void optionsTargetChargeOverridesAndAllStates() {
        OxidationStateGuess sulfate = OxidationStateGuesser.guesses(Composition.parse("SO4"),
                OxidationStateOptions.DEFAULTS.withTargetCharge(-2)).get(0);
        assertEquals(6.0, sulfate.average(Element.S));
        assertEquals(5.0, OxidationStateGuesser.guesses(Composition.parse("V2O5"),
                OxidationStateOptions.DEFAULTS.withOverride(Element.V, List.of(5))).get(0).average(Element.V));
        assertTrue(OxidationStateGuesser.guesses(Composition.parse("V2O5"),
                OxidationStateOptions.DEFAULTS.withOverride(Element.V, List.of(3))).isEmpty());
        // peroxide: O-1 is not an ICSD candidate state of O, but a known one
        assertTrue(OxidationStateGuesser.guesses(Composition.parse("Li2O2")).isEmpty());
        OxidationStateGuess peroxide = OxidationStateGuesser.guesses(Composition.parse("Li2O2"),
                OxidationStateOptions.DEFAULTS.withAllOxidationStates(true)).get(0);
        assertEquals(-1.0, peroxide.average(Element.O));
    }

    @Test
    void noGuessForElementsNobleGasesOrUnbalanceableFormulas() {
        assertTrue(OxidationStateGuesser.guesses(Composition.parse("Fe")).isEmpty());
        assertTrue(OxidationStateGuesser.guesses(Composition.parse("XeF2")).isEmpty());
        // Li5La3Y0.25Nb1.75O12: at most 23.5 positive charges against 24 negative ones
        assertTrue(OxidationStateGuesser.guesses(Composition.parse("Li5La3Y0.25Nb1.75O12")).isEmpty());
    }

    @Test
    void clearErrorsForUnscalableOrHugeCompositions() {
        InvalidInputException a = assertThrows(InvalidInputException.class, () -> OxidationStateGuesser.guesses(
                Composition.parse("Li0.123O"), OxidationStateOptions.DEFAULTS.withMaxMultiplier(10)));
        assertTrue(a.getMessage().contains("no multiplier up to 10"), a.getMessage());
        InvalidInputException b = assertThrows(InvalidInputException.class,
                () -> OxidationStateGuesser.guesses(Composition.parse("Fe99999O100000")));
        assertTrue(b.getMessage().contains("too large"), b.getMessage());
    }

    @Test
    void hugeCellsFallBackToTheSmallestProportionalComposition() {
        // 30000 Fe atoms with two candidate states exceed the budget; Fe30000O40000 = 10000 x Fe3O4
        OxidationStateGuess g = OxidationStateGuesser.best(Composition.parse("Fe30000O40000")).orElseThrow();
        assertEquals(1e-4, g.scale(), 1e-18);
        assertEquals(8.0 / 3, g.average(Element.Fe), 1e-15);
        assertEquals(10000.0, g.species().amount(Species.of(Element.Fe, 2)), 1e-9);
        assertEquals(10000 * (340 + 2 * 549 + 4 * 44783), g.score(), 1e-6);
    }

    /**
     * Against an independent brute force: enumerate every multiset of states per element, keep the
     * best score per element total, combine all element totals, keep the balanced ones, sort by
     * score (descending) then totals (ascending, electronegativity order).
     */
    @Test
    void rankedListEqualsBruteForceOnRandomCompositions() {
        Element[] pool = {Element.Li, Element.Na, Element.Mg, Element.Ti, Element.V, Element.Cr, Element.Mn,
            Element.Fe, Element.Co, Element.Cu, Element.Nb, Element.Sb, Element.P, Element.S, Element.N,
            Element.O, Element.Cl, Element.Se};
        Random rnd = new Random(20240607);
        int checked = 0;
        int withMixedValence = 0;
        for (int trial = 0; trial < 150; trial++) {
            Map<Element, Double> amounts = new LinkedHashMap<>();
            int k = 2 + rnd.nextInt(3);
            while (amounts.size() < k) {
                amounts.put(pool[rnd.nextInt(pool.length)], (double) (1 + rnd.nextInt(4)));
            }
            Composition c = Composition.ofElements(amounts);
            List<OxidationStateGuess> ours = OxidationStateGuesser.guesses(c, ALL);
            List<long[]> brute = bruteForce(c);
            assertEquals(brute.size(), ours.size(), c.toString());
            List<Element> els = c.elements();
            for (int i = 0; i < ours.size(); i++) {
                long[] b = brute.get(i);
                OxidationStateGuess g = ours.get(i);
                assertEquals(b[els.size()], g.score(), 0.0, c + " rank " + i);
                for (int e = 0; e < els.size(); e++) {
                    assertEquals(b[e] / c.amount(els.get(e)), g.average(els.get(e)), 1e-12, c + " rank " + i);
                }
                assertEquals(0.0, g.species().charge(), 1e-12);
                assertTrue(c.almostEquals(g.species(), 0, 1e-12));
                withMixedValence += g.isMixedValence() ? 1 : 0;
            }
            checked += ours.size();
        }
        assertTrue(checked > 300, "too few guesses compared: " + checked);
        assertTrue(withMixedValence > 50, "too few mixed-valence guesses compared: " + withMixedValence);
    }

    /** Rows: element totals in electronegativity order, then the score. */
    private static List<long[]> bruteForce(Composition c) {
        List<Element> els = c.elements();
        List<Map<Long, Long>> best = new ArrayList<>();
        for (Element e : els) {
            int[] states = OxidationStateGuesser.candidates(e, OxidationStateOptions.DEFAULTS);
            Map<Long, Long> m = new LinkedHashMap<>();
            multisets(states, 0, (int) Math.round(c.amount(e)), 0, 0, e, m);
            best.add(m);
        }
        List<long[]> rows = new ArrayList<>();
        combine(best, 0, new long[els.size() + 1], rows);
        rows.sort((a, b) -> {
            int s = Long.compare(b[a.length - 1], a[a.length - 1]);
            return s != 0 ? s : Arrays.compare(a, 0, a.length - 1, b, 0, b.length - 1);
        });
        return rows;
    }

    private static void multisets(int[] states, int from, int left, long total, long score, Element e,
                                  Map<Long, Long> best) {
        if (left == 0) {
            best.merge(total, score, Math::max);
            return;
        }
        for (int s = from; s < states.length; s++) {
            multisets(states, s, left - 1, total + states[s],
                    score + OxidationStatistics.occurrence(e, states[s]), e, best);
        }
    }

    private static void combine(List<Map<Long, Long>> best, int i, long[] row, List<long[]> rows) {
        int k = best.size();
        if (i == k) {
            long charge = 0;
            for (int e = 0; e < k; e++) {
                charge += row[e];
            }
            if (charge == 0) {
                rows.add(row.clone());
            }
            return;
        }
        for (Map.Entry<Long, Long> t : best.get(i).entrySet()) {
            long saved = row[k];
            row[i] = t.getKey();
            row[k] += t.getValue();
            combine(best, i + 1, row, rows);
            row[k] = saved;
        }
    }
}
