package org.ionmat.analysis.bondvalence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Species;
import org.ionmat.core.oxidation.OxidationStateAssignment;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.Structure;
import org.ionmat.potential.softbv.SoftBvPair;
import org.ionmat.potential.softbv.SoftBvParameters;

class BondValenceAnalysisTest {

    private static final SoftBvParameters P = SoftBvParameters.standard();

    @Test
    void rockSaltMgOByHand() {
        // Mg2+ at 0, O2- at a/2 (1,1,1) in the 2-atom fcc primitive cell; shells of the counter-ion at
        // (a/2)√1 (6), (a/2)√3 (8), (a/2)√5 (24); the next, (a/2)√9 = 6.3 Å, is beyond R_cutoff
        double a = 4.21;
        Lattice l = Lattice.of(new double[][] {{0, a / 2, a / 2}, {a / 2, 0, a / 2}, {a / 2, a / 2, 0}});
        Structure s = Structure.of(l, List.of(Species.parse("Mg2+"), Species.parse("O2-")), new double[] {0, 0, 0, 0.5, 0.5, 0.5});
        SoftBvPair p = P.pair(Species.parse("Mg2+"), Species.parse("O2-"));
        assertTrue(p.cutoff() < 3 * a / 2 && p.cutoff() > Math.sqrt(5) * a / 2);
        double hand = 6 * p.bondValence(a / 2) + 8 * p.bondValence(Math.sqrt(3) * a / 2) + 24 * p.bondValence(Math.sqrt(5) * a / 2);
        BondValenceResult r = BondValenceAnalysis.analyze(s);
        assertEquals(hand, r.bvs()[0], 1e-12);
        assertEquals(hand, r.bvs()[1], 1e-12);
        assertEquals(hand - 2, r.mismatch()[0], 1e-12);
        assertEquals(Math.abs(hand - 2), r.giiCations(), 1e-12);
        assertEquals(Math.abs(hand - 2), r.giiAll(), 1e-12);
        // a fixed cutoff of 3 Å keeps only the first shell
        assertEquals(6 * p.bondValence(a / 2), BondValenceAnalysis.analyze(s, P, 3.0).bvs()[0], 1e-12);
    }

    @Test
    void distortedTriclinicStructuresAgreeWithABruteForceImageSum() {
        Lattice l = Lattice.fromParameters(5.3, 5.9, 6.4, 81, 97, 106);
        String[] sp = {"Li+", "Li+", "Ti4+", "O2-", "O2-", "O2-", "F-", "Sr2+", "O2-", "O2-"};
        double[] frac = {0.05, 0.1, 0.2, 0.55, 0.45, 0.3, 0.3, 0.7, 0.8, 0.1, 0.6, 0.1, 0.8, 0.2, 0.6, 0.35, 0.85, 0.55,
            0.6, 0.45, 0.9, 0.8, 0.7, 0.35, 0.4, 0.25, 0.75, 0.95, 0.95, 0.55};
        Structure s = structure(l, sp, frac);
        check(s, Double.NaN);
        check(s, 3.5);
        // a small skewed cell: many images of every atom within R_cutoff
        Structure small = structure(Lattice.fromParameters(3.1, 3.4, 3.9, 70, 100, 115), new String[] {"Ca2+", "O2-"},
                new double[] {0.1, 0.2, 0.3, 0.6, 0.7, 0.75});
        check(small, Double.NaN);
    }

    @Test
    void badInputIsReported() {
        Lattice l = Lattice.cubic(4);
        Structure noState = Structure.of(l, List.of(Species.parse("Mg"), Species.parse("O2-")), new double[] {0, 0, 0, 0.5, 0.5, 0.5});
        assertThrows(InvalidInputException.class, () -> BondValenceAnalysis.analyze(noState));
        Structure missing = Structure.of(l, List.of(Species.parse("Li+"), Species.parse("At-")), new double[] {0, 0, 0, 0.5, 0.5, 0.5});
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BondValenceAnalysis.analyze(missing));
        assertTrue(e.getMessage().contains("Li1+–At1-"), e.getMessage());
    }

    @Test
    void oxidationStatesFromFileOrBondValenceAnalysis() {
        Lattice l = Lattice.cubic(3.905);
        Structure plain = Structure.of(l, List.of(Species.parse("Sr"), Species.parse("Ti"), Species.parse("O"), Species.parse("O"),
                Species.parse("O")), new double[] {0, 0, 0, 0.5, 0.5, 0.5, 0.5, 0.5, 0, 0.5, 0, 0.5, 0, 0.5, 0.5});
        OxidationStates.Decorated d = OxidationStates.decorate(plain);
        assertEquals(OxidationStateAssignment.Source.BOND_VALENCE, d.source());
        assertEquals(4.0, d.structure().speciesOf(1).oxidationState(), 0);
        assertEquals(-2.0, d.structure().speciesOf(4).oxidationState(), 0);
        OxidationStates.Decorated again = OxidationStates.decorate(d.structure());
        assertEquals(OxidationStateAssignment.Source.FILE, again.source());
    }

    /** Eqn 7 evaluated directly: every pair of sites over all images within ±n cells. */
    private static void check(Structure s, double fixedCutoff) {
        BondValenceResult r = BondValenceAnalysis.analyze(s, P, fixedCutoff);
        double[] m = s.lattice().rowMajor();
        double sumCat = 0;
        double sumAll = 0;
        int cations = 0;
        for (int i = 0; i < s.size(); i++) {
            Species si = s.speciesOf(i);
            double bvs = 0;
            for (int j = 0; j < s.size(); j++) {
                Species sj = s.speciesOf(j);
                if (si.oxidationState() * sj.oxidationState() >= 0) {
                    continue;
                }
                SoftBvPair p = si.oxidationState() > 0 ? P.pair(si, sj) : P.pair(sj, si);
                double cut = Double.isNaN(fixedCutoff) ? p.cutoff() : fixedCutoff;
                double[] ri = s.cart(i);
                double[] rj = s.cart(j);
                for (int a = -6; a <= 6; a++) {
                    for (int b = -6; b <= 6; b++) {
                        for (int c = -6; c <= 6; c++) {
                            double dx = rj[0] - ri[0] + a * m[0] + b * m[3] + c * m[6];
                            double dy = rj[1] - ri[1] + a * m[1] + b * m[4] + c * m[7];
                            double dz = rj[2] - ri[2] + a * m[2] + b * m[5] + c * m[8];
                            double d = Math.sqrt(dx * dx + dy * dy + dz * dz);
                            if (d <= cut) {
                                bvs += p.bondValence(d);
                            }
                        }
                    }
                }
            }
            assertEquals(bvs, r.bvs()[i], 1e-12, "site " + i);
            double mis = bvs - Math.abs(si.oxidationState());
            sumAll += mis * mis;
            if (si.oxidationState() > 0) {
                sumCat += mis * mis;
                cations++;
            }
        }
        assertEquals(Math.sqrt(sumCat / cations), r.giiCations(), 1e-12);
        assertEquals(Math.sqrt(sumAll / s.size()), r.giiAll(), 1e-12);
    }

    private static Structure structure(Lattice l, String[] species, double[] frac) {
        Structure.Builder b = Structure.builder(l);
        for (int i = 0; i < species.length; i++) {
            b.add(Species.parse(species[i]), new double[] {frac[3 * i], frac[3 * i + 1], frac[3 * i + 2]});
        }
        return b.build();
    }
}
