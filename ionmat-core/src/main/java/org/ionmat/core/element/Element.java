package org.ionmat.core.element;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ionmat.core.InvalidInputException;

/**
 * The chemical elements H (1) to Lr (103). Properties (mass, electronegativity, radii, oxidation
 * states, Shannon radii) come from the bundled resource {@code elements.json}; see
 * {@link ElementData} for units and provenance.
 */
public enum Element {
    H(1),
    He(2),
    Li(3),
    Be(4),
    B(5),
    C(6),
    N(7),
    O(8),
    F(9),
    Ne(10),
    Na(11),
    Mg(12),
    Al(13),
    Si(14),
    P(15),
    S(16),
    Cl(17),
    Ar(18),
    K(19),
    Ca(20),
    Sc(21),
    Ti(22),
    V(23),
    Cr(24),
    Mn(25),
    Fe(26),
    Co(27),
    Ni(28),
    Cu(29),
    Zn(30),
    Ga(31),
    Ge(32),
    As(33),
    Se(34),
    Br(35),
    Kr(36),
    Rb(37),
    Sr(38),
    Y(39),
    Zr(40),
    Nb(41),
    Mo(42),
    Tc(43),
    Ru(44),
    Rh(45),
    Pd(46),
    Ag(47),
    Cd(48),
    In(49),
    Sn(50),
    Sb(51),
    Te(52),
    I(53),
    Xe(54),
    Cs(55),
    Ba(56),
    La(57),
    Ce(58),
    Pr(59),
    Nd(60),
    Pm(61),
    Sm(62),
    Eu(63),
    Gd(64),
    Tb(65),
    Dy(66),
    Ho(67),
    Er(68),
    Tm(69),
    Yb(70),
    Lu(71),
    Hf(72),
    Ta(73),
    W(74),
    Re(75),
    Os(76),
    Ir(77),
    Pt(78),
    Au(79),
    Hg(80),
    Tl(81),
    Pb(82),
    Bi(83),
    Po(84),
    At(85),
    Rn(86),
    Fr(87),
    Ra(88),
    Ac(89),
    Th(90),
    Pa(91),
    U(92),
    Np(93),
    Pu(94),
    Am(95),
    Cm(96),
    Bk(97),
    Cf(98),
    Es(99),
    Fm(100),
    Md(101),
    No(102),
    Lr(103);

    private static final Map<String, Element> BY_SYMBOL = new HashMap<>();
    private static final Map<String, Element> BY_LOWER_SYMBOL = new HashMap<>();

    static {
        for (Element e : values()) {
            BY_SYMBOL.put(e.name(), e);
            BY_LOWER_SYMBOL.put(e.name().toLowerCase(Locale.ROOT), e);
        }
    }

    private final int z;

    Element(int z) {
        this.z = z;
    }

    /** Atomic number Z. */
    public int z() {
        return z;
    }

    /** Chemical symbol, e.g. {@code "Li"}. */
    public String symbol() {
        return name();
    }

    /** English name, e.g. {@code "Lithium"}. */
    public String fullName() {
        return data().name();
    }

    /** Standard atomic weight in amu (g/mol). */
    public double atomicMass() {
        return data().atomicMass();
    }

    /** Pauling electronegativity, or {@code NaN} when none is tabulated (noble gases He, Ne, Ar). */
    public double electronegativity() {
        return data().electronegativity();
    }

    /** Covalent radius in Å (Cordero et al. 2008), or {@code NaN} when not tabulated. */
    public double covalentRadius() {
        return data().covalentRadius();
    }

    /** Common oxidation states, ascending. */
    public List<Integer> commonOxidationStates() {
        return data().commonOxidationStates();
    }

    /** All known oxidation states, ascending. */
    public List<Integer> oxidationStates() {
        return data().oxidationStates();
    }

    /** Block of the periodic table: 's', 'p', 'd' or 'f'. */
    public char block() {
        return data().block();
    }

    /** IUPAC group 1..18; lanthanides and actinides report 3. */
    public int group() {
        return data().group();
    }

    /** Period 1..7. */
    public int period() {
        return data().period();
    }

    /** Shannon ionic radii of this element, all oxidation states, coordinations and spins. */
    public List<ShannonRadius> shannonRadii() {
        return data().shannonRadii();
    }

    /** All tabulated data of this element. */
    public ElementData data() {
        return ElementTable.get(this);
    }

    /** Element with atomic number {@code z} (1..103). */
    public static Element ofZ(int z) {
        if (z < 1 || z > 103) {
            throw new InvalidInputException(null, -1, Integer.toString(z), "atomic number out of range 1..103");
        }
        return values()[z - 1];
    }

    /**
     * Element with the given symbol (exact case, e.g. {@code "Li"}).
     *
     * @throws InvalidInputException naming the symbol if it is not an element
     */
    public static Element of(String symbol) {
        Element e = BY_SYMBOL.get(symbol);
        if (e == null) {
            throw new InvalidInputException(null, -1, symbol, unknownMessage(symbol));
        }
        return e;
    }

    /** Symbols of the elements after Lr (Z = 104-118), which ionmat's element table does not cover. */
    private static final java.util.List<String> SUPERHEAVY = java.util.List.of(
            "Rf", "Db", "Sg", "Bh", "Hs", "Mt", "Ds", "Rg", "Cn", "Nh", "Fl", "Mc", "Lv", "Ts", "Og");

    /**
     * The message for a symbol that is not an element of the table: {@code unknown element 'Xx'}, with
     * a note for the superheavy elements Rf-Og, which exist but lie beyond the table's end at Lr.
     */
    public static String unknownMessage(String symbol) {
        int i = SUPERHEAVY.indexOf(symbol);
        return i < 0 ? "unknown element '" + symbol + "'"
                : "unknown element '" + symbol + "' (Z = " + (104 + i) + "; ionmat's element table ends at Lr, Z = 103)";
    }

    /** Element with the given symbol ignoring case ({@code "LI"}, {@code "li"}), or null. */
    public static Element lookupIgnoreCase(String symbol) {
        return BY_LOWER_SYMBOL.get(symbol.toLowerCase(Locale.ROOT));
    }

    /** Element with the given exact-case symbol, or null. */
    public static Element lookup(String symbol) {
        return BY_SYMBOL.get(symbol);
    }

    /** True if {@code symbol} (exact case) is an element symbol. */
    public static boolean isSymbol(String symbol) {
        return BY_SYMBOL.containsKey(symbol);
    }
}
