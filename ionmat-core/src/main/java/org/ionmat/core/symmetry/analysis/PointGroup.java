package org.ionmat.core.symmetry.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.ionmat.core.symmetry.CrystalSystem;

/**
 * The 32 crystallographic point groups (geometric crystal classes) with their Hermann–Mauguin
 * symbols as spglib writes them. A group of integer rotations is classified by how many rotations
 * of each type (1, 2, 3, 4, 6, -1, m, -3, -4, -6; type from determinant and trace) it has, which
 * tells the 32 classes apart (International Tables A, and Togo and Tanaka, arXiv:1808.01590). The
 * counts of each class are generated here from the class's generators.
 */
public enum PointGroup {
    C1("1", CrystalSystem.TRICLINIC, "-1"),
    CI("-1", CrystalSystem.TRICLINIC, "-1", Gen.I),
    C2("2", CrystalSystem.MONOCLINIC, "2/m", Gen.R2Y),
    CS("m", CrystalSystem.MONOCLINIC, "2/m", Gen.MY),
    C2H("2/m", CrystalSystem.MONOCLINIC, "2/m", Gen.R2Y, Gen.I),
    D2("222", CrystalSystem.ORTHORHOMBIC, "mmm", Gen.R2Z, Gen.R2Y),
    C2V("mm2", CrystalSystem.ORTHORHOMBIC, "mmm", Gen.R2Z, Gen.MX),
    D2H("mmm", CrystalSystem.ORTHORHOMBIC, "mmm", Gen.R2Z, Gen.R2Y, Gen.I),
    C4("4", CrystalSystem.TETRAGONAL, "4/m", Gen.R4Z),
    S4("-4", CrystalSystem.TETRAGONAL, "4/m", Gen.S4Z),
    C4H("4/m", CrystalSystem.TETRAGONAL, "4/m", Gen.R4Z, Gen.I),
    D4("422", CrystalSystem.TETRAGONAL, "4/mmm", Gen.R4Z, Gen.R2X),
    C4V("4mm", CrystalSystem.TETRAGONAL, "4/mmm", Gen.R4Z, Gen.MX),
    D2D("-42m", CrystalSystem.TETRAGONAL, "4/mmm", Gen.S4Z, Gen.R2X),
    D4H("4/mmm", CrystalSystem.TETRAGONAL, "4/mmm", Gen.R4Z, Gen.R2X, Gen.I),
    C3("3", CrystalSystem.TRIGONAL, "-3", Gen.R3Z),
    C3I("-3", CrystalSystem.TRIGONAL, "-3", Gen.R3Z, Gen.I),
    D3("32", CrystalSystem.TRIGONAL, "-3m", Gen.R3Z, Gen.R2XY),
    C3V("3m", CrystalSystem.TRIGONAL, "-3m", Gen.R3Z, Gen.MXY),
    D3D("-3m", CrystalSystem.TRIGONAL, "-3m", Gen.R3Z, Gen.R2XY, Gen.I),
    C6("6", CrystalSystem.HEXAGONAL, "6/m", Gen.R6Z),
    C3H("-6", CrystalSystem.HEXAGONAL, "6/m", Gen.S6Z),
    C6H("6/m", CrystalSystem.HEXAGONAL, "6/m", Gen.R6Z, Gen.I),
    D6("622", CrystalSystem.HEXAGONAL, "6/mmm", Gen.R6Z, Gen.R2XY),
    C6V("6mm", CrystalSystem.HEXAGONAL, "6/mmm", Gen.R6Z, Gen.MXY),
    D3H("-6m2", CrystalSystem.HEXAGONAL, "6/mmm", Gen.S6Z, Gen.MXY),
    D6H("6/mmm", CrystalSystem.HEXAGONAL, "6/mmm", Gen.R6Z, Gen.R2XY, Gen.I),
    T("23", CrystalSystem.CUBIC, "m-3", Gen.R2Z, Gen.R2X, Gen.R3XYZ),
    TH("m-3", CrystalSystem.CUBIC, "m-3", Gen.R2Z, Gen.R2X, Gen.R3XYZ, Gen.I),
    O("432", CrystalSystem.CUBIC, "m-3m", Gen.R4Z, Gen.R3XYZ),
    TD("-43m", CrystalSystem.CUBIC, "m-3m", Gen.S4Z, Gen.R3XYZ),
    OH("m-3m", CrystalSystem.CUBIC, "m-3m", Gen.R4Z, Gen.R3XYZ, Gen.I);

