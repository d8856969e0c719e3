package org.ionmat.core.io.cif;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.Site;
import org.ionmat.core.structure.Structure;
import org.ionmat.core.symmetry.SpaceGroups;
import org.ionmat.core.symmetry.SymmetryOperation;

/**
 * Builds the crystal structure of one CIF data block: cell, symmetry operations, atom sites,
 * oxidation states, symmetry expansion with merging. See {@link CifReader} for the rules.
 */
final class CifStructureBuilder {

    private static final String[] CELL_TAGS = {
        "_cell_length_a", "_cell_length_b", "_cell_length_c",
        "_cell_angle_alpha", "_cell_angle_beta", "_cell_angle_gamma"
    };
    private static final String[] SYMOP_TAGS = {
        "_symmetry_equiv_pos_as_xyz", "_space_group_symop_operation_xyz"
    };
    private static final String MAGN_OPERATION = "_space_group_symop_magn_operation_xyz";
    private static final String MAGN_CENTERING = "_space_group_symop_magn_centering_xyz";
    private static final String[] HALL_TAGS = {
        "_space_group_name_hall", "_symmetry_space_group_name_hall"
    };
    private static final String[] HM_TAGS = {
        "_space_group_name_h-m_alt", "_symmetry_space_group_name_h-m", "_space_group_name_h-m_full",
        "_space_group_name_h_m_alt", "_symmetry_space_group_name_h_m"
    };
    private static final String[] NUMBER_TAGS = {
        "_space_group_it_number", "_symmetry_int_tables_number"
    };
    private static final String[] FRACT = {"_atom_site_fract_x", "_atom_site_fract_y", "_atom_site_fract_z"};
    private static final String[] CARTN = {"_atom_site_cartn_x", "_atom_site_cartn_y", "_atom_site_cartn_z"};
    private static final String LABEL = "_atom_site_label";
    private static final String TYPE = "_atom_site_type_symbol";
    private static final String OCCUPANCY = "_atom_site_occupancy";
    private static final String CALC_FLAG = "_atom_site_calc_flag";

    /** Non-terminating multiples of 1/12 that CIFs write rounded (1/12, 1/6, 1/3, ...). */
    private static final int[] TWELFTHS = {1, 2, 4, 5, 7, 8, 10, 11};

    private final CifBlock block;
    private final String source;
    private final CifReader.Options options;

    private CifStructureBuilder(CifBlock block, CifReader.Options options) {
        this.block = block;
        this.source = block.source();
        this.options = options;
    }

