package org.ionmat.core.composition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.ionmat.core.element.Element;
import org.ionmat.core.element.ElementOrder;
import org.ionmat.core.element.Species;

/**
 * An immutable chemical composition: amounts (number of atoms, possibly fractional) per species.
 * Species may carry oxidation states ({@code Li+}) or not ({@code Li}); {@link #elementAmounts()}
 * merges them by element. Amounts are non-negative; zero amounts are dropped.
 *
 * <p>Create with {@link #parse(String)} for formulas ({@code "Li7La3Zr2O12"}, {@code "Ca3(PO4)2"},
 * {@code "CuSO4·5H2O"}) or {@link #of(Map)}.
 */
public final class Composition {

    /** Absolute tolerance below which an amount counts as an integer (as pymatgen). */
    public static final double AMOUNT_TOLERANCE = 1e-8;

    private final TreeMap<Species, Double> amounts;

    private Composition(TreeMap<Species, Double> amounts) {
        this.amounts = amounts;
    }

    /** Composition from species amounts (zero amounts dropped). */
    public static Composition of(Map<Species, Double> amounts) {
        TreeMap<Species, Double> m = new TreeMap<>();
        for (Map.Entry<Species, Double> e : amounts.entrySet()) {
            double v = e.getValue();
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("amount of " + e.getKey() + " must be finite and >= 0: " + v);
            }
            if (v > 0) {
                m.merge(e.getKey(), v, Double::sum);
            }
        }
        return new Composition(m);
    }

    /** Composition from element amounts. */
    public static Composition ofElements(Map<Element, Double> amounts) {
        Map<Species, Double> m = new LinkedHashMap<>();
        amounts.forEach((el, v) -> m.merge(Species.of(el), v, Double::sum));
        return of(m);
    }

    /**
     * Parses a chemical formula.
     *
     * @throws org.ionmat.core.InvalidInputException quoting the offending token and its position
     * @see FormulaParser
     */
    public static Composition parse(String formula) {
        return FormulaParser.parse(formula);
    }

    /** Species amounts in electronegativity order (unmodifiable). */
    public Map<Species, Double> amounts() {
        return Collections.unmodifiableMap(amounts);
    }

    /** The species present, in electronegativity order. */
    public Set<Species> species() {
        return Collections.unmodifiableSet(amounts.keySet());
    }

    /** Amounts merged by element, in electronegativity order. */
    public Map<Element, Double> elementAmounts() {
        TreeMap<Element, Double> m = new TreeMap<>(ElementOrder.BY_ELECTRONEGATIVITY);
        amounts.forEach((sp, v) -> m.merge(sp.element(), v, Double::sum));
        return Collections.unmodifiableMap(m);
    }

    /** The elements present, in electronegativity order. */
    public List<Element> elements() {
        return new ArrayList<>(elementAmounts().keySet());
    }

    /** Amount of an element (summed over its species), 0 if absent. */
    public double amount(Element element) {
        double s = 0;
        for (Map.Entry<Species, Double> e : amounts.entrySet()) {
            if (e.getKey().element() == element) {
                s += e.getValue();
            }
        }
        return s;
    }

    /** Amount of a species (exact match including oxidation state), 0 if absent. */
    public double amount(Species species) {
        return amounts.getOrDefault(species, 0.0);
    }

    /** Total number of atoms (sum of amounts). */
    public double numAtoms() {
        double s = 0;
        for (double v : amounts.values()) {
            s += v;
        }
        return s;
    }

    /** True when there are no atoms. */
    public boolean isEmpty() {
        return amounts.isEmpty();
    }

    /** Molar mass of this composition in g/mol (sum of amount x atomic mass). */
    public double weight() {
        double s = 0;
        for (Map.Entry<Species, Double> e : amounts.entrySet()) {
            s += e.getValue() * e.getKey().element().atomicMass();
        }
        return s;
    }

    /** True if any species carries an oxidation state. */
    public boolean hasOxidationStates() {
        for (Species sp : amounts.keySet()) {
            if (sp.hasOxidationState()) {
                return true;
            }
        }
        return false;
    }

    /** Sum of amount x oxidation state (NaN if some species has none). */
    public double charge() {
        double s = 0;
        for (Map.Entry<Species, Double> e : amounts.entrySet()) {
            s += e.getValue() * e.getKey().oxidationState();
        }
        return s;
    }

    /**
     * This composition with the given average oxidation state on every element, e.g.
     * {@code {Fe: 8/3, O: -2}} for Fe3O4 (species of one element are merged first).
     *
     * @throws IllegalArgumentException if an element of the composition has no state in the map
     */
    public Composition withOxidationStates(Map<Element, ? extends Number> states) {
        Map<Species, Double> m = new LinkedHashMap<>();
        elementAmounts().forEach((el, v) -> {
            Number q = states.get(el);
            if (q == null) {
                throw new IllegalArgumentException("no oxidation state given for " + el);
            }
            m.merge(Species.of(el, q.doubleValue()), v, Double::sum);
        });
        return of(m);
    }

    /**
     * Charge-balanced oxidation-state guesses, most common first (see {@link OxidationStateGuesser}).
     *
     * @throws org.ionmat.core.InvalidInputException if the amounts are not integers or simple
     *                                               fractions (see {@link OxidationStateOptions})
     */
    public List<OxidationStateGuess> oxidationStateGuesses() {
        return OxidationStateGuesser.guesses(this);
    }

    /**
     * This composition split into the species of its best oxidation-state guess, e.g. Fe3O4 ->
     * {@code Fe2+ 1, Fe3+ 2, O2- 4}; empty when no assignment is charge balanced.
     */
    public Optional<Composition> withGuessedOxidationStates() {
        return OxidationStateGuesser.best(this).map(OxidationStateGuess::species);
    }

    /** This composition with oxidation states removed (species merged by element). */
    public Composition withoutOxidationStates() {
        return ofElements(elementAmounts());
    }

    /** Amounts multiplied by {@code factor}. */
    public Composition times(double factor) {
        Map<Species, Double> m = new LinkedHashMap<>();
        amounts.forEach((sp, v) -> m.put(sp, v * factor));
        return of(m);
    }

    /** Element-wise sum. */
    public Composition plus(Composition other) {
        Map<Species, Double> m = new LinkedHashMap<>(amounts);
        other.amounts.forEach((sp, v) -> m.merge(sp, v, Double::sum));
        return of(m);
    }

    /** Fractional composition by element (amounts sum to 1). */
    public Composition fractional() {
        double n = numAtoms();
        if (n == 0) {
            return this;
        }
        return withoutOxidationStates().times(1.0 / n);
    }

    /** Atomic fraction of an element. */
    public double atomicFraction(Element element) {
        double n = numAtoms();
        return n == 0 ? 0 : amount(element) / n;
    }

    /** Weight fraction of an element. */
    public double weightFraction(Element element) {
        double w = weight();
        return w == 0 ? 0 : amount(element) * element.atomicMass() / w;
    }

    /**
     * Formula with spaces and explicit ones in electronegativity order, e.g. {@code "Li16 Ge4 O16"}
     * (the form of pymatgen's {@code Composition.formula}).
     */
    public String formula() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Element, Double> e : formulaOrder().entrySet()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(e.getKey().symbol()).append(formatAmount(e.getValue(), false));
        }
        return sb.toString();
    }

    /**
     * Element amounts in formula order: electronegativity ascending (noble gases without a value
     * last), ties by symbol. pymatgen breaks ties by symbol in reduced formulas and by input order
     * in {@code formula}; ionmat uses the symbol in both, so that e.g. ReSi2 (Re and Si both 1.90)
     * prints {@code Re1 Si2} whatever the input order.
     */
    private Map<Element, Double> formulaOrder() {
        TreeMap<Element, Double> m = new TreeMap<>(ReducedFormula.ORDER);
        m.putAll(elementAmounts());
        return m;
    }

    /** Formula without spaces or ones, e.g. {@code "Li4GeO4"} for the unreduced cell content too. */
    public String compactFormula() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Element, Double> e : formulaOrder().entrySet()) {
            sb.append(e.getKey().symbol()).append(formatAmount(e.getValue(), true));
        }
        return sb.toString();
    }

    /**
     * The greatest common divisor of the amounts when they are all integers (within
     * {@link #AMOUNT_TOLERANCE}), else 1: Li4Ge2O8 -> 2.
     */
    public int reductionFactor() {
        Map<Element, Double> el = elementAmounts();
        if (el.isEmpty() || !ReducedFormula.allIntegers(el)) {
            return 1;
        }
        long g = 0;
        for (double v : el.values()) {
            g = ReducedFormula.gcd(g, Math.round(v));
        }
        return (int) g;
    }

    /** Composition (without oxidation states) divided by {@link #reductionFactor()}: Li4Ge2O8 -> Li2GeO4. */
    public Composition reduced() {
        int f = reductionFactor();
        return f == 1 ? withoutOxidationStates() : withoutOxidationStates().times(1.0 / f);
    }

    /**
     * Number of formula units of {@link #reducedFormula()} in this composition, as pymatgen's
     * {@code get_reduced_formula_and_factor}: the {@link #reductionFactor()}, halved for the
     * molecular special cases (Li4O4 -> {@code Li2O2} x 2; a single O atom -> {@code O2} x 0.5).
     */
    public double formulaUnits() {
        return ReducedFormula.of(this).factor();
    }

    /**
     * Reduced formula as pymatgen writes it (see {@link ReducedFormula}): {@code Li2GeO4},
     * {@code Li3V2(PO4)3}, {@code O2}, {@code Li2O2}; compositions with non-integer amounts are not
     * reduced and keep explicit ones: {@code Li0.33La0.557Ti1O3}.
     */
    public String reducedFormula() {
        return ReducedFormula.of(this).formula();
    }

    /**
     * Anonymized formula: integer amounts divided by their greatest common divisor (non-integer
     * ones kept), sorted ascending, elements replaced by A, B, C, ...: {@code "ABC3"} for SrTiO3,
     * {@code "A2B3C8"} for Ca3(PO4)2, {@code "A0.5B1.5C3D6.5E12"} for Li6.5La3Zr1.5Ta0.5O12.
     */
    public String anonymizedFormula() {
        Map<Element, Double> el = elementAmounts();
        List<Double> values = new ArrayList<>(el.values());
        if (ReducedFormula.allIntegers(el)) {
            long g = 0;
            for (double v : values) {
                g = ReducedFormula.gcd(g, Math.round(v));
            }
            for (int i = 0; i < values.size(); i++) {
                values.set(i, (double) Math.round(values.get(i)) / g);
            }
        }
        Collections.sort(values);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            sb.append(anonymousSymbol(i)).append(formatAmount(values.get(i), true));
        }
        return sb.toString();
    }

    private static String anonymousSymbol(int i) {
        StringBuilder s = new StringBuilder();
        s.append((char) ('A' + i % 26));
        int k = i / 26;
        while (k > 0) {
            s.append((char) ('a' + (k - 1) % 26));
            k /= 26;
        }
        return s.toString();
    }

    /** Chemical system: element symbols sorted alphabetically joined by '-', e.g. {@code "Ge-Li-O"}. */
    public String chemicalSystem() {
        Set<String> s = new TreeSet<>();
        for (Element e : elementAmounts().keySet()) {
            s.add(e.symbol());
        }
        return String.join("-", s);
    }

    /**
     * True when every element amount agrees within {@code |a - b| <= absTol + relTol * (|a| + |b|) / 2}
     * (an element missing from one side counts as 0), as pymatgen's {@code almost_equals}
     * (whose defaults are relTol 0.1, absTol 1e-8). Oxidation states are ignored.
     */
    public boolean almostEquals(Composition other, double relTol, double absTol) {
        Map<Element, Double> a = elementAmounts();
        Map<Element, Double> b = other.elementAmounts();
        Set<Element> all = new TreeSet<>(ElementOrder.BY_Z);
        all.addAll(a.keySet());
        all.addAll(b.keySet());
        for (Element el : all) {
            double x = a.getOrDefault(el, 0.0);
            double y = b.getOrDefault(el, 0.0);
            if (Math.abs(x - y) > absTol + relTol * (Math.abs(x) + Math.abs(y)) / 2) {
                return false;
            }
        }
        return true;
    }

    /** Same reduced element composition (fractional amounts equal within {@code tol}). */
    public boolean sameReducedComposition(Composition other, double tol) {
        return fractional().almostEquals(other.fractional(), 0, tol);
    }

    /**
     * Formats an amount as pymatgen does: integers (within {@link #AMOUNT_TOLERANCE}) without
     * decimals, others rounded half-even to 8 decimals without trailing zeros; with
     * {@code omitOne} a one is written as nothing. (pymatgen differs only for amounts below 1e-4,
     * which Python prints in exponent form, and for values just below an integer, which it
     * truncates and prints as e.g. {@code 3.0}.)
     */
    public static String formatAmount(double v, boolean omitOne) {
        if (omitOne && Math.abs(v - 1) < AMOUNT_TOLERANCE) {
            return "";
        }
        double r = Math.rint(v);
        if (Math.abs(v - r) < AMOUNT_TOLERANCE) {
            return Long.toString((long) r);
        }
        return new BigDecimal(v).setScale(8, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Composition c && amounts.equals(c.amounts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amounts);
    }

    /** The {@link #formula()}. */
    @Override
    public String toString() {
        if (hasOxidationStates()) {
            StringBuilder sb = new StringBuilder();
            amounts.forEach((sp, v) -> {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(sp).append(formatAmount(v, false));
            });
            return sb.toString();
        }
        return formula();
    }
}
