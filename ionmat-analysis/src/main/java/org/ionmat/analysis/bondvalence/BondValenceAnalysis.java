package org.ionmat.analysis.bondvalence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Species;
import org.ionmat.core.neighbors.NeighborList;
import org.ionmat.core.neighbors.NeighborSearch;
import org.ionmat.core.structure.Structure;
import org.ionmat.potential.softbv.SoftBvPair;
import org.ionmat.potential.softbv.SoftBvParameters;

/**
 * Bond-valence sums, valence mismatch and global instability index (eqn 7 of K. Kameda et al.,
 * Digital Discovery 3, 1967 (2024)) with the softBV parameters: s_ij = exp((R0 − R_ij)/b) for every
 * cation–anion pair (all periodic images) within the pair's R_cutoff of the table, or within one
 * fixed radius (BVlain's {@code mismatch(r_cut)} convention). A cation's sum runs over anions, an
 * anion's over cations; same-sign neighbours do not contribute. A cation–anion combination without
 * parameters is an {@link InvalidInputException} naming it when such a pair occurs within the
 * largest cutoff in use (the fixed radius, or the largest R_cutoff of the structure's other pairs,
 * at least 4 Å); pairs that never come that close are ignored, as BVlain does.
 */
public final class BondValenceAnalysis {

    private BondValenceAnalysis() {
    }

    /** Sums with the pairs' tabulated R_cutoff and the shipped parameters. */
    public static BondValenceResult analyze(Structure decorated) {
        return analyze(decorated, SoftBvParameters.standard(), Double.NaN);
    }

    /**
     * Sums of an ordered structure with an oxidation state on every site (see
     * {@link OxidationStates#decorate}).
     *
     * @param fixedCutoff one cutoff (Å) for every pair instead of the table's R_cutoff; NaN for the table
     * @throws InvalidInputException if the structure is disordered, a site lacks a nonzero integer
     *                               oxidation state, or a cation–anion pair has no parameters
     */
    public static BondValenceResult analyze(Structure decorated, SoftBvParameters parameters, double fixedCutoff) {
        if (!decorated.isOrdered()) {
            throw new InvalidInputException("the structure has partial or mixed occupancy; order it first");
        }
        int n = decorated.size();
        Map<Species, Integer> kinds = new LinkedHashMap<>();
        int[] type = new int[n];
        for (int i = 0; i < n; i++) {
            Species s = decorated.speciesOf(i);
            if (!s.hasOxidationState() || s.oxidationState() == 0 || s.oxidationState() != Math.rint(s.oxidationState())) {
                throw new InvalidInputException("bond-valence sums need a nonzero integer oxidation state on every site; site " + i
                        + " (" + s + ") has none");
            }
            type[i] = kinds.computeIfAbsent(s, k -> kinds.size());
        }
        List<Species> kindList = new ArrayList<>(kinds.keySet());
        int nk = kindList.size();
        double[] r0 = new double[nk * nk];
        double[] invB = new double[nk * nk];
        double[] cut = new double[nk * nk];
        double maxCut = 0;
        for (int a = 0; a < nk; a++) {
            for (int b = 0; b < nk; b++) {
                Species sa = kindList.get(a);
                Species sb = kindList.get(b);
                if (sa.oxidationState() > 0 && sb.oxidationState() < 0) {
                    java.util.Optional<SoftBvPair> op = parameters.findPair(sa, sb);
                    if (op.isEmpty()) {
                        cut[a * nk + b] = -1;
                        cut[b * nk + a] = -1;
                        continue;
                    }
                    SoftBvPair p = op.get();
                    double c = Double.isNaN(fixedCutoff) ? p.cutoff() : fixedCutoff;
                    for (int k : new int[] {a * nk + b, b * nk + a}) {
                        r0[k] = p.r0();
                        invB[k] = 1 / p.b();
                        cut[k] = c;
                    }
                    maxCut = Math.max(maxCut, c);
                }
            }
        }
        double[] bvs = new double[n];
        if (Double.isNaN(fixedCutoff)) {
            maxCut = Math.max(maxCut, 4.0);
        }
        if (maxCut > 0) {
            NeighborList nl = NeighborSearch.withCutoff(maxCut).withQuantities(false, false, true).find(decorated);
            int[] ci = nl.centers();
            int[] cj = nl.neighbors();
            double[] d = nl.distances();
            for (int p = 0; p < nl.size(); p++) {
                int k = type[ci[p]] * nk + type[cj[p]];
                if (cut[k] < 0) {
                    Species si = kindList.get(type[ci[p]]);
                    Species sj = kindList.get(type[cj[p]]);
                    parameters.pair(si.oxidationState() > 0 ? si : sj, si.oxidationState() > 0 ? sj : si);
                }
                if (cut[k] > 0 && d[p] <= cut[k]) {
                    bvs[ci[p]] += Math.exp((r0[k] - d[p]) * invB[k]);
                }
            }
        }
        double[] mismatch = new double[n];
        double sumCat = 0;
        double sumAll = 0;
        int cations = 0;
        for (int i = 0; i < n; i++) {
            double v = decorated.speciesOf(i).oxidationState();
            mismatch[i] = bvs[i] - Math.abs(v);
            double m2 = mismatch[i] * mismatch[i];
            sumAll += m2;
            if (v > 0) {
                sumCat += m2;
                cations++;
            }
        }
        List<Species> species = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            species.add(decorated.speciesOf(i));
        }
        return new BondValenceResult(species, bvs, mismatch, cations == 0 ? 0 : Math.sqrt(sumCat / cations),
                n == 0 ? 0 : Math.sqrt(sumAll / n));
    }
}
