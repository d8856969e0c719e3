package org.ionmat.core.symmetry.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.ionmat.core.symmetry.SpaceGroup;
import org.ionmat.core.symmetry.SpaceGroups;
import org.ionmat.core.symmetry.SymmetryOperation;

/** The Wyckoff table against the space-group database and published facts. */
class WyckoffTableTest {

    @Test
    void thereAre1731WyckoffPositions() {
        // International Tables A: 1731 Wyckoff positions in the 230 space-group types
        int total = 0;
        for (int n = 1; n <= 230; n++) {
            total += WyckoffTable.of(n).size();
        }
        assertEquals(1731, total);
        assertEquals(27, WyckoffTable.of(47).size()); // Pmmm: a..z and A
        assertEquals("A", WyckoffTable.of(47).get(26).letter());
    }

    @Test
    void representativesHaveTheirMultiplicityUnderTheDatabaseOperations() {
        for (int n = 1; n <= 230; n++) {
            SpaceGroup g = SpaceGroups.byNumber(n).orElseThrow();
            List<WyckoffPosition> table = WyckoffTable.of(n);
            WyckoffPosition general = table.get(table.size() - 1);
            assertEquals(g.order(), general.multiplicity(), "general position of " + n);
            assertEquals(3, general.dimension());
            for (WyckoffPosition w : table) {
                assertEquals(w.multiplicity(), orbitSize(g.operations(), w.representative()), n + " " + w);
                assertTrue(g.order() % w.multiplicity() == 0);
            }
        }
    }

    @Test
    void lettersOfFamiliarStructures() {
        SymmetryAnalysis a = SymmetryAnalysis.of(SymmetryAnalysisTest.rockSalt());
        assertArrayEquals(new String[] {"a", "a", "a", "a", "b", "b", "b", "b"}, a.wyckoffLetters());
        assertEquals("m-3m", a.siteSymmetrySymbols()[0]);
        assertEquals("4a", a.wyckoffPositions().get(0).toString());
    }

    private static int orbitSize(List<SymmetryOperation> ops, double[] x) {
        List<double[]> pts = new ArrayList<>();
        for (SymmetryOperation op : ops) {
            double[] y = op.apply(x);
            for (int k = 0; k < 3; k++) {
                y[k] -= Math.floor(y[k]);
            }
            if (pts.stream().noneMatch(p -> Centering.sameModOne(p, y, 1e-6))) {
                pts.add(y);
            }
        }
        return pts.size();
    }
}
