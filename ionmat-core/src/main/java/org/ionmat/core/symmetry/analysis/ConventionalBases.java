package org.ionmat.core.symmetry.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.NiggliReduction;

/**
 * Candidate conventional bases for a crystal with known point group, built from the rotation axes
 * (Grosse-Kunstleve, Acta Cryst. A55, 383, 1999; Togo and Tanaka, arXiv:1808.01590): the unique
 * axis along the 2-, 3-, 4- or 6-fold axis with the shortest lattice vectors perpendicular to it,
 * the three 2-fold axes of orthorhombic and the three 4- or 2-fold axes of cubic crystals, and the
 * Niggli cell of triclinic ones (core {@link NiggliReduction}), each in all its orientations
 * (signs, permutations, rotations about the unique axis) so that the one closest to the input cell
 * can be chosen. Each candidate is an
 * integer matrix whose columns are the conventional basis vectors in primitive fractional
 * coordinates (det > 0, = number of lattice points per conventional cell); candidates are ordered by
 * preference of their metric.
 */
final class ConventionalBases {

    private ConventionalBases() {
    }

    static List<int[]> candidates(PointGroup pg, List<int[]> rotations, double[] primLattice) {
        double[] g = Matrices.metric(primLattice);
        return switch (pg.crystalSystem()) {
            case TRICLINIC -> List.of(niggli(primLattice));
            case MONOCLINIC -> monoclinic(rotations, g);
            case ORTHORHOMBIC -> orthorhombic(rotations, g);
            case TETRAGONAL -> uniqueAxis(rotations, g, 4);
            case TRIGONAL, HEXAGONAL -> uniqueAxis(rotations, g, 3);
            case CUBIC -> cubic(rotations, g);
        };
    }

    /** The Niggli cell (core {@link NiggliReduction}) as columns in the given basis. */
    private static int[] niggli(double[] lattice) {
        int[][] t = NiggliReduction.reduce(Lattice.ofRowMajor(lattice)).transformation();
        return new int[] {t[0][0], t[1][0], t[2][0], t[0][1], t[1][1], t[2][1], t[0][2], t[1][2], t[2][2]};
    }

    /** Proper part det(W) W of a rotation. */
    static int[] proper(int[] w) {
        return Matrices.det(w) == 1 ? w : Matrices.negate(w);
    }

    /** Shortest lattice vector along the axis of a proper rotation (not the identity). */
    static int[] axis(int[] properRotation) {
        int[] a = properRotation.clone();
        a[0] -= 1;
        a[4] -= 1;
        a[8] -= 1;
        int[][] ns = SmithNormalForm.nullSpace(a, 3);
        if (ns.length != 1) {
            throw new IllegalStateException("rotation has no unique axis");
        }
        return ns[0];
    }

