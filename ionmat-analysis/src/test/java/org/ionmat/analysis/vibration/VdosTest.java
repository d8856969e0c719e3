package org.ionmat.analysis.vibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.ionmat.analysis.trajectory.AtomGroup;
import org.ionmat.analysis.trajectory.FrameSource;
import org.ionmat.analysis.trajectory.UnwrapMode;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.io.FrameInfo;
import org.ionmat.core.io.Trajectory;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.units.Units;
import org.junit.jupiter.api.Test;

class VdosTest {

    static final double KB = Units.BOLTZMANN_EV_PER_K;
    static final double CONV = Units.MVV_TO_EV;
    static final Lattice CELL = Lattice.cubic(20);

    /**
     * Independent 3-D harmonic oscillators (frequency nu THz) with random phases and amplitudes such
     * that m&lt;v^2&gt; = k_B T per coordinate, positions and exact velocities.
     */
    static Trajectory oscillators(String el, int atoms, double nuTHz, double kelvin, int frames, double dt, long seed,
                                  boolean withVelocities) {
        Random rnd = new Random(seed);
        double m = Element.of(el).atomicMass();
        double w = 2 * Math.PI * nuTHz;
        // <v^2> = A^2 w^2 / 2 = kT/m per coordinate
        double amp = Math.sqrt(2 * KB * kelvin / (m * CONV)) / w;
        double[] phase = new double[3 * atoms];
        double[] centre = new double[3 * atoms];
        for (int i = 0; i < phase.length; i++) {
            phase[i] = 2 * Math.PI * rnd.nextDouble();
            centre[i] = 2 + 16 * rnd.nextDouble();
        }
        List<Species> sp = new ArrayList<>();
        for (int i = 0; i < atoms; i++) {
            sp.add(Species.of(Element.of(el)));
        }
        Trajectory.Builder b = Trajectory.builder(sp);
        for (int t = 0; t < frames; t++) {
            double[] x = new double[3 * atoms];
            double[] v = new double[3 * atoms];
            for (int i = 0; i < x.length; i++) {
                x[i] = centre[i] + amp * Math.cos(w * t * dt + phase[i]);
                v[i] = -amp * w * Math.sin(w * t * dt + phase[i]);
            }
            b.addFrame(CELL, x, withVelocities ? v : null, null, FrameInfo.EMPTY);
        }
        return b.build();
    }

    @Test
    void sumRuleIsExactAndEquipartitionGives3N() {
        // phases random: per coordinate <v^2> averages to kT/m only over many oscillators; the sum
        // rule ∫g = Σ m <v^2>_t / kT holds exactly whatever the phases
        FrameSource src = FrameSource.of(oscillators("Ar", 40, 3.0, 300, 1000, 0.01, 1, true));
        Vdos v = VdosCalculator.compute(src, List.of(AtomGroup.all(src)), 0.01, 300, VdosWeighting.MASS, 0,
                UnwrapMode.AUTO).get(0);
        double mv2 = 0;
        double[] vel = new double[3 * src.numAtoms()];
        for (int t = 0; t < src.numFrames(); t++) {
            src.copyVelocities(t, vel);
            for (double x : vel) {
                mv2 += Element.of("Ar").atomicMass() * x * x;
            }
        }
        mv2 = mv2 / src.numFrames() * CONV;
        assertEquals(mv2 / (KB * 300), v.integral(), 1e-9 * v.integral(), "∫g = Σ m<v²>/kT");
        assertEquals(3 * 40, v.integral(), 0.02 * 120, "equipartition: 3N states");
    }

    @Test
    void harmonicOscillatorPeakAndEinsteinThermodynamics() {
        double nu = 5.0;
        double kelvin = 300;
        FrameSource src = FrameSource.of(oscillators("Li", 20, nu, kelvin, 4000, 0.005, 2, true));
        Vdos v = VdosCalculator.compute(src, List.of(AtomGroup.all(src)), 0.005, kelvin, VdosWeighting.MASS, 0,
                UnwrapMode.AUTO).get(0);
        int peak = 0;
        for (int k = 1; k < v.g().length; k++) {
            if (v.g()[k] > v.g()[peak]) {
                peak = k;
            }
        }
        assertEquals(nu, v.frequencyTHz(peak), v.dNuTHz(), "peak at the oscillator frequency");
        VibrationalDescriptors d = VibrationalDescriptors.of(v, kelvin);
        double e0 = Units.PLANCK_EV_PS * nu * 1000; // meV
        double kt = KB * 1000 * kelvin;
        double x = e0 / kt;
        assertEquals(e0, d.bandCentreMeV(), 0.01 * e0);
        assertEquals(e0 * (0.5 + 1 / Math.expm1(x)), d.eVibMeV(), 0.01 * e0);
        assertEquals(KB * 1000 * x * x * Math.exp(x) / Math.pow(Math.expm1(x), 2), d.cvMeVPerK(), 0.01 * KB * 1000);
        assertEquals(e0 / 2 + kt * Math.log(-Math.expm1(-x)), d.fVibMeV(), 0.01 * e0);
        assertEquals(KB * 1000 * (x / Math.expm1(x) - Math.log(-Math.expm1(-x))), d.sVibMeVPerK(), 0.01 * KB * 1000);
        assertEquals(e0, d.bandCentre30MeV(), 0.01 * e0, "20.7 meV lies below the 30 meV cut-off");
    }

