package org.ionmat.core.composition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.ionmat.core.element.Element;

/**
 * The reduced formula of a composition and the factor it was divided by, with pymatgen's
 * conventions (so that ionmat and Materials Project data print the same strings):
 * <ul>
 *   <li>integer amounts are divided by their greatest common divisor; elements in order of
 *       Pauling electronegativity, ties by symbol, ones omitted: {@code Li4Ge2O8 -> Li2GeO4};</li>
 *   <li>with three or more elements, when the two most electronegative differ by less than 1.65
 *       and still share a factor n > 1 they are written as a group: {@code Li3V2(PO4)3},
 *       {@code Ca3(PO4)2};</li>
 *   <li>diatomic gases and alkali/hydrogen peroxides keep their molecular form, and the factor
 *       is halved: {@code O2}, {@code Li2O2}, {@code H2O2};</li>
 *   <li>non-integer amounts are not reduced: the result is the {@link Composition#formula()}
 *       without spaces, ones included ({@code Li0.33La0.557Ti1O3}), as pymatgen prints it.</li>
 * </ul>
 *
 * @param formula the reduced formula
 * @param factor  the composition divided by {@code factor} is the reduced composition
 */
record ReducedFormula(String formula, double factor) {

    /** Threshold of the electronegativity difference below which pymatgen writes a polyanion. */
    static final double POLYANION_MAX_DELTA_X = 1.65;

    private static final Map<String, String> SPECIAL = Map.ofEntries(
            Map.entry("LiO", "Li2O2"), Map.entry("NaO", "Na2O2"), Map.entry("KO", "K2O2"),
            Map.entry("HO", "H2O2"), Map.entry("CsO", "Cs2O2"), Map.entry("RbO", "Rb2O2"),
            Map.entry("O", "O2"), Map.entry("N", "N2"), Map.entry("F", "F2"), Map.entry("Cl", "Cl2"),
            Map.entry("H", "H2"));

    /** Electronegativity ascending (missing values last), ties by symbol, as pymatgen sorts. */
    static final Comparator<Element> ORDER = Comparator
            .comparingDouble((Element e) -> Double.isNaN(e.electronegativity())
                    ? Double.POSITIVE_INFINITY : e.electronegativity())
            .thenComparing(Element::symbol);

    static ReducedFormula of(Composition c) {
        Map<Element, Double> amounts = c.elementAmounts();
        if (amounts.isEmpty()) {
            return new ReducedFormula("", 1);
        }
        if (!allIntegers(amounts)) {
            return new ReducedFormula(c.formula().replace(" ", ""), 1);
        }
        List<Element> els = new ArrayList<>(amounts.keySet());
        els.sort(ORDER);
        long[] n = new long[els.size()];
        long g = 0;
        for (int i = 0; i < n.length; i++) {
            n[i] = Math.round(amounts.get(els.get(i)));
            g = gcd(g, n[i]);
        }
        StringBuilder sb = new StringBuilder();
        int plain = els.size();
        String group = "";
        if (els.size() >= 3) {
            Element a = els.get(els.size() - 2);
            Element b = els.get(els.size() - 1);
            long na = n[n.length - 2] / g;
            long nb = n[n.length - 1] / g;
            long pg = gcd(na, nb);
            if (b.electronegativity() - a.electronegativity() < POLYANION_MAX_DELTA_X && pg != 1) {
                group = "(" + a.symbol() + count(na / pg) + b.symbol() + count(nb / pg) + ")" + pg;
                plain -= 2;
            }
        }
        for (int i = 0; i < plain; i++) {
            sb.append(els.get(i).symbol()).append(count(n[i] / g));
        }
        sb.append(group);
        String f = sb.toString();
        String special = SPECIAL.get(f);
        return special != null ? new ReducedFormula(special, g / 2.0) : new ReducedFormula(f, g);
    }

    static boolean allIntegers(Map<Element, Double> amounts) {
        for (double v : amounts.values()) {
            if (Math.abs(v - Math.rint(v)) >= Composition.AMOUNT_TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    private static String count(long k) {
        return k == 1 ? "" : Long.toString(k);
    }

    static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return Math.abs(a);
    }
}