    /** Integer basis of the lattice plane perpendicular to the axis of a proper rotation of order n. */
    static int[][] plane(int[] properRotation, int n) {
        int[] sum = new int[9];
        int[] pow = Matrices.IDENTITY.clone();
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < 9; i++) {
                sum[i] += pow[i];
            }
            pow = Matrices.mul(pow, properRotation);
        }
        int[][] ns = SmithNormalForm.nullSpace(sum, 3);
        if (ns.length != 2) {
            throw new IllegalStateException("no lattice plane perpendicular to the axis");
        }
        return ns;
    }

    /** Lagrange-Gauss reduction of a 2D lattice basis: |u| <= |v| and |u.v| <= |u|^2 / 2. */
    static int[][] reduce2d(int[] u, int[] v, double[] g) {
        u = u.clone();
        v = v.clone();
        for (int iter = 0; iter < 1000; iter++) {
            if (len2(g, u) > len2(g, v)) {
                int[] t = u;
                u = v;
                v = t;
            }
            long q = Math.round(dot(g, u, v) / len2(g, u));
            if (q == 0) {
                break;
            }
            for (int k = 0; k < 3; k++) {
                v[k] -= (int) q * u[k];
            }
        }
        return new int[][] {u, v};
    }

    private static List<int[]> monoclinic(List<int[]> rotations, double[] g) {
        int[] r2 = null;
        for (int[] w : rotations) {
            if (RotationType.of(w).properOrder() == 2) {
                r2 = proper(w);
            }
        }
        int[] b = axis(r2);
        int[][] pl = plane(r2, 2);
        int[][] red = reduce2d(pl[0], pl[1], g);
        List<int[]> out = new ArrayList<>();
        List<Double> score = new ArrayList<>();
        for (int i = -2; i <= 2; i++) {
            for (int j = -2; j <= 2; j++) {
                for (int k = -2; k <= 2; k++) {
                    for (int l = -2; l <= 2; l++) {
                        int d = i * l - j * k;
                        if (d != 1 && d != -1) {
                            continue;
                        }
                        int[] a = combine(i, red[0], j, red[1]);
                        int[] c = combine(k, red[0], l, red[1]);
                        int[] p = columns(a, b, c);
                        if (Matrices.det(p) < 0) {
                            p = columns(a, negate(b), c);
                        }
                        out.add(p);
                        double la = Math.sqrt(len2(g, a));
                        double lc = Math.sqrt(len2(g, c));
                        double cosBeta = dot(g, a, c) / (la * lc);
                        // prefer short a and c, then a non-acute monoclinic angle
                        score.add(la + lc + (cosBeta > 1e-9 ? 1e-6 : 0));
                    }
                }
            }
        }
        return sortBy(out, score);
    }

    private static List<int[]> orthorhombic(List<int[]> rotations, double[] g) {
        List<int[]> axes = distinctAxes(rotations, 2);
        if (axes.size() != 3) {
            throw new IllegalStateException("orthorhombic crystal without three 2-fold axes");
        }
        int[][] perms = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
        List<int[]> out = new ArrayList<>();
        List<Double> score = new ArrayList<>();
        double[] len = new double[3];
        for (int k = 0; k < 3; k++) {
            len[k] = Math.sqrt(len2(g, axes.get(k)));
        }
        for (int[] pm : perms) {
            for (int[] p : signedVariants(axes.get(pm[0]), axes.get(pm[1]), axes.get(pm[2]))) {
                out.add(p);
                // lexicographic preference a <= b <= c
                score.add(len[pm[0]] * 1e8 + len[pm[1]] * 1e4 + len[pm[2]]);
            }
        }
        return sortBy(out, score);
    }

    /** The four right-handed bases (+-u, +-v, +-w). */
    private static List<int[]> signedVariants(int[] u, int[] v, int[] w) {
        List<int[]> out = new ArrayList<>();
        for (int s = 0; s < 8; s++) {
            int[] a = (s & 1) == 0 ? u : negate(u);
            int[] b = (s & 2) == 0 ? v : negate(v);
            int[] c = (s & 4) == 0 ? w : negate(w);
            int[] p = columns(a, b, c);
            if (Matrices.det(p) > 0) {
                out.add(p);
            }
        }
        return out;
    }

    /** Tetragonal (n = 4) or trigonal/hexagonal (n = 3) cell: c along the axis, b = R a. */
    private static List<int[]> uniqueAxis(List<int[]> rotations, double[] g, int n) {
        int[] r = null;
        for (int[] w : rotations) {
            int o = RotationType.of(w).properOrder();
            if (n == 4 && o == 4) {
                r = proper(w);
            } else if (n == 3 && (o == 3 || o == 6)) {
                r = o == 6 ? Matrices.mul(proper(w), proper(w)) : proper(w);
            }
        }
        int[] c = axis(r);
        int[][] pl = plane(r, n);
        int[][] red = reduce2d(pl[0], pl[1], g);
        // every shortest in-plane vector as a, with b = R a or R^-1 a and c oriented right-handed
        List<int[]> out = new ArrayList<>();
        int[] rInv = Matrices.inverseUnimodular(r);
        int[] a = red[0];
        for (int k = 0; k < (n == 4 ? 4 : 6); k++) {
            for (int[] rot : new int[][] {r, rInv}) {
                int[] b = Matrices.mulVec(rot, a);
                int[] p = columns(a, b, c);
                if (Matrices.det(p) < 0) {
                    p = columns(a, b, negate(c));
                }
                out.add(p);
            }
            a = n == 4 ? Matrices.mulVec(r, a) : negate(Matrices.mulVec(r, a)); // 90 or 60 degrees on
        }
        return out;
    }

    private static List<int[]> cubic(List<int[]> rotations, double[] g) {
        List<int[]> axes = distinctAxes(rotations, 4);
        if (axes.isEmpty()) {
            axes = distinctAxes(rotations, 2);
        }
        if (axes.size() != 3) {
            throw new IllegalStateException("cubic crystal without three 4- or 2-fold axes");
        }
        int[][] perms = {{0, 1, 2}, {1, 0, 2}, {0, 2, 1}, {2, 1, 0}, {1, 2, 0}, {2, 0, 1}};
        List<int[]> out = new ArrayList<>();
        for (int[] pm : perms) {
            out.addAll(signedVariants(axes.get(pm[0]), axes.get(pm[1]), axes.get(pm[2])));
        }
        return out;
    }

    private static List<int[]> distinctAxes(List<int[]> rotations, int order) {
        List<int[]> axes = new ArrayList<>();
        for (int[] w : rotations) {
            if (RotationType.of(w).properOrder() != order) {
                continue;
            }
            int[] ax = axis(proper(w));
            if (axes.stream().noneMatch(x -> java.util.Arrays.equals(x, ax) || java.util.Arrays.equals(x, negate(ax)))) {
                axes.add(ax);
            }
        }
        return axes;
    }

    private static List<int[]> sortBy(List<int[]> items, List<Double> score) {
        Integer[] idx = new Integer[items.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, Comparator.comparingDouble(score::get));
        List<int[]> out = new ArrayList<>();
        for (int i : idx) {
            out.add(items.get(i));
        }
        return out;
    }

    static int[] columns(int[] a, int[] b, int[] c) {
        return new int[] {a[0], b[0], c[0], a[1], b[1], c[1], a[2], b[2], c[2]};
    }

    static int[] column(int[] p, int k) {
        return new int[] {p[k], p[3 + k], p[6 + k]};
    }

    private static int[] combine(int i, int[] u, int j, int[] v) {
        return new int[] {i * u[0] + j * v[0], i * u[1] + j * v[1], i * u[2] + j * v[2]};
    }

    private static int[] negate(int[] v) {
        return new int[] {-v[0], -v[1], -v[2]};
    }

    static double dot(double[] g, int[] u, int[] v) {
        double s = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                s += u[i] * g[3 * i + j] * v[j];
            }
        }
        return s;
    }

    static double len2(double[] g, int[] u) {
        return dot(g, u, u);
    }
}
