package org.ionmat.core.electrostatics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.units.Units;
import org.junit.jupiter.api.Test;

class EwaldSummationTest {

    private static final double KE = Units.COULOMB_CONSTANT;

    /** Madelung constant from the energy of a cell: E = −M k_e z² n_pairs / r0. */
    private static double madelung(PointChargeCells cell, double r0, double pairsTimesChargeProduct) {
        return -cell.ewald().totalEnergy() * r0 / (KE * pairsTimesChargeProduct);
    }

    /**
     * Published Madelung constants referred to the nearest-neighbour distance r0 (e.g. Johnson &amp;
     * Templeton, J. Chem. Phys. 34, 2004 (1961); Kittel, Introduction to Solid State Physics):
     * NaCl 1.747565, CsCl 1.762675, zinc blende 1.638055, ideal wurtzite 1.641322, and fluorite
     * 2.519392 with E per CaF2 formula unit = −M z+ |z−| e² / (4π ε0 r0), z+ = 2, z− = −1.
     */
    @Test
    void madelungConstantsOfBinaryCrystals() {
        double a = 5.64;
        assertEquals(1.747565, madelung(PointChargeCells.rockSalt(a), a / 2, 4), 1e-6);
        assertEquals(1.762675, madelung(PointChargeCells.cesiumChloride(4.11), 4.11 * Math.sqrt(3) / 2, 1), 1e-6);
        assertEquals(1.638055, madelung(PointChargeCells.zincBlende(a), a * Math.sqrt(3) / 4, 4), 1e-6);
        assertEquals(2.519392, madelung(PointChargeCells.fluorite(a), a * Math.sqrt(3) / 4, 4 * 2), 1e-6);
        double w = 3.82;
        double c = w * Math.sqrt(8.0 / 3);
        assertEquals(1.641322, madelung(PointChargeCells.wurtzite(w), 3.0 / 8 * c, 2), 1e-6);
    }

    @Test
    void primitiveAndConventionalRockSaltAgreePerFormulaUnit() {
        double a = 5.64;
        PointChargeCells prim = PointChargeCells.of(Lattice.of(new double[][] {
            {0, a / 2, a / 2}, {a / 2, 0, a / 2}, {a / 2, a / 2, 0}}),
            new double[][] {{0, 0, 0}, {0.5, 0.5, 0.5}}, new double[] {1, -1});
        assertEquals(PointChargeCells.rockSalt(a).ewald().withAccuracy(1e-12).totalEnergy() / 4,
                prim.ewald().withAccuracy(1e-12).totalEnergy(), 1e-9);
    }

    /** The result must not depend on the split parameter beyond the requested accuracy. */
    @Test
    void energyIsIndependentOfSplitParameter() {
        Lattice tric = Lattice.fromParameters(6.1, 7.3, 8.2, 78, 101, 115);
        PointChargeCells[] cells = {
            PointChargeCells.rockSalt(5.64),
            PointChargeCells.random(tric, 40, 1.2, true, 1),
            PointChargeCells.random(tric, 40, 1.2, false, 2),                       // charged cell
            PointChargeCells.random(Lattice.fromParameters(3, 3.2, 25, 90, 90, 60), 12, 1.0, true, 3) // slab-like
        };
        for (double accuracy : new double[] {1e-5, 1e-8, 1e-12}) {
            for (PointChargeCells cell : cells) {
                EwaldSummation ref = cell.ewald().withAccuracy(1e-14);
                double exact = ref.totalEnergy();
                double alpha0 = cell.ewald().withAccuracy(accuracy).parameters().alpha();
                // energy scale: k_e Σ q² / (nearest-neighbour-like length)
                double q2 = 0;
                for (double q : cell.charges()) {
                    q2 += q * q;
                }
                double scale = KE * q2 / Math.cbrt(cell.lattice().volume() / cell.charges().length);
                for (double f : new double[] {0.5, 0.7, 1, 1.5, 2.5}) {
                    EwaldParameters p = EwaldParameters.forAccuracy(alpha0 * f, accuracy);
                    double e = cell.ewald().withParameters(p).totalEnergy();
                    assertEquals(exact, e, 2 * accuracy * scale,
                            () -> "accuracy " + accuracy + ", alpha x " + f + ": " + e + " vs " + exact);
                }
            }
        }
    }

    @Test
    void siteEnergiesSumToTotalAndAreHalfChargeTimesPotential() {
        Lattice tric = Lattice.fromParameters(5.2, 5.9, 6.4, 95, 84, 103);
        for (boolean neutral : new boolean[] {true, false}) {
            PointChargeCells cell = PointChargeCells.random(tric, 25, 1.2, neutral, 11);
            EwaldEnergy e = cell.ewald().withAccuracy(1e-12).compute();
            double sum = 0;
            for (double v : e.siteEnergies()) {
                sum += v;
            }
            assertEquals(e.total(), sum, 1e-9 * Math.abs(e.total()));
            PairEnergyMatrix phi = PairEnergyMatrix.compute(cell.lattice(), cell.cart(),
                    EwaldParameters.forPairMatrix(cell.lattice(), 1e-12));
            double[] v = phi.potentials(cell.charges());
            for (int i = 0; i < v.length; i++) {
                assertEquals(0.5 * cell.charges()[i] * v[i], e.siteEnergy(i), 1e-8, "site " + i);
            }
            assertEquals(e.total(), phi.energy(cell.charges()), 1e-8 * Math.abs(e.total()));
        }
    }

