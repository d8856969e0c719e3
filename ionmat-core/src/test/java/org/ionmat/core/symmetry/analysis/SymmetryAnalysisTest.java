package org.ionmat.core.symmetry.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.composition.Composition;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.Site;
import org.ionmat.core.structure.Structure;
import org.ionmat.core.symmetry.CrystalSystem;
import org.ionmat.core.symmetry.SpaceGroups;
import org.ionmat.core.symmetry.SymmetryOperation;

/** Analytic cases and invariants of the symmetry analysis. */
class SymmetryAnalysisTest {

    private static final Species NA = Species.of(Element.Na);
    private static final Species CL = Species.of(Element.Cl);

    static Structure rockSalt() {
        Structure.Builder b = Structure.builder(Lattice.cubic(5.64));
        double[][] fcc = {{0, 0, 0}, {0, .5, .5}, {.5, 0, .5}, {.5, .5, 0}};
        for (double[] f : fcc) {
            b.add(NA, f);
        }
        for (double[] f : fcc) {
            b.add(CL, new double[] {f[0] + .5, f[1], f[2]});
        }
        return b.build();
    }

    @Test
    void rockSalt_isFm3m() {
        SymmetryAnalysis a = SymmetryAnalysis.of(rockSalt());
        assertEquals(225, a.spaceGroupNumber());
        assertEquals("Fm-3m", a.internationalSymbol());
        assertEquals("-F 4 2 3", a.hallSymbol());
        assertEquals(523, a.hallNumber());
        assertEquals(PointGroup.OH, a.pointGroup());
        assertEquals(CrystalSystem.CUBIC, a.crystalSystem());
        assertEquals(Centering.F, a.centering());
        assertEquals("cF", a.bravaisLattice());
        assertEquals(192, a.operationCount()); // 48 rotations x 4 centring translations
        assertArrayEquals(new int[] {0, 0, 0, 0, 4, 4, 4, 4}, a.equivalentAtoms());
        assertEquals(2, a.orbitCount());
        Structure prim = a.primitiveCell();
        assertEquals(2, prim.size());
        assertEquals(5.64 * 5.64 * 5.64 / 4, prim.lattice().volume(), 1e-9);
        Structure conv = a.conventionalCell();
        assertEquals(8, conv.size());
        assertArrayEquals(new double[] {5.64, 5.64, 5.64, 90, 90, 90}, conv.lattice().parameters(), 1e-9);
        // standardized primitive cell of fcc: a = b = c = a_conv / sqrt(2), angles 60 degrees
        Structure sp = a.standardPrimitiveCell();
        double ap = 5.64 / Math.sqrt(2);
        assertArrayEquals(new double[] {ap, ap, ap, 60, 60, 60}, sp.lattice().parameters(), 1e-9);
        assertEquals(2, sp.size());
        assertEquals(225, SymmetryAnalysis.of(sp).spaceGroupNumber());
        assertEquals(0.01, a.tolerance());
        assertTrue(a.toString().startsWith("Fm-3m (225)"));
    }

    @Test
    void supercellKeepsTheSpaceGroupButOnlyTheRotationsOfItsLattice() {
        SymmetryAnalysis a = SymmetryAnalysis.of(rockSalt().supercell(2, 1, 1));
        assertEquals(225, a.spaceGroupNumber());
        assertEquals(128, a.operationCount()); // 4/mmm (16) x 8 pure translations, as spglib
        assertEquals(16, a.mappingToPrimitive().length);
        assertEquals(2, a.primitiveCell().size());
        assertEquals(2, a.orbitCount());
        assertEquals(8, a.conventionalCell().size());

        // a large supercell (1000 sites): 48 rotations x 500 pure translations; 2 primitive sites
        SymmetryAnalysis big = SymmetryAnalysis.of(rockSalt().supercell(5, 5, 5));
        assertEquals(225, big.spaceGroupNumber());
        assertEquals(24000, big.operationCount());
        assertEquals(2, big.primitiveCell().size());
        assertEquals(2, big.orbitCount());
    }

    @Test
    void disorderedSitesAreTypesOfTheirOwn() {
        Composition halfLi = Composition.of(Map.of(Species.of(Element.Li), 0.5));
        Composition quarterLi = Composition.of(Map.of(Species.of(Element.Li), 0.25));
        Lattice cubic = Lattice.cubic(3.5);
        Structure same = Structure.of(cubic, List.of(new Site(halfLi, new double[] {0, 0, 0}, null),
                new Site(halfLi, new double[] {.5, .5, .5}, null)));
        Structure different = Structure.of(cubic, List.of(new Site(halfLi, new double[] {0, 0, 0}, null),
                new Site(quarterLi, new double[] {.5, .5, .5}, null)));
        assertEquals(229, SymmetryAnalysis.of(same).spaceGroupNumber()); // body-centred: Im-3m
        assertEquals(96, SymmetryAnalysis.of(same).operationCount());
        assertEquals(221, SymmetryAnalysis.of(different).spaceGroupNumber()); // CsCl type: Pm-3m
        assertEquals(48, SymmetryAnalysis.of(different).operationCount());
    }

