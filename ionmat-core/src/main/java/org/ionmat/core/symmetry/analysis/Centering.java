package org.ionmat.core.symmetry.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Lattice centring of a conventional cell: the translations (fractions of the conventional
 * vectors) that are lattice vectors besides the integer ones. {@code R} is the obverse rhombohedral
 * centring of hexagonal axes; {@code R_REVERSE} only occurs while looking for a standard cell.
 */
public enum Centering {
    P, A(new double[] {0, .5, .5}), B(new double[] {.5, 0, .5}), C(new double[] {.5, .5, 0}),
    I(new double[] {.5, .5, .5}), F(new double[] {0, .5, .5}, new double[] {.5, 0, .5}, new double[] {.5, .5, 0}),
    R(new double[] {2. / 3, 1. / 3, 1. / 3}, new double[] {1. / 3, 2. / 3, 2. / 3}),
    R_REVERSE(new double[] {1. / 3, 2. / 3, 1. / 3}, new double[] {2. / 3, 1. / 3, 2. / 3});

    private final double[][] vectors;

    Centering(double[]... vectors) {
        this.vectors = vectors;
    }

    /**
     * spglib's choice of primitive cell of a standardized conventional cell with this centring:
     * the matrix (row-major) whose columns are the primitive vectors in conventional fractional
     * coordinates, e.g. a_p = (b + c)/2, b_p = (a + c)/2, c_p = (a + b)/2 for F, and the
     * rhombohedral cell of the obverse hexagonal one for R (spglib documentation, "Definitions and
     * conventions"; checked against spglib's standardize_cell in the tests).
     */
    double[] primitiveBasis() {
        final double h = 0.5;
        final double t = 1.0 / 3;
        return switch (this) {
            case P -> new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1};
            case A -> new double[] {1, 0, 0, 0, h, -h, 0, h, h};
            case B -> new double[] {h, 0, -h, 0, 1, 0, h, 0, h};
            case C -> new double[] {h, h, 0, -h, h, 0, 0, 0, 1};
            case I -> new double[] {-h, h, h, h, -h, h, h, h, -h};
            case F -> new double[] {0, h, h, h, 0, h, h, h, 0};
            case R -> new double[] {2 * t, -t, -t, t, t, -2 * t, t, t, t};
            case R_REVERSE -> throw new IllegalStateException("no standard cell has reverse centring");
        };
    }

    /** The centring translations other than zero (copies). */
    public List<double[]> translations() {
        List<double[]> out = new ArrayList<>();
        for (double[] v : vectors) {
            out.add(v.clone());
        }
        return out;
    }

    /** Number of lattice points per conventional cell. */
    public int multiplicity() {
        return vectors.length + 1;
    }

    /** The centring whose translations are exactly {@code translations} (mod 1, zero excluded), or null. */
    static Centering of(List<double[]> translations) {
        for (Centering c : values()) {
            if (c.vectors.length != translations.size()) {
                continue;
            }
            boolean all = true;
            for (double[] v : c.vectors) {
                boolean found = false;
                for (double[] t : translations) {
                    if (sameModOne(v, t, 1e-6)) {
                        found = true;
                        break;
                    }
                }
                all &= found;
            }
            if (all) {
                return c;
            }
        }
        return null;
    }

    /**
     * The centring of the conventional cell whose vectors are the columns of {@code p} (integer, in
     * primitive coordinates): the primitive lattice points inside it, or null if not a known centring.
     */
    static Centering ofBasis(int[] p) {
        double[] inv = Matrices.inverse(Matrices.toDouble(p));
        List<double[]> pts = new ArrayList<>();
        pts.add(new double[3]);
        boolean grown = true;
        while (grown && pts.size() <= 8) {
            grown = false;
            for (int g = 0; g < 3; g++) {
                double[] gen = {inv[g], inv[3 + g], inv[6 + g]};
                for (int k = 0, n = pts.size(); k < n; k++) {
                    double[] q = pts.get(k);
                    double[] s = {Matrices.wrap(q[0] + gen[0] + 1e-9) - 1e-9, Matrices.wrap(q[1] + gen[1] + 1e-9) - 1e-9,
                        Matrices.wrap(q[2] + gen[2] + 1e-9) - 1e-9};
                    if (pts.stream().noneMatch(x -> sameModOne(x, s, 1e-6))) {
                        pts.add(s);
                        grown = true;
                    }
                }
            }
        }
        return of(pts.subList(1, pts.size()));
    }

    static boolean sameModOne(double[] a, double[] b, double tol) {
        for (int i = 0; i < 3; i++) {
            double d = a[i] - b[i];
            if (Math.abs(d - Math.rint(d)) > tol) {
                return false;
            }
        }
        return true;
    }
}
