package org.ionmat.core.symmetry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.ionmat.core.InvalidInputException;

/**
 * A space group written in Hall's explicit-origin notation (S. R. Hall, Acta Cryst. A37 (1981) 517;
 * International Tables for Crystallography Vol. B, Appendix 1.4.2), e.g. {@code "-P 2ybc"}
 * (P2_1/c), {@code "-F 4vw 2vw 3"} (Fd-3m, origin choice 2), {@code "P 61 2 (0 0 -1)"}.
 *
 * <p>Grammar: {@code [-]L  N[screw][axis][translations] ...  [(origin shift)]}.
 * <ul>
 *   <li>{@code L}: lattice centring P, A, B, C, I, R (obverse, hexagonal axes), S, T, F; a leading
 *       {@code -} adds the inversion at the origin.</li>
 *   <li>Each matrix symbol: rotation order N = 1, 2, 3, 4, 6, with {@code -} for a rotoinversion;
 *       an optional screw digit p (translation p/N along the axis); an axis {@code x y z} (a, b, c),
 *       {@code '} or {@code "} (two-fold axes along the face diagonals normal to the preceding axis:
 *       b-c / b+c after x, a-c / a+c after y, a-b / a+b after z), or {@code *} (three-fold along
 *       a+b+c); translation letters {@code a b c} (1/2), {@code n} (1/2,1/2,1/2), {@code u v w} (1/4),
 *       {@code d} (1/4,1/4,1/4), which add up.</li>
 *   <li>Default axes: the first rotation is along c; a second two-fold is along a after N = 2 or 4
 *       and along a-b after N = 3 or 6; a third rotation (three-fold) is along a+b+c.</li>
 *   <li>Origin shift {@code (nx ny nz)} in twelfths of the cell edges: each operation (R, t) becomes
 *       (R, t + v - R v). A change of basis in xyz form, {@code (x,y,z+1/12)} or {@code (-x,-y,z)},
 *       is also accepted: W becomes C W C^-1; its rotation part must have determinant +-1.</li>
 * </ul>
 * The group is closed under composition modulo lattice translations of the cell the symbol refers
 * to, so centring translations appear as operations. Input is case-insensitive; underscores may
 * separate the parts as in old CIFs.
 */
public final class HallSymbol {

    private static final String LATTICES = "PABCIRSTF";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SHIFT_VECTOR = Pattern.compile("[-+0-9\\s,]+");
    private static final Pattern SHIFT_SEPARATOR = Pattern.compile("[\\s,]+");

    private final String symbol;
    private final char lattice;
    private final boolean centrosymmetric;
    private final SeitzGroup group;

    private HallSymbol(String symbol, char lattice, boolean centrosymmetric, SeitzGroup group) {
        this.symbol = symbol;
        this.lattice = lattice;
        this.centrosymmetric = centrosymmetric;
        this.group = group;
    }

