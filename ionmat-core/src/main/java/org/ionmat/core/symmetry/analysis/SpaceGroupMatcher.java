package org.ionmat.core.symmetry.analysis;

import java.util.ArrayList;
import java.util.List;

import org.ionmat.core.symmetry.CrystalSystem;

/**
 * Identifies the space-group type of a set of operations of a primitive cell: for each candidate
 * conventional basis, the rotations are compared with those of the reference settings of the same
 * crystal class and centring, and an origin shift p is sought that turns every translation into the
 * reference one, {@code (W - 1) p = t - s (mod lattice and centring)}, solved on a set of generators
 * with a Smith normal form (Grosse-Kunstleve, Acta Cryst. A55, 383, 1999) and then checked on all
 * operations.
 */
final class SpaceGroupMatcher {

    /** Relative difference of |a| + |c| below which two monoclinic cells count as equally short. */
    private static final double TIE = 1e-4;

    private SpaceGroupMatcher() {
    }

    /**
     * The match over candidate bases: the space-group type from the first candidate (in order of
     * preference of the metric) that matches; for monoclinic crystals, among the matching cells whose
     * |a| + |c| equals the shortest to a relative 1e-4 (the rounding of published cell parameters),
     * the one with the largest angle beta (a tie-break that agrees with spglib on pseudo-symmetric
     * cells, where two choices of a or c have the same length). Among all bases with that metric and
     * all origin shifts that describe the crystal in the standard setting, the one closest to the
     * input cell: smallest |P - 1| for the transformation P from input to standard coordinates, then
     * smallest origin shift; an input already in the standard setting keeps its basis and origin.
     *
     * @param primLattice lattice rows of the primitive cell (Å)
     * @param toInput     change of basis with {@code x_input = toInput x_primitive}
     * @param ops         operations of the primitive cell
     * @param tolerance   distance tolerance (Å) for the translations
     */
    static SpaceGroupMatch match(double[] primLattice, double[] toInput, List<Operation> ops, PointGroup pg,
            ReferenceSettings references, double tolerance) {
        List<int[]> candidates = ConventionalBases.candidates(pg, rotationsOf(ops), primLattice);
        double[] g = Matrices.metric(primLattice);
        List<ReferenceSetting> refs = references.forPointGroup(pg);
        ReferenceSetting found = null;
        int[] geometry = null;
        double bestLength = 0;
        for (int[] p : candidates) {
            if (found != null) {
                double length = acLength(g, p);
                if (pg.crystalSystem() != CrystalSystem.MONOCLINIC || length > bestLength * (1 + TIE)) {
                    break;
                }
                if (!(cosBeta(g, p) < cosBeta(g, geometry) - 1e-12)) {
                    continue;
                }
            }
            Transformed tr = Transformed.of(g, p, ops);
            for (ReferenceSetting ref : refs) {
                if (tr != null && !tr.shifts(ref, tolerance).isEmpty()) {
                    found = ref;
                    geometry = p;
                    bestLength = acLength(g, p);
                    break;
                }
            }
        }
        if (found == null) {
            return null;
        }
        // every basis with the same metric and every origin shift: the one closest to the input
        double[] gRef = conventionalParameters(g, geometry);
        List<int[]> same = new ArrayList<>();
        List<Double> tmScores = new ArrayList<>();
        for (int[] p : candidates) {
            if (sameParameters(gRef, conventionalParameters(g, p))) {
                double[] tm = Matrices.inverse(Matrices.mul(toInput, Matrices.toDouble(p)));
                double tmScore = 0;
                for (int k = 0; k < 9; k++) {
                    double d = tm[k] - Matrices.IDENTITY[k];
                    tmScore += d * d;
                }
                same.add(p);
                tmScores.add(Math.rint(tmScore * 1e6));
            }
        }
        Integer[] order = new Integer[same.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(tmScores.get(x), tmScores.get(y)));
        SpaceGroupMatch best = null;
        double bestScore = Double.MAX_VALUE;
        for (int i : order) {
            int[] p = same.get(i);
            double tmScore = tmScores.get(i);
            if (best != null && tmScore > bestScore) {
                break; // shift scores are below 1: no later basis can win
            }
            Transformed tr = Transformed.of(g, p, ops);
            for (double[] raw : tr == null ? List.<double[]>of() : tr.shifts(found, tolerance)) {
                // the shortest of the equivalent shifts p + centring vector, components in (-1/2, 1/2]
                double shiftScore = Double.MAX_VALUE;
                double[] shift = null;
                List<double[]> cent = new ArrayList<>();
                cent.add(new double[3]);
                cent.addAll(found.centering().translations());
                for (double[] c : cent) {
                    double[] v = new double[3];
                    double sc = 0;
                    for (int k = 0; k < 3; k++) {
                        v[k] = raw[k] + c[k] - Math.rint(raw[k] + c[k]);
                        if (v[k] <= -0.5 + 1e-9) {
                            v[k] += 1;
                        }
                        sc += v[k] * v[k] + (v[k] < -1e-9 ? 1e-9 : 0);
                    }
                    if (sc < shiftScore - 1e-12) {
                        shiftScore = sc;
                        shift = v;
                    }
                }
                double score = tmScore + shiftScore;
                if (score < bestScore - 1e-12) {
                    bestScore = score;
                    best = new SpaceGroupMatch(found, p, new double[] {Matrices.wrap(shift[0]), Matrices.wrap(shift[1]),
                        Matrices.wrap(shift[2])});
                }
            }
        }
        return best;
    }

