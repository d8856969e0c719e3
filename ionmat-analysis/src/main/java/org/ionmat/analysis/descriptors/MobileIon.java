package org.ionmat.analysis.descriptors;

import java.util.List;
import java.util.Map;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.composition.Composition;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Structure;

/** The migrating species of a solid electrolyte: detection and nominal charge. */
public final class MobileIon {

    /**
     * Priority of mobile species when none is named: the first present is taken (seed paper 001's
     * families; the order of the first author's analysis code).
     */
    public static final List<Element> PRIORITY = List.of(Element.Li, Element.Na, Element.Ag, Element.Cu,
            Element.Cl, Element.I, Element.Br, Element.F, Element.O);

    /** Nominal (formal) charge of the usual mobile ions, e. */
    private static final Map<Element, Integer> NOMINAL = Map.of(Element.Li, 1, Element.Na, 1, Element.Ag, 1,
            Element.Cu, 1, Element.K, 1, Element.F, -1, Element.Cl, -1, Element.Br, -1, Element.I, -1, Element.O, -2);

    private MobileIon() {
    }

    /**
     * The mobile ion of a structure: the first element of {@link #PRIORITY} it contains.
     *
     * @throws InvalidInputException if it contains none of them
     */
    public static Element detect(Structure s) {
        List<Element> present = s.composition().elements();
        for (Element e : PRIORITY) {
            if (present.contains(e)) {
                return e;
            }
        }
        throw new InvalidInputException("no usual mobile ion (" + PRIORITY + ") in " + s.composition().formula()
                + "; name the mobile ion");
    }

    /**
     * Nominal charge of the mobile ion (e): the occupancy-weighted oxidation state in the structure
     * when it has one, else the formal charge of the usual mobile ions (Li, Na, Ag, Cu, K +1; halides
     * −1; O −2), else the element's first common oxidation state, else NaN.
     */
    public static double nominalCharge(Structure s, Element ion) {
        double q = 0;
        double amount = 0;
        boolean known = true;
        for (int i = 0; i < s.size(); i++) {
            Composition sp = s.speciesAt(i);
            for (Map.Entry<Species, Double> e : sp.amounts().entrySet()) {
                if (e.getKey().element() == ion) {
                    if (!e.getKey().hasOxidationState()) {
                        known = false;
                    }
                    q += e.getKey().oxidationState() * e.getValue();
                    amount += e.getValue();
                }
            }
        }
        if (known && amount > 0) {
            return q / amount;
        }
        Integer n = NOMINAL.get(ion);
        if (n != null) {
            return n;
        }
        List<Integer> common = ion.commonOxidationStates();
        return common.isEmpty() ? Double.NaN : common.get(0);
    }
}
