package org.ionmat.core.structure;

import java.util.Arrays;
import java.util.Locale;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.math.Mat3;

/**
 * An immutable periodic lattice given by three row vectors a, b, c (Å). Cartesian coordinates are
 * {@code r = f · M} with the rows of {@code M} the lattice vectors, as in ASE and pymatgen.
 *
 * <p>{@link #fromParameters} uses the crystallographic standard orientation (a along x, b in the
 * xy plane, c completing a right-handed cell), as ASE, VESTA and LAMMPS do.
 */
public final class Lattice {

    private final double[] m;   // row-major 3x3: m[3*i + k] = component k of vector i
    private final double[] inv; // inverse of m, row-major
    private volatile MinimumImage minimumImage;

    private Lattice(double[] m) {
        this.m = m;
        this.inv = Mat3.inverse(m);
    }

    /**
     * Lattice from a 3x3 matrix whose rows are the vectors a, b, c (Å).
     *
     * @throws InvalidInputException if the vectors are not finite or are (nearly) coplanar
     */
    public static Lattice of(double[][] rows) {
        if (rows.length != 3) {
            throw new InvalidInputException("lattice matrix must have 3 rows, got " + rows.length);
        }
        double[] m = new double[9];
        for (int i = 0; i < 3; i++) {
            if (rows[i].length != 3) {
                throw new InvalidInputException("lattice vector " + (i + 1) + " must have 3 components");
            }
            System.arraycopy(rows[i], 0, m, 3 * i, 3);
        }
        return ofRowMajor(m);
    }

