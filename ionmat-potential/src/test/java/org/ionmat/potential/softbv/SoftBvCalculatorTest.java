package org.ionmat.potential.softbv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.Structure;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.Calculator;
import org.ionmat.potential.CalculatorResult;
import org.ionmat.potential.FiniteDifferenceCheck;
import org.ionmat.potential.softbv.SoftBvConventions.BondTruncation;
import org.ionmat.potential.softbv.SoftBvConventions.ChargeModel;
import org.ionmat.potential.softbv.SoftBvConventions.D0Formula;
import org.ionmat.potential.softbv.SoftBvConventions.PairCounting;
import org.ionmat.potential.softbv.SoftBvConventions.RadiusSource;

class SoftBvCalculatorTest {

    private static final SoftBvModel M = SoftBvModel.standard();
    private static final SoftBvConventions D = SoftBvConventions.DEFAULT;

    /** A skewed triclinic cell with five ion kinds, rattled. */
    private static AtomicSystem triclinic() {
        Structure s = SoftBvTestStructures.build(Lattice.fromParameters(5.6, 6.1, 6.6, 82, 97, 104),
                new String[] {"Li+", "Li+", "Ti4+", "O2-", "O2-", "O2-", "F-", "Sr2+", "O2-", "O2-", "Li+", "F-"},
                new double[] {0.05, 0.1, 0.2, 0.55, 0.45, 0.3, 0.3, 0.7, 0.8, 0.1, 0.6, 0.1, 0.8, 0.2, 0.6, 0.35, 0.85, 0.55,
                    0.6, 0.45, 0.9, 0.8, 0.7, 0.35, 0.4, 0.25, 0.75, 0.95, 0.95, 0.55, 0.3, 0.6, 0.95, 0.7, 0.1, 0.45});
        return AtomicSystem.of(s);
    }

    @Test
    void forcesAndVirialMatchFiniteDifferencesWithEveryConvention() {
        AtomicSystem tri = triclinic();
        AtomicSystem spinel = SoftBvTestStructures.rattled(
                SoftBvTestStructures.spinelPrimitive("Mg2+", "Al3+", 8.08, 0.263), 0.08, 7).strained(
                new double[] {0.02, 0.01, -0.015, 0.01, -0.01, 0.005, -0.015, 0.005, 0.03});
        AtomicSystem perovskite = SoftBvTestStructures.rattled(
                SoftBvTestStructures.perovskite("Sr2+", "Ti4+", 3.905).supercell(2, 1, 1), 0.1, 3);
        SoftBvConventions[] conventions = {
            D,
            D.withAnionRepulsion(false),
            D.withBondTruncation(BondTruncation.PLAIN),
            D.withPairCounting(PairCounting.ONCE),
            D.withD0Formula(D0Formula.EQN4),
            D.withCharges(ChargeModel.OVER_SQRT_N).withRadii(RadiusSource.COVALENT),
            D.withCharges(ChargeModel.FORMAL).withRadii(RadiusSource.SHANNON_CN6).withScreeningRange(3),
        };
        for (SoftBvConventions c : conventions) {
            SoftBvModel m = M.withConventions(c);
            for (AtomicSystem s : List.of(tri, spinel, perovskite)) {
                for (double sf : c == D ? new double[] {0.55, 0.74} : new double[] {0.65}) {
                    FiniteDifferenceCheck.assertConsistent(new SoftBvCalculator(m, sf), s, 1e-3, 1e-6);
                }
            }
        }
    }

    @Test
    void energyEqualsADirectSumOfEqn1() {
        // eqn 1 evaluated independently: every pair and image within ±4 cells, plain cut of bonds at
        // R_cutoff, Coulomb over same-sign pairs (cation–cation and anion–anion) without truncation
        AtomicSystem s = triclinic();
        SoftBvModel m = M.withConventions(D.withBondTruncation(BondTruncation.PLAIN));
        for (boolean anions : new boolean[] {true, false}) {
            SoftBvModel mm = m.withConventions(m.conventions().withAnionRepulsion(anions));
            double sf = 0.66;
            double expected = directSum(mm, s, sf);
            double got = new SoftBvCalculator(mm, sf).energy(s);
            // the Coulomb tail shift at 5 sf (r + r') changes each pair by ~1e-11 eV
            assertEquals(expected, got, 1e-7, "anion repulsion " + anions);
        }
    }

