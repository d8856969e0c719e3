package org.ionmat.cli.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.io.StructureFiles;

/**
 * Times reading every CIF of a folder into structures (file reading, parsing, symmetry expansion
 * and site merging), the ionmat side of the comparison with pymatgen's {@code Structure.from_file}
 * made by {@code scripts/bench/cif_parse_peers.py}.
 */
public final class CifParseBench {

    private CifParseBench() {
    }

    /**
     * @param files      number of files read per pass
     * @param sites      total number of sites of one pass (a check that every pass did the same work)
     * @param failures   files that raised an input error
     * @param coldMs     first pass in a fresh JVM (class loading and JIT compilation included), ms
     * @param coldCpuMs  CPU time of the whole process (all threads, JIT compiler and GC included) in
     *                   the first pass, ms
     * @param warmMs     wall-clock times of the later passes, ms
     * @param warmCpuMs  process CPU times of the later passes, ms
     */
    public record Result(int files, long sites, int failures, double coldMs, double coldCpuMs, double[] warmMs,
                         double[] warmCpuMs) {

        /** Median CPU time of the warm passes, ms. */
        public double warmCpuMedianMs() {
            double[] t = warmCpuMs.clone();
            Arrays.sort(t);
            return t.length == 0 ? Double.NaN : t[t.length / 2];
        }

        /** Median of the warm passes, ms. */
        public double warmMedianMs() {
            double[] t = warmMs.clone();
            Arrays.sort(t);
            return t.length == 0 ? Double.NaN : t[t.length / 2];
        }

        /** Fastest warm pass, ms. */
        public double warmBestMs() {
            return Arrays.stream(warmMs).min().orElse(Double.NaN);
        }
    }

    /** The CIF files of a folder, sorted by name. */
    public static List<Path> cifs(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException(folder.toString(), -1, null, "not a directory");
        }
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> files = s.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".cif")).sorted().toList();
            if (files.isEmpty()) {
                throw new InvalidInputException(folder.toString(), -1, null, "no .cif files in the folder");
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One cold pass, then {@code warmPasses} more, on one thread. */
    public static Result run(List<Path> files, int warmPasses) {
        return run(files, warmPasses, 1);
    }

    /**
     * One cold pass, then {@code warmPasses} more, reading files on {@code threads} threads (the
     * structures are the same; only the wall time changes).
     */
    public static Result run(List<Path> files, int warmPasses, int threads) {
        if (threads < 1) {
            throw new InvalidInputException("threads must be >= 1, got " + threads);
        }
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
        try {
            return pool.submit(() -> runIn(files, warmPasses, threads > 1)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static Result runIn(List<Path> files, int warmPasses, boolean parallel) {
        long[] sites = new long[1];
        int[] failures = new int[1];
        double[] cold = pass(files, sites, failures, parallel);
        double[] warm = new double[warmPasses];
        double[] warmCpu = new double[warmPasses];
        for (int k = 0; k < warmPasses; k++) {
            long[] s = new long[1];
            int[] f = new int[1];
            double[] t = pass(files, s, f, parallel);
            warm[k] = t[0];
            warmCpu[k] = t[1];
            if (s[0] != sites[0] || f[0] != failures[0]) {
                throw new IllegalStateException("passes differ: " + s[0] + " vs " + sites[0] + " sites");
            }
        }
        return new Result(files.size(), sites[0], failures[0], cold[0], cold[1], warm, warmCpu);
    }

    /** Wall-clock and process CPU time of one pass, ms. */
    private static double[] pass(List<Path> files, long[] sites, int[] failures, boolean parallel) {
        long c0 = processCpuNanos();
        long t0 = System.nanoTime();
        long[] counts = (parallel ? files.parallelStream() : files.stream()).mapToLong(p -> {
            try {
                return StructureFiles.readFirst(p).size();
            } catch (InvalidInputException e) {
                return -1;
            }
        }).toArray();
        for (long c : counts) {
            if (c < 0) {
                failures[0]++;
            } else {
                sites[0] += c;
            }
        }
        return new double[] {(System.nanoTime() - t0) / 1e6, (processCpuNanos() - c0) / 1e6};
    }

    /** CPU time of the whole JVM process (all threads), ns; -1 if the platform does not report it. */
    static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return -1;
    }
}
