package org.ionmat.core.structure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.composition.Composition;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.junit.jupiter.api.Test;

class StructureTest {

    private static final Species NA = Species.of(Element.Na);
    private static final Species CL = Species.of(Element.Cl);

    /** Rock-salt NaCl, conventional cubic cell, a = 5.64 Å. */
    static Structure rockSalt(double a) {
        Structure.Builder b = Structure.builder(Lattice.cubic(a));
        double[][] fcc = {{0, 0, 0}, {0, 0.5, 0.5}, {0.5, 0, 0.5}, {0.5, 0.5, 0}};
        for (double[] f : fcc) {
            b.add(NA, f, "Na");
        }
        for (double[] f : fcc) {
            b.add(CL, new double[] {f[0] + 0.5, f[1], f[2]}, "Cl");
        }
        return b.build();
    }

    @Test
    void distanceMatrixUsesMinimumImage() {
        Structure s = rockSalt(5.64);
        double[][] d = s.distanceMatrix();
        assertEquals(8, d.length);
        // Na at origin to Cl at (0.5, 0, 0): a/2; Na to Na face centre: a/sqrt(2)
        assertEquals(2.82, d[0][4], 1e-12);
        assertEquals(5.64 / Math.sqrt(2), d[0][1], 1e-12);
        for (int i = 0; i < 8; i++) {
            assertEquals(0, d[i][i]);
            for (int j = 0; j < 8; j++) {
                assertEquals(d[i][j], d[j][i]);
                assertEquals(d[i][j], s.distance(i, j), 1e-12);
            }
        }
    }

    @Test
    void densityOfRockSaltMatchesHandCalculation() {
        // 4 NaCl per cell: 4 * (22.98977 + 35.453) amu / (5.64 Å)^3 = 2.165 g/cm^3 = 2.1637 (halite, a = 5.640 Å: 2.165)
        Structure s = rockSalt(5.64);
        double mass = 4 * (Element.Na.atomicMass() + Element.Cl.atomicMass());
        assertEquals(mass * 1.66053906660 / Math.pow(5.64, 3), s.density(), 1e-12);
        assertEquals(2.1637, s.density(), 1e-4);
    }

    @Test
    void diagonalSupercellMultipliesContentAndKeepsDensity() {
        Structure s = rockSalt(5.64);
        Structure sc = s.supercell(2, 3, 1);
        assertEquals(48, sc.size());
        assertEquals(6 * s.volume(), sc.volume(), 1e-9);
        assertEquals(s.density(), sc.density(), 1e-12);
        assertEquals(24, sc.composition().amount(Element.Na), 1e-12);
    }

    @Test
    void nonDiagonalSupercellIsEquivalentToPrimitive() {
        // the fcc primitive cell of NaCl via T = [[0,1/2,1/2],...] is not integer; instead build the
        // conventional cell as a supercell of the primitive one
        double a = 5.64;
        Lattice prim = Lattice.of(new double[][] {{0, a / 2, a / 2}, {a / 2, 0, a / 2}, {a / 2, a / 2, 0}});
        Structure p = Structure.builder(prim).add(NA, new double[] {0, 0, 0}).add(CL, new double[] {0.5, 0.5, 0.5}).build();
        Structure conv = p.supercell(new int[][] {{-1, 1, 1}, {1, -1, 1}, {1, 1, -1}});
        assertEquals(8, conv.size());
        assertEquals(a * a * a, conv.volume(), 1e-9);
        assertArrayEquals(new double[] {a, a, a, 90, 90, 90}, conv.lattice().parameters(), 1e-9);
        // every Na has 6 Cl at a/2
        double[][] d = conv.distanceMatrix();
        for (int i = 0; i < 8; i++) {
            if (conv.elementOf(i) != Element.Na) {
                continue;
            }
            int n = 0;
            for (int j = 0; j < 8; j++) {
                if (conv.elementOf(j) == Element.Cl && Math.abs(d[i][j] - a / 2) < 1e-9) {
                    n++;
                }
            }
            assertEquals(3, n, "distinct Cl sites at a/2 (each seen twice, at ±a/2)");
        }
        assertThrows(InvalidInputException.class, () -> p.supercell(new int[][] {{1, 0, 0}, {1, 0, 0}, {0, 0, 1}}));
    }