    private static List<int[]> rotationsOf(List<Operation> ops) {
        List<int[]> rotations = new ArrayList<>();
        for (Operation op : ops) {
            rotations.add(op.rotation());
        }
        return rotations;
    }

    /** The operations of the primitive cell in a candidate conventional basis. */
    private record Transformed(Centering centering, List<int[]> rotations, List<double[]> translations,
            double[] metric) {

        /** The operations in basis p, or null if p is no centred cell or a rotation is not integral in it. */
        static Transformed of(double[] g, int[] p, List<Operation> ops) {
            Centering cent = Centering.ofBasis(p);
            if (cent == null) {
                return null;
            }
            double[] pd = Matrices.toDouble(p);
            double[] pInv = Matrices.inverse(pd);
            List<int[]> rc = new ArrayList<>();
            List<double[]> tc = new ArrayList<>();
            for (Operation op : ops) {
                int[] r = Matrices.toIntOrNull(Matrices.conjugate(pInv, op.rotation(), pd), 1e-6);
                if (r == null) {
                    return null;
                }
                rc.add(r);
                tc.add(Matrices.mulVec(pInv, op.translation()));
            }
            return new Transformed(cent, rc, tc, Matrices.mul(Matrices.mul(Matrices.transpose(pd), g), pd));
        }

        /** All origin shifts that turn these operations into those of ref (empty if none). */
        List<double[]> shifts(ReferenceSetting ref, double tolerance) {
            if (centering != ref.centering()) {
                return List.of();
            }
            return originShifts(rotations, translations, ref, metric, tolerance);
        }
    }

    private static double[] conventionalParameters(double[] g, int[] p) {
        double[] pd = Matrices.toDouble(p);
        double[] gc = Matrices.mul(Matrices.mul(Matrices.transpose(pd), g), pd);
        return new double[] {gc[0], gc[4], gc[8], gc[5], gc[2], gc[1]};
    }

    /**
     * Same lengths and the same angles up to their sense (cells that differ by the signs of their
     * vectors, whose right angles differ only by noise), keeping the monoclinic angle beta's sense.
     */
    private static boolean sameParameters(double[] a, double[] b) {
        double scale = Math.max(a[0], Math.max(a[1], a[2]));
        for (int k = 0; k < 6; k++) {
            double x = k < 3 ? a[k] : Math.abs(a[k]);
            double y = k < 3 ? b[k] : Math.abs(b[k]);
            if (Math.abs(x - y) > 1e-9 * scale) {
                return false;
            }
        }
        return Math.abs(a[4]) < 1e-9 * scale || Math.signum(a[4]) == Math.signum(b[4]);
    }

    /** |a| + |c| of a conventional basis (Å). */
    private static double acLength(double[] g, int[] p) {
        int[] a = ConventionalBases.column(p, 0);
        int[] c = ConventionalBases.column(p, 2);
        return Math.sqrt(ConventionalBases.len2(g, a)) + Math.sqrt(ConventionalBases.len2(g, c));
    }

    private static double cosBeta(double[] g, int[] p) {
        int[] a = ConventionalBases.column(p, 0);
        int[] c = ConventionalBases.column(p, 2);
        return ConventionalBases.dot(g, a, c) / Math.sqrt(ConventionalBases.len2(g, a) * ConventionalBases.len2(g, c));
    }