    /** Generators in the conventional basis of the class (hexagonal axes for trigonal groups). */
    private static final class Gen {
        static final int[] I = {-1, 0, 0, 0, -1, 0, 0, 0, -1};
        static final int[] R2X = {1, 0, 0, 0, -1, 0, 0, 0, -1};
        static final int[] R2Y = {-1, 0, 0, 0, 1, 0, 0, 0, -1};
        static final int[] R2Z = {-1, 0, 0, 0, -1, 0, 0, 0, 1};
        static final int[] MX = {-1, 0, 0, 0, 1, 0, 0, 0, 1};
        static final int[] MY = {1, 0, 0, 0, -1, 0, 0, 0, 1};
        static final int[] R4Z = {0, -1, 0, 1, 0, 0, 0, 0, 1};
        static final int[] S4Z = {0, 1, 0, -1, 0, 0, 0, 0, -1};
        static final int[] R3Z = {0, -1, 0, 1, -1, 0, 0, 0, 1};
        static final int[] R6Z = {1, -1, 0, 1, 0, 0, 0, 0, 1};
        static final int[] S6Z = {-1, 1, 0, -1, 0, 0, 0, 0, -1};
        static final int[] R2XY = {0, 1, 0, 1, 0, 0, 0, 0, -1};
        static final int[] MXY = {0, -1, 0, -1, 0, 0, 0, 0, 1};
        static final int[] R3XYZ = {0, 0, 1, 1, 0, 0, 0, 1, 0};
    }

    private final String symbol;
    private final CrystalSystem system;
    private final String laue;
    private final List<int[]> rotations;
    private final int[] typeCounts;

    PointGroup(String symbol, CrystalSystem system, String laue, int[]... generators) {
        this.symbol = symbol;
        this.system = system;
        this.laue = laue;
        this.rotations = closure(generators);
        this.typeCounts = typeCounts(rotations);
    }

    /** Hermann–Mauguin symbol, e.g. {@code "m-3m"}, {@code "-42m"}, {@code "2/m"}. */
    public String symbol() {
        return symbol;
    }

    /** The crystal system. */
    public CrystalSystem crystalSystem() {
        return system;
    }

    /** Hermann–Mauguin symbol of the Laue class (the point group with inversion added). */
    public String laueClass() {
        return laue;
    }

    /** Number of rotations. */
    public int order() {
        return rotations.size();
    }

    /** True if the group contains the inversion. */
    public boolean isCentrosymmetric() {
        return typeCounts[RotationType.INVERSION.ordinal()] == 1;
    }

    /**
     * The point group of a set of integer rotations (in any basis), or null if the set is not one of
     * the 32 crystallographic point groups.
     */
    public static PointGroup of(Collection<int[]> rotations) {
        int[] counts = typeCounts(rotations);
        if (counts == null) {
            return null;
        }
        for (PointGroup p : values()) {
            if (Arrays.equals(p.typeCounts, counts)) {
                return p;
            }
        }
        return null;
    }

    /** Rotations of the class in its conventional basis (copies). */
    List<int[]> conventionalRotations() {
        List<int[]> out = new ArrayList<>();
        for (int[] r : rotations) {
            out.add(r.clone());
        }
        return out;
    }

    private static int[] typeCounts(Collection<int[]> rotations) {
        int[] c = new int[RotationType.values().length];
        for (int[] r : rotations) {
            RotationType t = RotationType.of(r);
            if (t == null) {
                return null;
            }
            c[t.ordinal()]++;
        }
        return c;
    }

    private static List<int[]> closure(int[]... generators) {
        List<int[]> g = new ArrayList<>();
        g.add(Matrices.IDENTITY.clone());
        boolean grown = true;
        while (grown) {
            grown = false;
            List<int[]> snapshot = new ArrayList<>(g);
            for (int[] a : snapshot) {
                for (int[] b : generators) {
                    int[] c = Matrices.mul(a, b);
                    if (g.stream().noneMatch(x -> Arrays.equals(x, c))) {
                        g.add(c);
                        grown = true;
                    }
                }
            }
        }
        return g;
    }
}
