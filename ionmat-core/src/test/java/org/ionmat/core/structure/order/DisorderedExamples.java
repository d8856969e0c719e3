package org.ionmat.core.structure.order;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.ionmat.core.composition.Composition;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.Site;
import org.ionmat.core.structure.Structure;

/** Disordered test structures built programmatically. */
final class DisorderedExamples {

    private DisorderedExamples() {
    }

    /** Site with species and occupancies given as "Li+", 0.5, "Na+", 0.25, ... */
    static Site site(String label, double[] frac, Object... speciesAndOccupancy) {
        Map<Species, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < speciesAndOccupancy.length; i += 2) {
            m.put(Species.parse((String) speciesAndOccupancy[i]), ((Number) speciesAndOccupancy[i + 1]).doubleValue());
        }
        return new Site(Composition.of(m), frac, label);
    }

    private static final double[][] FCC = {{0, 0, 0}, {0, 0.5, 0.5}, {0.5, 0, 0.5}, {0.5, 0.5, 0}};

    /** Conventional rock salt: cation sites with the given species/occupancies, Cl- anions. */
    static Structure rockSalt(double a, Object... cation) {
        List<Site> sites = new ArrayList<>();
        for (double[] t : FCC) {
            sites.add(site("M1", t, cation));
        }
        for (double[] t : FCC) {
            sites.add(site("Cl1", new double[] {t[0] + 0.5, t[1], t[2]}, "Cl-", 1.0));
        }
        return Structure.of(Lattice.cubic(a), sites);
    }

    /**
     * A garnet-like synthetic structure: 48 random positions in a triclinic cell, with two Li
     * orbits of different occupancy, a mixed La/Sr orbit written as two CIF rows at the same
     * positions, ordered Zr and O. Occupancies 0.352 and 0.59 need rounding.
     */
    static Structure garnetLike(long seed) {
        Lattice l = Lattice.fromParameters(9.1, 9.4, 9.8, 88, 92, 95);
        SplittableRandom rnd = new SplittableRandom(seed);
        List<double[]> pts = new ArrayList<>();
        while (pts.size() < 48) {
            double[] p = {rnd.nextDouble(), rnd.nextDouble(), rnd.nextDouble()};
            boolean ok = true;
            for (double[] q : pts) {
                ok &= l.minimumImageDistance(p, q) > 1.4;
            }
            if (ok) {
                pts.add(p);
            }
        }
        List<Site> sites = new ArrayList<>();
        int k = 0;
        for (int i = 0; i < 12; i++) {
            sites.add(site("Li1", pts.get(k++), "Li+", 0.352));
        }
        for (int i = 0; i < 6; i++) {
            sites.add(site("Li2", pts.get(k++), "Li+", 0.59));
        }
        for (int i = 0; i < 6; i++) {
            double[] p = pts.get(k++);
            sites.add(site("La1", p, "La3+", 0.667));
            sites.add(site("Sr1", p, "Sr2+", 0.333));
        }
        for (int i = 0; i < 4; i++) {
            sites.add(site("Zr1", pts.get(k++), "Zr4+", 1.0));
        }
        for (int i = 0; i < 20; i++) {
            sites.add(site("O1", pts.get(k++), "O2-", 1.0));
        }
        return Structure.of(l, sites);
    }
}
