package org.ionmat.analysis.bvse;

import java.util.Map;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;

/**
 * The mobile (test) ion of a BVSE landscape: an element and its integer charge.
 *
 * @param element element
 * @param charge  oxidation state, e (non-zero integer)
 */
public record MobileIon(Element element, int charge) {

    private static final Map<Element, Integer> DEFAULT_CHARGE = Map.ofEntries(
            Map.entry(Element.H, 1), Map.entry(Element.Li, 1), Map.entry(Element.Na, 1), Map.entry(Element.K, 1),
            Map.entry(Element.Rb, 1), Map.entry(Element.Cs, 1), Map.entry(Element.Ag, 1), Map.entry(Element.Cu, 1),
            Map.entry(Element.Tl, 1), Map.entry(Element.Mg, 2), Map.entry(Element.Ca, 2), Map.entry(Element.Zn, 2),
            Map.entry(Element.Sr, 2), Map.entry(Element.Ba, 2), Map.entry(Element.Al, 3), Map.entry(Element.O, -2),
            Map.entry(Element.S, -2), Map.entry(Element.Se, -2), Map.entry(Element.F, -1), Map.entry(Element.Cl, -1),
            Map.entry(Element.Br, -1), Map.entry(Element.I, -1), Map.entry(Element.N, -3));

    public MobileIon {
        if (element == null || charge == 0) {
            throw new InvalidInputException("the mobile ion needs an element and a non-zero charge");
        }
    }

    /**
     * Parses {@code Li}, {@code Li+}, {@code Li1+}, {@code Mg2+}, {@code O2-}, {@code F-}; a bare
     * element takes its usual ionic charge (Li +1, Mg +2, O −2, F −1, ...).
     *
     * @throws InvalidInputException naming the text when it is no ion or its charge is unknown
     */
    public static MobileIon parse(String text) {
        Species s = Species.parse(text.trim());
        if (!s.hasOxidationState()) {
            Integer q = DEFAULT_CHARGE.get(s.element());
            if (q == null) {
                throw new InvalidInputException(null, -1, text, "give the charge of the mobile ion, e.g. '"
                        + s.element().symbol() + "2+' instead of '" + text + "'");
            }
            return new MobileIon(s.element(), q);
        }
        double q = s.oxidationState();
        if (q == 0 || Math.rint(q) != q) {
            throw new InvalidInputException(null, -1, text, "the mobile ion needs a non-zero integer charge, got '" + text + "'");
        }
        return new MobileIon(s.element(), (int) q);
    }

    /** As a species with its oxidation state. */
    public Species species() {
        return Species.of(element, charge);
    }

    /** "Li+", "Mg2+", "O2-". */
    @Override
    public String toString() {
        return BvseMorseTable.ion(element.symbol(), charge);
    }
}