    @Test
    void operationsMapTheCrystalOntoItself() {
        for (GoldenStructures.Entry e : GoldenStructures.load("synthetic-spglib.json.gz")) {
            if (!e.id().endsWith("-transformed") || e.id().hashCode() % 4 != 0) {
                continue; // a quarter of the transformed structures
            }
            Structure s = e.structure();
            SymmetryAnalysis a = SymmetryAnalysis.of(s);
            double[] frac = s.fracCoords();
            double[] m = s.lattice().rowMajor();
            for (SymmetryOperation op : a.operations()) {
                for (int i = 0; i < s.size(); i++) {
                    double[] y = op.apply(s.frac(i));
                    double best = Double.MAX_VALUE;
                    for (int j = 0; j < s.size() && best > a.tolerance(); j++) {
                        if (e.types()[j] == e.types()[i]) {
                            double dx = y[0] - frac[3 * j];
                            double dy = y[1] - frac[3 * j + 1];
                            double dz = y[2] - frac[3 * j + 2];
                            dx -= Math.rint(dx);
                            dy -= Math.rint(dy);
                            dz -= Math.rint(dz);
                            double cx = dx * m[0] + dy * m[3] + dz * m[6];
                            double cy = dx * m[1] + dy * m[4] + dz * m[7];
                            double cz = dx * m[2] + dy * m[5] + dz * m[8];
                            // the image found by rounding bounds the minimum-image distance from above
                            best = Math.min(best, Math.sqrt(cx * cx + cy * cy + cz * cz));
                        }
                    }
                    for (int j = 0; j < s.size() && best > a.tolerance(); j++) {
                        if (e.types()[j] == e.types()[i]) {
                            best = Math.min(best, s.lattice().minimumImageDistance(y, s.frac(j)));
                        }
                    }
                    assertTrue(best <= a.tolerance(), e.id() + ": " + op + " moves site " + i + " by " + best + " Å");
                }
            }
        }
    }

    @Test
    void independentOfOrientationSiteOrderOriginAndHandednessOfTheBasis() {
        Random rnd = new Random(17);
        for (GoldenStructures.Entry e : GoldenStructures.load("synthetic-spglib.json.gz")) {
            if (!e.id().startsWith("sg") || e.id().contains("-") || Integer.parseInt(e.id().substring(2)) % 7 != 0) {
                continue;
            }
            Structure s = e.structure();
            SymmetryAnalysis ref = SymmetryAnalysis.of(s);
            // rotate the Cartesian frame, reverse the site order, shift the origin, and use a left-handed basis
            double[] rot = rotation(rnd);
            double[] m = Matrices.mul(s.lattice().rowMajor(), Matrices.transpose(rot));
            int[] flip = {0, 1, 0, 1, 0, 0, 0, 0, 1}; // a <-> b: det -1
            double[] lat = Matrices.changeBasisLattice(m, Matrices.toDouble(flip));
            double[] shift = {rnd.nextDouble(), rnd.nextDouble(), rnd.nextDouble()};
            Structure.Builder b = Structure.builder(Lattice.ofRowMajor(lat));
            int n = s.size();
            for (int i = n - 1; i >= 0; i--) {
                double[] f = s.frac(i);
                b.add(new Site(s.site(i).species(), new double[] {f[1] + shift[0], f[0] + shift[1], f[2] + shift[2]}, null));
            }
            SymmetryAnalysis a = SymmetryAnalysis.of(b.build());
            assertEquals(ref.spaceGroupNumber(), a.spaceGroupNumber(), e.id());
            assertEquals(ref.operationCount(), a.operationCount(), e.id());
            int[] reversed = new int[n];
            int[] eq = a.equivalentAtoms();
            for (int i = 0; i < n; i++) {
                reversed[i] = eq[n - 1 - i];
            }
            assertTrue(GoldenStructures.samePartition(ref.equivalentAtoms(), reversed), e.id());
            assertArrayEquals(ref.conventionalCell().lattice().parameters(), a.conventionalCell().lattice().parameters(),
                    1e-6, e.id());
        }
    }