    @Test
    void perovskiteHasNoForcesAndAnIsotropicStress() {
        AtomicSystem s = AtomicSystem.of(SoftBvTestStructures.perovskite("Ba2+", "Ce4+", 4.4));
        CalculatorResult r = new SoftBvCalculator(M, 0.6).calculate(s);
        for (double f : r.forces()) {
            assertEquals(0, f, 1e-10);
        }
        double[] w = r.virial();
        assertEquals(w[0], w[4], 1e-9 * Math.abs(w[0]));
        assertEquals(w[0], w[8], 1e-9 * Math.abs(w[0]));
        assertEquals(0, w[1], 1e-9 * Math.abs(w[0]));
        // pressure rises with the screening factor (stronger, longer-ranged repulsion)
        double p1 = new SoftBvCalculator(M, 0.55).calculate(s).pressure();
        double p2 = new SoftBvCalculator(M, 0.75).calculate(s).pressure();
        assertTrue(p2 > p1, p1 + " " + p2);
    }

    @Test
    void atomEnergiesSumToTheEnergyAndSupercellsScale() {
        AtomicSystem s = triclinic();
        CalculatorResult r = new SoftBvCalculator(M, 0.7).calculate(s, Calculator.Request.ALL);
        double sum = 0;
        for (double e : r.atomEnergies()) {
            sum += e;
        }
        assertEquals(r.energy(), sum, 1e-10 * Math.abs(r.energy()));
        AtomicSystem big = AtomicSystem.of(s.toStructure().supercell(2, 1, 2));
        assertEquals(4 * r.energy(), new SoftBvCalculator(M, 0.7).energy(big), 1e-9 * Math.abs(r.energy()));
    }

    @Test
    void reusedNeighborListGivesTheSameResultAsAFreshCalculator() {
        AtomicSystem s = triclinic();
        SoftBvCalculator reused = new SoftBvCalculator(M, 0.7, 0.5);
        reused.calculate(s);
        double[] x = s.positions();
        java.util.Random rnd = new java.util.Random(11);
        for (int step = 0; step < 20; step++) {
            for (int k = 0; k < x.length; k++) {
                x[k] += 0.02 * (2 * rnd.nextDouble() - 1);
            }
            AtomicSystem moved = s.withPositions(x);
            CalculatorResult a = reused.calculate(moved);
            CalculatorResult b = new SoftBvCalculator(M, 0.7, 0).calculate(moved);
            assertEquals(b.energy(), a.energy(), 1e-10 * Math.abs(b.energy()));
            assertEquals(0, FiniteDifferenceCheck.relativeError(a.forces(), b.forces(), 1e-3), 1e-12);
        }
    }

    @Test
    void pairListSurvivesSmallCellDeformationsCorrectly() {
        // a random walk of strains and displacements: the reused list must give exactly what a fresh
        // calculator gives, and be rebuilt only now and then
        AtomicSystem s = triclinic();
        SoftBvCalculator reused = new SoftBvCalculator(M, 0.7, 0.6);
        java.util.Random rnd = new java.util.Random(5);
        for (int step = 0; step < 40; step++) {
            double[] eps = new double[9];
            for (int k = 0; k < 9; k++) {
                eps[k] = 0.004 * (2 * rnd.nextDouble() - 1);
            }
            double[] x = s.strained(eps).positions();
            for (int k = 0; k < x.length; k++) {
                x[k] += 0.01 * (2 * rnd.nextDouble() - 1);
            }
            s = s.strained(eps).withPositions(x);
            CalculatorResult a = reused.calculate(s);
            CalculatorResult b = new SoftBvCalculator(M, 0.7, 0).calculate(s);
            assertEquals(b.energy(), a.energy(), 1e-10 * Math.abs(b.energy()));
            assertEquals(0, FiniteDifferenceCheck.relativeError(a.forces(), b.forces(), 1e-3), 1e-12);
            assertEquals(0, FiniteDifferenceCheck.relativeError(a.virial(), b.virial(), 1e-3), 1e-12);
        }
        assertTrue(reused.pairListBuilds() > 1 && reused.pairListBuilds() < 20, "builds " + reused.pairListBuilds());
    }

