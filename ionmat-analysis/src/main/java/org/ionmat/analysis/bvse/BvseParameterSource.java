package org.ionmat.analysis.bvse;

import org.ionmat.core.element.Species;

/** Where the Morse parameters of a mobile ion and a counter-ion come from. */
public interface BvseParameterSource {

    /**
     * The Morse term of the mobile ion and a counter-ion of opposite charge (either may be the
     * cation).
     *
     * @throws org.ionmat.core.InvalidInputException naming the pair when there are no parameters
     */
    MorseTerm morse(Species mobile, Species counterIon);

    /** Short name for reports ({@code bvse-table}, {@code softbv}). */
    String name();
}