    /** Lattice from a row-major array of 9 numbers (a_x a_y a_z b_x ... c_z), Å. */
    public static Lattice ofRowMajor(double[] rowMajor) {
        if (rowMajor.length != 9) {
            throw new InvalidInputException("lattice matrix must have 9 components, got " + rowMajor.length);
        }
        double[] m = rowMajor.clone();
        for (double v : m) {
            if (!Double.isFinite(v)) {
                throw new InvalidInputException("lattice matrix has a non-finite component: " + Arrays.toString(m));
            }
        }
        double det = det(m);
        double la = norm(m, 0);
        double lb = norm(m, 1);
        double lc = norm(m, 2);
        if (!(Math.abs(det) > 1e-8 * Math.max(1e-300, la * lb * lc)) || Math.abs(det) < 1e-6) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "lattice vectors are degenerate (volume %.3g Å^3)", det));
        }
        return new Lattice(m);
    }

    /**
     * Lattice from parameters a, b, c (Å) and angles alpha, beta, gamma (degrees), in standard
     * orientation: a along x, b in the xy plane.
     *
     * @throws InvalidInputException if the parameters do not describe a cell
     */
    public static Lattice fromParameters(double a, double b, double c, double alpha, double beta, double gamma) {
        double[] p = {a, b, c, alpha, beta, gamma};
        for (double v : p) {
            if (!Double.isFinite(v)) {
                throw new InvalidInputException("lattice parameter is not a finite number: " + Arrays.toString(p));
            }
        }
        if (a <= 0 || b <= 0 || c <= 0) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "lattice lengths must be positive (a=%g, b=%g, c=%g)", a, b, c));
        }
        if (alpha <= 0 || alpha >= 180 || beta <= 0 || beta >= 180 || gamma <= 0 || gamma >= 180) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "lattice angles must be between 0 and 180 degrees (alpha=%g, beta=%g, gamma=%g)",
                    alpha, beta, gamma));
        }
        double ca = cosDeg(alpha);
        double cb = cosDeg(beta);
        double cg = cosDeg(gamma);
        double sg = sinDeg(gamma);
        double cx = cb;
        double cy = (ca - cb * cg) / sg;
        double cz2 = 1 - cx * cx - cy * cy;
        if (!(cz2 > 1e-12)) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "lattice angles alpha=%g, beta=%g, gamma=%g do not form a cell", alpha, beta, gamma));
        }
        double[] m = {
            a, 0, 0,
            b * cg, b * sg, 0,
            c * cx, c * cy, c * Math.sqrt(cz2)
        };
        return ofRowMajor(m);
    }

    /** Cubic lattice with edge {@code a} (Å). */
    public static Lattice cubic(double a) {
        return fromParameters(a, a, a, 90, 90, 90);
    }

    /** Orthorhombic lattice with edges a, b, c (Å). */
    public static Lattice orthorhombic(double a, double b, double c) {
        return fromParameters(a, b, c, 90, 90, 90);
    }

    /** Hexagonal lattice (gamma = 120°). */
    public static Lattice hexagonal(double a, double c) {
        return fromParameters(a, a, c, 90, 90, 120);
    }

    // cos/sin of exact multiples of 90 degrees are exact, as crystallographers expect
    static double cosDeg(double deg) {
        if (deg == 90) {
            return 0;
        }
        if (deg == 60) {
            return 0.5;
        }
        if (deg == 120) {
            return -0.5;
        }
        return Math.cos(Math.toRadians(deg));
    }

    static double sinDeg(double deg) {
        if (deg == 90) {
            return 1;
        }
        return Math.sin(Math.toRadians(deg));
    }

    /** Copy of the matrix as 3 row vectors (Å). */
    public double[][] matrix() {
        return new double[][] {
            {m[0], m[1], m[2]}, {m[3], m[4], m[5]}, {m[6], m[7], m[8]}
        };
    }

    /** Copy of the matrix, row-major, 9 numbers (Å). */
    public double[] rowMajor() {
        return m.clone();
    }

    /** Component {@code k} of lattice vector {@code i} (Å). */
    public double get(int i, int k) {
        return m[3 * i + k];
    }

    /** Copy of lattice vector {@code i} (0 = a, 1 = b, 2 = c), Å. */
    public double[] vector(int i) {
        return new double[] {m[3 * i], m[3 * i + 1], m[3 * i + 2]};
    }

    /** Length of a (Å). */
    public double a() {
        return norm(m, 0);
    }

    /** Length of b (Å). */
    public double b() {
        return norm(m, 1);
    }

    /** Length of c (Å). */
    public double c() {
        return norm(m, 2);
    }

    /** Lengths a, b, c (Å). */
    public double[] lengths() {
        return new double[] {a(), b(), c()};
    }

    /** Angle between b and c, degrees. */
    public double alpha() {
        return angle(1, 2);
    }

    /** Angle between a and c, degrees. */
    public double beta() {
        return angle(0, 2);
    }

    /** Angle between a and b, degrees. */
    public double gamma() {
        return angle(0, 1);
    }

    /** Angles alpha, beta, gamma (degrees). */
    public double[] angles() {
        return new double[] {alpha(), beta(), gamma()};
    }

    /** Parameters a, b, c (Å), alpha, beta, gamma (degrees). */
    public double[] parameters() {
        return new double[] {a(), b(), c(), alpha(), beta(), gamma()};
    }

    private double angle(int i, int j) {
        double d = m[3 * i] * m[3 * j] + m[3 * i + 1] * m[3 * j + 1] + m[3 * i + 2] * m[3 * j + 2];
        double c = d / (norm(m, i) * norm(m, j));
        c = Math.max(-1, Math.min(1, c));
        return Math.toDegrees(Math.acos(c));
    }

    /** Cell volume (Å^3), always positive. */
    public double volume() {
        return Math.abs(det(m));
    }

    /** Signed determinant of the matrix (Å^3); negative for a left-handed cell. */
    public double determinant() {
        return det(m);
    }

    /** Metric tensor G = M M^T (Å^2), row-major. */
    public double[] metricTensor() {
        double[] g = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                g[3 * i + j] = m[3 * i] * m[3 * j] + m[3 * i + 1] * m[3 * j + 1] + m[3 * i + 2] * m[3 * j + 2];
            }
        }
        return g;
    }

    /**
     * Reciprocal lattice with the 2π factor (rows b1, b2, b3 with a_i · b_j = 2π δ_ij), Å^-1.
     */
    public Lattice reciprocal() {
        return reciprocalCrystallographic().scaled(2 * Math.PI);
    }

    /** Reciprocal lattice without the 2π factor (a_i · b_j = δ_ij), Å^-1. */
    public Lattice reciprocalCrystallographic() {
        // rows of (M^-1)^T
        double[] r = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[3 * i + j] = inv[3 * j + i];
            }
        }
        return new Lattice(r);
    }

    private Lattice scaled(double f) {
        double[] r = m.clone();
        for (int i = 0; i < 9; i++) {
            r[i] *= f;
        }
        return new Lattice(r);
    }

    /** Lattice with every vector multiplied by {@code factor}. */
    public Lattice scale(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new InvalidInputException("lattice scale factor must be positive, got " + factor);
        }
        return scaled(factor);
    }

    /** Lattice scaled isotropically to the given volume (Å^3). */
    public Lattice withVolume(double volume) {
        return scale(Math.cbrt(volume / volume()));
    }

    /** Perpendicular widths of the cell: distances between opposite faces (Å), for a, b, c faces. */
    public double[] perpendicularWidths() {
        double v = volume();
        double[] w = new double[3];
        for (int i = 0; i < 3; i++) {
            int j = (i + 1) % 3;
            int k = (i + 2) % 3;
            double[] cr = cross(vector(j), vector(k));
            w[i] = v / Math.sqrt(cr[0] * cr[0] + cr[1] * cr[1] + cr[2] * cr[2]);
        }
        return w;
    }

    /** Cartesian coordinates (Å) of fractional coordinates {@code f}. */
    public double[] toCartesian(double[] f) {
        double[] r = new double[3];
        toCartesian(f, 0, r, 0);
        return r;
    }

    /** Writes the Cartesian coordinates of {@code f[fo..fo+2]} into {@code out[oo..oo+2]}. */
    public void toCartesian(double[] f, int fo, double[] out, int oo) {
        double x = f[fo];
        double y = f[fo + 1];
        double z = f[fo + 2];
        out[oo] = x * m[0] + y * m[3] + z * m[6];
        out[oo + 1] = x * m[1] + y * m[4] + z * m[7];
        out[oo + 2] = x * m[2] + y * m[5] + z * m[8];
    }

    /** Fractional coordinates of Cartesian {@code r} (Å). */
    public double[] toFractional(double[] r) {
        double[] f = new double[3];
        toFractional(r, 0, f, 0);
        return f;
    }

    /** Writes the fractional coordinates of {@code r[ro..ro+2]} into {@code out[oo..oo+2]}. */
    public void toFractional(double[] r, int ro, double[] out, int oo) {
        double x = r[ro];
        double y = r[ro + 1];
        double z = r[ro + 2];
        out[oo] = x * inv[0] + y * inv[3] + z * inv[6];
        out[oo + 1] = x * inv[1] + y * inv[4] + z * inv[7];
        out[oo + 2] = x * inv[2] + y * inv[5] + z * inv[8];
    }

    /** Converts a flat array of fractional coordinates (3 per atom) to Cartesian. */
    public double[] toCartesianAll(double[] frac) {
        double[] out = new double[frac.length];
        for (int i = 0; i < frac.length; i += 3) {
            toCartesian(frac, i, out, i);
        }
        return out;
    }

    /** Converts a flat array of Cartesian coordinates (3 per atom) to fractional. */
    public double[] toFractionalAll(double[] cart) {
        double[] out = new double[cart.length];
        for (int i = 0; i < cart.length; i += 3) {
            toFractional(cart, i, out, i);
        }
        return out;
    }

    /**
     * Shortest distance (Å) between fractional points {@code f1} and {@code f2} over all periodic
     * images (exact for any cell shape: images within the reduced search range are enumerated).
     */
    public double minimumImageDistance(double[] f1, double[] f2) {
        return MinimumImage.distance(this, f1, f2);
    }

    /**
     * Lattice after applying an integer (or general) transformation: new rows = T · M.
     *
     * @param t 3x3 transformation, row i gives the new vector i in terms of the old ones
     */
    public Lattice transform(double[][] t) {
        double[] r = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                r[3 * i + k] = t[i][0] * m[k] + t[i][1] * m[3 + k] + t[i][2] * m[6 + k];
            }
        }
        return ofRowMajor(r);
    }

    /** True if lattice parameters agree within {@code lengthTol} (Å) and {@code angleTol} (deg). */
    public boolean parametersEqual(Lattice o, double lengthTol, double angleTol) {
        double[] p = parameters();
        double[] q = o.parameters();
        for (int i = 0; i < 3; i++) {
            if (Math.abs(p[i] - q[i]) > lengthTol || Math.abs(p[i + 3] - q[i + 3]) > angleTol) {
                return false;
            }
        }
        return true;
    }

    /** True if every matrix element agrees within {@code tol} (Å). */
    public boolean matrixEquals(Lattice o, double tol) {
        for (int i = 0; i < 9; i++) {
            if (Math.abs(m[i] - o.m[i]) > tol) {
                return false;
            }
        }
        return true;
    }

    /** Cached minimum-image searcher of this lattice. */
    MinimumImage minimumImage() {
        MinimumImage mi = minimumImage;
        if (mi == null) {
            mi = MinimumImage.create(this);
            minimumImage = mi;
        }
        return mi;
    }

    /** The internal row-major matrix, not copied: callers in this package must not modify it. */
    double[] rowMajorView() {
        return m;
    }

    /** Inverse matrix, row-major (Å^-1); fractional = cartesian · inverse. */
    public double[] inverseRowMajor() {
        return inv.clone();
    }

    static double[] cross(double[] u, double[] v) {
        return new double[] {
            u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]
        };
    }

    private static double norm(double[] m, int i) {
        return Math.sqrt(m[3 * i] * m[3 * i] + m[3 * i + 1] * m[3 * i + 1] + m[3 * i + 2] * m[3 * i + 2]);
    }

    static double det(double[] a) {
        return Mat3.det(a);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Lattice l && Arrays.equals(m, l.m);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(m);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Lattice(a=%.6f, b=%.6f, c=%.6f, alpha=%.4f, beta=%.4f, gamma=%.4f)",
                a(), b(), c(), alpha(), beta(), gamma());
    }
}