    @Test
    void missingParametersAreNamed() {
        Structure s = Structure.of(Lattice.cubic(4), List.of(Species.parse("Li+"), Species.parse("At-")),
                new double[] {0, 0, 0, 0.5, 0.5, 0.5});
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new SoftBvCalculator(M, 0.7).calculate(AtomicSystem.of(s)));
        assertTrue(e.getMessage().contains("Li1+–At1-"), e.getMessage());
        Structure plain = Structure.of(Lattice.cubic(4), List.of(Species.parse("Li"), Species.parse("F")),
                new double[] {0, 0, 0, 0.5, 0.5, 0.5});
        assertThrows(InvalidInputException.class, () -> new SoftBvCalculator(M, 0.7).calculate(AtomicSystem.of(plain)));
        assertThrows(InvalidInputException.class, () -> new SoftBvCalculator(M, -1));
    }

    private static double directSum(SoftBvModel m, AtomicSystem s, double sf) {
        int n = s.size();
        Species[] kinds = new Species[s.numTypes()];
        double[] counts = new double[kinds.length];
        for (int t = 0; t < kinds.length; t++) {
            kinds[t] = s.typeSpecies(t);
        }
        for (int i = 0; i < n; i++) {
            counts[s.type(i)]++;
        }
        double[] q = m.charges(kinds, counts);
        double[] lat = s.lattice().rowMajor();
        double[] x = s.positions();
        double e = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                Species si = s.species(i);
                Species sj = s.species(j);
                for (int a = -4; a <= 4; a++) {
                    for (int b = -4; b <= 4; b++) {
                        for (int c = -4; c <= 4; c++) {
                            if (i == j && a == 0 && b == 0 && c == 0) {
                                continue;
                            }
                            double dx = x[3 * j] - x[3 * i] + a * lat[0] + b * lat[3] + c * lat[6];
                            double dy = x[3 * j + 1] - x[3 * i + 1] + a * lat[1] + b * lat[4] + c * lat[7];
                            double dz = x[3 * j + 2] - x[3 * i + 2] + a * lat[2] + b * lat[5] + c * lat[8];
                            double r = Math.sqrt(dx * dx + dy * dy + dz * dz);
                            if (si.oxidationState() > 0 && sj.oxidationState() < 0) {
                                SoftBvBond bond = m.bond(si, sj);
                                if (r <= bond.cutoff()) {
                                    // Morse in its bond-valence form D0 ((s/s_min)² − 2 s/s_min)
                                    double ratio = bond.pair().bondValence(r) / bond.pair().bondValence(bond.rMin());
                                    e += bond.d0() * (ratio * ratio - 2 * ratio);
                                }
                            } else if (si.oxidationState() * sj.oxidationState() > 0
                                    && (si.oxidationState() > 0 || m.conventions().anionRepulsion())) {
                                double rho = sf * (m.radius(si) + m.radius(sj));
                                // the ordered double sum counts each pair twice: half of it is one pair energy
                                e += 0.5 * m.conventions().pairCounting().factor() * 14.4 * q[s.type(i)] * q[s.type(j)] / r * org.hipparchus.special.Erf.erfc(r / rho);
                            }
                        }
                    }
                }
            }
        }
        return e;
    }
}
