package org.ionmat.core.symmetry.analysis;

import java.util.ArrayList;
import java.util.List;

import org.ionmat.core.structure.Lattice;

/**
 * The standardized conventional cell (spglib's convention, Togo and Tanaka, arXiv:1808.01590): the
 * conventional basis and origin of the reference setting, the metric averaged over the point group
 * (so that a = b, 90° and 120° hold exactly as the crystal system demands), the lattice in the
 * standard orientation (a along x, b in the xy plane), and positions averaged over the exact
 * operations of the reference setting.
 */
final class StandardCell {

    /** Lattice of the standardized cell. */
    final Lattice lattice;
    /** Fractional coordinates, 3 per atom. */
    final double[] frac;
    /** Index of the primitive atom of each standardized atom. */
    final int[] toPrimitive;
    /** Symmetrized position of each primitive atom in the standardized frame (3 per atom). */
    final double[] primitivePositions;
    /** spglib's transformation matrix P with {@code x_std = P x_input + p}, row-major. */
    final double[] transformation;
    /** spglib's origin shift p. */
    final double[] originShift;

    StandardCell(SymmetrySearch.Result r) {
        SpaceGroupMatch m = r.match();
        ReferenceSetting ref = m.setting();
        Cell prim = r.primitive().cell();
        double[] p = Matrices.toDouble(m.basis());
        double[] pInv = Matrices.inverse(p);
        double[] shift = m.originShift();

        double[] gc = Matrices.metric(Matrices.changeBasisLattice(prim.lattice, p));
        double[] gs = new double[9];
        for (int[] rot : ref.rotations()) {
            double[] rd = Matrices.toDouble(rot);
            double[] x = Matrices.mul(Matrices.mul(Matrices.transpose(rd), gc), rd);
            for (int k = 0; k < 9; k++) {
                gs[k] += x[k] / ref.rotations().size();
            }
        }
        double a = Math.sqrt(gs[0]);
        double b = Math.sqrt(gs[4]);
        double c = Math.sqrt(gs[8]);
        lattice = Lattice.fromParameters(a, b, c, angle(gs[5], b, c), angle(gs[2], a, c), angle(gs[1], a, b));

        // exact operations of the reference setting matched to the primitive operations
        List<double[]> centring = new ArrayList<>();
        centring.add(new double[3]);
        centring.addAll(ref.centering().translations());
        int nOps = r.operations().size();
        int[][] rotInv = new int[nOps][];
        double[][] trans = new double[nOps][];
        for (int k = 0; k < nOps; k++) {
            Operation op = r.operations().get(k);
            int[] rot = Matrices.toIntOrNull(Matrices.conjugate(pInv, op.rotation(), p), 1e-6);
            double[] tc = Matrices.mulVec(pInv, op.translation());
            double[] rs = Matrices.mulVec(rot, shift);
            double[] v = {tc[0] + shift[0] - rs[0], tc[1] + shift[1] - rs[1], tc[2] + shift[2] - rs[2]};
            double[] s = ref.translations().get(ref.indexOf(rot));
            double best = Double.MAX_VALUE;
            double[] exact = null;
            for (double[] cv : centring) {
                double d = 0;
                double[] e = new double[3];
                for (int q = 0; q < 3; q++) {
                    double x = v[q] - s[q] - cv[q];
                    d += (x - Math.rint(x)) * (x - Math.rint(x));
                    e[q] = s[q] + cv[q];
                }
                if (d < best) {
                    best = d;
                    exact = e;
                }
            }
            rotInv[k] = Matrices.inverseUnimodular(rot);
            trans[k] = exact;
        }
        int nPrim = prim.size();
        double[] y = new double[3 * nPrim];
        for (int i = 0; i < nPrim; i++) {
            double[] v = Matrices.mulVec(pInv, new double[] {prim.frac[3 * i], prim.frac[3 * i + 1], prim.frac[3 * i + 2]});
            for (int q = 0; q < 3; q++) {
                y[3 * i + q] = v[q] + shift[q];
            }
        }
        double[] ys = new double[3 * nPrim];
        for (int i = 0; i < nPrim; i++) {
            double[] sum = new double[3];
            for (int k = 0; k < nOps; k++) {
                int j = r.operations().get(k).image()[i];
                double[] z = Matrices.mulVec(rotInv[k], new double[] {y[3 * j] - trans[k][0], y[3 * j + 1] - trans[k][1],
                    y[3 * j + 2] - trans[k][2]});
                // z equals y_i up to a vector of the primitive lattice: an integer or centring vector
                double bestD = Double.MAX_VALUE;
                double[] bestZ = null;
                for (double[] cv : centring) {
                    double[] w = new double[3];
                    double d2 = 0;
                    for (int q = 0; q < 3; q++) {
                        double d = z[q] - y[3 * i + q] - cv[q];
                        w[q] = z[q] - cv[q] - Math.rint(d);
                        d2 += (d - Math.rint(d)) * (d - Math.rint(d));
                    }
                    if (d2 < bestD) {
                        bestD = d2;
                        bestZ = w;
                    }
                }
                for (int q = 0; q < 3; q++) {
                    sum[q] += bestZ[q];
                }
            }
            for (int q = 0; q < 3; q++) {
                ys[3 * i + q] = sum[q] / nOps;
            }
        }
        primitivePositions = ys;
        frac = new double[3 * nPrim * centring.size()];
        toPrimitive = new int[nPrim * centring.size()];
        int at = 0;
        for (double[] cv : centring) {
            for (int i = 0; i < nPrim; i++) {
                for (int q = 0; q < 3; q++) {
                    double w = Matrices.wrap(ys[3 * i + q] + cv[q]);
                    frac[3 * at + q] = w > 1 - 1e-12 ? 0 : w;
                }
                toPrimitive[at++] = i;
            }
        }
        transformation = Matrices.inverse(Matrices.mul(r.primitive().toInput(), p));
        originShift = shift.clone();
    }

    private static double angle(double dot, double l1, double l2) {
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, dot / (l1 * l2)))));
    }
}
