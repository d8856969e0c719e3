package org.ionmat.analysis.diffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

import org.ionmat.analysis.testing.Walks;
import org.ionmat.analysis.trajectory.AtomGroup;
import org.ionmat.analysis.trajectory.FrameSource;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.io.FrameInfo;
import org.ionmat.core.io.Trajectory;
import org.ionmat.core.structure.Lattice;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: D of synthetic random walks with known D is recovered within the reported uncertainty,
 * and the uncertainty is calibrated: about 68 % of 100 independent walks fall within 1σ (binomial
 * 95 % range for 100 trials at p = 0.683: 59..77). Seeds are fixed (walk r uses seed 1000 + r).
 */
class DiffusionCalibrationTest {

    private static final double D = 0.05; // Å^2/ps
    private static final double DT = 0.1; // ps
    private static final Lattice CELL = Lattice.cubic(12.0);
    private static final int REPS = 100;

    record Coverage(int within1, int within2, double meanZ, double rmsZ) {
    }

    private static Coverage coverage(DoubleUnaryOperator zOfSeed) {
        int in1 = 0;
        int in2 = 0;
        double sz = 0;
        double sz2 = 0;
        for (int r = 0; r < REPS; r++) {
            double z = zOfSeed.applyAsDouble(1000 + r);
            in1 += Math.abs(z) < 1 ? 1 : 0;
            in2 += Math.abs(z) < 2 ? 1 : 0;
            sz += z;
            sz2 += z * z;
        }
        return new Coverage(in1, in2, sz / REPS, Math.sqrt(sz2 / REPS));
    }

    private static Msd msdOf(Trajectory t) {
        FrameSource src = FrameSource.of(t);
        return MsdCalculator.compute(src, AtomGroup.all(src), DT, MsdOptions.DEFAULT.withThreads(1));
    }

    private static void assertCalibrated(String what, Coverage c) {
        String msg = what + ": " + c;
        assertTrue(c.within1() >= 59 && c.within1() <= 77, "1σ coverage " + msg);
        assertTrue(c.within2() >= 90, "2σ coverage " + msg);
        assertEquals(0.0, c.meanZ(), 0.35, "bias " + msg);
    }

    /** Hopping models (beyond the Gaussian acceptance case): the binomial 99 % range 56..80. */
    private static void assertRoughlyCalibrated(String what, Coverage c) {
        String msg = what + ": " + c;
        assertTrue(c.within1() >= 56 && c.within1() <= 80, "1σ coverage " + msg);
        assertTrue(c.within2() >= 88, "2σ coverage " + msg);
        assertEquals(0.0, c.meanZ(), 0.4, "bias " + msg);
    }

    @Test
    void tracerUncertaintyIsCalibratedWithTheAutomaticWindow() {
        Coverage c = coverage(seed -> {
            Msd m = msdOf(Walks.gaussian(8, 400, D, DT, CELL, true, (long) seed, Element.of("Li")));
            DiffusionFit f = DiffusionFitter.fit(m.tracer(), FitWindow.AUTO);
            return (f.d() - D) / f.dErr();
        });
        assertCalibrated("tracer, auto window", c);
    }

    @Test
    void tracerUncertaintyIsCalibratedWithTheSeedWindow() {
        Coverage c = coverage(seed -> {
            Msd m = msdOf(Walks.gaussian(8, 400, D, DT, CELL, true, (long) seed, Element.of("Li")));
            DiffusionFit f = DiffusionFitter.fit(m.tracer(), FitWindow.SEED);
            return (f.d() - D) / f.dErr();
        });
        assertCalibrated("tracer, seed window", c);
    }

    @Test
    void collectiveUncertaintyIsCalibrated() {
        // independent walkers: the charge diffusion coefficient equals D
        Coverage c = coverage(seed -> {
            Msd m = msdOf(Walks.gaussian(8, 400, D, DT, CELL, true, (long) seed, Element.of("Li")));
            DiffusionFit f = DiffusionFitter.fit(m.charge(), FitWindow.AUTO);
            return (f.d() - D) / f.dErr();
        });
        assertCalibrated("collective, auto window", c);
    }

    @Test
    void directionalUncertaintyIsCalibrated() {
        Coverage c = coverage(seed -> {
            Msd m = msdOf(Walks.gaussian(8, 400, D, DT, CELL, true, (long) seed, Element.of("Li")));
            DiffusionFit f = DiffusionFitter.fit(m.tracerComponent(2), FitWindow.AUTO);
            return (f.d() - D) / f.dErr();
        });
        assertCalibrated("z component, auto window", c);
    }

