package org.ionmat.analysis.bvse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.Structure;
import org.junit.jupiter.api.Test;

/** Free-sphere distribution and percolation radii of a simple cubic array of spheres. */
class VoidCalculatorTest {

    @Test
    void simpleCubicSpheres() {
        double a = 5.0;
        Structure s = Structure.of(Lattice.cubic(a), List.of(Species.of(Element.Cl, -1), Species.of(Element.Li, 1)),
                new double[] {0, 0, 0, 0.5, 0.5, 0.5});
        BvseFramework fw = BvseFramework.of(s, new MobileIon(Element.Li, 1), BvseMorseTable.standard(), 0.74);
        double rho = VoidCalculator.ionicRadius(Species.of(Element.Cl, -1));
        assertEquals(1.81, rho, 1e-9); // Shannon: Cl- has the one entry VI 1.81 Å
        BvseGrid g = new BvseGrid(10, 10, 10);
        double[] v = VoidCalculator.voids(fw, g);
        assertEquals(a * Math.sqrt(3) / 2 - rho, v[g.index(5, 5, 5)], 1e-12); // body centre
        assertEquals(-rho, v[g.index(0, 0, 0)], 1e-12); // on the ion
        assertEquals(Math.hypot(1.5, 2.0) - rho, v[g.index(3, 4, 0)], 1e-12);
        // the widest free path along any axis squeezes through the face centres, a/√2 from the ions
        VoidCalculator.PercolationRadii r = VoidCalculator.percolationRadii(g, v);
        for (int d = 1; d <= 3; d++) {
            assertEquals(a / Math.sqrt(2) - rho, r.of(d), 1e-12, d + "D");
        }
    }

    @Test
    void noPositiveChannelGivesZero() {
        Structure s = Structure.of(Lattice.cubic(2.5), List.of(Species.of(Element.Cl, -1)), new double[] {0, 0, 0});
        BvseFramework fw = BvseFramework.of(s, new MobileIon(Element.Li, 1), BvseMorseTable.standard(), 0.74);
        BvseGrid g = new BvseGrid(6, 6, 6);
        VoidCalculator.PercolationRadii r = VoidCalculator.percolationRadii(g, VoidCalculator.voids(fw, g));
        assertEquals(0.0, r.of(1)); // 2.5/√2 − 1.81 < 0
    }

    @Test
    void bvlainBisectionReplay() {
        // thresholds between bisection probes give the next probe above them, rounded to 4 decimals
        assertEquals(0.1855, MigrationBarriers.bisect(0.1777, 5.0));
        assertEquals(0.5566, MigrationBarriers.bisect(0.5547, 5.0));
        assertEquals(Double.NaN, MigrationBarriers.bisect(Double.NaN, 5.0));
        assertEquals(Double.NaN, MigrationBarriers.bisect(4.995, 5.0));
    }
}
