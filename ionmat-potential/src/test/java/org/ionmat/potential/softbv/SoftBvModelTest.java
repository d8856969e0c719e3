package org.ionmat.potential.softbv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Species;

class SoftBvModelTest {

    private static final SoftBvModel M = SoftBvModel.standard();
    private static final Species O = Species.parse("O2-");

    @Test
    void rMinAndD0MatchTheSeedsWorkedFixtures() {
        // seeds/000 §3.4: eqn 3 with γ1 = 0.9185, γ2 = 0.2285 and eqn 2 with κ = 14.4, evaluated by hand
        bond("Li+", 1.9453, 0.9855);
        bond("Ba2+", 2.7182, 0.5841);
        bond("Ce4+", 2.2034, 1.0472);
        bond("La3+", 2.4434, 0.8476);
        bond("Ga3+", 1.7939, 1.1846);
    }

    @Test
    void rMinByHand() {
        // Li+–O2-: (0.9185 + 0.2285 |0.02847 − 0.14752|) 1.17096 − 0.516 ln(1/5.07292)
        double expected = (0.9185 + 0.2285 * Math.abs(0.02847 - 0.14752)) * 1.17096 - 0.516 * Math.log(1 / 5.07292);
        assertEquals(expected, M.bond(Species.parse("Li+"), O).rMin(), 1e-14);
        // D0 = 14.4 · 0.516²/2 · 1 · (1·2)^1 / (R_min · √(2·2))
        assertEquals(14.4 * 0.516 * 0.516 / 2 * 2 / (expected * 2), M.bond(Species.parse("Li+"), O).d0(), 1e-14);
    }

    @Test
    void eqn4IsEqn2TimesR0() {
        SoftBvModel m4 = M.withConventions(SoftBvConventions.DEFAULT.withD0Formula(SoftBvConventions.D0Formula.EQN4));
        SoftBvBond b2 = M.bond(Species.parse("La3+"), O);
        SoftBvBond b4 = m4.bond(Species.parse("La3+"), O);
        assertEquals(b2.d0() * 2.06392, b4.d0(), 1e-13);
        assertEquals(b2.rMin(), b4.rMin(), 0);
    }

    @Test
    void morseHasItsMinimumMinusD0AtRMin() {
        SoftBvBond b = M.bond(Species.parse("Ti4+"), O);
        assertEquals(-b.d0(), b.energy(b.rMin()), 1e-14);
        assertEquals(0, b.derivative(b.rMin()), 1e-14);
        double h = 1e-5;
        double r = b.rMin() + 0.3;
        assertEquals((b.energy(r + h) - b.energy(r - h)) / (2 * h), b.derivative(r), 1e-8);
        // the Morse form equals the bond-valence form D0 ((s/s_min)² − 2 s/s_min)
        SoftBvPair p = b.pair();
        double ratio = p.bondValence(r) / p.bondValence(b.rMin());
        assertEquals(b.d0() * (ratio * ratio - 2 * ratio), b.energy(r), 1e-14);
    }

    @Test
    void effectiveChargesMatchTheSeedAndAreNeutral() {
        // seeds/000 §3.4, eqn 5 with n(Ba, Ce, La) = 6, n(Ga) = 4, n(O) = 2
        charges(new String[] {"Ba2+", "Ce4+", "O2-"}, new double[] {1, 1, 3}, new double[] {1.0746, 2.1491, -1.0746});
        charges(new String[] {"La3+", "Ga3+", "O2-"}, new double[] {1, 1, 3}, new double[] {1.5283, 1.8717, -1.1333});
        charges(new String[] {"Zn2+", "Fe3+", "O2-"}, new double[] {8, 16, 32}, new double[] {1.1892, 1.7838, -1.1892});
    }

    @Test
    void otherChargeModels() {
        Species[] k = {Species.parse("Li+"), O};
        double[] n = {2, 1};
        SoftBvModel f = M.withConventions(SoftBvConventions.DEFAULT.withCharges(SoftBvConventions.ChargeModel.FORMAL));
        assertEquals(-2, f.charges(k, n)[1], 0);
        SoftBvModel s = M.withConventions(SoftBvConventions.DEFAULT.withCharges(SoftBvConventions.ChargeModel.OVER_SQRT_N));
        assertEquals(1 / Math.sqrt(2), s.charges(k, n)[0], 1e-15);
        assertThrows(InvalidInputException.class, () -> M.charges(new Species[] {Species.parse("Li+")}, new double[] {1}));
    }

    @Test
    void radiusSources() {
        Species la = Species.parse("La3+");
        assertEquals(1.81, M.radius(la), 0);
        assertEquals(1.032, M.withConventions(SoftBvConventions.DEFAULT.withRadii(SoftBvConventions.RadiusSource.SHANNON_CN6)).radius(la), 1e-12);
        assertEquals(0.645, M.withConventions(SoftBvConventions.DEFAULT.withRadii(SoftBvConventions.RadiusSource.SHANNON_CN6))
                .radius(Species.parse("Fe3+")), 1e-12); // high spin
        assertEquals(1.28, M.withConventions(SoftBvConventions.DEFAULT.withRadii(SoftBvConventions.RadiusSource.COVALENT))
                .radius(Species.parse("Li+")), 1e-12);
    }

    @Test
    void badConventionsAreRejected() {
        assertThrows(InvalidInputException.class, () -> SoftBvConventions.DEFAULT.withKappa(-1));
        assertThrows(InvalidInputException.class, () -> SoftBvConventions.DEFAULT.withScreeningRange(0.5));
    }

    private static void bond(String cation, double rMin, double d0) {
        SoftBvBond b = M.bond(Species.parse(cation), O);
        assertEquals(rMin, b.rMin(), 1e-4, cation);
        assertEquals(d0, b.d0(), 1e-4, cation);
    }

    private static void charges(String[] kinds, double[] counts, double[] expected) {
        Species[] s = new Species[kinds.length];
        for (int k = 0; k < s.length; k++) {
            s[k] = Species.parse(kinds[k]);
        }
        double[] q = M.charges(s, counts);
        double total = 0;
        for (int k = 0; k < q.length; k++) {
            assertEquals(expected[k], q[k], 1e-4, kinds[k]);
            total += q[k] * counts[k];
        }
        assertEquals(0, total, 1e-12);
    }
}
