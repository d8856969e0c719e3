package org.ionmat.cli.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.ionmat.core.neighbors.NeighborList;
import org.ionmat.core.neighbors.NeighborSearch;
import org.ionmat.core.structure.Lattice;

/**
 * Benchmark of the periodic neighbor list on supercells of antifluorite Li2O (Fm-3m, a = 4.61 Å,
 * 12 atoms per conventional cell) with every coordinate displaced by a uniform random amount in
 * [-0.1, 0.1) Å, like an MD snapshot. The structures are generated identically by
 * {@code scripts/bench/neighbors_peers.py} (same atom order, same SplitMix64 random numbers), which
 * times ASE's {@code neighbor_list} and pymatgen's {@code get_neighbor_list} on them; the pair
 * counts printed by both sides must agree.
 *
 * <p>Not part of {@code mvn test}. Run with
 * {@code java -cp ionmat-cli/target/classes:ionmat-core/target/classes org.ionmat.cli.bench.NeighborListBench [reps]}.
 */
public final class NeighborListBench {

    /** Lattice parameter of Li2O (Å). */
    public static final double A = 4.61;
    /** Largest random displacement per Cartesian component (Å). */
    public static final double JITTER = 0.1;
    /** Seed of the SplitMix64 generator shared with the Python script. */
    public static final long SEED = 20240611L;
    /** Supercells giving about 1k, 5k, 20k, 50k and 100k atoms. */
    public static final int[][] SUPERCELLS = {{4, 4, 5}, {7, 7, 9}, {12, 12, 12}, {16, 16, 16}, {20, 20, 21}};

    private static final double[][] BASIS = {
        {0, 0, 0}, {0, 0.5, 0.5}, {0.5, 0, 0.5}, {0.5, 0.5, 0},                                // O
        {0.25, 0.25, 0.25}, {0.25, 0.75, 0.75}, {0.75, 0.25, 0.75}, {0.75, 0.75, 0.25},        // Li
        {0.75, 0.75, 0.75}, {0.75, 0.25, 0.25}, {0.25, 0.75, 0.25}, {0.25, 0.25, 0.75},        // Li
    };

    private NeighborListBench() {
    }

    /**
     * One timed structure: medians of wall-clock times (ms) of the full list (ijSDd, automatic
     * threads), the same on one thread (wall and CPU time of that thread), the half list and a half
     * list of distances only.
     */
    public record Result(int atoms, int[] supercell, int fullPairs, int halfPairs, double fullMs, double fullSerialMs,
                         double fullSerialCpuMs, double halfMs, double distancesOnlyMs) {
    }

    /** Supercell lattice of {@code n[0] x n[1] x n[2]} conventional cells. */
    public static Lattice lattice(int[] n) {
        return Lattice.orthorhombic(n[0] * A, n[1] * A, n[2] * A);
    }

    /**
     * Cartesian coordinates (Å) of the jittered Li2O supercell: cells in order (i, j, k) with k
     * fastest, 12 basis atoms per cell (4 O then 8 Li), then each coordinate plus
     * {@code JITTER * (2u - 1)} with u from SplitMix64 seeded with {@link #SEED}.
     */
    public static double[] positions(int[] n) {
        double[] cart = new double[3 * 12 * n[0] * n[1] * n[2]];
        long[] state = {SEED};
        int p = 0;
        for (int i = 0; i < n[0]; i++) {
            for (int j = 0; j < n[1]; j++) {
                for (int k = 0; k < n[2]; k++) {
                    for (double[] f : BASIS) {
                        cart[p++] = (i + f[0]) * A;
                        cart[p++] = (j + f[1]) * A;
                        cart[p++] = (k + f[2]) * A;
                    }
                }
            }
        }
        for (int q = 0; q < cart.length; q++) {
            cart[q] += JITTER * (2 * nextUniform(state) - 1);
        }
        return cart;
    }

    /** SplitMix64 (Steele, Lea and Flood 2014): next double in [0, 1) from the 53 high bits. */
    static double nextUniform(long[] state) {
        long z = state[0] += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }

    /**
     * Times the neighbor list within {@code cutoff} (Å) on each supercell and prints a table.
     *
     * @param repetitions timed runs per case (the median is reported), after one untimed run
     */
    public static List<Result> run(int[][] supercells, double cutoff, int repetitions, PrintStream out) {
        List<Result> results = new ArrayList<>();
        warmUp(cutoff);
        out.printf(Locale.ROOT, "Li2O supercells, cutoff %.2f Å, median of %d runs, %d processors%n", cutoff,
                repetitions, Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "%8s %10s %12s %10s %10s %10s %10s %10s%n", "atoms", "cells", "full pairs",
                "full ms", "1T ms", "1T cpu ms", "half ms", "d-only ms");
        for (int[] n : supercells) {
            Lattice lattice = lattice(n);
            double[] cart = positions(n);
            NeighborSearch full = NeighborSearch.withCutoff(cutoff);
            int[] fullPairs = new int[1];
            int[] halfPairs = new int[1];
            double fullMs = median(repetitions, () -> fullPairs[0] = full.find(lattice, cart).size())[0];
            double[] serial = median(repetitions, () -> full.withThreads(1).find(lattice, cart));
            double halfMs = median(repetitions, () -> halfPairs[0] = full.half().find(lattice, cart).size())[0];
            double dOnlyMs = median(repetitions,
                    () -> full.half().withQuantities(false, false, true).find(lattice, cart))[0];
            Result r = new Result(cart.length / 3, n, fullPairs[0], halfPairs[0], fullMs, serial[0], serial[1],
                    halfMs, dOnlyMs);
            results.add(r);
            out.printf(Locale.ROOT, "%8d %10s %12d %10.1f %10.1f %10.1f %10.1f %10.1f%n", r.atoms(),
                    n[0] + "x" + n[1] + "x" + n[2], r.fullPairs(), fullMs, serial[0], serial[1], halfMs, dOnlyMs);
        }
        return results;
    }

    /** Runs the search for about two seconds so that the JIT has compiled the hot loops. */
    private static void warmUp(double cutoff) {
        int[] n = {4, 4, 4};
        Lattice l = lattice(n);
        double[] cart = positions(n);
        long end = System.nanoTime() + 2_000_000_000L;
        for (int k = 0; k < 500 && System.nanoTime() < end; k++) {
            NeighborList nl = NeighborSearch.withCutoff(cutoff).find(l, cart);
            NeighborSearch.withCutoff(cutoff).half().withThreads(1).find(l, cart);
            NeighborSearch.withCutoff(cutoff).half().withQuantities(false, false, true).find(l, cart);
            if (nl.size() == 0) {
                throw new IllegalStateException("empty neighbor list in warm-up");
            }
        }
    }

    /** Medians of wall-clock and calling-thread CPU time (ms) after one untimed run. */
    private static double[] median(int repetitions, Runnable task) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        task.run();
        double[] wall = new double[repetitions];
        double[] cpu = new double[repetitions];
        for (int k = 0; k < repetitions; k++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            task.run();
            wall[k] = (System.nanoTime() - t0) / 1e6;
            cpu[k] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        return new double[] {median(wall), median(cpu)};
    }

    private static double median(double[] t) {
        Arrays.sort(t);
        int n = t.length;
        return n % 2 == 1 ? t[n / 2] : 0.5 * (t[n / 2 - 1] + t[n / 2]);
    }

    /** {@code NeighborListBench [repetitions [cutoff]]}. */
    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        double cutoff = args.length > 1 ? Double.parseDouble(args[1]) : 6.0;
        run(SUPERCELLS, cutoff, reps, System.out);
    }
}
