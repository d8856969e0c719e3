"""Stand-in for the 'tidynamics' package (not packaged in Debian), which MDAnalysis' EinsteinMSD(fft=True)
imports for its per-particle MSD. Same algorithm (Kneller et al. 1995; the FFT autocorrelation plus
running sums of squares) in numpy, written for ionmat's benchmark; it is not shipped with ionmat."""
import numpy as np


def _autocorrelation_sum(x):
    """Sum over columns of sum_t x[t] x[t+m] for m = 0..n-1, by zero-padded real FFT."""
    n = x.shape[0]
    size = 1 << (2 * n - 1).bit_length()
    f = np.fft.rfft(x, n=size, axis=0)
    power = (f * f.conj()).real.sum(axis=1)
    return np.fft.irfft(power, n=size)[:n]


def msd(pos):
    pos = np.asarray(pos, dtype=np.float64)
    if pos.ndim == 1:
        pos = pos[:, None]
    n = pos.shape[0]
    sq = (pos * pos).sum(axis=1)
    prefix = np.concatenate(([0.0], np.cumsum(sq)))
    lags = np.arange(n)
    sums = prefix[n - lags] + (prefix[n] - prefix[lags])
    return (sums - 2 * _autocorrelation_sum(pos)) / (n - lags)
