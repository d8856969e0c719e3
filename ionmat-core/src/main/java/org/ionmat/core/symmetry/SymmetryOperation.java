package org.ionmat.core.symmetry;

import java.util.Arrays;
import java.util.Locale;

import org.ionmat.core.InvalidInputException;

/**
 * A crystallographic symmetry operation in fractional coordinates: {@code x' = R x + t}, with an
 * integer rotation matrix R and a translation t (fractions of lattice vectors).
 */
public final class SymmetryOperation {

    private final int[] r;      // row-major 3x3
    private final double[] t;   // translation

    /**
     * @param rotation    integer 3x3 matrix, row-major (9 numbers)
     * @param translation translation vector (3 numbers), fractional
     */
    public SymmetryOperation(int[] rotation, double[] translation) {
        if (rotation.length != 9 || translation.length != 3) {
            throw new IllegalArgumentException("rotation needs 9 and translation 3 components");
        }
        this.r = rotation.clone();
        this.t = translation.clone();
    }

    /** The identity. */
    public static SymmetryOperation identity() {
        return new SymmetryOperation(new int[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, new double[3]);
    }

    /**
     * Parses the Jones-faithful form used in CIF files: {@code "x, y, z"}, {@code "-x+1/2, y, -z"},
     * {@code "1/2+x,-y+0.5,z"}, {@code "x-y, x, z+1/6"}, also with upper-case letters, any
     * whitespace and the Unicode minus sign. The rotation part must be that of a crystallographic
     * operation: determinant +-1 and order 1, 2, 3, 4 or 6.
     *
     * @throws InvalidInputException quoting the text if it is not a symmetry operation
     */
    public static SymmetryOperation parse(String xyz) {
        return parse(xyz, true);
    }

    /**
     * Parses an affine operator in xyz form whose linear part is unimodular but need not be of finite
     * order, such as a change of basis {@code (x+z, y, z)}; for {@link HallSymbol}.
     */
    static SymmetryOperation parseUnimodular(String xyz) {
        return parse(xyz, false);
    }

    private static SymmetryOperation parse(String xyz, boolean crystallographic) {
        if (xyz == null) {
            throw new InvalidInputException(null, -1, null, "bad symmetry operation: missing");
        }
        String s = xyz.trim();
        if (s.length() >= 2 && (s.charAt(0) == '\'' || s.charAt(0) == '"') && s.charAt(s.length() - 1) == s.charAt(0)) {
            s = s.substring(1, s.length() - 1);
        }
        String[] parts = s.toLowerCase(Locale.ROOT).replace('\u2212', '-').replaceAll("\\s+", "").split(",", -1);
        if (parts.length != 3) {
            throw bad(xyz, "expected three comma-separated components");
        }
        int[] rot = new int[9];
        double[] tr = new double[3];
        for (int row = 0; row < 3; row++) {
            parseComponent(xyz, parts[row], row, rot, tr);
        }
        int det = det(rot);
        if (det != 1 && det != -1) {
            throw bad(xyz, "rotation part has determinant " + det + ", not +1 or -1");
        }
        if (crystallographic && !hasCrystallographicOrder(rot)) {
            throw bad(xyz, "rotation part is not of order 1, 2, 3, 4 or 6");
        }
        return new SymmetryOperation(rot, tr);
    }

    private static void parseComponent(String whole, String c, int row, int[] rot, double[] tr) {
        if (c.isEmpty()) {
            throw bad(whole, "empty component");
        }
        int i = 0;
        int n = c.length();
        boolean any = false;
        while (i < n) {
            int sign = 1;
            boolean signSeen = false;
            if (i < n && (c.charAt(i) == '+' || c.charAt(i) == '-')) {
                sign = c.charAt(i) == '-' ? -1 : 1;
                signSeen = true;
                i++;
                if (i < n && (c.charAt(i) == '+' || c.charAt(i) == '-')) {
                    throw bad(whole, "two signs in a row in '" + c + "'");
                }
            }
            if (i >= n) {
                throw bad(whole, "dangling sign in '" + c + "'");
            }
            if (any && !signSeen) {
                throw bad(whole, "missing operator in '" + c + "'");
            }
            char ch = c.charAt(i);
            if (ch == 'x' || ch == 'y' || ch == 'z') {
                rot[3 * row + (ch - 'x')] += sign;
                i++;
            } else if (Character.isDigit(ch) || ch == '.') {
                int start = i;
                while (i < n && (Character.isDigit(c.charAt(i)) || c.charAt(i) == '.')) {
                    i++;
                }
                double num = parseNumber(whole, c.substring(start, i));
                if (i < n && c.charAt(i) == '/') {
                    i++;
                    int ds = i;
                    while (i < n && (Character.isDigit(c.charAt(i)) || c.charAt(i) == '.')) {
                        i++;
                    }
                    if (ds == i) {
                        throw bad(whole, "missing denominator in '" + c + "'");
                    }
                    double den = parseNumber(whole, c.substring(ds, i));
                    if (den == 0) {
                        throw bad(whole, "division by zero in '" + c + "'");
                    }
                    num /= den;
                }
                if (i < n && (c.charAt(i) == '*' || c.charAt(i) == 'x' || c.charAt(i) == 'y' || c.charAt(i) == 'z')) {
                    // coefficient times variable, e.g. "2x" (rare, non-standard)
                    if (c.charAt(i) == '*') {
                        i++;
                    }
                    if (i >= n || "xyz".indexOf(c.charAt(i)) < 0) {
                        throw bad(whole, "unexpected character in '" + c + "'");
                    }
                    if (num != Math.rint(num)) {
                        throw bad(whole, "non-integer coefficient in '" + c + "'");
                    }
                    rot[3 * row + (c.charAt(i) - 'x')] += sign * (int) num;
                    i++;
                } else {
                    tr[row] += sign * num;
                }
            } else {
                throw bad(whole, "unexpected character '" + ch + "'");
            }
            any = true;
        }
    }

    /** True if some power R^k, k = 1, 2, 3, 4 or 6, of the rotation is the identity. */
    private static boolean hasCrystallographicOrder(int[] rot) {
        int[] p = rot.clone();
        for (int k = 1; k <= 6; k++) {
            if (Arrays.equals(p, new int[] {1, 0, 0, 0, 1, 0, 0, 0, 1})) {
                return k != 5;
            }
            int[] q = new int[9];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    q[3 * i + j] = p[3 * i] * rot[j] + p[3 * i + 1] * rot[3 + j] + p[3 * i + 2] * rot[6 + j];
                }
            }
            p = q;
        }
        return false;
    }

    private static double parseNumber(String whole, String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw bad(whole, "bad number '" + s + "'");
        }
    }

    private static InvalidInputException bad(String xyz, String why) {
        return new InvalidInputException(null, -1, xyz, "bad symmetry operation '" + xyz.trim() + "': " + why);
    }

    /** Copy of the rotation matrix, row-major. */
    public int[] rotation() {
        return r.clone();
    }

    /** Rotation element (row i, column j). */
    public int rotation(int i, int j) {
        return r[3 * i + j];
    }

    /** Copy of the translation. */
    public double[] translation() {
        return t.clone();
    }

    /** Applies the operation to fractional coordinates. */
    public double[] apply(double[] f) {
        return new double[] {
            r[0] * f[0] + r[1] * f[1] + r[2] * f[2] + t[0],
            r[3] * f[0] + r[4] * f[1] + r[5] * f[2] + t[1],
            r[6] * f[0] + r[7] * f[1] + r[8] * f[2] + t[2]
        };
    }

    /** Composition {@code this ∘ other} (apply other first); translation not reduced. */
    public SymmetryOperation compose(SymmetryOperation o) {
        int[] rr = new int[9];
        double[] tt = new double[3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                rr[3 * i + j] = r[3 * i] * o.r[j] + r[3 * i + 1] * o.r[3 + j] + r[3 * i + 2] * o.r[6 + j];
            }
            tt[i] = r[3 * i] * o.t[0] + r[3 * i + 1] * o.t[1] + r[3 * i + 2] * o.t[2] + t[i];
        }
        return new SymmetryOperation(rr, tt);
    }

    /** Same operation with the translation reduced to [0, 1). */
    public SymmetryOperation reduced() {
        double[] tt = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = t[i] - Math.floor(t[i]);
            if (v > 1 - 1e-10) {
                v = 0;
            }
            tt[i] = Math.abs(v) < 1e-10 ? 0 : v;
        }
        return new SymmetryOperation(r, tt);
    }

    /** Determinant of the rotation (+1 proper, -1 improper). */
    public int determinant() {
        return det(r);
    }

    private static int det(int[] a) {
        return a[0] * (a[4] * a[8] - a[5] * a[7]) - a[1] * (a[3] * a[8] - a[5] * a[6])
                + a[2] * (a[3] * a[7] - a[4] * a[6]);
    }

    /** True if rotations are equal and translations agree modulo 1 within {@code tol}. */
    public boolean equalsModuloLattice(SymmetryOperation o, double tol) {
        if (!Arrays.equals(r, o.r)) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            double d = t[i] - o.t[i];
            d -= Math.rint(d);
            if (Math.abs(d) > tol) {
                return false;
            }
        }
        return true;
    }

    /** Jones-faithful string, e.g. {@code "-x+1/2, y, -z"}, fractions of 12ths written as fractions. */
    public String toXyz() {
        StringBuilder sb = new StringBuilder();
        for (int row = 0; row < 3; row++) {
            if (row > 0) {
                sb.append(", ");
            }
            StringBuilder c = new StringBuilder();
            for (int k = 0; k < 3; k++) {
                int v = r[3 * row + k];
                if (v == 0) {
                    continue;
                }
                if (v < 0) {
                    c.append('-');
                } else if (c.length() > 0) {
                    c.append('+');
                }
                if (Math.abs(v) != 1) {
                    c.append(Math.abs(v));
                }
                c.append((char) ('x' + k));
            }
            double tv = t[row];
            if (Math.abs(tv) > 1e-10) {
                if (tv < 0 || c.length() > 0) {
                    c.append(tv < 0 ? '-' : '+');
                }
                c.append(fraction(Math.abs(tv)));
            }
            sb.append(c.length() == 0 ? "0" : c);
        }
        return sb.toString();
    }

    private static String fraction(double v) {
        for (int den : new int[] {1, 2, 3, 4, 6, 8, 12, 24}) {
            double num = v * den;
            if (Math.abs(num - Math.rint(num)) < 1e-8) {
                long n = Math.round(num);
                return den == 1 ? Long.toString(n) : n + "/" + den;
            }
        }
        String s = String.format(Locale.ROOT, "%.10f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SymmetryOperation s && Arrays.equals(r, s.r) && Arrays.equals(t, s.t);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(r) + Arrays.hashCode(t);
    }

    @Override
    public String toString() {
        return toXyz();
    }
}
