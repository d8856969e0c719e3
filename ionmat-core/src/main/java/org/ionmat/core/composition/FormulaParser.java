package org.ionmat.core.composition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.ShannonRadius;
import org.ionmat.core.element.Species;

/**
 * Parser of chemical formulas, the engine of {@link Composition#parse(String)}.
 *
 * <h2>Grammar</h2>
 * <pre>
 * formula    = component { separator component }          whitespace allowed between tokens
 * separator  = '·' | '•' | '∙' | '⋅' | '*' | '.'           ('.' only by the rule below)
 * component  = [ number ] unit { unit }                   leading number = multiplier, only
 *                                                          when the formula has 2+ components
 * unit       = element [ charge ] [ number ]
 *            | '(' unit { unit } ')' [ number ]            also '[' ... ']' and '{' ... '}'
 * element    = capital letter + lower-case letters, one of H..Lr
 * charge     = [ number ] ( '+' | '-' )                   magnitude then sign: Li+, O2-, Fe3+
 * number     = digits [ '.' digits ]                      e.g. 2, 0.557, 6.5
 * </pre>
 * Examples: {@code Li7La3Zr2O12}, {@code Li0.33La0.557TiO3}, {@code Ca3(PO4)2}, {@code K4[Fe(CN)6]},
 * {@code CuSO4·5H2O}, {@code CuSO4*5H2O}, {@code CuSO4.5H2O}, {@code 2Li2O·B2O3},
 * {@code Li+2 O2-1} (pymatgen's string form of a composition of species: {@code Li+} x 2,
 * {@code O2-} x 1), {@code Fe3+2 O2-3}.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li><b>'.' between two digits</b> is a decimal point ({@code Li6.5La3Zr1.5Ta0.5O12}), except
 *       when the text after it is a water or ammonia adduct, i.e. a number followed by {@code H2O}
 *       or {@code NH3} and then the end of the formula, whitespace or another separator
 *       ({@code CuSO4.5H2O} = CuSO4 + 5 H2O, {@code CaSO4.0.5H2O}, {@code Na0.3CoO2.1.3H2O}).
 *       Any other '.' (next to a letter, bracket or space) separates adduct components
 *       ({@code Al2O3.SiO2}). Write other adducts with '·' or '*' to avoid the ambiguity.</li>
 *   <li><b>Leading multipliers</b> ({@code 5H2O}) are allowed at the start of each component of
 *       an adduct; a formula without separator must not start with a number ({@code 2Li} is
 *       rejected: it could equally be an isotope label).</li>
 *   <li><b>Charges</b> belong to elements only (not to groups) and follow pymatgen's string
 *       form: magnitude, then sign, then the amount ({@code Fe3+2} is two Fe3+; the sign-first
 *       form {@code Fe+3} means three Fe+). Either every element carries a charge or none does,
 *       and a charge must lie within the element's known oxidation states (from its list of
 *       states and its Shannon radii; 0 is always allowed). So {@code Li-2} and
 *       {@code Li2O+SiO2} are errors rather than silent nonsense.</li>
 *   <li>Amounts must be positive; an element may appear several times ({@code CH3COOH}).</li>
 * </ul>
 * Errors are {@link InvalidInputException}s quoting the offending token and its 1-based character
 * position, e.g. {@code unknown element 'Xx' at position 1}, {@code unclosed '(' at position 3}.
 */
final class FormulaParser {

    private static final String SEPARATORS = "·•∙⋅*";
    private static final String OPEN = "([{";
    private static final String CLOSE = ")]}";
    private static final List<String> DOT_ADDUCTS = List.of("H2O", "NH3");

    private final String text;
    private final boolean multiComponent;
    private int pos;
    private int chargedAt = -1;
    private int unchargedAt = -1;

    private FormulaParser(String text) {
        this.text = text;
        this.multiComponent = hasSeparator(text);
    }

    /** Parses {@code formula}; see the class documentation for the grammar. */
    static Composition parse(String formula) {
        if (formula == null || formula.isBlank()) {
            throw new InvalidInputException("empty formula");
        }
        return new FormulaParser(formula).formula();
    }

    private Composition formula() {
        Map<Species, Double> total = new LinkedHashMap<>();
        skipSpace();
        while (true) {
            merge(total, component(), 1.0);
            skipSpace();
            if (pos >= text.length()) {
                break;
            }
            char c = text.charAt(pos);
            if (isSeparatorAt(pos)) {
                int sepAt = pos++;
                skipSpace();
                if (pos >= text.length()) {
                    throw error(String.valueOf(c), sepAt, "nothing after separator '" + c + "'", "");
                }
                continue;
            }
            throw unexpected(pos);
        }
        if (chargedAt >= 0 && unchargedAt >= 0) {
            throw error(symbolAt(unchargedAt), unchargedAt, "'" + symbolAt(unchargedAt) + "'",
                    " has no charge but '" + symbolAt(chargedAt) + "' at position " + (chargedAt + 1)
                    + " has one: give charges on all elements or on none");
        }
        return Composition.of(total);
    }