    @Test
    void standardizedCellIsInTheDatabaseSettingAndReachedByTheTransformation() {
        for (GoldenStructures.Entry e : GoldenStructures.load("synthetic-spglib.json.gz")) {
            if (!e.id().endsWith("-transformed")) {
                continue;
            }
            Structure s = e.structure();
            SymmetryAnalysis a = SymmetryAnalysis.of(s);
            Structure std = a.conventionalCell();
            // (1) the operations found in the standardized cell are exactly those of the database setting
            SymmetryAnalysis again = SymmetryAnalysis.of(std, 1e-5);
            assertEquals(a.spaceGroupNumber(), again.spaceGroupNumber(), e.id());
            List<SymmetryOperation> expected = SpaceGroups.byHallNumber(a.hallNumber()).orElseThrow().operations();
            assertEquals(expected.size(), again.operationCount(), e.id());
            for (SymmetryOperation op : again.operations()) {
                assertTrue(expected.stream().anyMatch(x -> x.equalsModuloLattice(op, 1e-8)), e.id() + ": " + op);
            }
            // (2) x_std = P x + p maps every input site onto a standardized site of the same species
            double[][] p = a.transformationMatrix();
            double[] origin = a.originShift();
            for (int i = 0; i < s.size(); i++) {
                double[] x = s.frac(i);
                double[] y = new double[3];
                for (int r = 0; r < 3; r++) {
                    y[r] = p[r][0] * x[0] + p[r][1] * x[1] + p[r][2] * x[2] + origin[r];
                }
                double best = Double.MAX_VALUE;
                for (int j = 0; j < std.size(); j++) {
                    if (std.site(j).species().equals(s.site(i).species())) {
                        best = Math.min(best, std.lattice().minimumImageDistance(y, std.frac(j)));
                    }
                }
                assertTrue(best < 0.01, e.id() + ": site " + i + " is " + best + " Å from the standardized cell");
            }
            // (3) the standardized lattice is the input lattice in the new basis, up to idealization
            double[] inv = Matrices.inverse(new double[] {p[0][0], p[0][1], p[0][2], p[1][0], p[1][1], p[1][2], p[2][0],
                p[2][1], p[2][2]});
            double[] lat = Matrices.changeBasisLattice(s.lattice().rowMajor(), inv);
            assertArrayEquals(Lattice.ofRowMajor(lat).parameters(), std.lattice().parameters(), 1e-3, e.id());
        }
    }

    @Test
    void polarPerovskiteOnACubicLattice() {
        // BaTiO3-like: Ti and O shifted along c in a cubic cell: P4mm (99), lattice still m-3m
        Structure.Builder b = Structure.builder(Lattice.cubic(4.0));
        b.add(Species.of(Element.Ba), new double[] {0, 0, 0});
        b.add(Species.of(Element.Ti), new double[] {.5, .5, .52});
        b.add(Species.of(Element.O), new double[] {.5, .5, .03});
        b.add(Species.of(Element.O), new double[] {.5, 0, .53});
        b.add(Species.of(Element.O), new double[] {0, .5, .53});
        SymmetryAnalysis a = SymmetryAnalysis.of(b.build());
        assertEquals(99, a.spaceGroupNumber());
        assertEquals(PointGroup.C4V, a.pointGroup());
        assertEquals(PointGroup.OH, a.latticePointGroup());
        assertEquals(8, a.operationCount());
        assertArrayEquals(new String[] {"a", "b", "b", "c", "c"}, a.wyckoffLetters());
    }

    @Test
    void triclinicCellWithoutSymmetry() {
        Random rnd = new Random(2);
        Structure.Builder b = Structure.builder(Lattice.fromParameters(4.1, 5.3, 6.2, 81, 97, 104));
        for (int i = 0; i < 5; i++) {
            b.add(i < 2 ? NA : CL, new double[] {rnd.nextDouble(), rnd.nextDouble(), rnd.nextDouble()});
        }
        SymmetryAnalysis a = SymmetryAnalysis.of(b.build());
        assertEquals(1, a.spaceGroupNumber());
        assertEquals(1, a.operationCount());
        assertEquals(5, a.orbitCount());
        assertEquals("aP", a.bravaisLattice());
    }

    @Test
    void perturbedStructureNeedsALargerTolerance() {
        Structure noisy = rockSalt().perturbed(0.02, 0.02, 4);
        assertEquals(225, SymmetryAnalysis.of(noisy, 0.1).spaceGroupNumber());
        assertTrue(SymmetryAnalysis.of(noisy, 0.001).spaceGroupNumber() < 225);
    }

    @Test
    void badInputGivesAClearError() {
        Structure empty = Structure.of(Lattice.cubic(3), new ArrayList<>());
        assertTrue(assertThrows(InvalidInputException.class, () -> SymmetryAnalysis.of(empty)).getMessage()
                .contains("without sites"));
        for (double tol : new double[] {0, -0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertTrue(assertThrows(InvalidInputException.class, () -> SymmetryAnalysis.of(rockSalt(), tol)).getMessage()
                    .contains("tolerance"));
        }
        assertThrows(InvalidInputException.class, () -> SymmetryAnalysis.of(rockSalt(), 0.01, Double.NaN));
        // the same atom twice: no consistent primitive cell at any tolerance; the message names the sites
        Structure doubled = rockSalt().toBuilder().add(NA, new double[] {0, 0, 0}, "Na9").build();
        String message = assertThrows(InvalidInputException.class, () -> SymmetryAnalysis.of(doubled)).getMessage();
        assertTrue(message.contains("sites 1 (") && message.contains("Na9") && message.contains("overlap"), message);
    }

    private static double[] rotation(Random rnd) {
        double[] q = {rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian()};
        double n = Math.sqrt(q[0] * q[0] + q[1] * q[1] + q[2] * q[2] + q[3] * q[3]);
        double w = q[0] / n;
        double x = q[1] / n;
        double y = q[2] / n;
        double z = q[3] / n;
        return new double[] {
            1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w),
            2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w),
            2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y)
        };
    }
}
