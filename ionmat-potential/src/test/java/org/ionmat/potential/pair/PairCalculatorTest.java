package org.ionmat.potential.pair;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.Calculator;
import org.ionmat.potential.CalculatorResult;
import org.ionmat.potential.FiniteDifferenceCheck;
import org.ionmat.potential.SpeciesSet;
import org.ionmat.potential.TestSystems;
import org.junit.jupiter.api.Test;

class PairCalculatorTest {

    private static final SpeciesSet LI_O = SpeciesSet.of(List.of(TestSystems.LI, TestSystems.O));
    private static final Buckingham LI_O_BUCK = new Buckingham(426.48, 0.3, 0.0);
    private static final Buckingham O_O_BUCK = new Buckingham(22764.0, 0.149, 27.88);

    private static PairCalculator buckingham(double cutoff, boolean shift, int threads) {
        return PairCalculator.builder(LI_O).pair(0, 1, LI_O_BUCK, cutoff, shift).pair(1, 1, O_O_BUCK, cutoff, shift)
                .threads(threads).build();
    }

    /** Direct sum over all atom pairs and lattice translations within the cutoff (test reference). */
    private static double[] bruteForce(AtomicSystem s, PairFunction[][] f, double rc, boolean shift) {
        int n = s.size();
        double[] x = s.positionsView();
        double[] m = s.lattice().rowMajor();
        double[] out = new double[1 + 3 * n + 9];
        double[] d = new double[1];
        int reach = 4;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                PairFunction fn = f[s.type(i)][s.type(j)];
                if (fn == null) {
                    continue;
                }
                for (int a = -reach; a <= reach; a++) {
                    for (int b = -reach; b <= reach; b++) {
                        for (int c = -reach; c <= reach; c++) {
                            if (i == j && a == 0 && b == 0 && c == 0) {
                                continue;
                            }
                            double dx = x[3 * j] - x[3 * i] + a * m[0] + b * m[3] + c * m[6];
                            double dy = x[3 * j + 1] - x[3 * i + 1] + a * m[1] + b * m[4] + c * m[7];
                            double dz = x[3 * j + 2] - x[3 * i + 2] + a * m[2] + b * m[5] + c * m[8];
                            double r = Math.sqrt(dx * dx + dy * dy + dz * dz);
                            if (r >= rc) {
                                continue;
                            }
                            double e = fn.evaluate(r, d) - (shift ? fn.energy(rc) : 0);
                            out[0] += 0.5 * e;
                            double fr = -d[0] / r;
                            out[1 + 3 * j] += 0.5 * fr * dx;
                            out[2 + 3 * j] += 0.5 * fr * dy;
                            out[3 + 3 * j] += 0.5 * fr * dz;
                            out[1 + 3 * i] -= 0.5 * fr * dx;
                            out[2 + 3 * i] -= 0.5 * fr * dy;
                            out[3 + 3 * i] -= 0.5 * fr * dz;
                            double[] dv = {dx, dy, dz};
                            for (int p = 0; p < 3; p++) {
                                for (int q = 0; q < 3; q++) {
                                    out[1 + 3 * n + 3 * p + q] += 0.5 * dv[p] * fr * dv[q];
                                }
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Cutoff (10 Å) beyond the cell (4.6 Å): images of every atom, including itself, count once. */
    @Test
    void matchesDirectSumOverImages() {
        AtomicSystem s = TestSystems.perturbed(TestSystems.triclinicLi2o(4.61), 0.15, 1);
        for (boolean shift : new boolean[] {false, true}) {
            CalculatorResult r = buckingham(10.0, shift, 1).calculate(s, Calculator.Request.ALL);
            double[] ref = bruteForce(s, new PairFunction[][] {{null, LI_O_BUCK}, {LI_O_BUCK, O_O_BUCK}}, 10.0, shift);
            assertEquals(ref[0], r.energy(), 1e-10 * Math.abs(ref[0]));
            for (int k = 0; k < 3 * s.size(); k++) {
                assertEquals(ref[1 + k], r.forces()[k], 1e-9);
            }
            for (int k = 0; k < 9; k++) {
                assertEquals(ref[1 + 3 * s.size() + k], r.virial()[k], 1e-9 * Math.abs(ref[1 + 3 * s.size()]));
            }
            double sum = 0;
            for (double e : r.atomEnergies()) {
                sum += e;
            }
            assertEquals(r.energy(), sum, 1e-10 * Math.abs(sum));
        }
    }

    @Test
    void forcesAndVirialPassFiniteDifferenceCheck() {
        AtomicSystem s = TestSystems.perturbed(TestSystems.triclinicLi2o(4.61), 0.2, 2);
        FiniteDifferenceCheck.assertConsistent(buckingham(8.0, true, 1), s, 1e-4, 1e-6);
        PairCalculator mixed = PairCalculator.builder(LI_O)
                .pair(0, 0, new LennardJones(0.01, 2.0), 7.0, true)
                .pair(0, 1, new Morse(0.3, 1.6, 2.0), 9.0, true)
                .pair(1, 1, new BornMayerHuggins(1000, 0.3, 0.5, 20, 5), 8.5, true).build();
        FiniteDifferenceCheck.assertConsistent(mixed, s, 1e-4, 1e-6);
    }

    /** A table of the Buckingham energies gives the Buckingham result (to the spline's accuracy). */
    @Test
    void tabulatedPotentialMatchesAnalytic() {
        int n = 3001;
        double[] r = new double[n];
        double[] e = new double[n];
        double[] e2 = new double[n];
        for (int k = 0; k < n; k++) {
            r[k] = 1.0 + 9.0 * k / (n - 1);
            e[k] = LI_O_BUCK.energy(r[k]);
            e2[k] = O_O_BUCK.energy(r[k]);
        }
        PairCalculator table = PairCalculator.builder(LI_O).pair(0, 1, TabulatedPair.of(r, e, null), 10.0, true)
                .pair(1, 1, TabulatedPair.of(r, e2, null), 10.0, true).threads(1).build();
        AtomicSystem s = TestSystems.perturbed(TestSystems.li2o(4.61, 1), 0.2, 3);
        CalculatorResult a = buckingham(10.0, true, 1).calculate(s);
        CalculatorResult t = table.calculate(s);
        assertEquals(a.energy(), t.energy(), 1e-8 * Math.abs(a.energy()));
        assertTrue(FiniteDifferenceCheck.relativeError(t.forces(), a.forces(), 1e-3) < 1e-6);
        FiniteDifferenceCheck.assertConsistent(table, s, 1e-4, 1e-6);
        // shorter than the table: a clear error naming the atoms
        PairCalculator shortTable = PairCalculator.builder(LI_O)
                .pair(0, 1, TabulatedPair.of(new double[] {2.5, 4, 6, 10}, new double[4], null), 10.0, false).build();
        InvalidInputException ex = assertThrows(InvalidInputException.class, () -> shortTable.calculate(s));
        assertTrue(ex.getMessage().contains("outside the table range") && ex.getMessage().contains("atoms"), ex.getMessage());
        assertThrows(InvalidInputException.class, () -> PairCalculator.builder(LI_O)
                .pair(0, 1, TabulatedPair.of(new double[] {1, 2, 3, 8}, new double[4], null), 10.0, false));
    }

    /** Several chunks of work: bitwise the same result with 1 or 3 threads, and equal to one chunk. */
    @Test
    void resultDoesNotDependOnThreads() {
        AtomicSystem s = TestSystems.perturbed(TestSystems.li2o(4.61, 4), 0.1, 4);
        CalculatorResult serial = buckingham(10.0, false, 1).calculate(s, Calculator.Request.ALL);
        CalculatorResult parallel = buckingham(10.0, false, 3).calculate(s, Calculator.Request.ALL);
        assertEquals(serial.energy(), parallel.energy(), 0);
        assertArrayEquals(serial.forces(), parallel.forces(), 0);
        assertArrayEquals(serial.virial(), parallel.virial(), 0);
        assertArrayEquals(serial.atomEnergies(), parallel.atomEnergies(), 0);
        double[] net = new double[3];
        for (int i = 0; i < s.size(); i++) {
            for (int a = 0; a < 3; a++) {
                net[a] += serial.forces()[3 * i + a];
            }
        }
        assertArrayEquals(new double[3], net, 1e-9);
    }

    /** Reusing the neighbor list as atoms move within the skin gives the result of a fresh calculator. */
    @Test
    void verletListIsReusedAndRebuilt() {
        PairCalculator c = buckingham(8.0, false, 1);
        AtomicSystem s = TestSystems.li2o(4.61, 2);
        c.calculate(s);
        AtomicSystem moved = TestSystems.perturbed(s, 0.2, 5);
        CalculatorResult reused = c.calculate(moved);
        assertEquals(1, c.neighborListBuilds());
        CalculatorResult fresh = buckingham(8.0, false, 1).calculate(moved);
        assertEquals(fresh.energy(), reused.energy(), 1e-12 * Math.abs(fresh.energy()));
        assertArrayEquals(fresh.forces(), reused.forces(), 1e-12);
        c.calculate(TestSystems.perturbed(s, 0.9, 6));
        assertEquals(2, c.neighborListBuilds());
    }

    /** A small strain (as in NPT steps) reuses the list and gives the result of a fresh calculator; a large one rebuilds. */
    @Test
    void verletListSurvivesSmallStrains() {
        PairCalculator c = buckingham(8.0, false, 1);
        AtomicSystem s = TestSystems.perturbed(TestSystems.li2o(4.61, 2), 0.1, 3);
        c.calculate(s);
        double[] eps = {0.004, 0.002, -0.001, 0.002, -0.003, 0.001, -0.001, 0.001, 0.005};
        AtomicSystem strained = s.strained(eps);
        CalculatorResult reused = c.calculate(strained);
        assertEquals(1, c.neighborListBuilds());
        CalculatorResult fresh = buckingham(8.0, false, 1).calculate(strained);
        assertEquals(fresh.energy(), reused.energy(), 1e-12 * Math.abs(fresh.energy()));
        assertArrayEquals(fresh.forces(), reused.forces(), 1e-12);
        assertArrayEquals(fresh.virial(), reused.virial(), 1e-10 * Math.abs(fresh.virial()[0]));
        c.calculate(s.strained(new double[] {-0.15, 0, 0, 0, -0.15, 0, 0, 0, -0.15}));
        assertEquals(2, c.neighborListBuilds());
    }

    @Test
    void badSystemsGiveClearErrors() {
        AtomicSystem s = TestSystems.li2o(4.61, 1);
        double[] x = s.positions();
        x[3] = x[0];
        x[4] = x[1];
        x[5] = x[2];
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> buckingham(8.0, false, 1).calculate(s.withPositions(x)));
        assertTrue(e.getMessage().contains("coincide"), e.getMessage());
        Species na = Species.of(Element.lookup("Na"));
        AtomicSystem withNa = AtomicSystem.of(Lattice.cubic(5), new Species[] {na, TestSystems.O}, new int[] {0, 1},
                new double[] {0, 0, 0, 2.5, 2.5, 2.5});
        e = assertThrows(InvalidInputException.class, () -> buckingham(8.0, false, 1).calculate(withNa));
        assertTrue(e.getMessage().contains("Na"), e.getMessage());
    }
}
