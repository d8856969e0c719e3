package org.ionmat.core.symmetry.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the pure translations of a cell (translations that map the crystal onto itself) and the
 * primitive cell they define. Candidate translations are the vectors from one atom of the least
 * frequent type to all other atoms of that type (Togo and Tanaka, arXiv:1808.01590).
 */
final class PrimitiveCellFinder {

    private PrimitiveCellFinder() {
    }

    /** The primitive cell of {@code input}, or null if the translations found are inconsistent. */
    static PrimitiveCell find(Cell input, double tolerance) {
        int[] tRed = DelaunayReduction.reduce(input.lattice);
        Cell red = input.changeBasis(Mat3.toDouble(tRed));
        AtomMatcher matcher = new AtomMatcher(red, tolerance);
        int n = red.size();
        int type = red.leastFrequentType();
        int i0 = -1;
        for (int i = 0; i < n; i++) {
            if (red.types[i] == type) {
                i0 = i;
                break;
            }
        }
        List<double[]> trans = new ArrayList<>();
        List<int[]> maps = new ArrayList<>();
        trans.add(new double[3]);
        int[] id = new int[n];
        for (int i = 0; i < n; i++) {
            id[i] = i;
        }
        maps.add(id);
        for (int j : matcher.sameType(i0)) {
            if (j == i0) {
                continue;
            }
            double[] t = {red.frac[3 * j] - red.frac[3 * i0], red.frac[3 * j + 1] - red.frac[3 * i0 + 1],
                red.frac[3 * j + 2] - red.frac[3 * i0 + 2]};
            int[] image = matcher.map(Mat3.IDENTITY, t);
            if (image != null) {
                trans.add(matcher.refineTranslation(Mat3.IDENTITY, t, image));
                maps.add(image);
            }
        }
        int m = trans.size();
        if (n % m != 0) {
            return null;
        }
        // exact fractions k/m and the lattice they generate together with the cell's own lattice
        List<int[]> generators = new ArrayList<>();
        generators.add(new int[] {m, 0, 0});
        generators.add(new int[] {0, m, 0});
        generators.add(new int[] {0, 0, m});
        List<double[]> exact = new ArrayList<>();
        for (double[] t : trans) {
            int[] k = new int[3];
            double[] e = new double[3];
            for (int c = 0; c < 3; c++) {
                k[c] = (int) Math.rint(m * t[c]);
                e[c] = t[c] - (double) k[c] / m;
            }
            e[0] -= Math.rint(e[0]);
            e[1] -= Math.rint(e[1]);
            e[2] -= Math.rint(e[2]);
            if (Mat3.norm2(red.metric, e[0], e[1], e[2]) > tolerance * tolerance) {
                return null; // not a group of order m
            }
            generators.add(k);
            exact.add(new double[] {Mat3.wrap((double) k[0] / m), Mat3.wrap((double) k[1] / m),
                Mat3.wrap((double) k[2] / m)});
        }
        int[][] basis = LatticeBasis.of(generators);
        if (basis == null) {
            return null;
        }
        double[] pPrim = new double[9];
        for (int col = 0; col < 3; col++) {
            for (int row = 0; row < 3; row++) {
                pPrim[3 * row + col] = basis[col][row] / (double) m;
            }
        }
        if (Math.abs(Math.abs(Mat3.det(pPrim)) * m - 1) > 1e-6) {
            return null;
        }
        if (Mat3.det(pPrim) < 0) {
            for (int row = 0; row < 3; row++) {
                pPrim[3 * row] = -pPrim[3 * row];
            }
        }
        int[] t2 = DelaunayReduction.reduce(Mat3.changeBasisLattice(red.lattice, pPrim));
        double[] pRedPrim = Mat3.mul(pPrim, t2);
        double[] pInv = Mat3.inverse(pRedPrim);

        // orbits under the pure translations become the primitive atoms
        int[] orbit = new int[n];
        Arrays.fill(orbit, -1);
        int nPrim = 0;
        List<Integer> reps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (orbit[i] >= 0) {
                continue;
            }
            for (int[] map : maps) {
                int j = map[i];
                if (orbit[j] >= 0 && orbit[j] != nPrim) {
                    return null;
                }
                orbit[j] = nPrim;
            }
            reps.add(i);
            nPrim++;
        }
        if (nPrim * m != n) {
            return null;
        }
        double[] primFrac = new double[3 * nPrim];
        int[] primTypes = new int[nPrim];
        for (int p = 0; p < nPrim; p++) {
            int r = reps.get(p);
            double[] s = new double[3];
            for (int k = 0; k < m; k++) {
                int a = maps.get(k)[r];
                for (int c = 0; c < 3; c++) {
                    double d = red.frac[3 * a + c] - exact.get(k)[c] - red.frac[3 * r + c];
                    s[c] += d - Math.rint(d);
                }
            }
            double[] x = {red.frac[3 * r] + s[0] / m, red.frac[3 * r + 1] + s[1] / m, red.frac[3 * r + 2] + s[2] / m};
            double[] xp = Mat3.mulVec(pInv, x);
            System.arraycopy(xp, 0, primFrac, 3 * p, 3);
            primTypes[p] = red.types[r];
        }
        Cell prim = new Cell(Mat3.changeBasisLattice(red.lattice, pRedPrim), primFrac, primTypes);
        double[] toInput = Mat3.mul(Mat3.toDouble(tRed), pRedPrim);
        List<double[]> inputTrans = new ArrayList<>();
        for (double[] t : exact) {
            double[] ti = Mat3.mulVec(tRed, t);
            inputTrans.add(new double[] {Mat3.wrap(ti[0]), Mat3.wrap(ti[1]), Mat3.wrap(ti[2])});
        }
        return new PrimitiveCell(prim, toInput, orbit, inputTrans, maps, red, tRed);
    }
}
