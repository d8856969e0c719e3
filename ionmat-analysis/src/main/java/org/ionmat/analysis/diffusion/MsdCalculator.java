package org.ionmat.analysis.diffusion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ionmat.analysis.correlation.SpectralCorrelator;
import org.ionmat.analysis.trajectory.AtomGroup;
import org.ionmat.analysis.trajectory.CentreOfMass;
import org.ionmat.analysis.trajectory.FrameSource;
import org.ionmat.analysis.trajectory.Unwrapper;
import org.ionmat.core.InvalidInputException;

/**
 * Time-origin-averaged MSD of groups of atoms with every frame as a time origin, by FFT in
 * O(F log F) per atom for F frames (the algorithm of Kneller et al., Comput. Phys. Commun. 91, 191
 * (1995), also used by tidynamics and MDAnalysis' {@code EinsteinMSD(fft=True)}):
 *
 * <pre>
 *   (F − n)·MSD_c(n) = Σ_{t=0}^{F−n−1} [x_c(t+n)^2 + x_c(t)^2] − 2 Σ_t x_c(t) x_c(t+n)
 * </pre>
 *
 * where the first sum comes from prefix sums and the second from the power spectrum. Spectra of all
 * atoms of a group are summed before one inverse transform per component. Positions are unwrapped
 * ({@link Unwrapper}), optionally drift-corrected ({@link DriftCorrection}) and centred per atom
 * (for round-off; the MSD does not depend on it). When the unwrapped series of all atoms do not
 * fit in {@link MsdOptions#memoryBytes()}, atoms are processed in chunks, one pass over the frames each,
 * so sources streamed from disk need not fit in memory.
 */
public final class MsdCalculator {

    private MsdCalculator() {
    }

    /** MSD of one group. */
    public static Msd compute(FrameSource source, AtomGroup group, double dtPs, MsdOptions options) {
        return compute(source, List.of(group), dtPs, options).get(0);
    }

    /**
     * MSD of several groups (one pass for drift and unwrapping checks).
     *
     * @param dtPs time between frames (ps)
     * @throws InvalidInputException if there are fewer than 2 frames, a group is empty or dt is not positive
     */
    public static List<Msd> compute(FrameSource source, List<AtomGroup> groups, double dtPs, MsdOptions options) {
        int nf = source.numFrames();
        if (nf < 2) {
            throw new InvalidInputException("an MSD needs at least 2 frames, the trajectory has " + nf);
        }
        if (!(dtPs > 0) || Double.isInfinite(dtPs)) {
            throw new InvalidInputException("time between frames must be positive, got " + dtPs + " ps");
        }
        boolean unwrap = Unwrapper.shouldUnwrap(source, options.unwrap());
        double[] sharedDrift = sharedDrift(source, groups, options.drift(), unwrap);
        List<Msd> out = new ArrayList<>();
        for (AtomGroup g : groups) {
            if (g.size() == 0) {
                throw new InvalidInputException("group '" + g.label() + "' has no atoms");
            }
            double[] drift = options.drift() == DriftCorrection.GROUP
                    ? CentreOfMass.series(source, g.atoms(), unwrap) : sharedDrift;
            out.add(group(source, g, dtPs, options, unwrap, drift));
        }
        return out;
    }

    private static double[] sharedDrift(FrameSource source, List<AtomGroup> groups, DriftCorrection d, boolean unwrap) {
        switch (d) {
            case SYSTEM:
                return CentreOfMass.series(source, AtomGroup.all(source).atoms(), unwrap);
            case FRAMEWORK: {
                boolean[] inGroup = new boolean[source.numAtoms()];
                for (AtomGroup g : groups) {
                    for (int i : g.atoms()) {
                        inGroup[i] = true;
                    }
                }
                int[] fw = java.util.stream.IntStream.range(0, inGroup.length).filter(i -> !inGroup[i]).toArray();
                return fw.length == 0 ? null : CentreOfMass.series(source, fw, unwrap);
            }
            default:
                return null;
        }
    }

