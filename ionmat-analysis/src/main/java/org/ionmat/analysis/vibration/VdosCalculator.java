package org.ionmat.analysis.vibration;

import java.util.ArrayList;
import java.util.List;

import org.ionmat.analysis.correlation.SpectralCorrelator;
import org.ionmat.analysis.trajectory.AtomGroup;
import org.ionmat.analysis.trajectory.FrameSource;
import org.ionmat.analysis.trajectory.UnwrapMode;
import org.ionmat.analysis.trajectory.Unwrapper;
import org.ionmat.core.InvalidInputException;
import org.ionmat.core.units.Units;

/**
 * Velocity autocorrelation (every frame a time origin, by FFT) and its spectrum, the vibrational
 * density of states, of groups of atoms.
 *
 * <p>Velocities are the trajectory's own when it has them, else finite differences of unwrapped
 * positions, v(t + Δt/2) = (r(t + Δt) − r(t))/Δt (as seed 001's code does; this damps the spectrum by
 * sinc^2(πνΔt), 1 % at a tenth of the Nyquist frequency). The spectrum is the Blackman–Tukey estimate:
 * the VACF C(n) for lags n &lt; L (L = half the frames by default) times a Hann lag window, cosine
 * transformed onto ν_k = k/(2LΔt), k = 0..L, so that the trapezoidal ∫g dν equals C(0)/k_BT exactly
 * (any lag window with w(0) = 1 keeps this sum rule).
 */
public final class VdosCalculator {

    private VdosCalculator() {
    }

    /**
     * VDOS of each group.
     *
     * @param dtPs     time between frames (ps)
     * @param kelvin   temperature (K) for the normalisation (mass weighting)
     * @param maxLag   VACF lags used (frames); 0 for half the velocity samples
     * @param unwrap   unwrapping for finite-difference velocities
     * @throws InvalidInputException with fewer than 8 frames or a non-positive dt or T
     */
    public static List<Vdos> compute(FrameSource source, List<AtomGroup> groups, double dtPs, double kelvin,
                                     VdosWeighting weighting, int maxLag, UnwrapMode unwrap) {
        if (!(dtPs > 0) || !(kelvin > 0)) {
            throw new InvalidInputException("VDOS needs a positive time step and temperature, got " + dtPs + " ps, " + kelvin + " K");
        }
        boolean own = source.hasVelocities();
        int nf = source.numFrames();
        int ns = own ? nf : nf - 1;
        if (ns < 8) {
            throw new InvalidInputException("a VDOS needs at least " + (own ? 8 : 9) + " frames, the trajectory has " + nf);
        }
        int lags = maxLag > 0 ? Math.min(maxLag, ns) : Math.max(4, ns / 2);
        double[][] v = velocities(source, own, unwrap, dtPs);
        SpectralCorrelator corr = new SpectralCorrelator(ns);
        double[] spec = corr.newSpectrum();
        double[] series = new double[ns];
        List<Vdos> out = new ArrayList<>();
        for (AtomGroup g : groups) {
            double[] acc = corr.newSpectrum();
            for (int i : g.atoms()) {
                double w = weighting == VdosWeighting.MASS ? source.species(i).element().atomicMass() : 1;
                for (int c = 0; c < 3; c++) {
                    for (int t = 0; t < ns; t++) {
                        series[t] = v[t][3 * i + c];
                    }
                    corr.forward(series, spec);
                    SpectralCorrelator.addPower(spec, w, acc);
                }
            }
            double[] sums = corr.lagSums(acc);
            double[] c = new double[lags];
            for (int n = 0; n < lags; n++) {
                c[n] = sums[n] / (ns - n);
            }
            double norm;
            if (weighting == VdosWeighting.MASS) {
                norm = Units.MVV_TO_EV / (Units.BOLTZMANN_EV_PER_K * kelvin);
            } else {
                norm = c[0] > 0 ? 3.0 * g.size() / c[0] : 0;
            }
            out.add(spectrum(g.label(), g.size(), c, dtPs, norm));
        }
        return out;
    }

    /** g(ν_k) = 2·norm·G(ν_k), G the Hann-windowed cosine transform of C (units of C × ps). */
    static Vdos spectrum(String label, int atoms, double[] c, double dtPs, double norm) {
        int l = c.length;
        int p = 2 * l;
        double[] x = new double[p];
        for (int n = 0; n < l; n++) {
            double w = 0.5 * (1 + Math.cos(Math.PI * n / l));
            x[n] = w * c[n];
            if (n > 0) {
                x[p - n] = x[n];
            }
        }
        new org.jtransforms.fft.DoubleFFT_1D(p).realForward(x);
        double[] g = new double[l + 1];
        g[0] = x[0];
        g[l] = x[1];
        for (int k = 1; k < l; k++) {
            g[k] = x[2 * k];
        }
        for (int k = 0; k <= l; k++) {
            g[k] *= 2 * norm * dtPs;
        }
        return new Vdos(label, atoms, 1.0 / (p * dtPs), g, c, dtPs);
    }

    /** Velocities [sample][3N] (Å/ps). */
    private static double[][] velocities(FrameSource source, boolean own, UnwrapMode unwrap, double dtPs) {
        int nf = source.numFrames();
        int n3 = 3 * source.numAtoms();
        if (own) {
            double[][] v = new double[nf][n3];
            for (int t = 0; t < nf; t++) {
                source.copyVelocities(t, v[t]);
            }
            return v;
        }
        boolean uw = Unwrapper.shouldUnwrap(source, unwrap);
        Unwrapper u = new Unwrapper(AtomGroup.all(source).atoms(), uw || unwrap == UnwrapMode.AUTO);
        double[] frame = new double[n3];
        double[] prev = new double[n3];
        double[] cur = new double[n3];
        double[][] v = new double[nf - 1][n3];
        for (int t = 0; t < nf; t++) {
            source.copyPositions(t, frame);
            u.next(source.lattice(t), frame, cur);
            if (t > 0) {
                for (int k = 0; k < n3; k++) {
                    v[t - 1][k] = (cur[k] - prev[k]) / dtPs;
                }
            }
            double[] tmp = prev;
            prev = cur;
            cur = tmp;
        }
        return v;
    }
}
