package org.ionmat.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ionmat.core.element.Element;

/** Maps LAMMPS atom types to elements by their mass. */
final class LammpsTypes {

    /** Elements within this distance (amu) of a mass are candidates. */
    static final double WINDOW = 0.5;
    /** A candidate this close (amu) to the mass wins over others ... */
    static final double EXACT = 0.02;
    /** ... if no other candidate is within this distance (amu). */
    static final double SEPARATION = 0.1;

    private LammpsTypes() {
    }

    /**
     * The element whose standard atomic weight matches {@code mass} (amu): the only element within
     * 0.5 amu, or the nearest one if it is within 0.02 amu and the next is more than 0.1 amu away.
     *
     * @return the element, or null with {@code problem[0]} set to the reason
     */
    static Element byMass(double mass, String[] problem) {
        List<Element> cand = new ArrayList<>();
        for (Element e : Element.values()) {
            if (Math.abs(e.atomicMass() - mass) <= WINDOW) {
                cand.add(e);
            }
        }
        cand.sort((x, y) -> Double.compare(Math.abs(x.atomicMass() - mass), Math.abs(y.atomicMass() - mass)));
        if (cand.size() == 1) {
            return cand.get(0);
        }
        if (cand.isEmpty()) {
            problem[0] = String.format(Locale.ROOT, "mass %s amu is not the mass of any element", Fmt.exact(mass));
            return null;
        }
        double d1 = Math.abs(cand.get(0).atomicMass() - mass);
        double d2 = Math.abs(cand.get(1).atomicMass() - mass);
        if (d1 <= EXACT && d2 > SEPARATION) {
            return cand.get(0);
        }
        StringBuilder sb = new StringBuilder();
        for (Element e : cand) {
            sb.append(sb.length() > 0 ? ", " : "").append(e.symbol()).append(" (")
                    .append(Fmt.exact(e.atomicMass())).append(')');
        }
        problem[0] = String.format(Locale.ROOT, "mass %s amu is ambiguous: %s", Fmt.exact(mass), sb);
        return null;
    }
}
