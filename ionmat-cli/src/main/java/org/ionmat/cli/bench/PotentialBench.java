package org.ionmat.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.Calculator;
import org.ionmat.potential.SumCalculator;

/**
 * Time per force evaluation (energy, forces and virial) of a calculator in an MD-like sequence:
 * before every evaluation each coordinate moves by a random step of at most {@link #STEP} Å
 * (seeded), so the Verlet neighbor list is refreshed every time and rebuilt now and then, as in a
 * simulation. The terms of a {@link SumCalculator} are timed separately (their sum is the total).
 * Not part of {@code mvn test}; {@code scripts/bench/potentials_lammps.py} runs it beside LAMMPS.
 */
public final class PotentialBench {

    /** Largest random displacement per coordinate per evaluation, Å. */
    public static final double STEP = 0.005;

    private PotentialBench() {
    }

    /**
     * @param perEvaluation wall seconds per evaluation of each timed step (sorted)
     * @param cpuPerEvaluation CPU seconds of the calling thread per evaluation (sorted; equals the
     *                      wall time of a serial run on an idle core, so it is the fair measure
     *                      of single-threaded speed on a busy machine)
     * @param perTerm       median CPU seconds (calling thread) per evaluation of each term
     * @param termNames     names of the terms
     * @param energy        energy of the last evaluation, eV
     */
    public record Result(double[] perEvaluation, double[] cpuPerEvaluation, double[] perTerm, List<String> termNames,
                         double energy) {
        /** Median wall seconds per evaluation. */
        public double median() {
            return perEvaluation[perEvaluation.length / 2];
        }

        /** Median CPU seconds (calling thread) per evaluation. */
        public double cpuMedian() {
            return cpuPerEvaluation[cpuPerEvaluation.length / 2];
        }
    }

    /** Runs {@code warmup} untimed and {@code steps} timed evaluations. */
    public static Result run(AtomicSystem start, Calculator calculator, int warmup, int steps, long seed) {
        List<Calculator> terms = calculator instanceof SumCalculator s ? s.terms() : List.of(calculator);
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] x = start.positions();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[] total = new double[steps];
        double[] cpu = new double[steps];
        double[][] term = new double[terms.size()][steps];
        double energy = 0;
        for (int step = -warmup; step < steps; step++) {
            for (int k = 0; k < x.length; k++) {
                x[k] += STEP * (2 * rnd.nextDouble() - 1);
            }
            AtomicSystem s = start.withPositions(x);
            long t0 = System.nanoTime();
            long c0 = mx.getCurrentThreadCpuTime();
            energy = 0;
            for (int t = 0; t < terms.size(); t++) {
                long a = mx.getCurrentThreadCpuTime();
                energy += terms.get(t).calculate(s, Calculator.Request.FORCES_AND_VIRIAL).energy();
                if (step >= 0) {
                    term[t][step] = (mx.getCurrentThreadCpuTime() - a) * 1e-9;
                }
            }
            if (step >= 0) {
                total[step] = (System.nanoTime() - t0) * 1e-9;
                cpu[step] = (mx.getCurrentThreadCpuTime() - c0) * 1e-9;
            }
        }
        Arrays.sort(total);
        Arrays.sort(cpu);
        double[] med = new double[terms.size()];
        List<String> names = new ArrayList<>();
        for (int t = 0; t < terms.size(); t++) {
            Arrays.sort(term[t]);
            med[t] = term[t][steps / 2];
            names.add(terms.get(t).name());
        }
        return new Result(total, cpu, med, names, energy);
    }
}
