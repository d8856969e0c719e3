package org.ionmat.analysis.elastic;

import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.potential.AtomicSystem;

/** Cubic test crystals (conventional cells, optionally repeated). */
final class TestStructures {

    private TestStructures() {
    }

    static final double[][] FCC = {{0, 0, 0}, {0, 0.5, 0.5}, {0.5, 0, 0.5}, {0.5, 0.5, 0}};

    /** fcc of one element, conventional cell a, repeated n times along each axis. */
    static AtomicSystem fcc(Element el, double a, int n) {
        return build(new Species[] {Species.of(el)}, new double[][][] {FCC}, new double[][] {{0, 0, 0}}, a, n);
    }

    /** Rocksalt: cation at fcc, anion at fcc + (½,0,0). Types 0 = cation, 1 = anion. */
    static AtomicSystem rocksalt(Species cation, Species anion, double a, int n) {
        return build(new Species[] {cation, anion}, new double[][][] {FCC, FCC}, new double[][] {{0, 0, 0}, {0.5, 0, 0}}, a, n);
    }

    /** Fluorite: cation at fcc, anions at fcc + (¼,¼,¼) and fcc + (¾,¾,¾). Types 0 = cation, 1 = anion. */
    static AtomicSystem fluorite(Species cation, Species anion, double a, int n) {
        return build(new Species[] {cation, anion, anion}, new double[][][] {FCC, FCC, FCC},
                new double[][] {{0, 0, 0}, {0.25, 0.25, 0.25}, {0.75, 0.75, 0.75}}, a, n);
    }

    private static AtomicSystem build(Species[] sublatticeSpecies, double[][][] basis, double[][] shift, double a, int n) {
        java.util.List<Species> types = new java.util.ArrayList<>();
        java.util.List<Integer> t = new java.util.ArrayList<>();
        java.util.List<Double> p = new java.util.ArrayList<>();
        for (int s = 0; s < sublatticeSpecies.length; s++) {
            int ty = types.indexOf(sublatticeSpecies[s]);
            if (ty < 0) {
                types.add(sublatticeSpecies[s]);
                ty = types.size() - 1;
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    for (int k = 0; k < n; k++) {
                        for (double[] b : basis[s]) {
                            t.add(ty);
                            p.add((i + b[0] + shift[s][0]) * a);
                            p.add((j + b[1] + shift[s][1]) * a);
                            p.add((k + b[2] + shift[s][2]) * a);
                        }
                    }
                }
            }
        }
        return AtomicSystem.of(Lattice.cubic(n * a), types.toArray(new Species[0]),
                t.stream().mapToInt(Integer::intValue).toArray(), p.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