    /**
     * Every origin shift p (modulo lattice and centring translations) with
     * {@code t + (1 - W) p = s (mod lattice, centring)} for every operation; empty if the rotations
     * differ from the reference's or no shift works.
     */
    static List<double[]> originShifts(List<int[]> rotations, List<double[]> translations, ReferenceSetting ref,
            double[] metric, double tolerance) {
        int n = rotations.size();
        if (n != ref.rotations().size()) {
            return List.of();
        }
        int[] refIndex = new int[n];
        for (int i = 0; i < n; i++) {
            refIndex[i] = ref.indexOf(rotations.get(i));
            if (refIndex[i] < 0) {
                return List.of();
            }
        }
        List<Integer> gens = generators(rotations);
        List<double[]> cent = new ArrayList<>();
        cent.add(new double[3]);
        cent.addAll(ref.centering().translations());
        int k = gens.size();
        int combos = (int) Math.pow(cent.size(), k);
        int[] a = new int[9 * k];
        for (int q = 0; q < k; q++) {
            int[] w = rotations.get(gens.get(q));
            for (int e = 0; e < 9; e++) {
                a[9 * q + e] = w[e] - Matrices.IDENTITY[e];
            }
        }
        List<double[]> out = new ArrayList<>();
        for (int combo = 0; combo < combos; combo++) {
            double[] d = new double[3 * k];
            int code = combo;
            for (int q = 0; q < k; q++) {
                double[] c = cent.get(code % cent.size());
                code /= cent.size();
                int i = gens.get(q);
                double[] t = translations.get(i);
                double[] s = ref.translations().get(refIndex[i]);
                for (int e = 0; e < 3; e++) {
                    d[3 * q + e] = t[e] - s[e] + c[e];
                }
            }
            for (double[] p : SmithNormalForm.solutionsModOne(a, 3 * k, d, 0.25)) {
                if (!consistent(rotations, translations, ref, refIndex, cent, p, metric, tolerance)) {
                    continue;
                }
                double[] w = {Matrices.wrap(p[0]), Matrices.wrap(p[1]), Matrices.wrap(p[2])};
                boolean known = false;
                for (double[] x : out) {
                    for (double[] c : cent) {
                        known |= Centering.sameModOne(x, new double[] {w[0] + c[0], w[1] + c[1], w[2] + c[2]}, 1e-6);
                    }
                }
                if (!known) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    private static boolean consistent(List<int[]> rotations, List<double[]> translations, ReferenceSetting ref,
            int[] refIndex, List<double[]> cent, double[] p, double[] metric, double tolerance) {
        double tol2 = 4 * tolerance * tolerance;
        for (int i = 0; i < rotations.size(); i++) {
            int[] w = rotations.get(i);
            double[] wp = Matrices.mulVec(w, p);
            double[] t = translations.get(i);
            double[] s = ref.translations().get(refIndex[i]);
            boolean ok = false;
            for (double[] c : cent) {
                double dx = t[0] + p[0] - wp[0] - s[0] - c[0];
                double dy = t[1] + p[1] - wp[1] - s[1] - c[1];
                double dz = t[2] + p[2] - wp[2] - s[2] - c[2];
                if (Matrices.norm2(metric, dx - Math.rint(dx), dy - Math.rint(dy), dz - Math.rint(dz)) <= tol2) {
                    ok = true;
                    break;
                }
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Indices of a small generating set of the rotation group (greedy, highest order first). */
    static List<Integer> generators(List<int[]> rotations) {
        Integer[] idx = new Integer[rotations.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (x, y) -> {
            RotationType a = RotationType.of(rotations.get(x));
            RotationType b = RotationType.of(rotations.get(y));
            return Integer.compare(b.order, a.order);
        });
        List<int[]> group = new ArrayList<>();
        group.add(Matrices.IDENTITY);
        List<Integer> gens = new ArrayList<>();
        for (int i : idx) {
            int[] r = rotations.get(i);
            if (contains(group, r)) {
                continue;
            }
            gens.add(i);
            // closure of the group with the new generator
            boolean grown = true;
            while (grown) {
                grown = false;
                for (int x = 0, n = group.size(); x < n; x++) {
                    for (int gi : gens) {
                        int[] c = Matrices.mul(group.get(x), rotations.get(gi));
                        if (!contains(group, c)) {
                            group.add(c);
                            grown = true;
                        }
                    }
                }
            }
        }
        return gens;
    }

    private static boolean contains(List<int[]> list, int[] r) {
        for (int[] x : list) {
            if (Matrices.equal(x, r)) {
                return true;
            }
        }
        return false;
    }
}
