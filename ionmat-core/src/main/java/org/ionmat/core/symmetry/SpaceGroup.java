package org.ionmat.core.symmetry;

import java.util.ArrayList;
import java.util.List;

/**
 * One of the 530 tabulated settings of a space group (International Tables, Hall 1981; numbered as in
 * spglib): its names, crystal system, point group, centring and all operations.
 *
 * <p>{@link #operations()} lists the operations modulo lattice translations of the cell the setting
 * refers to (the conventional cell; for R groups in the {@code H} setting the triple hexagonal cell),
 * so centring translations are included: Fm-3m has 192 operations, R-3c:H 36, R-3c:R 12.
 * Obtain instances from {@link SpaceGroups}.
 */
public final class SpaceGroup {

    private final SpaceGroupTable.Entry entry;
    private final HallSymbol hall;
    private final List<SymmetryOperation> operations;

    SpaceGroup(SpaceGroupTable.Entry entry, HallSymbol hall) {
        this.entry = entry;
        this.hall = hall;
        this.operations = hall.operations();
    }

    /** International Tables number, 1..230. */
    public int number() {
        return entry.number();
    }

    /** Hall number 1..530: the index of this setting in the table (spglib's numbering). */
    public int hallNumber() {
        return entry.hallNumber();
    }

    /** Hall symbol, e.g. {@code "-P 2ybc"}. */
    public String hallSymbol() {
        return entry.hallSymbol();
    }

    /**
     * Setting code of the International Tables, empty if the group has a single setting: origin
     * choice {@code "1"}/{@code "2"}, axes {@code "H"}/{@code "R"}, monoclinic unique axis and cell
     * choice ({@code "b1"}, {@code "-c2"}), orthorhombic axis permutation ({@code "cab"},
     * {@code "-cba"}), or both ({@code "2cab"}).
     */
    public String setting() {
        return entry.setting();
    }

    /** Setting-specific short Hermann-Mauguin symbol without spaces, e.g. {@code "P2_1/n"}, {@code "Pbnm"}. */
    public String shortSymbol() {
        return entry.hmShort().replace(" ", "");
    }

    /** Setting-specific short symbol with spaces, e.g. {@code "P 2_1/n"}, {@code "P b n m"}. */
    public String spacedShortSymbol() {
        return entry.hmShort();
    }

    /** Full Hermann-Mauguin symbol, e.g. {@code "P 1 2_1/n 1"}, {@code "F 4_1/d -3 2/m"}. */
    public String fullSymbol() {
        return entry.hmFull();
    }

    /**
     * Display name: the short symbol with the origin choice or axes appended when the group has
     * alternatives, e.g. {@code "Fd-3m:2"}, {@code "R-3c:H"}, {@code "Pncb:1"}, {@code "P2_1/c"}; for
     * monoclinic settings with unique axis a or c the full symbol without spaces ({@code "P112_1/n"}),
     * since their short symbols are those of unique axis b. Not unique over the 530 settings (for
     * example both Cmme settings abc and ba-c read {@code "Cmme"}); use {@link #hallNumber()} as a key.
     */
    public String label() {
        String s = entry.setting();
        if (entry.number() >= 3 && entry.number() <= 15 && (s.contains("a") || s.contains("c"))) {
            return fullSymbol().replace(" ", "");
        }
        if (s.equals("H") || s.equals("R")) {
            return shortSymbol() + ":" + s;
        }
        if (!s.isEmpty() && (s.charAt(0) == '1' || s.charAt(0) == '2')) {
            return shortSymbol() + ":" + s.charAt(0);
        }
        return shortSymbol();
    }

    /** Schoenflies symbol, e.g. {@code "C2h^5"}. */
    public String schoenflies() {
        return entry.schoenflies();
    }

    /** Hermann-Mauguin symbol of the point group, e.g. {@code "2/m"}, {@code "m-3m"}. */
    public String pointGroup() {
        return entry.pointGroup();
    }

    public CrystalSystem crystalSystem() {
        return CrystalSystem.ofSpaceGroup(entry.number());
    }

    /** Lattice letter of the Hall symbol: P, A, B, C, I, R (hexagonal axes) or F; P for R groups on rhombohedral axes. */
    public char centring() {
        return hall.latticeSymbol();
    }

    /** Centring translations including zero (fractional); their number is the centring multiplicity. */
    public List<double[]> centringTranslations() {
        return hall.centringTranslations();
    }

    /** True if the group contains an inversion (with any translation). */
    public boolean isCentrosymmetric() {
        int[] inversion = {-1, 0, 0, 0, -1, 0, 0, 0, -1};
        for (SymmetryOperation op : operations) {
            if (java.util.Arrays.equals(op.rotation(), inversion)) {
                return true;
            }
        }
        return false;
    }

    /** Operations modulo lattice translations, identity first, translations in [0, 1). Unmodifiable. */
    public List<SymmetryOperation> operations() {
        return operations;
    }

    /** Number of operations modulo lattice translations (point-group order times centring multiplicity). */
    public int order() {
        return operations.size();
    }

    /** The operations as {@code xyz} strings, as written in CIF files. */
    public List<String> operationsXyz() {
        List<String> out = new ArrayList<>(operations.size());
        for (SymmetryOperation op : operations) {
            out.add(op.toXyz());
        }
        return out;
    }

    HallSymbol hall() {
        return hall;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpaceGroup g && g.entry.hallNumber() == entry.hallNumber();
    }

    @Override
    public int hashCode() {
        return entry.hallNumber();
    }

    /** E.g. {@code "Fd-3m:2 (227)"}. */
    @Override
    public String toString() {
        return label() + " (" + entry.number() + ")";
    }
}
