package org.ionmat.cli.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.io.StructureFiles;
import org.ionmat.core.structure.Structure;
import org.ionmat.core.symmetry.analysis.SymmetryAnalysis;

/**
 * Times the space-group analysis of every structure of a CIF folder (reading not timed), the ionmat
 * side of the comparison with spglib's {@code get_symmetry_dataset} made by
 * {@code scripts/bench/symmetry_peers.py} on the same files.
 */
public final class SymmetryBench {

    private SymmetryBench() {
    }

    /**
     * @param structures number of structures analysed per pass
     * @param failures   structures without a result
     * @param operations total number of operations found (a check that passes did the same work)
     * @param coldMs     first pass: wall, ms
     * @param coldCpuMs  first pass: process CPU, ms
     * @param warmMs     median of the later passes: wall, ms
     * @param warmCpuMs  median of the later passes: process CPU, ms
     */
    public record Result(int structures, int failures, long operations, double coldMs, double coldCpuMs,
                         double warmMs, double warmCpuMs) {
    }

    /** Analyses all CIFs of {@code folder} at {@code symprec} (Å): one cold pass and {@code warmPasses} more. */
    public static Result run(Path folder, double symprec, int warmPasses) {
        List<Structure> structures = new ArrayList<>();
        for (Path p : CifParseBench.cifs(folder)) {
            structures.add(StructureFiles.readFirst(p));
        }
        long[] ops = new long[1];
        int[] fail = new int[1];
        double[] cold = pass(structures, symprec, ops, fail);
        double[] wall = new double[warmPasses];
        double[] cpu = new double[warmPasses];
        for (int k = 0; k < warmPasses; k++) {
            long[] o = new long[1];
            int[] f = new int[1];
            double[] t = pass(structures, symprec, o, f);
            wall[k] = t[0];
            cpu[k] = t[1];
        }
        java.util.Arrays.sort(wall);
        java.util.Arrays.sort(cpu);
        return new Result(structures.size(), fail[0], ops[0], cold[0], cold[1],
                warmPasses == 0 ? Double.NaN : wall[warmPasses / 2], warmPasses == 0 ? Double.NaN : cpu[warmPasses / 2]);
    }

    private static double[] pass(List<Structure> structures, double symprec, long[] ops, int[] failures) {
        long c0 = CifParseBench.processCpuNanos();
        long t0 = System.nanoTime();
        for (Structure s : structures) {
            try {
                ops[0] += SymmetryAnalysis.of(s, symprec).operationCount();
            } catch (InvalidInputException e) {
                failures[0]++;
            }
        }
        return new double[] {(System.nanoTime() - t0) / 1e6, (CifParseBench.processCpuNanos() - c0) / 1e6};
    }
}
