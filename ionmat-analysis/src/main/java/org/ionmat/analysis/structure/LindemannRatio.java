package org.ionmat.analysis.structure;

import org.ionmat.analysis.trajectory.AtomGroup;
import org.ionmat.analysis.trajectory.FrameSource;
import org.ionmat.analysis.trajectory.Unwrapper;
import org.ionmat.core.InvalidInputException;
import org.ionmat.core.neighbors.NeighborList;
import org.ionmat.core.neighbors.NeighborSearch;

/**
 * Lindemann ratio γ = sqrt(&lt;|r_i − &lt;r_i&gt;|^2&gt;) / d_nn of a group of atoms (seed 001 descriptor γ, not
 * defined in the paper; this is the usual definition): the root-mean-square displacement of the atoms
 * about their time-averaged positions (unwrapped, after removing the group's centre-of-mass drift),
 * averaged over atoms and frames, divided by the mean nearest-neighbour distance between the
 * time-averaged positions of the group's atoms and all atoms. Solids melt near γ ≈ 0.1–0.15; for
 * diffusing ions γ grows with the run and is not meaningful.
 *
 * @param ratio         γ
 * @param rmsA          sqrt(&lt;u^2&gt;) (Å)
 * @param nearestA      mean nearest-neighbour distance d_nn (Å)
 */
public record LindemannRatio(double ratio, double rmsA, double nearestA) {

    /** γ of a group over all frames (positions unwrapped when they look wrapped). */
    public static LindemannRatio compute(FrameSource source, AtomGroup group) {
        int[] atoms = group.atoms();
        int nf = source.numFrames();
        if (atoms.length == 0 || nf < 2) {
            throw new InvalidInputException("Lindemann ratio needs atoms and at least 2 frames");
        }
        boolean unwrap = Unwrapper.shouldUnwrap(source, org.ionmat.analysis.trajectory.UnwrapMode.AUTO);
        int n = source.numAtoms();
        int[] all = AtomGroup.all(source).atoms();
        Unwrapper u = new Unwrapper(all, unwrap);
        double[] frame = new double[3 * n];
        double[] pos = new double[3 * n];
        double[] sum = new double[3 * n];
        double[] sumSq = new double[3 * atoms.length];
        double[] com = new double[3];
        // two accumulations: Σ x and Σ x^2 of the drift-corrected coordinates
        double[] sumG = new double[3 * atoms.length];
        for (int t = 0; t < nf; t++) {
            source.copyPositions(t, frame);
            u.next(source.lattice(t), frame, pos);
            java.util.Arrays.fill(com, 0);
            for (int i : atoms) {
                for (int c = 0; c < 3; c++) {
                    com[c] += pos[3 * i + c] / atoms.length;
                }
            }
            for (int k = 0; k < 3 * n; k++) {
                sum[k] += pos[k];
            }
            for (int a = 0; a < atoms.length; a++) {
                for (int c = 0; c < 3; c++) {
                    double x = pos[3 * atoms[a] + c] - com[c];
                    sumG[3 * a + c] += x;
                    sumSq[3 * a + c] += x * x;
                }
            }
        }
        double u2 = 0;
        for (int k = 0; k < sumG.length; k++) {
            double mean = sumG[k] / nf;
            u2 += sumSq[k] / nf - mean * mean;
        }
        u2 /= atoms.length;
        for (int k = 0; k < sum.length; k++) {
            sum[k] /= nf;
        }
        double[] w = source.lattice(0).perpendicularWidths();
        double cutoff = Math.min(8.0, 0.75 * Math.min(w[0], Math.min(w[1], w[2])));
        NeighborList nl = NeighborSearch.withCutoff(cutoff).withQuantities(false, false, true)
                .find(source.lattice(nf - 1), sum);
        boolean[] inG = new boolean[n];
        for (int i : atoms) {
            inG[i] = true;
        }
        double[] nearest = new double[n];
        java.util.Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        int[] ci = nl.centers();
        double[] d = nl.distances();
        for (int p = 0; p < ci.length; p++) {
            if (d[p] > 0 && d[p] < nearest[ci[p]]) {
                nearest[ci[p]] = d[p];
            }
        }
        double dnn = 0;
        int cnt = 0;
        for (int i : atoms) {
            if (Double.isFinite(nearest[i])) {
                dnn += nearest[i];
                cnt++;
            }
        }
        if (cnt == 0) {
            throw new InvalidInputException("no neighbours within " + cutoff + " Å for the Lindemann ratio");
        }
        dnn /= cnt;
        double rms = Math.sqrt(Math.max(0, u2));
        return new LindemannRatio(rms / dnn, rms, dnn);
    }
}