    @Test
    void supercellRepeatsSiteProperties() {
        Structure s = rockSalt(5.64).withProperty("charge",
                SiteProperty.scalar(new double[] {1, 1, 1, 1, -1, -1, -1, -1}));
        Structure sc = s.supercell(2, 1, 1);
        double[] q = sc.property("charge").values();
        double sum = 0;
        for (int i = 0; i < sc.size(); i++) {
            assertEquals(sc.elementOf(i) == Element.Na ? 1 : -1, q[i]);
            sum += q[i];
        }
        assertEquals(0, sum);
    }

    @Test
    void perturbationMovesEachSiteByRequestedDistanceAndIsSeeded() {
        Structure s = rockSalt(5.64);
        Structure p1 = s.perturbed(0.1, 0.1, 42);
        Structure p2 = s.perturbed(0.1, 0.1, 42);
        Structure p3 = s.perturbed(0.1, 0.1, 43);
        for (int i = 0; i < s.size(); i++) {
            double[] a = s.cart(i);
            double[] b = p1.cart(i);
            double d = Math.sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) + (a[2] - b[2]) * (a[2] - b[2]));
            assertEquals(0.1, d, 1e-12);
        }
        assertTrue(p1.equalsWithTolerance(p2, 0));
        assertFalse(p1.equalsWithTolerance(p3, 1e-6));
    }

    @Test
    void interpolationEndsAtBothStructuresAndTakesShortestPath() {
        Structure s = rockSalt(5.64);
        double[] f = s.fracCoords();
        f[0] = 0.95; // Na moved across the boundary: shortest path from 0.0 goes backwards
        Structure e = s.withFracCoords(f);
        List<Structure> images = s.interpolate(e, 3, false);
        assertEquals(5, images.size());
        assertTrue(images.get(0).equalsWithTolerance(s, 1e-12));
        assertTrue(images.get(4).equalsWithTolerance(e, 1e-12));
        assertEquals(-0.025, images.get(2).frac(0)[0], 1e-12);
    }

    @Test
    void substitutionRemovalAndSorting() {
        Structure s = rockSalt(5.64);
        Structure half = s.substitute(Map.of(Element.Na,
                Composition.of(Map.of(Species.of(Element.Li), 0.5, Species.of(Element.Na), 0.5))));
        assertFalse(half.isOrdered());
        assertEquals(2, half.composition().amount(Element.Li), 1e-12);
        Structure noCl = s.removeElements(Element.Cl);
        assertEquals(4, noCl.size());
        Structure removed = s.removeSites(0, 7);
        assertEquals(6, removed.size());
        Structure sorted = s.permuted(new int[] {7, 0, 6, 1, 5, 2, 4, 3}).sortedBySpecies();
        // Na (EN 0.93) before Cl (3.16)
        for (int i = 0; i < 4; i++) {
            assertEquals(Element.Na, sorted.elementOf(i));
            assertEquals(Element.Cl, sorted.elementOf(i + 4));
        }
        assertNotEquals(s, sorted);
    }

    @Test
    void wrappingFoldsIntoUnitCell() {
        assertEquals(0.25, Structure.wrap(-0.75), 1e-15);
        assertEquals(0.0, Structure.wrap(-1e-18));
        assertEquals(0.0, Structure.wrap(3.0));
        Structure s = rockSalt(5.64);
        double[] f = s.fracCoords();
        f[3] = 2.25;
        Structure w = s.withFracCoords(f).wrapped();
        assertEquals(0.25, w.frac(1)[0], 1e-12);
    }
}