    /**
     * Hops of 2 Å along ±x, ±y, ±z (far from Gaussian) plus vibrations about the site: an
     * Ornstein–Uhlenbeck displacement of {@code amplitude} Å rms per coordinate with frame-to-frame
     * correlation {@code rho}. D = p a^2 / (6 dt); D = 0.05 Å^2/ps gives about 3 hops per ion in the run,
     * D = 0.2 about 12.
     */
    private static Trajectory hops(long seed, double d, double amplitude, double rho) {
        double a = 2.0;
        double p = 6 * d * DT / (a * a);
        Random rnd = new Random(seed);
        int atoms = 8;
        int frames = 400;
        List<Species> sp = new ArrayList<>();
        for (int i = 0; i < atoms; i++) {
            sp.add(Species.of(Element.of("Na")));
        }
        double[] site = new double[3 * atoms];
        double[] vib = new double[3 * atoms];
        double[] x = new double[3 * atoms];
        Trajectory.Builder b = Trajectory.builder(sp);
        for (int t = 0; t < frames; t++) {
            for (int i = 0; i < atoms; i++) {
                if (t > 0 && rnd.nextDouble() < p) {
                    int axis = rnd.nextInt(3);
                    site[3 * i + axis] += rnd.nextBoolean() ? a : -a;
                }
                for (int k = 0; k < 3; k++) {
                    vib[3 * i + k] = rho * vib[3 * i + k] + Math.sqrt(1 - rho * rho) * amplitude * rnd.nextGaussian();
                    x[3 * i + k] = site[3 * i + k] + vib[3 * i + k];
                }
            }
            b.addFrame(CELL, Walks.wrap(CELL, x), null, null, FrameInfo.EMPTY);
        }
        return b.build();
    }

    @Test
    void latticeHopsWithVibrationsAreCalibrated() {
        double d = 0.2;
        Coverage c = coverage(seed -> {
            Msd m = msdOf(hops((long) seed, d, 0.3, 0.0));
            DiffusionFit f = DiffusionFitter.fit(m.tracer(), FitWindow.AUTO);
            return (f.d() - d) / f.dErr();
        });
        assertRoughlyCalibrated("lattice hops with vibrations", c);
    }

    @Test
    void latticeHopsWithCorrelatedVibrationsAreCalibrated() {
        // vibrations correlated over 5 frames bend the MSD at short lags
        double d = 0.2;
        Coverage c = coverage(seed -> {
            Msd m = msdOf(hops((long) seed, d, 0.3, 0.8));
            DiffusionFit f = DiffusionFitter.fit(m.tracer(), FitWindow.AUTO);
            return (f.d() - d) / f.dErr();
        });
        assertRoughlyCalibrated("lattice hops with correlated vibrations", c);
    }

    @Test
    void sparseHopsKeepTheirCoverage() {
        // about 3 hops per ion in the whole run: the error tracks the realised number of hops, so
        // runs with few hops have small errors and z is skewed negative (mean about -0.4), but the
        // 1σ coverage holds
        Coverage c = coverage(seed -> {
            Msd m = msdOf(hops((long) seed, D, 0.3, 0.0));
            DiffusionFit f = DiffusionFitter.fit(m.tracer(), FitWindow.AUTO);
            return (f.d() - D) / f.dErr();
        });
        assertTrue(c.within1() >= 59 && c.within1() <= 77, "1σ coverage, sparse hops: " + c);
        assertTrue(c.within2() >= 85, "2σ coverage, sparse hops: " + c);
    }

    @Test
    void ordinaryLeastSquaresErrorsWouldFailThisTest() {
        // the same walks with the naive OLS standard error (independent residuals): far too small
        Coverage c = coverage(seed -> {
            Msd m = msdOf(Walks.gaussian(8, 400, D, DT, CELL, true, (long) seed, Element.of("Li")));
            int s = 100;
            int e = 200;
            double sx = 0;
            double sy = 0;
            double sxx = 0;
            double sxy = 0;
            int n = e - s + 1;
            for (int k = s; k <= e; k++) {
                double x = k * DT;
                sx += x;
                sy += m.total()[k];
                sxx += x * x;
                sxy += x * m.total()[k];
            }
            double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
            double icpt = (sy - slope * sx) / n;
            double rss = 0;
            for (int k = s; k <= e; k++) {
                double r = m.total()[k] - icpt - slope * k * DT;
                rss += r * r;
            }
            double se = Math.sqrt(rss / (n - 2) / (sxx - sx * sx / n));
            return (slope / 6 - D) / (se / 6);
        });
        assertTrue(c.within1() < 40, "OLS errors are miscalibrated: " + c);
    }
}