    /** Per-site energies are physical (independent of α) also in a charged cell. */
    @Test
    void siteEnergiesDoNotDependOnSplitParameterInChargedCell() {
        PointChargeCells cell = PointChargeCells.random(Lattice.fromParameters(5, 6, 7, 80, 85, 95), 15, 1.2, false, 4);
        EwaldSummation base = cell.ewald();
        double a0 = base.parameters().alpha();
        double[] ref = base.withParameters(EwaldParameters.forAccuracy(a0, 1e-13)).compute().siteEnergies();
        double[] other = base.withParameters(EwaldParameters.forAccuracy(a0 * 1.8, 1e-13)).compute().siteEnergies();
        assertArrayEquals(ref, other, 1e-8);
    }

    @Test
    void pairMatrixIsSymmetricAndGivesEnergyOfAnyChargeAssignment() {
        Lattice tric = Lattice.fromParameters(6.1, 7.3, 8.2, 78, 101, 115);
        PointChargeCells cell = PointChargeCells.random(tric, 30, 1.2, true, 9);
        PairEnergyMatrix phi = PairEnergyMatrix.compute(cell.lattice(), cell.cart());
        SplittableRandom rnd = new SplittableRandom(2);
        for (int i = 0; i < 30; i++) {
            for (int j = 0; j < 30; j++) {
                assertEquals(phi.get(i, j), phi.get(j, i), 0);
            }
        }
        for (int t = 0; t < 5; t++) {
            double[] q = new double[30];
            for (int i = 0; i < 30; i++) {
                q[i] = rnd.nextInt(5) - 2;
            }
            double direct = EwaldSummation.of(cell.lattice(), cell.cart(), q).withAccuracy(1e-12).totalEnergy();
            assertEquals(direct, phi.energy(q), 1e-6 * Math.max(1, Math.abs(direct)));
        }
    }

    @Test
    void skewedSettingOfTheSameCrystalGivesTheSameEnergy() {
        PointChargeCells cell = PointChargeCells.fluorite(5.46);
        Lattice skewed = cell.lattice().transform(new double[][] {{1, 3, 0}, {0, 1, 0}, {-2, 4, 1}});
        PointChargeCells same = new PointChargeCells(skewed, cell.cart(), cell.charges());
        assertEquals(cell.ewald().totalEnergy(), same.ewald().totalEnergy(), 1e-8);
    }

    @Test
    void neutralityAndCoincidentSites() {
        PointChargeCells cell = PointChargeCells.rockSalt(5.64);
        EwaldEnergy e = cell.ewald().compute();
        assertEquals(0, e.background(), 0);
        assertEquals(0, e.totalCharge(), 1e-12);
        double[] cart = {0, 0, 0, 1e-9, 0, 0};
        assertThrows(InvalidInputException.class,
                () -> EwaldSummation.of(Lattice.cubic(4), cart, new double[] {1, -1}).totalEnergy());
        // an uncharged site may sit anywhere
        assertEquals(0, EwaldSummation.of(Lattice.cubic(4), cart, new double[] {0, 0}).totalEnergy(), 0);
    }

    @Test
    void singleChargeInBackgroundIsTheWignerLatticeEnergy() {
        // one unit charge in a simple cubic cell with neutralising background: E = -k_e * 2.837297 / (2 a)
        // (Madelung constant of the simple cubic Wigner lattice, Nijboer & de Wette 1957)
        double a = 3.0;
        double e = EwaldSummation.of(Lattice.cubic(a), new double[] {0, 0, 0}, new double[] {1}).totalEnergy();
        assertEquals(-2.837297 / 2, e * a / KE, 1e-6);
    }

    @Test
    void threeHundredSiteCellTakesMilliseconds() {
        Lattice l = Lattice.fromParameters(14.1, 15.3, 16.2, 84, 97, 102);
        PointChargeCells cell = PointChargeCells.random(l, 300, 1.5, true, 5);
        EwaldSummation ew = cell.ewald();
        for (int i = 0; i < 5; i++) {
            ew.compute();
        }
        // thread CPU time: the test machine may be shared
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = bean.getCurrentThreadCpuTime();
        int reps = 10;
        for (int i = 0; i < reps; i++) {
            ew.compute();
        }
        double ms = (bean.getCurrentThreadCpuTime() - t0) / 1e6 / reps;
        long t1 = bean.getCurrentThreadCpuTime();
        PairEnergyMatrix.compute(cell.lattice(), cell.cart());
        double msMatrix = (bean.getCurrentThreadCpuTime() - t1) / 1e6;
        System.out.printf("Ewald 300 sites: %.2f ms CPU per energy, %.1f ms CPU for the pair matrix%n", ms, msMatrix);
        assertTrue(ms < 200, "Ewald energy of 300 sites took " + ms + " ms");
    }
}
