package org.ionmat.core.element;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ionmat.core.InvalidInputException;

/**
 * An element with an optional oxidation state, e.g. {@code Li+}, {@code O2-} or plain {@code Li}.
 * Oxidation states may be fractional (mixed-valence averages).
 *
 * @param element        the element
 * @param oxidationState oxidation state in units of e, or {@code NaN} when not specified
 */
public record Species(Element element, double oxidationState) implements Comparable<Species> {

    private static final Pattern PATTERN = Pattern.compile(
            "\\s*([A-Z][a-z]?)\\s*(?:(\\d+(?:\\.\\d+)?)?([+-])|([+-])(\\d+(?:\\.\\d+)?)?)?\\s*");

    public Species {
        Objects.requireNonNull(element, "element");
        if (Double.isInfinite(oxidationState)) {
            throw new IllegalArgumentException("infinite oxidation state");
        }
        if (oxidationState == 0.0) {
            oxidationState = 0.0; // normalise -0.0
        }
    }

    /** The species of {@code element} without oxidation state. */
    public static Species of(Element element) {
        return new Species(element, Double.NaN);
    }

    /** The species of {@code element} with the given oxidation state. */
    public static Species of(Element element, double oxidationState) {
        return new Species(element, oxidationState);
    }

    /**
     * Parses {@code Li}, {@code Li+}, {@code Li1+}, {@code O2-}, {@code Fe+3}, {@code Mn3.5+}.
     *
     * @throws InvalidInputException quoting the text if it is not a species
     */
    public static Species parse(String text) {
        Matcher m = PATTERN.matcher(text);
        if (!m.matches()) {
            throw new InvalidInputException(null, -1, text, "not a species: '" + text + "'");
        }
        Element element = Element.lookup(m.group(1));
        if (element == null) {
            throw new InvalidInputException(null, -1, m.group(1), Element.unknownMessage(m.group(1)));
        }
        String magnitude;
        String sign;
        if (m.group(3) != null) {
            magnitude = m.group(2);
            sign = m.group(3);
        } else if (m.group(4) != null) {
            magnitude = m.group(5);
            sign = m.group(4);
        } else {
            return of(element);
        }
        double value = magnitude == null ? 1.0 : Double.parseDouble(magnitude);
        return of(element, "-".equals(sign) ? -value : value);
    }

    /** True when an oxidation state is set. */
    public boolean hasOxidationState() {
        return !Double.isNaN(oxidationState);
    }

    /** Symbol of the element. */
    public String symbol() {
        return element.symbol();
    }

    /** This species without oxidation state. */
    public Species withoutOxidationState() {
        return hasOxidationState() ? of(element) : this;
    }

    /**
     * pymatgen-style string: {@code Li}, {@code Li+}, {@code O2-}, {@code Fe3+}, {@code Mn3.5+},
     * {@code Li0+} for zero.
     */
    @Override
    public String toString() {
        if (!hasOxidationState()) {
            return element.symbol();
        }
        double abs = Math.abs(oxidationState);
        String magnitude;
        if (abs == Math.rint(abs)) {
            long n = (long) abs;
            magnitude = n == 1 ? "" : Long.toString(n);
        } else {
            magnitude = trim(abs);
        }
        return element.symbol() + magnitude + (oxidationState < 0 ? "-" : "+");
    }

    /** CIF-style string with explicit magnitude: {@code Li1+}, {@code O2-}, {@code Zr4+}. */
    public String toCifString() {
        if (!hasOxidationState()) {
            return element.symbol();
        }
        double abs = Math.abs(oxidationState);
        String magnitude = abs == Math.rint(abs) ? Long.toString((long) abs) : trim(abs);
        return element.symbol() + magnitude + (oxidationState < 0 ? "-" : "+");
    }

    private static String trim(double v) {
        String s = String.format(java.util.Locale.ROOT, "%.6f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** Orders by electronegativity, then atomic number, then oxidation state (none first). */
    @Override
    public int compareTo(Species o) {
        int c = ElementOrder.BY_ELECTRONEGATIVITY.compare(element, o.element);
        if (c != 0) {
            return c;
        }
        boolean a = hasOxidationState();
        boolean b = o.hasOxidationState();
        if (a != b) {
            return a ? 1 : -1;
        }
        return a ? Double.compare(oxidationState, o.oxidationState) : 0;
    }
}
