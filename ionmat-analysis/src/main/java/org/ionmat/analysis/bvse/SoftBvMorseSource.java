package org.ionmat.analysis.bvse;

import org.ionmat.core.element.Species;
import org.ionmat.potential.softbv.SoftBvBond;
import org.ionmat.potential.softbv.SoftBvModel;

/**
 * Morse parameters derived by the SoftBV force field's relations (Rmin by eqn 3 with the Chen &amp;
 * Adams 2017 mean coordination, D0 by eqn 2 or 4, see {@link SoftBvModel}) instead of the BVSE
 * table. Rmin and D0 then differ from BVlain's (the BVSE table uses other coordination numbers).
 */
public final class SoftBvMorseSource implements BvseParameterSource {

    private final SoftBvModel model;

    public SoftBvMorseSource(SoftBvModel model) {
        this.model = model;
    }

    /** With the standard SoftBV tables and conventions. */
    public static SoftBvMorseSource standard() {
        return new SoftBvMorseSource(SoftBvModel.standard());
    }

    @Override
    public MorseTerm morse(Species mobile, Species counterIon) {
        int qm = BvseFramework.integerCharge(mobile);
        Species cation = qm > 0 ? mobile : counterIon;
        Species anion = qm > 0 ? counterIon : mobile;
        SoftBvBond b = model.bond(Species.of(cation.element(), BvseFramework.integerCharge(cation)),
                Species.of(anion.element(), BvseFramework.integerCharge(anion)));
        return new MorseTerm(b.d0(), b.rMin(), b.alpha());
    }

    @Override
    public String name() {
        return "softbv";
    }
}
