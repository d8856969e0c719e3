package org.ionmat.analysis.diffusion;

import java.util.Objects;

import org.ionmat.analysis.trajectory.UnwrapMode;

/**
 * Settings of an MSD computation.
 *
 * @param unwrap      unwrapping of positions
 * @param drift       centre-of-mass correction
 * @param tensor      also compute the off-diagonal components xy, xz, yz
 * @param memoryBytes memory for unwrapped position series; atoms are processed in chunks (one pass
 *                    over the frames each) when all do not fit; 0 for a quarter of the maximum heap
 * @param threads     worker threads for the transforms; 0 for the number of processors
 */
public record MsdOptions(UnwrapMode unwrap, DriftCorrection drift, boolean tensor, long memoryBytes, int threads) {

    /** Automatic unwrapping, no drift correction, diagonal components, default memory and threads. */
    public static final MsdOptions DEFAULT = new MsdOptions(UnwrapMode.AUTO, DriftCorrection.NONE, false, 0, 0);

    public MsdOptions {
        Objects.requireNonNull(unwrap, "unwrap");
        Objects.requireNonNull(drift, "drift");
        if (memoryBytes < 0 || threads < 0) {
            throw new IllegalArgumentException("memory and threads must not be negative");
        }
    }

    public MsdOptions withUnwrap(UnwrapMode u) {
        return new MsdOptions(u, drift, tensor, memoryBytes, threads);
    }

    public MsdOptions withDrift(DriftCorrection d) {
        return new MsdOptions(unwrap, d, tensor, memoryBytes, threads);
    }

    public MsdOptions withTensor(boolean t) {
        return new MsdOptions(unwrap, drift, t, memoryBytes, threads);
    }

    public MsdOptions withMemoryBytes(long bytes) {
        return new MsdOptions(unwrap, drift, tensor, bytes, threads);
    }

    public MsdOptions withThreads(int n) {
        return new MsdOptions(unwrap, drift, tensor, memoryBytes, n);
    }

    long effectiveMemory() {
        return memoryBytes > 0 ? memoryBytes : Runtime.getRuntime().maxMemory() / 4;
    }

    int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
