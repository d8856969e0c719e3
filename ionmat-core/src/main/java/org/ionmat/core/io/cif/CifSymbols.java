package org.ionmat.core.io.cif;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;

/**
 * Reads elements and oxidation states from CIF atom type symbols and site labels.
 *
 * <p><b>Type symbols</b> ({@code _atom_site_type_symbol}, {@code _atom_type_symbol}) are an element
 * symbol in any letter case, optionally followed by a charge ({@code Li1+}, {@code O2-},
 * {@code Fe+3}, {@code Mn3.5+}, {@code Li+}) or by digits only ({@code O1}, no charge). The water
 * names {@code Ow} and {@code Hw} are read as O and H. Anything else (for example {@code OH},
 * {@code D}, {@code Xx}) is rejected.
 *
 * <p><b>Labels</b> ({@code _atom_site_label}, used only when there is no type symbol) are read as
 * pymatgen does: the first two letters title-cased if they form an element symbol ({@code Li1},
 * {@code LA1} and {@code la1} give La, {@code CL2} gives Cl), else the first letter
 * ({@code O2A} gives O, {@code S1} gives S). With this rule an all-capitals label such as
 * {@code HO1} for a hydrogen reads as holmium; write {@code _atom_site_type_symbol} to be explicit.
 */
public final class CifSymbols {

    private static final Pattern CHARGE = Pattern.compile(
            "(?:(\\d+(?:\\.\\d+)?)?([+-])|([+-])(\\d+(?:\\.\\d+)?)?)");
    private static final Pattern DIGITS = Pattern.compile("\\d*");

    private CifSymbols() {
    }

    /**
     * The species of an atom type symbol ({@code Li1+} gives Li with oxidation state +1, {@code Li}
     * gives Li without), or null if the text is not a type symbol.
     */
    public static Species typeSymbol(String text) {
        String s = text.trim();
        int k = 0;
        while (k < s.length() && isLetter(s.charAt(k))) {
            k++;
        }
        if (k == 0 || k > 2) {
            return null;
        }
        String letters = s.substring(0, k);
        Element el = element(letters);
        if (el == null && letters.equalsIgnoreCase("ow")) {
            el = Element.O;
        } else if (el == null && letters.equalsIgnoreCase("hw")) {
            el = Element.H;
        }
        if (el == null) {
            return null;
        }
        String rest = s.substring(k);
        if (DIGITS.matcher(rest).matches()) {
            return Species.of(el);
        }
        Matcher m = CHARGE.matcher(rest);
        if (!m.matches()) {
            return null;
        }
        String magnitude = m.group(2) != null ? m.group(1) : m.group(4);
        String sign = m.group(2) != null ? m.group(2) : m.group(3);
        double v = magnitude == null ? 1.0 : Double.parseDouble(magnitude);
        return Species.of(el, "-".equals(sign) ? -v : v);
    }

    /** The element of a site label by the rules above, or null if none can be read. */
    public static Element fromLabel(String label) {
        String s = label.trim();
        if (s.length() >= 2 && isLetter(s.charAt(0)) && isLetter(s.charAt(1))) {
            Element two = element(s.substring(0, 2));
            if (two != null) {
                return two;
            }
        }
        if (!s.isEmpty() && isLetter(s.charAt(0))) {
            return element(s.substring(0, 1));
        }
        return null;
    }

    /** The element of a one- or two-letter symbol in any case ({@code LI}, {@code li}, {@code Li}). */
    static Element element(String letters) {
        return Element.lookupIgnoreCase(letters);
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}
