package org.ionmat.core.symmetry;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ionmat.core.InvalidInputException;

/**
 * The space-group database: the 530 settings of the International Tables (Hall numbers 1..530, as
 * in spglib), looked up by ITA number, Hall number, Hall symbol or Hermann-Mauguin symbol, with
 * operations generated from the Hall symbols by {@link HallSymbol}.
 *
 * <h2>Default setting</h2>
 * A number or a symbol that fits several settings without saying which (for example {@code 227},
 * {@code "Fd-3m"}, {@code "R-3c"}, {@code "P4/nmm"}, {@code "P2/c"}) gives the <b>first tabulated
 * setting</b>, i.e. the lowest Hall number: <b>origin choice 1</b>, <b>hexagonal axes</b> for the
 * seven R groups, <b>unique axis b, cell choice 1</b> for monoclinic groups, and the standard axes
 * {@code abc} for orthorhombic groups. This is what the CIF tools do: pymatgen's {@code CifParser}
 * (through {@code SpaceGroup(symbol)} and {@code SpaceGroup.from_int_number}) and ASE's
 * {@code ase.spacegroup.Spacegroup(no, setting=1)} both take origin choice 1 and hexagonal axes, and
 * it is the standard setting of spglib's database. A symbol names its own setting when it carries one:
 * {@code "Pbnm"} and {@code "P 1 21/n 1"} are specific settings; {@code "Fd-3m:2"},
 * {@code "F d -3 m Z"} (origin at the centre, as ICSD writes it), {@code "F d -3 m S"} (origin choice
 * 1), {@code "R -3 c :R"} or {@code "R-3cR"} choose explicitly; so do {@code "227:2"} and
 * {@code byNumber(167, "R")}. Callers that know better, such as a CIF reader that finds a
 * rhombohedral cell (a = b = c, alpha = beta = gamma != 90 deg) under a bare {@code "R-3c"}, or a
 * {@code _symmetry_cell_setting rhombohedral} item (which ASE honours), should ask for the setting
 * with {@link #byNumber(int, String)}.
 *
 * <h2>Spellings of Hermann-Mauguin symbols</h2>
 * Spaces are free where they separate positions ({@code "Fm-3m"}, {@code "F m -3 m"},
 * {@code "Fm -3m"}); screw axes may be written {@code 2_1}, {@code 21}, {@code 2(1)} or {@code 2~1~};
 * short, full and setting-specific symbols all work ({@code "P2_1/c"}, {@code "P 1 21/c 1"},
 * {@code "P 21/n"}, {@code "Pbnm"}, {@code "P 21/n 21/m 21/a"}); old symbols of the e-glide groups
 * ({@code "Cmca"}, {@code "Abm2"}) and the barless old cubic symbols ({@code "Fm3m"}, {@code "Ia3d"})
 * are recognised; letters are read case-insensitively (a Hermann-Mauguin symbol has one capital, its
 * lattice letter in front). A space never joins a screw subscript to its axis: {@code "P 3 2"} is not
 * P3_2. Anything else gives {@link Optional#empty()}.
 */
public final class SpaceGroups {

    private static final Pattern NUMBER = Pattern.compile("\\s*(\\d{1,3})\\s*(?::\\s*(\\S+)\\s*)?");
    private static final AtomicReferenceArray<SpaceGroup> CACHE = new AtomicReferenceArray<>(531);
    private static volatile Map<String, List<Form>> hmIndex;
    private static volatile Map<Set<Seitz>, SpaceGroupTable.Entry> byOperations;

    /** A tabulated spelling: its entry and the positions of its spaces in the key. */
    private record Form(SpaceGroupTable.Entry entry, BitSet boundaries) {
    }

    private SpaceGroups() {
    }

    /**
     * The operations (all operations modulo lattice translations, centring translations included) of a
     * space group given by an ITA number (default setting, see the class documentation), a
     * Hermann-Mauguin symbol in any common spelling ({@code "P2_1/c"}, {@code "P 1 21/c 1"},
     * {@code "Fd-3m:2"}), or a Hall symbol; Hall symbols outside the table (for example with another
     * origin shift) are parsed and their group generated.
     *
     * @return empty if the text is none of these
     */
    public static Optional<List<SymmetryOperation>> operations(String symbolOrNumber) {
        Optional<SpaceGroup> g = lookup(symbolOrNumber);
        if (g.isPresent()) {
            return Optional.of(g.get().operations());
        }
        return parseHall(symbolOrNumber).map(HallSymbol::operations);
    }

