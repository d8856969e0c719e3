package org.ionmat.analysis.structure;

import org.ionmat.analysis.trajectory.AtomGroup;
import org.ionmat.analysis.trajectory.FrameSource;
import org.ionmat.core.InvalidInputException;
import org.ionmat.core.neighbors.NeighborList;
import org.ionmat.core.neighbors.NeighborSearch;
import org.ionmat.core.structure.Lattice;

/**
 * Partial radial distribution function g_ab(r) averaged over frames, normalised to 1 for an ideal gas
 * of the same density:
 *
 * <pre>
 *   g_ab(r) = V / (N_a N_b') · &lt;Σ_{i∈a} Σ_{j∈b, j≠i} δ(r − r_ij)&gt; / (4π r^2)
 * </pre>
 *
 * with N_b' = N_b − 1 when a and b are the same group (the MDAnalysis/ASE convention), pairs over all
 * periodic images (any r_max, any triclinic cell, via {@link NeighborSearch}), shell volumes exact
 * ((4/3)π(r_{k+1}^3 − r_k^3)), V of each frame.
 *
 * @param rA      bin centres (Å)
 * @param g       g(r) per bin
 * @param binA    bin width (Å)
 * @param density number density of b seen from an atom of a (Å^-3; (N_b − 1)/V within one group), for
 *                coordination numbers
 */
public record RadialDistribution(double[] rA, double[] g, double binA, double density) {

    /**
     * g_ab(r) up to {@code rMax} (Å) with {@code bins} bins over frames {@code 0, every, 2·every, ...}.
     *
     * @throws InvalidInputException if rMax or bins are not positive or a group is empty
     */
    public static RadialDistribution compute(FrameSource source, AtomGroup a, AtomGroup b, double rMax, int bins,
                                             int every) {
        if (!(rMax > 0) || bins < 1 || every < 1) {
            throw new InvalidInputException("RDF needs a positive r_max, bins and frame step");
        }
        if (a.size() == 0 || b.size() == 0) {
            throw new InvalidInputException("RDF groups must not be empty");
        }
        boolean[] inA = new boolean[source.numAtoms()];
        boolean[] inB = new boolean[source.numAtoms()];
        for (int i : a.atoms()) {
            inA[i] = true;
        }
        int same = 0;
        for (int j : b.atoms()) {
            inB[j] = true;
            same += inA[j] ? 1 : 0;
        }
        double dr = rMax / bins;
        double[] hist = new double[bins];
        double norm = 0;
        double dens = 0;
        NeighborSearch search = NeighborSearch.withCutoff(rMax).withQuantities(false, false, true);
        double[] pos = new double[3 * source.numAtoms()];
        int frames = 0;
        for (int t = 0; t < source.numFrames(); t += every) {
            source.copyPositions(t, pos);
            Lattice l = source.lattice(t);
            NeighborList nl = search.find(l, pos);
            int[] ci = nl.centers();
            int[] nj = nl.neighbors();
            double[] d = nl.distances();
            double[] h = new double[bins];
            for (int p = 0; p < ci.length; p++) {
                if (inA[ci[p]] && inB[nj[p]] && d[p] < rMax && d[p] > 0) {
                    int k = (int) (d[p] / dr);
                    if (k < bins) {
                        h[k]++;
                    }
                }
            }
            double v = l.volume();
            // pairs expected per unit volume for an ideal gas: N_a (N_b − overlap correction) / V
            double pairs = (double) a.size() * b.size() - same;
            for (int k = 0; k < bins; k++) {
                hist[k] += h[k] * v / pairs;
            }
            norm += 1;
            dens += pairs / ((double) a.size() * v);
            frames++;
        }
        double[] r = new double[bins];
        double[] g = new double[bins];
        for (int k = 0; k < bins; k++) {
            double r0 = k * dr;
            double r1 = r0 + dr;
            double shell = 4.0 / 3.0 * Math.PI * (r1 * r1 * r1 - r0 * r0 * r0);
            r[k] = r0 + dr / 2;
            g[k] = hist[k] / (norm * shell);
        }
        return new RadialDistribution(r, g, dr, dens / frames);
    }

    /** Running coordination number n(r) = 4π ρ_b ∫_0^r g r'^2 dr' at the outer edge of each bin. */
    public double[] coordination() {
        double[] n = new double[g.length];
        double s = 0;
        for (int k = 0; k < g.length; k++) {
            double r0 = k * binA;
            double r1 = r0 + binA;
            s += g[k] * 4.0 / 3.0 * Math.PI * (r1 * r1 * r1 - r0 * r0 * r0) * density;
            n[k] = s;
        }
        return n;
    }
}