    @Test
    void descriptorIdentitiesAndClassicalLimit() {
        // a broad spectrum: F = E − TS, C_V = dE/dT, C_V → k_B per mode at high T
        int n = 400;
        double[] e = new double[n];
        double[] g = new double[n];
        for (int k = 0; k < n; k++) {
            e[k] = 0.25 * k;
            g[k] = e[k] * e[k] * Math.exp(-e[k] / 15);
        }
        for (double t : new double[] {100, 300, 1000}) {
            VibrationalDescriptors d = VibrationalDescriptors.of(e, g, t);
            assertEquals(d.eVibMeV() - t * d.sVibMeVPerK(), d.fVibMeV(), 1e-9 * Math.abs(d.eVibMeV()));
            double h = 0.01 * t;
            double dedt = (VibrationalDescriptors.of(e, g, t + h).eVibMeV() - VibrationalDescriptors.of(e, g, t - h).eVibMeV())
                    / (2 * h);
            assertEquals(dedt, d.cvMeVPerK(), 1e-4 * d.cvMeVPerK()); // central difference, O(h^2)
        }
        assertEquals(KB * 1000, VibrationalDescriptors.of(e, g, 1e5).cvMeVPerK(), 1e-4 * KB * 1000);
    }

    @Test
    void finiteDifferenceVelocitiesAndSpeciesAddUp() {
        // two species oscillating at different frequencies; positions only (velocities from differences)
        Trajectory a = oscillators("Li", 10, 2.0, 500, 2000, 0.01, 3, false);
        Trajectory b = oscillators("O", 10, 6.0, 500, 2000, 0.01, 4, false);
        List<Species> sp = new ArrayList<>(a.species());
        sp.addAll(b.species());
        Trajectory.Builder tb = Trajectory.builder(sp);
        for (int t = 0; t < 2000; t++) {
            double[] x = new double[60];
            System.arraycopy(a.positions(t), 0, x, 0, 30);
            System.arraycopy(b.positions(t), 0, x, 30, 30);
            tb.addFrame(CELL, x, null, null, FrameInfo.EMPTY);
        }
        FrameSource src = FrameSource.of(tb.build());
        AtomGroup li = AtomGroup.ofElement(src, Element.of("Li"));
        AtomGroup o = AtomGroup.ofElement(src, Element.of("O"));
        List<Vdos> vs = VdosCalculator.compute(src, List.of(AtomGroup.all(src), li, o), 0.01, 500, VdosWeighting.MASS, 0,
                UnwrapMode.AUTO);
        for (int k = 0; k < vs.get(0).g().length; k++) {
            assertEquals(vs.get(0).g()[k], vs.get(1).g()[k] + vs.get(2).g()[k], 1e-9 * (1 + Math.abs(vs.get(0).g()[k])));
        }
        // finite differences damp by sinc^2(π ν dt): 1.3 % at 2 THz, 11 % at 6 THz
        double s2 = Math.pow(Math.sin(Math.PI * 2 * 0.01) / (Math.PI * 2 * 0.01), 2);
        double s6 = Math.pow(Math.sin(Math.PI * 6 * 0.01) / (Math.PI * 6 * 0.01), 2);
        assertEquals(30 * s2, vs.get(1).integral(), 0.03 * 30);
        assertEquals(30 * s6, vs.get(2).integral(), 0.03 * 30);
        assertEquals(VibrationalDescriptors.of(vs.get(1), 500).bandCentreMeV(), 2 * 4.135667696, 0.2);
        assertEquals(VibrationalDescriptors.of(vs.get(2), 500).bandCentreMeV(), 6 * 4.135667696, 0.4);
        Vdos none = VdosCalculator.compute(src, List.of(AtomGroup.all(src)), 0.01, 500, VdosWeighting.NONE, 0,
                UnwrapMode.AUTO).get(0);
        assertEquals(60, none.integral(), 1e-9 * 60, "unweighted VDOS scaled to 3N");
    }

    @Test
    void diffusiveLangevinParticlesHaveZeroFrequencyWeightSetByD() {
        // free Langevin particles (OU velocities, friction gamma): D = kT/(m gamma), and the mass-weighted
        // g(0) = 12 m D / kT per atom (Green–Kubo)
        double kelvin = 600;
        double m = Element.of("Na").atomicMass();
        double gamma = 5.0; // 1/ps
        double dt = 0.01;
        int atoms = 30;
        int frames = 20000;
        Random rnd = new Random(5);
        double sv = Math.sqrt(KB * kelvin / (m * CONV));
        double rho = Math.exp(-gamma * dt);
        List<Species> sp = new ArrayList<>();
        for (int i = 0; i < atoms; i++) {
            sp.add(Species.of(Element.of("Na")));
        }
        double[] v = new double[3 * atoms];
        double[] x = new double[3 * atoms];
        for (int i = 0; i < v.length; i++) {
            v[i] = sv * rnd.nextGaussian();
        }
        Trajectory.Builder b = Trajectory.builder(sp);
        for (int t = 0; t < frames; t++) {
            b.addFrame(CELL, x, v, null, FrameInfo.EMPTY);
            for (int i = 0; i < v.length; i++) {
                v[i] = rho * v[i] + Math.sqrt(1 - rho * rho) * sv * rnd.nextGaussian();
                x[i] += v[i] * dt;
            }
        }
        FrameSource src = FrameSource.of(b.build());
        Vdos g = VdosCalculator.compute(src, List.of(AtomGroup.all(src)), dt, kelvin, VdosWeighting.MASS, 400,
                UnwrapMode.NEVER).get(0);
        double d = KB * kelvin / (m * CONV * gamma);
        assertEquals(12 * m * CONV * d / (KB * kelvin) * atoms, g.g()[0], 0.06 * g.g()[0]);
        assertEquals(3 * atoms, g.integral(), 0.03 * 3 * atoms, "equipartition");
        assertTrue(g.g()[0] > g.g()[g.g().length / 4], "Lorentzian: largest at zero frequency");
    }
}
