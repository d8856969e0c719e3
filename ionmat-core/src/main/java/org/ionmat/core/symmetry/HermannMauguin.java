package org.ionmat.core.symmetry;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading of Hermann-Mauguin symbols as users write them into a comparable form.
 *
 * <p>A symbol is reduced to a <em>key</em>: no spaces, no subscript markup ({@code P2_1/c},
 * {@code P2(1)/c}, {@code P2~1~/c} and {@code P 21/c} all give {@code P21/c}), lattice letter upper
 * case, everything else lower case (Hermann-Mauguin symbols have exactly one capital, the lattice
 * letter in front, so this is unambiguous). Because removing spaces loses information
 * ({@code "P 3 2"} is not {@code P3_2}), the positions of the spaces, the <em>boundaries</em>, are
 * kept: a tabulated symbol matches only if every space of the input falls between two of its
 * positions. A setting suffix ({@code :1 :2 :H :R}, a trailing {@code S Z H R}, or {@code (origin
 * choice 2)}) is split off first.
 */
final class HermannMauguin {

    /** A symbol read from user input: key, boundaries and setting suffix (null if none). */
    record Parsed(String key, BitSet boundaries, String suffix) {
    }

    private static final Pattern ORIGIN_PHRASE =
            Pattern.compile("(?i)[\\s,;]*[(\\[]?\\s*origin\\s*(?:choice)?\\s*([12])\\s*[)\\]]?\\s*$");
    private static final Pattern PARENTHESIZED_DIGIT = Pattern.compile("\\(\\s*(\\d)\\s*\\)");
    private static final Pattern OVERLINED_DIGIT = Pattern.compile("(\\d)\u0305");
    private static final Pattern SPACED_MINUS = Pattern.compile("-\\s+(?=\\d)");
    private static final Pattern SPACED_SLASH = Pattern.compile("\\s*/\\s*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String LATTICES = "PABCIRF";
    private static final String BODY_CHARS = "0123456789/-abcdemn";

    private HermannMauguin() {
    }

    /** Reads user input; null if it cannot be a Hermann-Mauguin symbol. */
    static Parsed parse(String text) {
        if (text == null) {
            return null;
        }
        String s = stripQuotes(text.trim()).replace('\u2212', '-').replace('\u2013', '-');
        s = OVERLINED_DIGIT.matcher(s).replaceAll("-$1");
        String suffix = null;
        Matcher m = ORIGIN_PHRASE.matcher(s);
        int colon = s.lastIndexOf(':');
        if (m.find() && m.start() > 0) {
            suffix = m.group(1);
            s = s.substring(0, m.start());
        } else if (colon >= 0) {
            suffix = s.substring(colon + 1).trim();
            s = s.substring(0, colon);
            if (suffix.isEmpty()) {
                return null;
            }
        } else if (s.length() > 2 && "hHrRsSzZ".indexOf(s.charAt(s.length() - 1)) >= 0) {
            suffix = s.substring(s.length() - 1);
            s = s.substring(0, s.length() - 1);
        }
        return body(s, suffix == null ? null : normalizeSuffix(suffix));
    }

    /** Key and boundaries of a tabulated spaced symbol such as {@code "P 1 2_1/n 1"}. */
    static Parsed ofTable(String spacedSymbol) {
        return body(spacedSymbol, null);
    }

    private static Parsed body(String s, String suffix) {
        String b = PARENTHESIZED_DIGIT.matcher(s).replaceAll("$1");
        b = b.replace("_", "").replace("~", "").replace("{", "").replace("}", "");
        b = SPACED_SLASH.matcher(SPACED_MINUS.matcher(b).replaceAll("-")).replaceAll("/").trim();
        if (b.isEmpty()) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        BitSet boundaries = new BitSet();
        for (String token : WHITESPACE.split(b)) {
            if (key.length() > 0) {
                boundaries.set(key.length());
            }
            key.append(token);
        }
        char lattice = Character.toUpperCase(key.charAt(0));
        if (LATTICES.indexOf(lattice) < 0 || key.length() < 2) {
            return null;
        }
        String rest = key.substring(1).toLowerCase(Locale.ROOT);
        for (int i = 0; i < rest.length(); i++) {
            if (BODY_CHARS.indexOf(rest.charAt(i)) < 0) {
                return null;
            }
        }
        return new Parsed(lattice + rest, boundaries, suffix);
    }

    /**
     * Old cubic notation without the bar ({@code Fm3m}, {@code Ia3d}, {@code Pn3}): the bar is put
     * back when a glide or mirror letter directly follows the lattice letter and precedes 3, a
     * place where only -3 can stand. Null if the key is not of that form.
     */
    static Parsed withCubicBar(Parsed p) {
        String k = p.key();
        if (k.length() >= 3 && Character.isLetter(k.charAt(1)) && k.charAt(2) == '3') {
            BitSet shifted = new BitSet();
            for (int i = p.boundaries().nextSetBit(0); i >= 0; i = p.boundaries().nextSetBit(i + 1)) {
                shifted.set(i > 2 ? i + 1 : i);
            }
            return new Parsed(k.substring(0, 2) + "-" + k.substring(2), shifted, p.suffix());
        }
        return null;
    }

    /** S (standard) is origin choice 1, Z (centre) origin choice 2; h/r upper case. */
    static String normalizeSuffix(String suffix) {
        String s = suffix.trim();
        return switch (s) {
            case "S", "s" -> "1";
            case "Z", "z" -> "2";
            case "h" -> "H";
            case "r" -> "R";
            default -> s;
        };
    }

    private static String stripQuotes(String s) {
        if (s.length() >= 2 && (s.charAt(0) == '\'' || s.charAt(0) == '"') && s.charAt(s.length() - 1) == s.charAt(0)) {
            return s.substring(1, s.length() - 1).trim();
        }
        return s;
    }

    /** Spaced forms of a table entry that users may write: short, full and old symbols. */
    static List<String> spellingsOf(SpaceGroupTable.Entry e) {
        List<String> forms = new ArrayList<>();
        forms.add(e.hmShort());
        forms.add(e.hmFull());
        forms.addAll(e.aliases());
        return forms;
    }
}