    /**
     * A tabulated setting from an ITA number (optionally {@code "number:setting"}), a Hermann-Mauguin
     * symbol or a Hall symbol, tried in this order. A string that is both a Hermann-Mauguin and a Hall
     * symbol of different settings is read as Hermann-Mauguin: {@code "P 2"} is P 1 2 1 here, while the
     * Hall symbol {@code P 2} means P 1 1 2 (use {@link #byHallSymbol} for Hall symbols).
     */
    public static Optional<SpaceGroup> lookup(String symbolOrNumber) {
        if (symbolOrNumber == null || symbolOrNumber.isBlank()) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(symbolOrNumber);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            return m.group(2) == null ? byNumber(n) : byNumber(n, m.group(2));
        }
        Optional<SpaceGroup> hm = byHermannMauguin(symbolOrNumber);
        return hm.isPresent() ? hm : byHallSymbol(symbolOrNumber);
    }

    /** Default setting of an ITA number 1..230 (see the class documentation), or empty. */
    public static Optional<SpaceGroup> byNumber(int number) {
        List<SpaceGroupTable.Entry> s = SpaceGroupTable.get().settings(number);
        return s.isEmpty() ? Optional.empty() : Optional.of(group(s.get(0)));
    }

    /**
     * A setting of an ITA number: {@code ""} or null for the default, {@code "1"}/{@code "2"} (or
     * {@code "S"}/{@code "Z"}) for the origin choice, {@code "H"}/{@code "R"} for the axes of R
     * groups, or a full setting code of the table ({@code "b2"}, {@code "cab"}, {@code "2cab"}).
     * Origin choice 1 is accepted for groups with a single origin; other codes that the group does
     * not have give empty.
     */
    public static Optional<SpaceGroup> byNumber(int number, String setting) {
        List<SpaceGroupTable.Entry> all = SpaceGroupTable.get().settings(number);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        if (setting == null || setting.isBlank()) {
            return Optional.of(group(all.get(0)));
        }
        return choose(all, all, HermannMauguin.normalizeSuffix(setting));
    }

    /** The setting with this Hall number (1..530), or empty. */
    public static Optional<SpaceGroup> byHallNumber(int hallNumber) {
        if (hallNumber < 1 || hallNumber > 530) {
            return Optional.empty();
        }
        return Optional.of(group(SpaceGroupTable.get().entry(hallNumber)));
    }

    /** All tabulated settings of an ITA number, default first; empty for numbers outside 1..230. */
    public static List<SpaceGroup> settings(int number) {
        List<SpaceGroup> out = new ArrayList<>();
        for (SpaceGroupTable.Entry e : SpaceGroupTable.get().settings(number)) {
            out.add(group(e));
        }
        return out;
    }

    /**
     * The tabulated setting of a Hall symbol: its spelling in the table (spaces, underscores and case
     * are free), or else, when the symbol is a valid Hall symbol, the setting with the same
     * operations (e.g. {@code "P 2yb (0 0 0)"}). Empty if the symbol is malformed or its operations are
     * not those of any tabulated setting; {@link HallSymbol#parse} gives the operations of any valid
     * Hall symbol and explains malformed ones.
     */
    public static Optional<SpaceGroup> byHallSymbol(String hallSymbol) {
        if (hallSymbol == null || hallSymbol.isBlank()) {
            return Optional.empty();
        }
        SpaceGroupTable.Entry e = SpaceGroupTable.get().byHallSymbol(hallSymbol);
        if (e != null) {
            return Optional.of(group(e));
        }
        return parseHall(hallSymbol).flatMap(h -> identify(h.group().operations()));
    }

    /**
     * A tabulated setting from a Hermann-Mauguin symbol in any of the spellings described in the class
     * documentation, with an optional setting suffix; the default setting when the symbol fits several.
     */
    public static Optional<SpaceGroup> byHermannMauguin(String symbol) {
        HermannMauguin.Parsed p = HermannMauguin.parse(symbol);
        if (p == null) {
            return Optional.empty();
        }
        List<SpaceGroupTable.Entry> candidates = candidates(p);
        if (candidates.isEmpty()) {
            HermannMauguin.Parsed barred = HermannMauguin.withCubicBar(p);
            if (barred != null) {
                candidates = candidates(barred);
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        if (p.suffix() == null) {
            return Optional.of(group(candidates.get(0)));
        }
        return choose(candidates, SpaceGroupTable.get().settings(candidates.get(0).number()), p.suffix());
    }

    /**
     * The tabulated setting whose operations equal {@code ops} as a set (modulo lattice translations;
     * translations compared within {@code tolerance}, fractional, which should stay well below 1/96,
     * e.g. 1e-3 for CIFs that write 1/3 as 0.3333), e.g. to name the group of a CIF's
     * {@code _symmetry_equiv_pos_as_xyz} list. Only the 530 tabulated settings are tried: no change of
     * origin or basis is searched for (that is the job of a symmetry finder working on the structure).
     * Where two settings have the same operations (Ccce:1 in abc and ba-c), the lower Hall number is
     * returned.
     */
    public static Optional<SpaceGroup> fromOperations(Collection<SymmetryOperation> ops, double tolerance) {
        Set<Seitz> exact = new HashSet<>();
        for (SymmetryOperation op : ops) {
            int[] k = new int[3];
            double[] t = op.translation();
            for (int i = 0; i < 3; i++) {
                double scaled = t[i] * Seitz.DEN;
                long n = Math.round(scaled);
                if (Math.abs(scaled - n) > tolerance * Seitz.DEN) {
                    return Optional.empty();
                }
                k[i] = (int) Math.floorMod(n, (long) Seitz.DEN);
            }
            exact.add(new Seitz(op.rotation(), k));
        }
        return identify(exact);
    }

    private static Optional<SpaceGroup> identify(Collection<Seitz> ops) {
        Map<Set<Seitz>, SpaceGroupTable.Entry> byOps = byOperations;
        if (byOps == null) {
            synchronized (SpaceGroups.class) {
                byOps = byOperations;
                if (byOps == null) {
                    byOps = new HashMap<>();
                    for (SpaceGroupTable.Entry e : SpaceGroupTable.get().entries()) {
                        byOps.putIfAbsent(Set.copyOf(group(e).hall().group().operations()), e);
                    }
                    byOperations = byOps;
                }
            }
        }
        SpaceGroupTable.Entry e = byOps.get(new HashSet<>(ops));
        return e == null ? Optional.empty() : Optional.of(group(e));
    }

    /** Candidates for a parsed symbol: entries with a spelling of that key whose spaces include the input's. */
    private static List<SpaceGroupTable.Entry> candidates(HermannMauguin.Parsed p) {
        List<Form> forms = index().getOrDefault(p.key(), List.of());
        Set<SpaceGroupTable.Entry> out = new LinkedHashSet<>();
        for (Form f : forms) {
            BitSet extra = (BitSet) p.boundaries().clone();
            extra.andNot(f.boundaries());
            if (extra.isEmpty()) {
                out.add(f.entry());
            }
        }
        List<SpaceGroupTable.Entry> list = new ArrayList<>(out);
        list.sort((a, b) -> Integer.compare(a.hallNumber(), b.hallNumber()));
        return list;
    }

    /**
     * Picks by suffix among {@code candidates}, else among all settings {@code ofNumber} of the same
     * group (for full setting codes such as {@code b2}).
     */
    private static Optional<SpaceGroup> choose(List<SpaceGroupTable.Entry> candidates,
                                               List<SpaceGroupTable.Entry> ofNumber, String suffix) {
        boolean origin = suffix.equals("1") || suffix.equals("2");
        for (SpaceGroupTable.Entry e : candidates) {
            if (matches(e.setting(), suffix, origin)) {
                return Optional.of(group(e));
            }
        }
        boolean hasOriginChoices = ofNumber.stream().anyMatch(e -> matches(e.setting(), "1", true));
        if (origin && !hasOriginChoices) {
            return suffix.equals("1") ? Optional.of(group(candidates.get(0))) : Optional.empty();
        }
        if (!origin) {
            for (SpaceGroupTable.Entry e : ofNumber) {
                if (e.setting().equals(suffix)) {
                    return Optional.of(group(e));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String setting, String suffix, boolean origin) {
        return origin ? setting.startsWith(suffix) : setting.equals(suffix);
    }

    private static Optional<HallSymbol> parseHall(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(HallSymbol.parse(text));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    private static SpaceGroup group(SpaceGroupTable.Entry e) {
        SpaceGroup g = CACHE.get(e.hallNumber());
        if (g == null) {
            g = new SpaceGroup(e, HallSymbol.parse(e.hallSymbol()));
            if (!CACHE.compareAndSet(e.hallNumber(), null, g)) {
                g = CACHE.get(e.hallNumber());
            }
        }
        return g;
    }

    private static Map<String, List<Form>> index() {
        Map<String, List<Form>> idx = hmIndex;
        if (idx == null) {
            synchronized (SpaceGroups.class) {
                idx = hmIndex;
                if (idx == null) {
                    idx = buildIndex();
                    hmIndex = idx;
                }
            }
        }
        return idx;
    }

    private static Map<String, List<Form>> buildIndex() {
        Map<String, List<Form>> idx = new HashMap<>();
        for (SpaceGroupTable.Entry e : SpaceGroupTable.get().entries()) {
            for (String spelling : HermannMauguin.spellingsOf(e)) {
                HermannMauguin.Parsed p = HermannMauguin.ofTable(spelling);
                if (p == null) {
                    throw new IllegalStateException("unreadable tabulated symbol '" + spelling + "'");
                }
                idx.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(new Form(e, p.boundaries()));
            }
        }
        return idx;
    }

    /** Keys of the symbol index and the ITA numbers they name (for tests of the index). */
    static Map<String, Set<Integer>> numbersByKey() {
        Map<String, Set<Integer>> out = new HashMap<>();
        index().forEach((k, forms) -> {
            Set<Integer> n = new HashSet<>();
            forms.forEach(f -> n.add(f.entry().number()));
            out.put(k, n);
        });
        return out;
    }
}
