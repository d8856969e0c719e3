package org.ionmat.analysis.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.ionmat.analysis.trajectory.AtomGroup;
import org.ionmat.analysis.trajectory.FrameSource;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.io.FrameInfo;
import org.ionmat.core.io.Trajectory;
import org.ionmat.core.structure.Lattice;
import org.junit.jupiter.api.Test;

class StructureAnalysisTest {

    /** Rock salt (a = 5.64 Å), 3×3×3 conventional cells, Na and Cl, with Gaussian noise sigma per coordinate. */
    static Trajectory rockSalt(double sigma, int frames, long seed) {
        double a = 5.64;
        int rep = 3;
        Lattice cell = Lattice.cubic(a * rep);
        double[][] fcc = {{0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}};
        List<Species> sp = new ArrayList<>();
        List<double[]> base = new ArrayList<>();
        for (int x = 0; x < rep; x++) {
            for (int y = 0; y < rep; y++) {
                for (int z = 0; z < rep; z++) {
                    for (double[] f : fcc) {
                        sp.add(Species.of(Element.of("Na")));
                        base.add(new double[] {(x + f[0]) * a, (y + f[1]) * a, (z + f[2]) * a});
                        sp.add(Species.of(Element.of("Cl")));
                        base.add(new double[] {(x + f[0] + 0.5) * a, (y + f[1]) * a, (z + f[2]) * a});
                    }
                }
            }
        }
        Random rnd = new Random(seed);
        Trajectory.Builder b = Trajectory.builder(sp);
        for (int t = 0; t < frames; t++) {
            double[] pos = new double[3 * sp.size()];
            for (int i = 0; i < sp.size(); i++) {
                for (int c = 0; c < 3; c++) {
                    pos[3 * i + c] = base.get(i)[c] + sigma * rnd.nextGaussian();
                }
            }
            b.addFrame(cell, pos, null, null, FrameInfo.EMPTY);
        }
        return b.build();
    }

    @Test
    void idealGasHasUnitRdf() {
        Random rnd = new Random(1);
        List<Species> sp = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            sp.add(Species.of(Element.of("Ar")));
        }
        Lattice cell = Lattice.fromParameters(16, 17, 18, 80, 100, 110);
        Trajectory.Builder b = Trajectory.builder(sp);
        for (int t = 0; t < 30; t++) {
            double[] f = new double[900];
            for (int i = 0; i < f.length; i++) {
                f[i] = rnd.nextDouble();
            }
            b.addFrame(cell, cell.toCartesianAll(f), null, null, FrameInfo.EMPTY);
        }
        FrameSource src = FrameSource.of(b.build());
        AtomGroup all = AtomGroup.all(src);
        RadialDistribution rdf = RadialDistribution.compute(src, all, all, 12.0, 24, 1);
        double mean = 0;
        for (int k = 4; k < 24; k++) {
            mean += rdf.g()[k] / 20;
            assertEquals(1.0, rdf.g()[k], 0.1, "bin " + k);
        }
        assertEquals(1.0, mean, 0.02);
    }

    @Test
    void rockSaltShellsAndCoordination() {
        FrameSource src = FrameSource.of(rockSalt(0.05, 3, 2));
        AtomGroup na = AtomGroup.ofElement(src, Element.of("Na"));
        AtomGroup cl = AtomGroup.ofElement(src, Element.of("Cl"));
        RadialDistribution naCl = RadialDistribution.compute(src, na, cl, 7.0, 140, 1);
        RadialDistribution naNa = RadialDistribution.compute(src, na, na, 7.0, 140, 1);
        // Na–Cl: 6 at a/2 = 2.82 Å; Na–Na: 12 at a/√2 = 3.99 Å
        assertEquals(6.0, naCl.coordination()[(int) (3.4 / 0.05)], 1e-9);
        assertEquals(12.0, naNa.coordination()[(int) (4.6 / 0.05)], 1e-9);
        assertEquals(0.0, naNa.coordination()[(int) (3.4 / 0.05)], 1e-9);
        int peak = 0;
        for (int k = 0; k < 140; k++) {
            peak = naCl.g()[k] > naCl.g()[peak] ? k : peak;
        }
        assertEquals(2.82, naCl.rA()[peak], 0.05);
    }

    @Test
    void lindemannRatioOfAnEinsteinCrystal() {
        double sigma = 0.12;
        LindemannRatio l = LindemannRatio.compute(FrameSource.of(rockSalt(sigma, 400, 3)),
                AtomGroup.ofElement(FrameSource.of(rockSalt(sigma, 1, 3)), Element.of("Na")));
        assertEquals(5.64 / 2, l.nearestA(), 0.02); // minimum over 6 noisy neighbours: slightly short
        // u^2 about the mean: 3σ² (1 − 1/frames), the centre-of-mass correction removes 1/N of it
        double expected = Math.sqrt(3 * sigma * sigma * (1 - 1.0 / 400) * (1 - 1.0 / 108));
        assertEquals(expected, l.rmsA(), 0.01 * expected);
        assertEquals(expected / (5.64 / 2), l.ratio(), 0.015 * l.ratio());
    }
}
