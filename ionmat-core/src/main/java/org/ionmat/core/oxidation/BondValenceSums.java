package org.ionmat.core.oxidation;

import java.util.Map;

import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.neighbors.NeighborList;
import org.ionmat.core.neighbors.NeighborSearch;
import org.ionmat.core.structure.Structure;

/**
 * Signed bond-valence sums of every site with the element parameters of O'Keeffe and Brese: for
 * each neighbor within the radius, v = exp((R_ij − s·d)/b) with b = 0.31 Å and a distance scale s,
 * counted positive when the site is the less electronegative partner, negative otherwise, and only
 * for pairs of different elements of which at least one is an anion former. Partial occupancies
 * weight each contribution by the occupancies of both sites.
 */
public final class BondValenceSums {

    private BondValenceSums() {
    }

    /**
     * @param radius        neighbors within this distance (Å, inclusive within 1e-8) contribute
     * @param distanceScale factor applied to distances (1.015 corrects GGA-relaxed cells; 1 for experiment)
     * @return one sum per site (valence units)
     * @throws IllegalArgumentException if an element has no parameters
     */
    public static double[] compute(Structure s, double radius, double distanceScale) {
        int n = s.size();
        int[][] el = new int[n][];
        double[][] occ = new double[n][];
        for (int i = 0; i < n; i++) {
            Map<Species, Double> a = s.speciesAt(i).amounts();
            el[i] = new int[a.size()];
            occ[i] = new double[a.size()];
            int k = 0;
            for (Map.Entry<Species, Double> e : a.entrySet()) {
                Element x = e.getKey().element();
                if (!OKeeffeBreseParameters.has(x)) {
                    throw new IllegalArgumentException("no bond-valence parameters for " + x.symbol());
                }
                el[i][k] = x.ordinal();
                occ[i][k] = e.getValue();
                k++;
            }
        }
        NeighborList nl = NeighborSearch.withCutoff(radius + 1e-8).full().withQuantities(false, false, true).find(s);
        int[] ci = nl.centers();
        int[] nj = nl.neighbors();
        double[] d = nl.distances();
        double[] sums = new double[n];
        Element[] all = Element.values();
        for (int p = 0; p < nl.size(); p++) {
            int i = ci[p];
            int j = nj[p];
            double dist = d[p] * distanceScale;
            for (int a = 0; a < el[i].length; a++) {
                Element e1 = all[el[i][a]];
                for (int b = 0; b < el[j].length; b++) {
                    Element e2 = all[el[j][b]];
                    if (e1 == e2 || !(OKeeffeBreseParameters.isElectronegative(e1)
                            || OKeeffeBreseParameters.isElectronegative(e2))) {
                        continue;
                    }
                    double v = Math.exp((OKeeffeBreseParameters.bondValenceR0(e1, e2) - dist)
                            / OKeeffeBreseParameters.ANALYZER_SOFTNESS);
                    double sign = e1.electronegativity() < e2.electronegativity() ? 1 : -1;
                    sums[i] += occ[i][a] * occ[j][b] * v * sign;
                }
            }
        }
        return sums;
    }
}