    /** True if the block describes atom sites (and so should give a structure). */
    static boolean hasAtomSites(CifBlock block) {
        for (String t : new String[] {LABEL, TYPE, FRACT[0], FRACT[1], FRACT[2], CARTN[0], CARTN[1], CARTN[2]}) {
            if (block.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** The structure of a block that {@link #hasAtomSites has atom sites}. */
    static Structure build(CifBlock block, CifReader.Options options) {
        return new CifStructureBuilder(block, options).build();
    }

    private Structure build() {
        rejectModulated();
        Lattice lattice = lattice();
        List<SymmetryOperation> ops = symmetryOperations();
        SiteExpander expander = new SiteExpander(ops, options.siteTolerance());
        readSites(lattice, expander);
        List<Site> sites = expander.expand();
        return Structure.of(lattice, sites);
    }

    private InvalidInputException error(int line, String token, String problem) {
        return new InvalidInputException(source, line, token, problem);
    }

    private InvalidInputException blockError(String problem) {
        return error(block.line(), "data_" + block.name(), problem + " in block data_" + block.name());
    }

    /** Incommensurately modulated structures need superspace groups, which are not supported. */
    private void rejectModulated() {
        CifValue dim = block.value("_cell_modulation_dimension");
        if (dim != null && !dim.isMissing()) {
            CifNumber n = CifNumber.parse(dim.text().trim());
            if (n == null || n.value() != 0) {
                throw error(dim.line(), dim.text(), "incommensurately modulated structure (_cell_modulation_dimension "
                        + dim.text() + ") is not supported");
            }
        }
    }

    // ---------------------------------------------------------------- cell

    private Lattice lattice() {
        double[] p = new double[6];
        for (int i = 0; i < 6; i++) {
            String tag = CELL_TAGS[i];
            CifValue v = block.value(tag);
            if (v == null) {
                throw blockError("missing cell parameter " + tag);
            }
            if (v.isMissing()) {
                throw error(v.line(), v.toString(), "cell parameter " + tag + " is not given ('" + v + "')");
            }
            p[i] = number(v, tag, "cell parameter " + tag);
        }
        try {
            return Lattice.fromParameters(p[0], p[1], p[2], p[3], p[4], p[5]);
        } catch (InvalidInputException e) {
            throw error(block.tagLine(CELL_TAGS[0]), null, e.problem());
        }
    }

    private double number(CifValue v, String tag, String what) {
        if (v.isCompound()) {
            throw error(v.line(), v.toString(), what + " must be a number, not a list or table");
        }
        CifNumber n = CifNumber.parse(v.text().trim());
        if (n == null || !Double.isFinite(n.value())) {
            throw error(v.line(), v.text(), what + " is not a number: '" + v.text() + "'");
        }
        return n.value();
    }

    // ---------------------------------------------------------------- symmetry

    private List<SymmetryOperation> symmetryOperations() {
        for (String tag : SYMOP_TAGS) {
            if (block.hasValue(tag)) {
                List<SymmetryOperation> ops = parseOperations(tag, false);
                checkGroup(ops, block.values(tag), block.spelling(tag));
                return ops;
            }
        }
        if (block.hasValue(MAGN_OPERATION)) {
            // magnetic CIF: the spatial parts of the operations (time reversal dropped), times centrings
            List<SymmetryOperation> ops = parseOperations(MAGN_OPERATION, true);
            if (block.hasValue(MAGN_CENTERING)) {
                List<SymmetryOperation> all = new ArrayList<>();
                for (SymmetryOperation c : parseOperations(MAGN_CENTERING, true)) {
                    for (SymmetryOperation op : ops) {
                        all.add(c.compose(op));
                    }
                }
                ops = all;
            }
            checkGroup(ops, block.values(MAGN_OPERATION), block.spelling(MAGN_OPERATION));
            return ops;
        }
        String firstSymbol = null;
        int firstLine = -1;
        for (String[] tags : new String[][] {HALL_TAGS, HM_TAGS, NUMBER_TAGS}) {
            for (String tag : tags) {
                CifValue v = block.value(tag);
                if (v == null || v.isMissing() || v.isCompound() || v.text().isBlank()) {
                    continue;
                }
                String symbol = v.text().trim();
                if (firstSymbol == null) {
                    firstSymbol = symbol;
                    firstLine = v.line();
                }
                Optional<List<SymmetryOperation>> ops;
                try {
                    ops = SpaceGroups.operations(symbol);
                } catch (InvalidInputException e) {
                    throw error(v.line(), symbol, e.problem());
                }
                if (ops.isPresent() && !ops.get().isEmpty()) {
                    return ops.get();
                }
            }
        }
        if (firstSymbol != null) {
            throw error(firstLine, firstSymbol, "unknown space group '" + firstSymbol
                    + "' and no symmetry operations (_symmetry_equiv_pos_as_xyz) given");
        }
        return List.of(SymmetryOperation.identity());
    }

    private List<SymmetryOperation> parseOperations(String tag, boolean magnetic) {
        List<SymmetryOperation> ops = new ArrayList<>();
        for (CifValue v : block.values(tag)) {
            if (v.isMissing()) {
                continue;
            }
            if (v.isCompound()) {
                throw error(v.line(), v.toString(), "bad symmetry operation: a list or table instead of 'x, y, z' form");
            }
            String text = v.text();
            if (magnetic) {
                int comma = text.lastIndexOf(',');
                String tr = comma < 0 ? "" : text.substring(comma + 1).trim();
                if (!tr.equals("1") && !tr.equals("+1") && !tr.equals("-1")) {
                    throw error(v.line(), text, "bad magnetic symmetry operation '" + text
                            + "': expected 'x,y,z,+1' form with time reversal +1 or -1 last");
                }
                text = text.substring(0, comma);
            }
            try {
                ops.add(SymmetryOperation.parse(text));
            } catch (InvalidInputException e) {
                throw error(v.line(), v.text(), e.problem());
            }
        }
        return ops;
    }

    /**
     * Checks that the operations contain the identity and are closed under composition (modulo
     * lattice translations, within 2e-3 to allow decimals such as 0.333): a list that is not a
     * group means a typo or a truncated list, and would give a wrong structure.
     */
    private void checkGroup(List<SymmetryOperation> ops, List<CifValue> values, String tag) {
        double tol = 2e-3;
        SymmetryOperation id = SymmetryOperation.identity();
        boolean hasIdentity = false;
        for (SymmetryOperation op : ops) {
            if (op.equalsModuloLattice(id, tol)) {
                hasIdentity = true;
                break;
            }
        }
        CifValue first = values.get(0);
        if (!hasIdentity) {
            throw error(first.line(), first.text(), "bad symmetry operations: the list under " + tag
                    + " does not contain the identity 'x, y, z'");
        }
        if (ops.size() > 1000) {
            throw error(first.line(), first.text(), "bad symmetry operations: " + ops.size()
                    + " operations under " + tag + " (a space group has at most 192)");
        }
        int m = ops.size();
        OperationSet listed = new OperationSet(tol);
        for (SymmetryOperation op : ops) {
            listed.add(op.rotation(), op.translation());
        }
        // Close a greedy generating set of the listed operations. Every operation made is a product of
        // listed ones, so the listed set is a group exactly when the closure finds nothing new and
        // covers it: O(m x generators) compositions instead of m^2.
        OperationSet closure = new OperationSet(tol);
        closure.add(id.rotation(), id.translation());
        List<int[]> genRot = new ArrayList<>();
        List<double[]> genTr = new ArrayList<>();
        boolean closed = true;
        outer:
        for (SymmetryOperation op : ops) {
            if (closure.contains(op.rotation(), op.translation())) {
                continue;
            }
            genRot.add(op.rotation());
            genTr.add(op.translation());
            closure.add(op.rotation(), op.translation());
            for (int c = 0; c < closure.size(); c++) {
                for (int g = 0; g < genRot.size(); g++) {
                    int[] r = new int[9];
                    double[] t = new double[3];
                    compose(genRot.get(g), genTr.get(g), closure.rotation(c), closure.translation(c), r, t);
                    if (!closure.contains(r, t)) {
                        if (!listed.contains(r, t)) {
                            closed = false;
                            break outer;
                        }
                        closure.add(r, t);
                    }
                }
            }
        }
        if (closed && closure.size() == listed.size()) {
            return;
        }
        // not a group: find a pair whose product is missing, for the message
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                int[] r = new int[9];
                double[] t = new double[3];
                compose(ops.get(i).rotation(), ops.get(i).translation(), ops.get(j).rotation(), ops.get(j).translation(), r, t);
                if (!listed.contains(r, t)) {
                    SymmetryOperation c = ops.get(i).compose(ops.get(j));
                    CifValue vi = values.get(indexOfNonMissing(values, i));
                    throw error(vi.line(), vi.text(), "bad symmetry operations: they do not form a group ('"
                            + ops.get(i).toXyz() + "' after '" + ops.get(j).toXyz() + "' gives '"
                            + c.reduced().toXyz() + "', which is not listed)");
                }
            }
        }
        // closed under products but with duplicates (the same operation listed twice)
        CifValue v0 = values.get(0);
        throw error(v0.line(), v0.text(), "bad symmetry operations: the list under " + tag
                + " repeats operations (" + m + " listed, " + closure.size() + " distinct)");
    }

    /** r = a o b (apply b first), t = Ra tb + ta. */
    private static void compose(int[] a, double[] ta, int[] b, double[] tb, int[] r, double[] t) {
        for (int x = 0; x < 3; x++) {
            for (int y = 0; y < 3; y++) {
                r[3 * x + y] = a[3 * x] * b[y] + a[3 * x + 1] * b[3 + y] + a[3 * x + 2] * b[6 + y];
            }
            t[x] = a[3 * x] * tb[0] + a[3 * x + 1] * tb[1] + a[3 * x + 2] * tb[2] + ta[x];
        }
    }

    /** Symmetry operations modulo lattice translations, looked up by rotation then translation (tolerance). */
    private static final class OperationSet {
        private final double tol;
        private final java.util.Map<Long, List<Integer>> byRotation = new java.util.HashMap<>();
        private final List<int[]> rotations = new ArrayList<>();
        private final List<double[]> translations = new ArrayList<>();

        OperationSet(double tol) {
            this.tol = tol;
        }

        int size() {
            return rotations.size();
        }

        int[] rotation(int i) {
            return rotations.get(i);
        }

        double[] translation(int i) {
            return translations.get(i);
        }

        boolean contains(int[] r, double[] t) {
            List<Integer> same = byRotation.get(rotationKey(r));
            if (same != null) {
                for (int k : same) {
                    if (sameModuloOne(t, translations.get(k), tol)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Adds unless already present. */
        void add(int[] r, double[] t) {
            if (contains(r, t)) {
                return;
            }
            byRotation.computeIfAbsent(rotationKey(r), k -> new ArrayList<>()).add(rotations.size());
            rotations.add(r.clone());
            translations.add(t.clone());
        }
    }

    private static long rotationKey(int[] r) {
        long k = 0;
        for (int v : r) {
            k = k * 64 + (v + 32);
        }
        return k;
    }

    private static boolean sameModuloOne(double[] a, double[] b, double tol) {
        for (int k = 0; k < 3; k++) {
            double d = a[k] - b[k];
            d -= Math.rint(d);
            if (Math.abs(d) > tol) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfNonMissing(List<CifValue> values, int k) {
        int seen = -1;
        for (int i = 0; i < values.size(); i++) {
            if (!values.get(i).isMissing() && ++seen == k) {
                return i;
            }
        }
        return 0;
    }

    // ---------------------------------------------------------------- sites

    private void readSites(Lattice lattice, SiteExpander expander) {
        List<CifValue> labels = block.values(LABEL);
        List<CifValue> types = block.values(TYPE);
        List<CifValue> occ = block.values(OCCUPANCY);
        List<CifValue> calc = block.values(CALC_FLAG);
        boolean fractional = anyPresent(FRACT);
        String[] coordTags = fractional ? FRACT : CARTN;
        if (!fractional && !anyPresent(CARTN)) {
            throw blockError("atom sites without coordinates (no _atom_site_fract_x/y/z or _atom_site_Cartn_x/y/z)");
        }
        List<List<CifValue>> coords = new ArrayList<>();
        for (String t : coordTags) {
            List<CifValue> c = block.values(t);
            if (c == null) {
                throw blockError("missing " + t);
            }
            coords.add(c);
        }
        if (labels == null && types == null) {
            throw blockError("atom sites have neither _atom_site_type_symbol nor _atom_site_label");
        }
        int n = coords.get(0).size();
        String[] sizeTags = {LABEL, TYPE, OCCUPANCY, CALC_FLAG, coordTags[0], coordTags[1], coordTags[2]};
        for (String t : sizeTags) {
            List<CifValue> col = block.values(t);
            if (col != null && col.size() != n) {
                throw error(block.tagLine(t), block.spelling(t), "atom site data names have different numbers of values ("
                        + block.spelling(coordTags[0]) + ": " + n + ", " + block.spelling(t) + ": " + col.size()
                        + "); they must be in one loop");
            }
        }
        double[] toFrac = fractional ? null : cartesianToFractional(lattice);
        Map<String, Double> typeOxidation = atomTypeOxidationStates();
        int used = 0;
        for (int i = 0; i < n; i++) {
            if (calc != null && calc.get(i).text().equalsIgnoreCase("dum")) {
                continue; // dummy site, not an atom
            }
            CifValue labelValue = labels == null ? null : labels.get(i);
            CifValue typeValue = types == null ? null : types.get(i);
            Species species = species(typeValue, labelValue, typeOxidation);
            String label = labelValue != null && !labelValue.isMissing() ? labelValue.text()
                    : typeValue.text();
            int line = coords.get(0).get(i).line();
            double[] f = new double[3];
            for (int k = 0; k < 3; k++) {
                f[k] = coordinate(coords.get(k).get(i), coordTags[k], label, fractional);
            }
            if (!fractional) {
                f = applyAffine(toFrac, f);
            }
            double occupancy = occupancy(occ == null ? null : occ.get(i), label);
            if (occupancy == 0) {
                continue; // an empty site: no atom
            }
            used++;
            SiteExpander.AsymSite site = expander.add(species, occupancy, f, label);
            double total = site.occupancy();
            if (total > 1 + options.occupancyTolerance()) {
                String who = site.mergedLabels.size() > 1
                        ? "sites " + String.join(", ", site.mergedLabels) + " coincide (within "
                                + plain(options.siteTolerance()) + " in fractional coordinates, after symmetry) and their"
                        : "site " + label + " is listed more than once at the same position and its";
                throw error(line, label, String.format(Locale.ROOT,
                        "%s occupancies add up to %.4f, more than 1", who, total));
            }
        }
        if (used == 0) {
            throw blockError(n == 0 ? "atom site loop without sites" : "no occupied atom sites");
        }
    }

    private static String plain(double v) {
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    private boolean anyPresent(String[] tags) {
        for (String t : tags) {
            if (block.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private Species species(CifValue typeValue, CifValue labelValue, Map<String, Double> typeOxidation) {
        Species sp;
        String key;
        int line;
        if (typeValue != null && !typeValue.isMissing()) {
            key = typeValue.text().trim();
            line = typeValue.line();
            if (typeValue.isCompound()) {
                throw error(line, typeValue.toString(), "atom type symbol must be text, not a list or table");
            }
            sp = CifSymbols.typeSymbol(key);
            if (sp == null) {
                throw error(line, key, unknownElementMessage(key, "_atom_site_type_symbol"));
            }
        } else {
            if (labelValue == null || labelValue.isMissing()) {
                throw error(typeValue != null ? typeValue.line() : labelValue.line(),
                        typeValue != null ? typeValue.toString() : labelValue.toString(),
                        "atom site without type symbol or label");
            }
            key = labelValue.text().trim();
            line = labelValue.line();
            Element el = CifSymbols.fromLabel(key);
            if (el == null) {
                throw error(line, key, unknownElementMessage(key, "_atom_site_label"));
            }
            sp = Species.of(el);
        }
        Double ox = typeOxidation.get(key);
        if (ox == null && !sp.hasOxidationState()) {
            ox = typeOxidation.get(sp.symbol());
        }
        if (ox != null) {
            if (sp.hasOxidationState() && Math.abs(sp.oxidationState() - ox) > 1e-6) {
                throw error(line, key, "oxidation state of '" + key + "' contradicts _atom_type_oxidation_number "
                        + ox + " given for it");
            }
            sp = Species.of(sp.element(), ox);
        }
        return sp;
    }

    private static String unknownElementMessage(String text, String tag) {
        String letters = text.replaceAll("[^A-Za-z].*$", "");
        if (letters.equalsIgnoreCase("D") || letters.equalsIgnoreCase("T")) {
            return "unknown element '" + text + "' in " + tag + " (deuterium and tritium are not supported; write H)";
        }
        return Element.unknownMessage(text) + " in " + tag;
    }

    /**
     * Oxidation states from the {@code _atom_type_symbol} / {@code _atom_type_oxidation_number}
     * loop, keyed by the symbol as written and, when only one type of an element is listed, by the
     * bare element symbol.
     */
    private Map<String, Double> atomTypeOxidationStates() {
        List<CifValue> symbols = block.values("_atom_type_symbol");
        List<CifValue> numbers = block.values("_atom_type_oxidation_number");
        Map<String, Double> map = new HashMap<>();
        if (symbols == null || numbers == null) {
            return map;
        }
        if (symbols.size() != numbers.size()) {
            throw error(block.tagLine("_atom_type_oxidation_number"), block.spelling("_atom_type_oxidation_number"),
                    "_atom_type_symbol and _atom_type_oxidation_number have different numbers of values");
        }
        Map<Element, Integer> perElement = new HashMap<>();
        Map<Element, Double> elementOx = new HashMap<>();
        for (int i = 0; i < symbols.size(); i++) {
            CifValue s = symbols.get(i);
            CifValue v = numbers.get(i);
            if (s.isMissing() || v.isMissing()) {
                continue;
            }
            double ox = number(v, "_atom_type_oxidation_number", "_atom_type_oxidation_number");
            String key = s.text().trim();
            map.put(key, ox);
            Species sp = CifSymbols.typeSymbol(key);
            if (sp != null) {
                perElement.merge(sp.element(), 1, Integer::sum);
                elementOx.put(sp.element(), ox);
            }
        }
        for (Map.Entry<Element, Integer> e : perElement.entrySet()) {
            if (e.getValue() == 1) {
                map.putIfAbsent(e.getKey().symbol(), elementOx.get(e.getKey()));
            }
        }
        return map;
    }

    private double coordinate(CifValue v, String tag, String label, boolean fractional) {
        String spelled = block.spelling(tag);
        if (v.isMissing()) {
            throw error(v.line(), v.toString(), "coordinate " + spelled + " of site " + label + " is not given ('" + v + "')");
        }
        if (v.isCompound()) {
            throw error(v.line(), v.toString(), "non-numeric coordinate " + spelled + " of site " + label);
        }
        CifNumber n = CifNumber.parse(v.text().trim());
        if (n == null || !Double.isFinite(n.value())) {
            throw error(v.line(), v.text(), "non-numeric coordinate " + spelled + " of site " + label
                    + ": '" + v.text() + "'");
        }
        return fractional ? snapRoundedFraction(n, v.text().trim()) : n.value();
    }

    /**
     * A fractional coordinate written as a rounded or truncated multiple of 1/12 that has no finite
     * decimal form (1/12, 1/6, 1/3, 5/12, 7/12, 2/3, 5/6, 11/12), with 4 to 8 decimals, is
     * replaced by the exact fraction: {@code 0.3333}, {@code 0.6667}, {@code 0.66666667} and
     * {@code 0.1667} mean 1/3, 2/3, 2/3 and 1/6 (pymatgen does the same for 1/3 and 2/3 within a
     * relative 1e-4). Without this, symmetry images of a site on a special position would not
     * coincide. Numbers that are not such roundings (for example 0.33334) and numbers with more
     * decimals (machine output, exact enough) are kept.
     */
    static double snapRoundedFraction(CifNumber n, String text) {
        int d = n.decimals();
        if (d < 4 || d > 8) {
            return n.value();
        }
        String mantissa = text;
        int paren = mantissa.indexOf('(');
        if (paren >= 0) {
            mantissa = mantissa.substring(0, paren);
        }
        boolean negative = mantissa.startsWith("-");
        if (mantissa.startsWith("+") || negative) {
            mantissa = mantissa.substring(1);
        }
        BigDecimal written = new BigDecimal(mantissa.startsWith(".") ? "0" + mantissa : mantissa);
        BigDecimal whole = written.setScale(0, RoundingMode.DOWN);
        BigDecimal frac = written.subtract(whole);
        for (int k : TWELFTHS) {
            BigDecimal exact = BigDecimal.valueOf(k);
            BigDecimal rounded = exact.divide(BigDecimal.valueOf(12), d, RoundingMode.HALF_UP);
            BigDecimal truncated = exact.divide(BigDecimal.valueOf(12), d, RoundingMode.DOWN);
            if (frac.compareTo(rounded) == 0 || frac.compareTo(truncated) == 0) {
                double v = whole.doubleValue() + k / 12.0;
                if (k % 4 == 0) {
                    v = whole.doubleValue() + (k / 4) / 3.0; // 1/3, 2/3 exactly as 1.0/3, 2.0/3
                } else if (k % 2 == 0) {
                    v = whole.doubleValue() + (k / 2) / 6.0;
                }
                return negative ? -v : v;
            }
        }
        return n.value();
    }

    private double occupancy(CifValue v, String label) {
        if (v == null || v.isMissing()) {
            return 1.0;
        }
        double o = number(v, OCCUPANCY, "occupancy of site " + label);
        if (o < 0) {
            throw error(v.line(), v.text(), "negative occupancy " + v.text() + " of site " + label);
        }
        if (o > 1 + options.occupancyTolerance()) {
            throw error(v.line(), v.text(), "occupancy " + v.text() + " of site " + label + " is more than 1");
        }
        return o;
    }

    // ---------------------------------------------------------------- Cartesian coordinates

    /**
     * The affine map (3x3 row-major matrix and translation, 12 numbers) from Cartesian (Å) to
     * fractional coordinates: from {@code _atom_sites_fract_tran_matrix_ij} /
     * {@code _vector_i} if given, else the inverse of {@code _atom_sites_Cartn_tran_matrix_ij}, else
     * the CIF default frame (x along a, z along c*), which is that of {@link Lattice#fromParameters}.
     */
    private double[] cartesianToFractional(Lattice lattice) {
        double[] f = affine("_atom_sites_fract_tran_matrix_", "_atom_sites_fract_tran_vector_");
        if (f != null) {
            return f;
        }
        double[] c = affine("_atom_sites_cartn_tran_matrix_", "_atom_sites_cartn_tran_vector_");
        if (c != null) {
            double[] inv = invert3(c);
            if (inv == null) {
                throw blockError("_atom_sites_Cartn_tran_matrix is singular");
            }
            double[] out = new double[12];
            System.arraycopy(inv, 0, out, 0, 9);
            for (int i = 0; i < 3; i++) {
                out[9 + i] = -(inv[3 * i] * c[9] + inv[3 * i + 1] * c[10] + inv[3 * i + 2] * c[11]);
            }
            return out;
        }
        // fractional = cart · M^-1, i.e. row i of the affine matrix is column i of M^-1
        double[] inv = lattice.inverseRowMajor();
        double[] out = new double[12];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                out[3 * i + j] = inv[3 * j + i];
            }
        }
        return out;
    }

    private double[] affine(String matrixPrefix, String vectorPrefix) {
        boolean any = false;
        double[] a = new double[12];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                String tag = matrixPrefix + (i + 1) + (j + 1);
                CifValue v = block.value(tag);
                if (v != null && !v.isMissing()) {
                    any = true;
                    a[3 * i + j] = number(v, tag, tag);
                }
            }
            String tag = vectorPrefix + (i + 1);
            CifValue v = block.value(tag);
            if (v != null && !v.isMissing()) {
                a[9 + i] = number(v, tag, tag);
            }
        }
        return any ? a : null;
    }

    private static double[] applyAffine(double[] a, double[] x) {
        double[] r = new double[3];
        for (int i = 0; i < 3; i++) {
            r[i] = a[3 * i] * x[0] + a[3 * i + 1] * x[1] + a[3 * i + 2] * x[2] + a[9 + i];
        }
        return r;
    }

    private static double[] invert3(double[] a) {
        double det = a[0] * (a[4] * a[8] - a[5] * a[7]) - a[1] * (a[3] * a[8] - a[5] * a[6])
                + a[2] * (a[3] * a[7] - a[4] * a[6]);
        if (Math.abs(det) < 1e-12) {
            return null;
        }
        return new double[] {
            (a[4] * a[8] - a[5] * a[7]) / det, (a[2] * a[7] - a[1] * a[8]) / det, (a[1] * a[5] - a[2] * a[4]) / det,
            (a[5] * a[6] - a[3] * a[8]) / det, (a[0] * a[8] - a[2] * a[6]) / det, (a[2] * a[3] - a[0] * a[5]) / det,
            (a[3] * a[7] - a[4] * a[6]) / det, (a[1] * a[6] - a[0] * a[7]) / det, (a[0] * a[4] - a[1] * a[3]) / det
        };
    }
}
