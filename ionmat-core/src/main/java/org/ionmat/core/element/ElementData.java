package org.ionmat.core.element;

import java.util.List;

/**
 * Tabulated data of one element, as shipped in the resource {@code elements.json}.
 *
 * @param name                  English name
 * @param atomicMass            standard atomic weight, amu
 * @param electronegativity     Pauling electronegativity, NaN when not tabulated
 * @param covalentRadius        covalent radius, Å, NaN when not tabulated
 * @param commonOxidationStates common oxidation states, ascending
 * @param oxidationStates       all known oxidation states, ascending
 * @param block                 's', 'p', 'd' or 'f'
 * @param group                 IUPAC group 1..18 (3 for lanthanides and actinides)
 * @param period                period 1..7
 * @param shannonRadii          Shannon (1976) ionic radii
 */
public record ElementData(
        String name,
        double atomicMass,
        double electronegativity,
        double covalentRadius,
        List<Integer> commonOxidationStates,
        List<Integer> oxidationStates,
        char block,
        int group,
        int period,
        List<ShannonRadius> shannonRadii) {

    public ElementData {
        commonOxidationStates = List.copyOf(commonOxidationStates);
        oxidationStates = List.copyOf(oxidationStates);
        shannonRadii = List.copyOf(shannonRadii);
    }
}
