package org.ionmat.simulate.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.Structure;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.Calculator;
import org.ionmat.simulate.md.CalculatorFactory;

/** Test systems and calculator factories. */
public final class TestSystems {

    private TestSystems() {
    }

    /** An fcc crystal of {@code na × nb × nc} conventional cells (4 atoms each) with lattice constant {@code a} (Å). */
    public static AtomicSystem fcc(Element element, double a, int na, int nb, int nc) {
        double[][] basis = {{0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}};
        List<Species> sp = new ArrayList<>();
        double[] frac = new double[3 * 4 * na * nb * nc];
        int k = 0;
        for (int i = 0; i < na; i++) {
            for (int j = 0; j < nb; j++) {
                for (int l = 0; l < nc; l++) {
                    for (double[] b : basis) {
                        frac[k++] = (i + b[0]) / na;
                        frac[k++] = (j + b[1]) / nb;
                        frac[k++] = (l + b[2]) / nc;
                        sp.add(Species.of(element));
                    }
                }
            }
        }
        return AtomicSystem.of(Structure.of(Lattice.orthorhombic(a * na, a * nb, a * nc), sp, frac));
    }

    /** Solid argon, a = 5.26 Å. */
    public static AtomicSystem argon(int na, int nb, int nc) {
        return fcc(Element.lookup("Ar"), 5.26, na, nb, nc);
    }

    /** A factory from a supplier. */
    public static CalculatorFactory factory(String spec, Supplier<Calculator> s) {
        return new CalculatorFactory() {
            @Override
            public Calculator create(AtomicSystem system) {
                return s.get();
            }

            @Override
            public String spec() {
                return spec;
            }

            @Override
            public Map<String, Object> describe() {
                return Map.of("spec", spec, "name", s.get().name());
            }
        };
    }

    /** Argon Lennard-Jones (energy-shifted, 8.5 Å cutoff). */
    public static CalculatorFactory argonLj() {
        return factory("lj-test", LennardJonesTestCalculator::argon);
    }

    /** Argon Lennard-Jones, shifted-force (smooth, for energy conservation). */
    public static CalculatorFactory argonLjShiftedForce() {
        return factory("lj-sf-test", () -> new LennardJonesTestCalculator(0.0104, 3.4, 8.5, 1.0, true, false));
    }
}
