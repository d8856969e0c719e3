package org.ionmat.analysis.bvse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.potential.softbv.SoftBvFormulas;
import org.ionmat.potential.softbv.SoftBvIon;
import org.ionmat.potential.softbv.SoftBvParameters;
import org.junit.jupiter.api.Test;

/**
 * The BVSE table against the SoftBV relations: every Rmin follows eqn 3 with γ1 = 0.9185, γ2 = 0.2285,
 * the row's own N_c and the ion softness of the SoftBV unitary table (N³⁻ rows excepted: the BVSE
 * table uses σ(N³⁻) = 0.197); D0 of s/p cations follows eqn 2 with c = 1.
 */
class BvseMorseTableTest {

    @Test
    void rMinFollowsEquation3() {
        SoftBvParameters p = SoftBvParameters.standard();
        int checked = 0;
        for (BvseMorseTable.Entry e : BvseMorseTable.standard().entries()) {
            Optional<SoftBvIon> c = p.findIon(e.cation(), e.cationValence());
            Optional<SoftBvIon> a = p.findIon(e.anion(), e.anionValence());
            assertTrue(c.isPresent() && a.isPresent(), e.label());
            double sa = "N".equals(e.anion()) ? 0.197 : a.get().softness();
            double r = SoftBvFormulas.rMin(e.r0(), 1 / e.alpha(), c.get().softness(), sa, e.cationValence(), e.nc(), 0.9185, 0.2285);
            assertEquals(e.rMin(), r, 2e-3, e.label());
            if (c.get().block() <= 1) {
                double d0 = SoftBvFormulas.d0Eqn2(14.4, 1 / e.alpha(), e.rMin(), 1, e.cationValence(), e.anionValence(),
                        c.get().principalQuantumNumber(), a.get().principalQuantumNumber());
                assertEquals(e.d0(), d0, 2e-3 * e.d0(), e.label());
            }
            checked++;
        }
        assertEquals(557, checked);
    }

    @Test
    void lookupIsSymmetricInWhichIonMoves() {
        BvseMorseTable t = BvseMorseTable.standard();
        MorseTerm liO = t.morse(Species.of(Element.Li, 1), Species.of(Element.O, -2));
        assertEquals(new MorseTerm(0.98816, 1.940013, 1.937984), liO);
        // a mobile O2- sees the same Li+–O2- row
        assertEquals(liO, t.morse(Species.of(Element.O, -2), Species.of(Element.Li, 1)));
        assertEquals(new MorseTerm(0.575227, 2.374335, 2.074689), t.morse(Species.of(Element.Na, 1), Species.of(Element.O, -2)));
    }

    @Test
    void softBvSourceDerivesItsOwnParameters() {
        MorseTerm m = SoftBvMorseSource.standard().morse(Species.of(Element.Li, 1), Species.of(Element.O, -2));
        // eqn 3 with the Chen & Adams 2017 N_C = 5.07292 instead of the BVSE table's 5.021
        assertEquals(1.940013 + 0.516 * Math.log(5.07292 / 5.021), m.rMin(), 2e-3);
        assertEquals(1 / 0.516, m.alpha(), 1e-9);
    }
}
