package org.ionmat.core.element;

import java.util.Comparator;

/** Standard orderings of elements. */
public final class ElementOrder {

    private ElementOrder() {
    }

    /**
     * Pauling electronegativity ascending (elements without a value sort last, as in pymatgen's
     * formula ordering), ties broken by atomic number. This is the order of pymatgen's
     * {@code Composition.formula}.
     */
    public static final Comparator<Element> BY_ELECTRONEGATIVITY = (x, y) -> {
        double ex = x.electronegativity();
        double ey = y.electronegativity();
        if (Double.isNaN(ex)) {
            ex = Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(ey)) {
            ey = Double.POSITIVE_INFINITY;
        }
        int c = Double.compare(ex, ey);
        return c != 0 ? c : Integer.compare(x.z(), y.z());
    };

    /** Atomic number ascending. */
    public static final Comparator<Element> BY_Z = Comparator.comparingInt(Element::z);
}