    /** [multiplier] unit {unit}, up to a separator, an unmatched closing bracket or the end. */
    private Map<Species, Double> component() {
        double multiplier = 1.0;
        if (pos < text.length() && isDigit(text.charAt(pos))) {
            int at = pos;
            multiplier = number();
            checkPositive(multiplier, at);
            if (!multiComponent) {
                throw error(text.substring(at, pos), at, "leading number '" + text.substring(at, pos) + "'",
                        " (multipliers are allowed only before the components of an adduct such as"
                        + " CuSO4·5H2O; write amounts after the symbol)");
            }
            skipSpace();
        }
        Map<Species, Double> m = sequence(-1);
        if (m.isEmpty()) {
            throw pos < text.length() ? unexpected(pos) : error(null, pos, "formula ends unexpectedly", "");
        }
        if (multiplier != 1.0) {
            Map<Species, Double> scaled = new LinkedHashMap<>();
            merge(scaled, m, multiplier);
            return scaled;
        }
        return m;
    }

    /**
     * Units until a closing bracket, a separator or the end. {@code openAt} is the position of the
     * enclosing opening bracket, or -1 at top level.
     */
    private Map<Species, Double> sequence(int openAt) {
        Map<Species, Double> m = new LinkedHashMap<>();
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                if (openAt >= 0) {
                    throw error(String.valueOf(text.charAt(openAt)), openAt,
                            "unclosed '" + text.charAt(openAt) + "'", "");
                }
                return m;
            }
            char c = text.charAt(pos);
            if (isUpper(c)) {
                element(m);
            } else if (OPEN.indexOf(c) >= 0) {
                int at = pos++;
                Map<Species, Double> inner = sequence(at);
                char close = text.charAt(pos);
                if (close != CLOSE.charAt(OPEN.indexOf(c))) {
                    throw error(String.valueOf(close), pos, "'" + close + "'",
                            " does not match '" + c + "' at position " + (at + 1));
                }
                if (inner.isEmpty()) {
                    throw error(text.substring(at, pos + 1), at, "empty group '" + text.substring(at, pos + 1) + "'", "");
                }
                pos++;
                double amount = optionalAmount();
                if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                    throw error(String.valueOf(text.charAt(pos)), pos, "charge '" + text.charAt(pos)
                            + "' on a bracketed group", ": charges are allowed on elements only");
                }
                merge(m, inner, amount);
            } else if (CLOSE.indexOf(c) >= 0) {
                return m; // the caller checks the bracket type; at top level it is unmatched
            } else if (isSeparatorAt(pos)) {
                if (openAt >= 0) {
                    throw error(String.valueOf(text.charAt(openAt)), openAt,
                            "unclosed '" + text.charAt(openAt) + "'", "");
                }
                return m;
            } else {
                throw unexpected(pos);
            }
        }
    }

    /** element [charge] [amount], added to {@code m}. */
    private void element(Map<Species, Double> m) {
        int at = pos;
        pos++;
        while (pos < text.length() && isLower(text.charAt(pos))) {
            pos++;
        }
        String symbol = text.substring(at, pos);
        Element element = Element.lookup(symbol);
        if (element == null) {
            throw error(symbol, at, Element.unknownMessage(symbol), "");
        }
        double charge = Double.NaN;
        int numberAt = pos;
        double value = Double.NaN;
        if (pos < text.length() && isDigit(text.charAt(pos))) {
            value = number();
        }
        if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
            double magnitude = Double.isNaN(value) ? 1.0 : value;
            charge = text.charAt(pos) == '-' ? -magnitude : magnitude;
            pos++;
            checkCharge(element, charge, text.substring(at, pos), at);
            value = optionalAmount();
            if (chargedAt < 0) {
                chargedAt = at;
            }
        } else {
            if (!Double.isNaN(value)) {
                checkPositive(value, numberAt);
            } else {
                value = 1.0;
            }
            if (unchargedAt < 0) {
                unchargedAt = at;
            }
        }
        m.merge(new Species(element, charge), value, Double::sum);
    }

    private double optionalAmount() {
        if (pos < text.length() && isDigit(text.charAt(pos))) {
            int at = pos;
            double v = number();
            checkPositive(v, at);
            return v;
        }
        return 1.0;
    }

    private void checkPositive(double v, int at) {
        if (v == 0) {
            throw error(text.substring(at, pos), at, "zero amount '" + text.substring(at, pos) + "'", "");
        }
    }

    /** digits ['.' digits], where the '.' is a decimal point unless it introduces a hydrate. */
    private double number() {
        int start = pos;
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '.' && isDecimalPoint(text, pos)) {
            pos++;
            while (pos < text.length() && isDigit(text.charAt(pos))) {
                pos++;
            }
            if (pos < text.length() && text.charAt(pos) == '.' && pos + 1 < text.length()
                    && isDigit(text.charAt(pos + 1)) && isDecimalPoint(text, pos)) {
                int end = pos + 1;
                while (end < text.length() && isDigit(text.charAt(end))) {
                    end++;
                }
                throw error(text.substring(start, end), start, "malformed number '" + text.substring(start, end) + "'", "");
            }
        }
        String token = text.substring(start, pos);
        if (token.length() > 12) {
            throw error(token, start, "number '" + token + "'", " is too long");
        }
        return Double.parseDouble(token);
    }

    /** A '.' at {@code i} is a decimal point iff it has digits on both sides and no hydrate follows. */
    private static boolean isDecimalPoint(String text, int i) {
        if (i == 0 || i + 1 >= text.length() || !isDigit(text.charAt(i - 1)) || !isDigit(text.charAt(i + 1))) {
            return false;
        }
        return !(followsAmount(text, i) && isDotAdductAfter(text, i));
    }

    /** The digits just before {@code i} are the amount of an element or group (not a multiplier). */
    private static boolean followsAmount(String text, int i) {
        int j = i - 1;
        while (j >= 0 && isDigit(text.charAt(j))) {
            j--;
        }
        return j >= 0 && (Character.isLetter(text.charAt(j)) || CLOSE.indexOf(text.charAt(j)) >= 0);
    }

    /** Text after the '.' at {@code i} is number + (H2O | NH3) + (end | whitespace | separator). */
    private static boolean isDotAdductAfter(String text, int i) {
        int j = i + 1;
        while (j < text.length() && isDigit(text.charAt(j))) {
            j++;
        }
        if (j + 1 < text.length() && text.charAt(j) == '.' && isDigit(text.charAt(j + 1))) {
            j++;
            while (j < text.length() && isDigit(text.charAt(j))) {
                j++;
            }
        }
        for (String adduct : DOT_ADDUCTS) {
            if (text.startsWith(adduct, j)) {
                int end = j + adduct.length();
                if (end == text.length() || Character.isWhitespace(text.charAt(end))
                        || SEPARATORS.indexOf(text.charAt(end)) >= 0 || text.charAt(end) == '.') {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isSeparatorAt(int i) {
        return isSeparatorAt(text, i);
    }

    private static boolean isSeparatorAt(String s, int i) {
        char c = s.charAt(i);
        return SEPARATORS.indexOf(c) >= 0 || (c == '.' && !isDecimalPoint(s, i));
    }

    private static boolean hasSeparator(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isSeparatorAt(s, i)) {
                return true;
            }
        }
        return false;
    }

    private void checkCharge(Element e, double charge, String token, int elementAt) {
        if (charge == 0) {
            return;
        }
        int min = 0;
        int max = 0;
        for (int s : e.oxidationStates()) {
            min = Math.min(min, s);
            max = Math.max(max, s);
        }
        for (ShannonRadius r : e.shannonRadii()) {
            min = Math.min(min, r.oxidationState());
            max = Math.max(max, r.oxidationState());
        }
        if (charge < min || charge > max) {
            throw error(token, elementAt, "charge of '" + token + "'", " is outside the oxidation states known for "
                    + e + " (" + min + " to " + max + ")");
        }
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private String symbolAt(int i) {
        int j = i + 1;
        while (j < text.length() && isLower(text.charAt(j))) {
            j++;
        }
        return text.substring(i, j);
    }

    private InvalidInputException unexpected(int i) {
        char c = text.charAt(i);
        if (CLOSE.indexOf(c) >= 0) {
            return error(String.valueOf(c), i, "unmatched '" + c + "'", "");
        }
        String hint = "";
        if (isLower(c)) {
            hint = " (element symbols start with a capital letter)";
        } else if (isDigit(c)) {
            hint = " (a number must directly follow an element or a closing bracket)";
        } else if (c == '+' || c == '-') {
            hint = " (a charge must directly follow an element symbol)";
        }
        return error(String.valueOf(c), i, "unexpected '" + c + "'", hint);
    }

    /** "invalid formula 'F': {what} at position N{detail}", where {what} quotes the token. */
    private InvalidInputException error(String token, int index, String what, String detail) {
        return new InvalidInputException(null, -1, token,
                "invalid formula '" + text.strip() + "': " + what + " at position " + (index + 1) + detail);
    }

    private static void merge(Map<Species, Double> into, Map<Species, Double> from, double factor) {
        from.forEach((sp, v) -> into.merge(sp, v * factor, Double::sum));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }
}
