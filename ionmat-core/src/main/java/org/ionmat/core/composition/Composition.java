package org.ionmat.core.composition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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

    private static final Map<String, String> SPECIAL_REDUCED = Map.ofEntries(
            Map.entry("LiO", "Li2O2"), Map.entry("NaO", "Na2O2"), Map.entry("KO", "K2O2"),
            Map.entry("HO", "H2O2"), Map.entry("CsO", "Cs2O2"), Map.entry("RbO", "Rb2O2"),
            Map.entry("O", "O2"), Map.entry("N", "N2"), Map.entry("F", "F2"), Map.entry("Cl", "Cl2"),
            Map.entry("H", "H2"));

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
        for (Map.Entry<Element, Double> e : elementAmounts().entrySet()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(e.getKey().symbol()).append(formatAmount(e.getValue(), false));
        }
        return sb.toString();
    }

    /** Formula without spaces or ones, e.g. {@code "Li4GeO4"} for the unreduced cell content too. */
    public String compactFormula() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Element, Double> e : elementAmounts().entrySet()) {
            sb.append(e.getKey().symbol()).append(formatAmount(e.getValue(), true));
        }
        return sb.toString();
    }

    /**
     * The greatest integer factor that divides all amounts when they are integers (within
     * {@link #AMOUNT_TOLERANCE}), else 1.
     */
    public int reductionFactor() {
        long g = 0;
        for (double v : elementAmounts().values()) {
            double r = Math.rint(v);
            if (Math.abs(v - r) > AMOUNT_TOLERANCE || r < 1) {
                return 1;
            }
            g = gcd(g, (long) r);
        }
        return g == 0 ? 1 : (int) g;
    }

    /** Composition divided by {@link #reductionFactor()}. */
    public Composition reduced() {
        int f = reductionFactor();
        return f == 1 ? withoutOxidationStates() : withoutOxidationStates().times(1.0 / f);
    }

    /**
     * Reduced formula in electronegativity order without ones, e.g. {@code "Li4GeO4"}, with the
     * diatomic/peroxide conventions of pymatgen ({@code O2}, {@code Li2O2}, {@code H2O2}).
     */
    public String reducedFormula() {
        String f = reduced().compactFormula();
        return SPECIAL_REDUCED.getOrDefault(f, f);
    }

    /**
     * Anonymized reduced formula: amounts sorted ascending, elements replaced by A, B, C, ...
     * e.g. {@code "ABC3"} for SrTiO3, {@code "AB4C4"} for Li4GeO4.
     */
    public String anonymizedFormula() {
        List<Double> values = new ArrayList<>(reduced().elementAmounts().values());
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
     * True when both compositions have the same elements and every element amount agrees within
     * {@code |a - b| <= absTol + relTol * |b|}.
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
            if (Math.abs(x - y) > absTol + relTol * Math.abs(y)) {
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
     * Formats an amount as pymatgen does: integers without decimals, others rounded to 8 decimals;
     * with {@code omitOne} a one is written as nothing.
     */
    public static String formatAmount(double v, boolean omitOne) {
        if (omitOne && Math.abs(v - 1) < AMOUNT_TOLERANCE) {
            return "";
        }
        double r = Math.rint(v);
        if (Math.abs(v - r) < AMOUNT_TOLERANCE) {
            return Long.toString((long) r);
        }
        String s = String.format(Locale.ROOT, "%.8f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return Math.abs(a);
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
