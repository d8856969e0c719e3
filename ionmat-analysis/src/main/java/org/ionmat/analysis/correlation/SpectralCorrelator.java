package org.ionmat.analysis.correlation;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Time-origin sums of products of series of length {@code n} by FFT in O(n log n) (Wiener–Khinchin):
 * series are zero-padded to a power of two {@code p >= 2n}, so the circular correlation equals the
 * linear one, and {@code IFFT(conj(X)·Y)(m) = Σ_t x_t y_{t+m}}. Spectra use JTransforms' packed
 * real layout ({@code a[0] = Re X_0, a[1] = Re X_{p/2}, a[2k] = Re X_k, a[2k+1] = Im X_k}).
 *
 * <p>Typical use: {@link #forward} each series once, add spectra of many series (atoms) with
 * {@link #addPower}/{@link #addCross} into one accumulator, then {@link #lagSums} once. Summing
 * spectra before the inverse transform costs one inverse FFT per accumulator, not per atom.
 *
 * <p>Not thread-safe (holds a work buffer); use one instance per thread.
 */
public final class SpectralCorrelator {

    static {
        // Parallelism is over atoms (callers run one correlator per thread); JTransforms' own
        // threads would oversubscribe the cores.
        pl.edu.icm.jlargearrays.ConcurrencyUtils.setNumberOfThreads(1);
    }

    private final int n;
    private final int p;
    private final DoubleFFT_1D fft;
    private final double[] work;

    /** A correlator for series of {@code n >= 1} samples. */
    public SpectralCorrelator(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("series length must be positive, got " + n);
        }
        this.n = n;
        int size = 2;
        while (size < 2 * n) {
            size <<= 1;
        }
        this.p = size;
        this.fft = new DoubleFFT_1D(p);
        this.work = new double[p];
    }

    /** Number of samples per series. */
    public int length() {
        return n;
    }

    /** Length of spectra (padded size). */
    public int spectrumLength() {
        return p;
    }

    /** A new zeroed spectrum accumulator. */
    public double[] newSpectrum() {
        return new double[p];
    }

    /**
     * Transforms {@code n} samples {@code series[offset + k*stride]} into {@code spectrum} (length
     * {@link #spectrumLength()}, overwritten).
     */
    public void forward(double[] series, int offset, int stride, double[] spectrum) {
        for (int k = 0; k < n; k++) {
            spectrum[k] = series[offset + k * stride];
        }
        java.util.Arrays.fill(spectrum, n, p, 0.0);
        fft.realForward(spectrum);
    }

    /** Transforms a whole series of length {@code n}. */
    public void forward(double[] series, double[] spectrum) {
        forward(series, 0, 1, spectrum);
    }

    /** {@code acc += weight · |X|^2} (packed; imaginary slots stay zero). */
    public static void addPower(double[] x, double weight, double[] acc) {
        acc[0] += weight * x[0] * x[0];
        acc[1] += weight * x[1] * x[1];
        for (int k = 2; k < x.length; k += 2) {
            double re = x[k];
            double im = x[k + 1];
            acc[k] += weight * (re * re + im * im);
        }
    }

    /**
     * {@code acc += weight · Re(conj(X)·Y)}: the symmetric cross spectrum, whose lag sums are
     * {@code (Σ_t x_t y_{t+m} + Σ_t y_t x_{t+m}) / 2}.
     */
    public static void addCross(double[] x, double[] y, double weight, double[] acc) {
        acc[0] += weight * x[0] * y[0];
        acc[1] += weight * x[1] * y[1];
        for (int k = 2; k < x.length; k += 2) {
            acc[k] += weight * (x[k] * y[k] + x[k + 1] * y[k + 1]);
        }
    }

    /**
     * Lag sums of an accumulated spectrum: {@code out[m] = Σ_t x_t x_{t+m}} (summed over the added
     * series with their weights) for lags {@code m = 0..n-1}. The accumulator is not modified.
     */
    public double[] lagSums(double[] spectrum) {
        System.arraycopy(spectrum, 0, work, 0, p);
        fft.realInverse(work, true);
        double[] out = new double[n];
        System.arraycopy(work, 0, out, 0, n);
        return out;
    }
}