    /**
     * Parses a Hall symbol and generates its group.
     *
     * @throws InvalidInputException quoting the symbol and the offending part
     */
    public static HallSymbol parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(null, -1, text, "empty Hall symbol");
        }
        String s = text.replace('_', ' ').replace("''", "\"").trim();
        if (s.length() >= 2 && s.charAt(0) == '\'' && s.charAt(s.length() - 1) == '\'') {
            s = s.substring(1, s.length() - 1).trim();
        }
        Seitz changeOfBasis = null;
        int open = s.indexOf('(');
        if (open >= 0) {
            int close = s.indexOf(')', open);
            if (close < 0 || close != s.length() - 1 || s.indexOf('(', open + 1) >= 0) {
                throw bad(text, s.substring(open), "origin shift must be one '( ... )' at the end");
            }
            changeOfBasis = changeOfBasis(text, s.substring(open + 1, close));
            s = s.substring(0, open).trim();
        }
        if (s.isEmpty()) {
            throw bad(text, text.trim(), "no lattice symbol");
        }
        String[] tokens = WHITESPACE.split(s);
        String first = tokens[0];
        boolean centro = first.startsWith("-");
        String lat = centro ? first.substring(1) : first;
        if (lat.length() != 1 || LATTICES.indexOf(Character.toUpperCase(lat.charAt(0))) < 0) {
            throw bad(text, first, "lattice symbol must be one of " + LATTICES + ", optionally preceded by '-'");
        }
        char lattice = Character.toUpperCase(lat.charAt(0));
        if (tokens.length < 2) {
            throw bad(text, first, "no rotation matrix symbol after the lattice symbol");
        }

        // rotations first, then inversion and centrings: this puts the operations of the point group
        // in a natural order (1, 2, -1, m for 2/m)
        List<Seitz> generators = new ArrayList<>();
        int previousOrder = 0;
        char previousAxis = 0;
        for (int k = 1; k < tokens.length; k++) {
            MatrixSymbol m = MatrixSymbol.parse(text, tokens[k].toLowerCase(Locale.ROOT));
            if (m.order == 1 && (tokens.length != 2 || !m.isPlain())) {
                throw bad(text, tokens[k], "the identity '1' stands only alone, as in 'P 1'");
            }
            char axis = m.axis != 0 ? m.axis : defaultAxis(text, tokens[k], k - 1, Math.abs(m.order), previousOrder);
            if ((axis == '\'' || axis == '"') && Math.abs(m.order) != 2) {
                throw bad(text, tokens[k], "face-diagonal axes ' and \" carry only two-fold rotations");
            }
            if (axis == '*' && Math.abs(m.order) != 3) {
                throw bad(text, tokens[k], "the body-diagonal axis * carries only three-fold rotations");
            }
            char reference = previousAxis == 0 ? 'z' : previousAxis;
            if ((axis == '\'' || axis == '"') && "xyz".indexOf(reference) < 0) {
                throw bad(text, tokens[k], "face-diagonal axis must follow a rotation about x, y or z");
            }
            generators.add(m.operation(axis, reference));
            previousOrder = Math.abs(m.order);
            previousAxis = axis == 'd' ? 'z' : axis;   // 'd' marks the implicit a-b axis, normal to z
        }
        if (centro) {
            generators.add(Seitz.IDENTITY.negatedRotation());
        }
        for (int[] c : centringVectors(lattice)) {
            generators.add(Seitz.translation(c));
        }
        if (changeOfBasis != null) {
            Seitz inverse = changeOfBasis.inverse();
            List<Seitz> moved = new ArrayList<>(generators.size());
            for (Seitz g : generators) {
                moved.add(changeOfBasis.times(g).times(inverse));
            }
            generators = moved;
        }
        SeitzGroup group;
        try {
            group = SeitzGroup.generate(generators);
        } catch (IllegalArgumentException e) {
            throw bad(text, text.trim(), e.getMessage());
        }
        return new HallSymbol(text.trim(), lattice, centro, group);
    }

    /** Axis of a matrix symbol without an explicit axis, by Hall's default rules. */
    private static char defaultAxis(String text, String token, int position, int order, int previousOrder) {
        if (order == 1) {
            return 'z';   // identity or inversion: the axis does not matter
        }
        if (position == 0) {
            return 'z';
        }
        if (position == 1 && order == 2) {
            if (previousOrder == 2 || previousOrder == 4) {
                return 'x';
            }
            if (previousOrder == 3 || previousOrder == 6) {
                return 'd';   // a-b, written here as the implicit diagonal
            }
        }
        if (position == 2 && order == 3) {
            return '*';
        }
        throw bad(text, token, "axis cannot be implied here; write x, y, z, ', \" or *");
    }

    private static Seitz changeOfBasis(String text, String inner) {
        String c = inner.trim();
        if (SHIFT_VECTOR.matcher(c).matches()) {
            String[] parts = SHIFT_SEPARATOR.split(c);
            if (parts.length != 3) {
                throw bad(text, "(" + inner + ")", "origin shift needs three numbers (twelfths of a, b, c)");
            }
            int[] v = new int[3];
            for (int i = 0; i < 3; i++) {
                try {
                    v[i] = Integer.parseInt(parts[i].startsWith("+") ? parts[i].substring(1) : parts[i]);
                } catch (NumberFormatException e) {
                    throw bad(text, parts[i], "origin shift components must be integers (twelfths)");
                }
                v[i] *= Seitz.DEN / 12;
            }
            return Seitz.translation(v);
        }
        SymmetryOperation op;
        try {
            op = SymmetryOperation.parseUnimodular(c);
        } catch (InvalidInputException e) {
            throw bad(text, "(" + inner + ")", "change of basis is neither (nx ny nz) nor an xyz operator");
        }
        try {
            return Seitz.of(op);
        } catch (IllegalArgumentException e) {
            throw bad(text, "(" + inner + ")", "change of basis: " + e.getMessage());
        }
    }

    /** Centring translations other than zero, in units of 1/{@link Seitz#DEN}. */
    private static int[][] centringVectors(char lattice) {
        int h = Seitz.DEN / 2;
        int t1 = Seitz.DEN / 3;
        int t2 = 2 * Seitz.DEN / 3;
        return switch (lattice) {
            case 'P' -> new int[0][];
            case 'A' -> new int[][] {{0, h, h}};
            case 'B' -> new int[][] {{h, 0, h}};
            case 'C' -> new int[][] {{h, h, 0}};
            case 'I' -> new int[][] {{h, h, h}};
            case 'R' -> new int[][] {{t2, t1, t1}, {t1, t2, t2}};
            case 'S' -> new int[][] {{t1, t1, t2}, {t2, t2, t1}};
            case 'T' -> new int[][] {{t1, t2, t1}, {t2, t1, t2}};
            case 'F' -> new int[][] {{0, h, h}, {h, 0, h}, {h, h, 0}};
            default -> throw new IllegalArgumentException("lattice " + lattice);
        };
    }

    static InvalidInputException bad(String text, String token, String why) {
        return new InvalidInputException(null, -1, token, "bad Hall symbol '" + (text == null ? "" : text.trim()) + "': " + why);
    }

    /** One matrix symbol such as {@code 2yb}, {@code -4bd}, {@code 61}, {@code -1n}. */
    private static final class MatrixSymbol {
        final int order;      // signed: negative for rotoinversions
        final char axis;      // x y z ' " * or 0 when implied
        final int screw;      // screw digit, 0 if none
        final int[] shift;    // letter translations in units of 1/DEN

        private MatrixSymbol(int order, char axis, int screw, int[] shift) {
            this.order = order;
            this.axis = axis;
            this.screw = screw;
            this.shift = shift;
        }

        static MatrixSymbol parse(String text, String token) {
            int i = 0;
            boolean improper = false;
            if (token.charAt(0) == '-') {
                improper = true;
                i++;
            }
            if (i >= token.length() || "12346".indexOf(token.charAt(i)) < 0) {
                throw bad(text, token, "rotation order must be 1, 2, 3, 4 or 6");
            }
            int n = token.charAt(i) - '0';
            i++;
            char axis = 0;
            int screw = 0;
            int[] shift = new int[3];
            int q = Seitz.DEN / 4;
            int h = Seitz.DEN / 2;
            for (; i < token.length(); i++) {
                char ch = token.charAt(i);
                switch (ch) {
                    case 'x', 'y', 'z', '\'', '"', '*' -> {
                        if (axis != 0) {
                            throw bad(text, token, "more than one axis symbol");
                        }
                        axis = ch;
                    }
                    case 'a' -> shift[0] += h;
                    case 'b' -> shift[1] += h;
                    case 'c' -> shift[2] += h;
                    case 'n' -> add(shift, h, h, h);
                    case 'u' -> shift[0] += q;
                    case 'v' -> shift[1] += q;
                    case 'w' -> shift[2] += q;
                    case 'd' -> add(shift, q, q, q);
                    case '1', '2', '3', '4', '5' -> {
                        int p = ch - '0';
                        if (screw != 0 || improper || p >= n) {
                            throw bad(text, token, "screw digit " + p + " is not allowed for rotation "
                                    + (improper ? "-" : "") + n);
                        }
                        screw = p;
                    }
                    default -> throw bad(text, token, "unexpected character '" + ch + "'");
                }
            }
            return new MatrixSymbol(improper ? -n : n, axis, screw, shift);
        }

        /** No axis, screw or translation. */
        boolean isPlain() {
            return axis == 0 && screw == 0 && shift[0] == 0 && shift[1] == 0 && shift[2] == 0;
        }

        private static void add(int[] v, int a, int b, int c) {
            v[0] += a;
            v[1] += b;
            v[2] += c;
        }

        /** The Seitz operator about {@code axis} ('d' = implied a-b); {@code reference} is the
         *  preceding axis that ' and " refer to. */
        Seitz operation(char axis, char reference) {
            int n = Math.abs(order);
            int[] rot;
            int[] direction;   // lattice vector along the axis, for the screw part
            if (n == 1) {
                rot = new int[] {1, 0, 0, 0, 1, 0, 0, 0, 1};
                direction = new int[3];
            } else if (axis == 'x' || axis == 'y' || axis == 'z') {
                int a = axis - 'x';
                rot = principal(n, a);
                direction = new int[3];
                direction[a] = 1;
            } else if (axis == '*') {
                rot = new int[] {0, 0, 1, 1, 0, 0, 0, 1, 0};
                direction = new int[] {1, 1, 1};
            } else {
                boolean plus = axis == '"';
                int a = axis == 'd' ? 2 : reference - 'x';
                int p = (a + 1) % 3;
                int qq = (a + 2) % 3;
                rot = new int[9];
                rot[3 * a + a] = -1;
                rot[3 * p + qq] = plus ? 1 : -1;
                rot[3 * qq + p] = plus ? 1 : -1;
                direction = new int[3];
                direction[p] = 1;
                direction[qq] = plus ? 1 : -1;
            }
            int[] t = shift.clone();
            if (screw != 0) {
                for (int i = 0; i < 3; i++) {
                    t[i] += direction[i] * screw * Seitz.DEN / n;
                }
            }
            Seitz s = new Seitz(rot, t);
            return order < 0 ? s.negatedRotation() : s;
        }

        /** N-fold rotation about the principal axis {@code a} (0 = x, 1 = y, 2 = z), in the
         *  hexagonal basis for N = 3 and 6. */
        private static int[] principal(int n, int a) {
            int[][] block = switch (n) {
                case 2 -> new int[][] {{-1, 0}, {0, -1}};
                case 3 -> new int[][] {{0, -1}, {1, -1}};
                case 4 -> new int[][] {{0, -1}, {1, 0}};
                case 6 -> new int[][] {{1, -1}, {1, 0}};
                default -> throw new IllegalArgumentException("order " + n);
            };
            int p = (a + 1) % 3;
            int q = (a + 2) % 3;
            int[] rot = new int[9];
            rot[3 * a + a] = 1;
            rot[3 * p + p] = block[0][0];
            rot[3 * p + q] = block[0][1];
            rot[3 * q + p] = block[1][0];
            rot[3 * q + q] = block[1][1];
            return rot;
        }
    }

    /** The symbol as given (trimmed). */
    public String symbol() {
        return symbol;
    }

    /** Lattice centring letter: P, A, B, C, I, R, S, T or F. */
    public char latticeSymbol() {
        return lattice;
    }

    /** True if the symbol starts with '-' (inversion at the origin among the generators). */
    public boolean hasInversionAtOrigin() {
        return centrosymmetric;
    }

    /** All operations modulo lattice translations (centring translations included), identity first. */
    public List<SymmetryOperation> operations() {
        List<SymmetryOperation> out = new ArrayList<>(group.operations().size());
        for (Seitz s : group.operations()) {
            out.add(s.toOperation());
        }
        return List.copyOf(out);
    }

    /** Centring translations including the zero vector, fractional. */
    public List<double[]> centringTranslations() {
        List<double[]> out = new ArrayList<>();
        for (Seitz s : group.centrings()) {
            out.add(s.toOperation().translation());
        }
        return out;
    }

    /** Number of operations modulo lattice translations. */
    public int order() {
        return group.operations().size();
    }

    SeitzGroup group() {
        return group;
    }

    @Override
    public String toString() {
        return symbol;
    }
}
