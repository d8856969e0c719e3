package org.ionmat.analysis.bvse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.ionmat.core.element.Element;
import org.ionmat.core.structure.Structure;
import org.junit.jupiter.api.Test;

/**
 * BVlain's recorded site energies (17 grid points per structure, k = 100 nearest framework ions
 * within 10 Å) and grid sizes for the ordered Li-containing OBELiX CIFs: they pin down the
 * energy conventions, the parameter table and the grid.
 */
class BvlainGridSamplesTest {

    private static final MobileIon LI = new MobileIon(Element.Li, 1);

    @Test
    void gridSizesAndSampleEnergiesMatchBvlain() {
        int structures = 0;
        int points = 0;
        double maxDiff = 0;
        for (BvlainReference.Entry e : BvlainReference.load()) {
            if (!e.ok()) {
                continue;
            }
            Structure s = e.decorated();
            BvseGrid g = BvseGrid.forResolution(s.lattice(), 0.2);
            int[] ref = e.gridSize();
            assertArrayEquals(new int[] {ref[0] - 1, ref[1] - 1, ref[2] - 1}, g.dims(), e.stem() + " grid");
            BvseFramework fw = BvseFramework.of(s, LI, BvseMorseTable.standard(), BvseFramework.DEFAULT_SCREENING);
            JsonNode samples = e.json().get("grid_samples");
            double[][] fracs = new double[samples.size()][];
            for (int i = 0; i < fracs.length; i++) {
                JsonNode f = samples.get(i).get("frac");
                fracs[i] = new double[] {f.get(0).asDouble(), f.get(1).asDouble(), f.get(2).asDouble()};
            }
            double[] energies = BvseCalculator.energiesAt(fw, fracs, 10.0, 100);
            for (int i = 0; i < fracs.length; i++) {
                JsonNode smp = samples.get(i);
                double want = smp.get("energy_eV").asDouble();
                double got = energies[i];
                if (want > 1e12) {
                    // a grid point on a cation: BVlain's 1/r at r ~ 1e-15 Å or r = 0 (DBL_MAX)
                    assertTrue(got > 1e12, e.stem() + " on a cation: " + got);
                } else {
                    // CIF symmetry expansion (8-digit coordinates) and ties at the 100th neighbor: ~1e-8 relative
                    assertEquals(want, got, 1e-6 + 1e-7 * Math.abs(want), e.stem() + " at " + smp.get("ijk"));
                    maxDiff = Math.max(maxDiff, Math.abs(want - got));
                }
                points++;
            }
            structures++;
        }
        System.out.printf("BVlain grid samples: %d structures, %d points, max |dE| = %.3g eV%n", structures, points, maxDiff);
        assertEquals(53, structures);
        assertEquals(900, points); // 17 samples per structure, 16 for one
    }

    @Test
    void blockedGridEqualsDirectSumAtTheSamples() {
        List<BvlainReference.Entry> all = BvlainReference.load();
        for (String stem : new String[] {"gvd", "bv2", "4kt"}) {
            BvlainReference.Entry e = all.stream().filter(x -> x.stem().equals(stem)).findFirst().orElseThrow();
            Structure s = e.decorated();
            BvseFramework fw = BvseFramework.of(s, LI, BvseMorseTable.standard(), BvseFramework.DEFAULT_SCREENING);
            BvseGrid g = BvseGrid.forResolution(s.lattice(), 0.2);
            for (int k : new int[] {100, 0}) {
                BvseLandscape l = BvseCalculator.compute(fw, g, 10.0, k);
                for (JsonNode smp : e.json().get("grid_samples")) {
                    int ia = smp.get("ijk").get(0).asInt() % g.na();
                    int ib = smp.get("ijk").get(1).asInt() % g.nb();
                    int ic = smp.get("ijk").get(2).asInt() % g.nc();
                    int idx = g.index(ia, ib, ic);
                    double direct = BvseCalculator.energyAt(fw, g.frac(idx), 10.0, k);
                    if (direct < 1e12) {
                        assertEquals(direct, l.energy()[idx], 1e-9 * Math.max(1, Math.abs(direct)), stem + " k=" + k);
                    }
                    if (k == 100 && smp.get("energy_eV").asDouble() < 1e12) {
                        assertEquals(smp.get("energy_eV").asDouble(), l.energy()[idx], 1e-9 * Math.max(1, Math.abs(direct)));
                    }
                }
            }
        }
    }
}