    /** Per-thread accumulators. */
    private static final class Worker {
        final SpectralCorrelator corr;
        final double[][] spec = new double[3][];
        final double[][] acc;
        final double[][] sq;
        final double[][] sum = new double[3][];
        final double[] x;
        final Moments moments;

        Worker(int nf, int ncomp, int[] momentLags) {
            moments = new Moments(momentLags);
            corr = new SpectralCorrelator(nf);
            for (int c = 0; c < 3; c++) {
                spec[c] = corr.newSpectrum();
                sum[c] = new double[nf];
            }
            acc = new double[ncomp][];
            sq = new double[ncomp][];
            for (int c = 0; c < ncomp; c++) {
                acc[c] = corr.newSpectrum();
                sq[c] = new double[nf];
            }
            x = new double[3 * nf];
        }
    }

    private static final int[][] PAIRS = {{0, 0}, {1, 1}, {2, 2}, {0, 1}, {0, 2}, {1, 2}};

    private static Msd group(FrameSource source, AtomGroup g, double dtPs, MsdOptions options, boolean unwrap,
                             double[] drift) {
        int nf = source.numFrames();
        int ncomp = options.tensor() ? 6 : 3;
        int[] atoms = g.atoms();
        long perAtom = 3L * nf * Double.BYTES;
        int chunk = (int) Math.max(1, Math.min(atoms.length, options.effectiveMemory() / perAtom));
        int nThreads = Math.max(1, Math.min(options.effectiveThreads(), atoms.length));
        int[] momentLags = momentLags(nf);
        Worker[] workers = new Worker[nThreads];
        for (int w = 0; w < nThreads; w++) {
            workers[w] = new Worker(nf, ncomp, momentLags);
        }
        double maxStep = 0;
        ExecutorService pool = nThreads > 1 ? Executors.newFixedThreadPool(nThreads, r -> {
            Thread t = new Thread(r, "ionmat-msd");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            double[] frame = new double[3 * source.numAtoms()];
            for (int start = 0; start < atoms.length; start += chunk) {
                int[] part = Arrays.copyOfRange(atoms, start, Math.min(atoms.length, start + chunk));
                // series layout: atom k, component c at [(3k + c) * nf + t]
                double[] series = new double[3 * part.length * nf];
                double[] pos = new double[3 * part.length];
                Unwrapper u = new Unwrapper(part, unwrap);
                for (int t = 0; t < nf; t++) {
                    source.copyPositions(t, frame);
                    u.next(source.lattice(t), frame, pos);
                    for (int k = 0; k < part.length; k++) {
                        for (int c = 0; c < 3; c++) {
                            double v = pos[3 * k + c];
                            if (drift != null) {
                                v -= drift[3 * t + c] - drift[c];
                            }
                            series[(3 * k + c) * nf + t] = v;
                        }
                    }
                }
                maxStep = Math.max(maxStep, u.maxStepFraction());
                run(pool, workers, part.length, (w, k) -> addAtom(w, series, k, nf, ncomp));
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        // merge workers
        Worker w0 = workers[0];
        for (int w = 1; w < nThreads; w++) {
            for (int c = 0; c < ncomp; c++) {
                add(w0.acc[c], workers[w].acc[c]);
                add(w0.sq[c], workers[w].sq[c]);
            }
            for (int c = 0; c < 3; c++) {
                add(w0.sum[c], workers[w].sum[c]);
            }
            w0.moments.add(workers[w].moments);
        }
        double[][] comp = new double[ncomp][];
        for (int c = 0; c < ncomp; c++) {
            comp[c] = assemble(w0.corr.lagSums(w0.acc[c]), w0.sq[c], atoms.length);
        }
        double[] total = new double[nf];
        for (int c = 0; c < 3; c++) {
            add(total, comp[c]);
        }
        // collective: MSD of the summed displacement, per atom
        double[][] coll = new double[3][];
        double[] collTotal = new double[nf];
        Moments collMoments = new Moments(momentLags);
        double[] scaled = new double[3 * nf];
        double inv = 1 / Math.sqrt(atoms.length);
        for (int c = 0; c < 3; c++) {
            for (int t = 0; t < nf; t++) {
                scaled[c * nf + t] = w0.sum[c][t] * inv;
            }
        }
        collMoments.accumulate(scaled, nf);
        for (int c = 0; c < 3; c++) {
            double[] r = w0.sum[c];
            double mean = 0;
            for (double v : r) {
                mean += v;
            }
            mean /= nf;
            double[] q = new double[nf];
            for (int t = 0; t < nf; t++) {
                r[t] -= mean;
                q[t] = r[t] * r[t];
            }
            Arrays.fill(w0.acc[0], 0.0);
            w0.corr.forward(r, w0.spec[0]);
            SpectralCorrelator.addPower(w0.spec[0], 1.0, w0.acc[0]);
            coll[c] = assemble(w0.corr.lagSums(w0.acc[0]), q, atoms.length);
            add(collTotal, coll[c]);
        }
        double[][] k4 = new double[8][];
        double[][] tr = w0.moments.cumulants();
        double[][] co = collMoments.cumulants();
        for (int c = 0; c < 4; c++) {
            k4[c] = tr[c];
            k4[4 + c] = co[c];
        }
        return new Msd(g.label(), atoms.length, dtPs, total, comp, collTotal, coll, unwrap, maxStep, momentLags, k4);
    }

    private static void addAtom(Worker w, double[] series, int k, int nf, int ncomp) {
        for (int c = 0; c < 3; c++) {
            int off = (3 * k + c) * nf;
            double mean = 0;
            for (int t = 0; t < nf; t++) {
                mean += series[off + t];
            }
            mean /= nf;
            double[] x = w.x;
            double[] s = w.sum[c];
            for (int t = 0; t < nf; t++) {
                double v = series[off + t] - mean;
                x[c * nf + t] = v;
                s[t] += v;
            }
            w.corr.forward(x, c * nf, 1, w.spec[c]);
        }
        w.moments.accumulate(w.x, nf);
        for (int p = 0; p < ncomp; p++) {
            int a = PAIRS[p][0];
            int b = PAIRS[p][1];
            double[] sq = w.sq[p];
            double[] x = w.x;
            for (int t = 0; t < nf; t++) {
                sq[t] += x[a * nf + t] * x[b * nf + t];
            }
            if (a == b) {
                SpectralCorrelator.addPower(w.spec[a], 1.0, w.acc[p]);
            } else {
                SpectralCorrelator.addCross(w.spec[a], w.spec[b], 1.0, w.acc[p]);
            }
        }
    }

    /** Lags 1, ..., F−1 spaced about 4 per octave: round(2^(k/4)), distinct. */
    static int[] momentLags(int nf) {
        int[] out = new int[200];
        int m = 0;
        for (int k = 0; m < out.length; k++) {
            int lag = (int) Math.round(Math.pow(2, k / 4.0));
            if (lag > nf - 1) {
                break;
            }
            if (m == 0 || lag != out[m - 1]) {
                out[m++] = lag;
            }
        }
        return Arrays.copyOf(out, m);
    }

    /**
     * Second and fourth moments of displacements at a few lags, from at most {@value #MAX_ORIGINS}
     * evenly spaced time origins per lag (enough for the cumulant, cheap next to the transforms).
     */
    static final class Moments {
        static final int MAX_ORIGINS = 2000;
        final int[] lags;
        final double[][] m2 = new double[3][];
        final double[][] m4 = new double[3][];
        final double[] r4;
        final double[] count;

        Moments(int[] lags) {
            this.lags = lags;
            for (int c = 0; c < 3; c++) {
                m2[c] = new double[lags.length];
                m4[c] = new double[lags.length];
            }
            r4 = new double[lags.length];
            count = new double[lags.length];
        }

        /** Adds one walker whose component c is at {@code x[c*nf .. c*nf+nf)}. */
        void accumulate(double[] x, int nf) {
            for (int k = 0; k < lags.length; k++) {
                int n = lags[k];
                int origins = nf - n;
                int stride = Math.max(1, origins / MAX_ORIGINS);
                double a2x = 0, a2y = 0, a2z = 0, a4x = 0, a4y = 0, a4z = 0, a4 = 0;
                int cnt = 0;
                for (int t = 0; t < origins; t += stride) {
                    double dx = x[t + n] - x[t];
                    double dy = x[nf + t + n] - x[nf + t];
                    double dz = x[2 * nf + t + n] - x[2 * nf + t];
                    double qx = dx * dx;
                    double qy = dy * dy;
                    double qz = dz * dz;
                    double r2 = qx + qy + qz;
                    a2x += qx;
                    a2y += qy;
                    a2z += qz;
                    a4x += qx * qx;
                    a4y += qy * qy;
                    a4z += qz * qz;
                    a4 += r2 * r2;
                    cnt++;
                }
                m2[0][k] += a2x;
                m2[1][k] += a2y;
                m2[2][k] += a2z;
                m4[0][k] += a4x;
                m4[1][k] += a4y;
                m4[2][k] += a4z;
                r4[k] += a4;
                count[k] += cnt;
            }
        }

        void add(Moments o) {
            for (int c = 0; c < 3; c++) {
                MsdCalculator.add(m2[c], o.m2[c]);
                MsdCalculator.add(m4[c], o.m4[c]);
            }
            MsdCalculator.add(r4, o.r4);
            MsdCalculator.add(count, o.count);
        }

        /** Fourth cumulants: 3-D, x, y, z. */
        double[][] cumulants() {
            double[][] out = new double[4][lags.length];
            for (int k = 0; k < lags.length; k++) {
                double n = count[k];
                double vx = m2[0][k] / n;
                double vy = m2[1][k] / n;
                double vz = m2[2][k] / n;
                double s = vx + vy + vz;
                out[0][k] = r4[k] / n - s * s - 2 * (vx * vx + vy * vy + vz * vz);
                out[1][k] = m4[0][k] / n - 3 * vx * vx;
                out[2][k] = m4[1][k] / n - 3 * vy * vy;
                out[3][k] = m4[2][k] / n - 3 * vz * vz;
            }
            return out;
        }
    }

    /** MSD(n) = [Σ_{t<F-n} (q(t+n) + q(t)) − 2 A(n)] / ((F − n) · atoms). */
    static double[] assemble(double[] lagSums, double[] q, int atoms) {
        int nf = q.length;
        double[] prefix = new double[nf + 1];
        for (int t = 0; t < nf; t++) {
            prefix[t + 1] = prefix[t] + q[t];
        }
        double[] out = new double[nf];
        for (int n = 1; n < nf; n++) {
            double sq = prefix[nf - n] + (prefix[nf] - prefix[n]);
            out[n] = (sq - 2 * lagSums[n]) / ((double) (nf - n) * atoms);
        }
        return out;
    }

    private static void add(double[] into, double[] x) {
        for (int i = 0; i < into.length; i++) {
            into[i] += x[i];
        }
    }

    interface AtomTask {
        void run(Worker w, int atom);
    }

    private static void run(ExecutorService pool, Worker[] workers, int count, AtomTask task) {
        if (pool == null || count < 2) {
            for (int k = 0; k < count; k++) {
                task.run(workers[0], k);
            }
            return;
        }
        int n = workers.length;
        List<Future<?>> fs = new ArrayList<>();
        for (int w = 0; w < n; w++) {
            final int id = w;
            fs.add(pool.submit(() -> {
                for (int k = id; k < count; k += n) {
                    task.run(workers[id], k);
                }
            }));
        }
        for (Future<?> f : fs) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(c);
            }
        }
    }
}
