package org.ionmat.potential.pair;

import java.util.Arrays;
import java.util.Locale;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.neighbors.NeighborList;
import org.ionmat.core.neighbors.NeighborSearch;
import org.ionmat.core.neighbors.VerletNeighborList;
import org.ionmat.core.parallel.ParallelChunks;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.Calculator;
import org.ionmat.potential.CalculatorResult;
import org.ionmat.potential.SpeciesSet;
import org.ionmat.potential.TypeBinding;

/**
 * Pairwise-additive energy: a short-range {@link PairFunction} per pair of species, each with its own
 * cutoff and optional energy shift, plus an optional pair part of the Coulomb energy, q_i q_j times
 * a kernel per unit charges (the real-space Ewald term erfc(αr)/r, or damped shifted force) with its
 * own cutoff and a constant self energy per atom, c q_i². One loop over a half Verlet neighbor list
 * evaluates both, as LAMMPS's {@code buck/coul/long} does.
 *
 * <p>E = Σ_pairs [φ_ab(r) − s_ab]_(r &lt; rc_ab) + Σ_pairs q_i q_j κ(r)_(r &lt; rc_q) + c Σ_i q_i²,
 * where s_ab = φ_ab(rc_ab) if the pair is shifted, else 0. Cutoffs are strict (r &lt; rc), as in
 * LAMMPS. Per-atom energies give half of each pair to either atom. Any triclinic cell works: the
 * neighbor list holds all periodic images within the cutoff, also of the atom itself.
 *
 * <p>The pair functions are evaluated directly in the loop (interpolation tables of them were tried
 * and measured: on the development machine a table lookup missing the L1 cache costs as much as the
 * exponential it replaces, so they did not pay).
 *
 * <p>Neighbors are found within the largest cutoff plus a skin and reused while atoms move and the
 * cell deforms less than the skin allows ({@link VerletNeighborList}), so NPT runs and variable-cell
 * relaxations rebuild the list only now and then. Large systems are split into fixed chunks of atoms,
 * each accumulating its own forces, virial and energies, which are added in chunk order: the result
 * does not depend on the number of threads. Not thread-safe (one instance per simulation).
 */
public final class PairCalculator implements Calculator {

    /** Pairs (within cutoff + skin) per chunk when splitting work between threads. */
    private static final int PAIRS_PER_CHUNK = 100_000;
    private static final int MAX_CHUNKS = 16;
    /** Distance below which two atoms are said to coincide, Å. */
    private static final double COINCIDENT = 1e-6;

    private final String name;
    private final SpeciesSet species;
    private final PairFunction[] functions;
    private final double[] cutoffs;
    private final boolean[] shifted;
    private final double[] charges;
    private final PairFunction coulomb;
    private final double coulombCutoff;
    private final double selfPerChargeSquared;
    private final double skin;
    private final int threads;

    // per atom type of the current system (rebuilt when the types change)
    private final TypeBinding binding;
    private int nTypes;
    private PairFunction[] typeFunction;
    private double[] typeCut2;
    private double[] typeShift;
    private double[] typeQq;
    private double[] typeSelf;
    private double[] typeMaxCut2;
    private VerletNeighborList verlet;

    private PairCalculator(Builder b) {
        this.name = b.name;
        this.species = b.species;
        this.functions = b.functions.clone();
        this.cutoffs = b.cutoffs.clone();
        this.shifted = b.shifted.clone();
        this.charges = b.charges == null ? null : b.charges.clone();
        this.coulomb = b.coulomb;
        this.coulombCutoff = b.coulombCutoff;
        this.selfPerChargeSquared = b.selfPerChargeSquared;
        this.skin = b.skin;
        this.threads = b.threads;
        this.binding = new TypeBinding(species, name);
    }

    /** A builder for the declared species. */
    public static Builder builder(SpeciesSet species) {
        return new Builder(species);
    }

    @Override
    public String name() {
        return name;
    }

    /** Neighbor-list skin, Å. */
    public double skin() {
        return skin;
    }

    /** Largest cutoff of any declared pair term or the Coulomb kernel, Å. */
    public double maxCutoff() {
        double m = coulomb == null ? 0 : coulombCutoff;
        for (int k = 0; k < functions.length; k++) {
            if (functions[k] != null) {
                m = Math.max(m, cutoffs[k]);
            }
        }
        return m;
    }

    /** Number of neighbor-list builds so far. */
    public int neighborListBuilds() {
        return verlet == null ? 0 : verlet.rebuildCount();
    }

    @Override
    public CalculatorResult calculate(AtomicSystem system, Request request) {
        bind(system);
        int n = system.size();
        double[] x = system.positionsView();
        int[] types = system.typesView();
        double[] forces = request.forces() ? new double[3 * n] : null;
        double[] virial = request.virial() ? new double[9] : null;
        double[] atomEnergies = request.atomEnergies() ? new double[n] : null;
        double energy = 0;
        if (verlet != null) {
            // the pair loop computes distance vectors from the positions and image offsets itself, so
            // the list's stored vectors are refreshed only when it is rebuilt
            if (verlet.needsRebuild(system.lattice(), x)) {
                verlet.update(system.lattice(), x);
            }
            energy = pairSum(verlet.list(), system.lattice().rowMajor(), x, types, n, forces, virial, atomEnergies);
        }
        for (int i = 0; i < n; i++) {
            double e = typeSelf[types[i]];
            energy += e;
            if (atomEnergies != null) {
                atomEnergies[i] += e;
            }
        }
        return new CalculatorResult(energy, forces, virial, atomEnergies, system.volume());
    }

    /** Per-type tables and the neighbor list for the types of {@code system}. */
    private void bind(AtomicSystem system) {
        if (!binding.update(system)) {
            return;
        }
        int nt = binding.numTypes();
        int[] map = new int[nt];
        for (int t = 0; t < nt; t++) {
            map[t] = binding.declared(t);
        }
        int ns = species.size();
        PairFunction[] f = new PairFunction[nt * nt];
        double[] cut2 = new double[nt * nt];
        double[] shift = new double[nt * nt];
        double[] qq = new double[nt * nt];
        double[] self = new double[nt];
        double reach = 0;
        for (int a = 0; a < nt; a++) {
            double qa = charges == null ? 0 : charges[map[a]];
            self[a] = coulomb == null ? 0 : selfPerChargeSquared * qa * qa;
            for (int b = 0; b < nt; b++) {
                int k = map[a] * ns + map[b];
                int t = a * nt + b;
                if (functions[k] != null) {
                    f[t] = functions[k];
                    cut2[t] = cutoffs[k] * cutoffs[k];
                    shift[t] = shifted[k] ? functions[k].energy(cutoffs[k]) : 0;
                    reach = Math.max(reach, cutoffs[k]);
                }
                if (coulomb != null) {
                    qq[t] = qa * charges[map[b]];
                    if (qq[t] != 0) {
                        reach = Math.max(reach, coulombCutoff);
                    }
                }
            }
        }
        nTypes = nt;
        typeFunction = f;
        typeCut2 = cut2;
        typeShift = shift;
        typeQq = qq;
        typeSelf = self;
        double[] maxCut2 = new double[nt * nt];
        for (int t = 0; t < nt * nt; t++) {
            maxCut2[t] = Math.max(cut2[t], coulomb != null && qq[t] != 0 ? coulombCutoff * coulombCutoff : 0);
        }
        typeMaxCut2 = maxCut2;
        verlet = reach > 0 ? new VerletNeighborList(NeighborSearch.withCutoff(reach).half().withThreads(threads), skin) : null;
    }

    /** Pair energy; adds forces, virial and per-atom energies into the given arrays (when not null). */
    private double pairSum(NeighborList list, double[] m, double[] x, int[] types, int n, double[] forces, double[] virial,
                           double[] atomEnergies) {
        int[] offsets = list.offsets();
        int pairs = list.size();
        int chunks = Math.max(1, Math.min(MAX_CHUNKS, pairs / PAIRS_PER_CHUNK));
        int[] bounds = new int[chunks + 1];
        for (int c = 1, i = 0; c < chunks; c++) {
            long target = (long) pairs * c / chunks;
            while (i < n && offsets[i] < target) {
                i++;
            }
            bounds[c] = i;
        }
        bounds[chunks] = n;
        if (chunks == 1) {
            double[] acc = new double[7];
            chunk(list, m, x, types, 0, n, forces, virial != null, acc, atomEnergies);
            addVirial(virial, acc);
            return acc[0];
        }
        double[][] acc = new double[chunks][7];
        double[][] f = new double[chunks][];
        double[][] e = new double[chunks][];
        ParallelChunks.run(chunks, threads, true, c -> {
            f[c] = forces == null ? null : new double[forces.length];
            e[c] = atomEnergies == null ? null : new double[n];
            chunk(list, m, x, types, bounds[c], bounds[c + 1], f[c], virial != null, acc[c], e[c]);
        });
        double energy = 0;
        for (int c = 0; c < chunks; c++) {
            energy += acc[c][0];
            addVirial(virial, acc[c]);
            if (forces != null) {
                double[] fc = f[c];
                for (int k = 0; k < fc.length; k++) {
                    forces[k] += fc[k];
                }
            }
            if (atomEnergies != null) {
                double[] ec = e[c];
                for (int k = 0; k < n; k++) {
                    atomEnergies[k] += ec[k];
                }
            }
        }
        return energy;
    }

    private static void addVirial(double[] virial, double[] acc) {
        if (virial == null) {
            return;
        }
        virial[0] += acc[1];
        virial[4] += acc[2];
        virial[8] += acc[3];
        virial[1] += acc[4];
        virial[3] += acc[4];
        virial[2] += acc[5];
        virial[6] += acc[5];
        virial[5] += acc[6];
        virial[7] += acc[6];
    }

    /**
     * Pairs of centre atoms {@code from..to-1}: energy in acc[0], virial xx, yy, zz, xy, xz, yz in
     * acc[1..6]; forces and per-atom energies added into the arrays when not null.
     */
    private void chunk(NeighborList list, double[] m, double[] x, int[] types, int from, int to, double[] forces,
                       boolean withVirial, double[] acc, double[] atomEnergies) {
        int[] offsets = list.offsets();
        int[] nb = list.neighbors();
        int[] sh = list.shifts();
        int nt = nTypes;
        PairFunction[] tf = typeFunction;
        double[] cut2 = typeCut2;
        double[] maxCut2 = typeMaxCut2;
        double[] shift = typeShift;
        double[] tqq = typeQq;
        PairFunction kernel = coulomb;
        double qCut2 = coulombCutoff * coulombCutoff;
        double[] buf = new double[1];
        double energy = 0;
        double wxx = 0;
        double wyy = 0;
        double wzz = 0;
        double wxy = 0;
        double wxz = 0;
        double wyz = 0;
        int p = offsets[from];
        try {
            for (int i = from; i < to; i++) {
                int ti = types[i] * nt;
                double xi = x[3 * i];
                double yi = x[3 * i + 1];
                double zi = x[3 * i + 2];
                for (int end = offsets[i + 1]; p < end; p++) {
                    int j = nb[p];
                    int t = ti + types[j];
                    double sa = sh[3 * p];
                    double sb = sh[3 * p + 1];
                    double sc = sh[3 * p + 2];
                    double dx = x[3 * j] - xi + sa * m[0] + sb * m[3] + sc * m[6];
                    double dy = x[3 * j + 1] - yi + sa * m[1] + sb * m[4] + sc * m[7];
                    double dz = x[3 * j + 2] - zi + sa * m[2] + sb * m[5] + sc * m[8];
                    double r2 = dx * dx + dy * dy + dz * dz;
                    if (!(r2 < maxCut2[t])) {
                        continue;
                    }
                    if (r2 < COINCIDENT * COINCIDENT) {
                        throw coincide(i, j, Math.sqrt(r2));
                    }
                    double r = Math.sqrt(r2);
                    double e = 0;
                    double de = 0;
                    if (r2 < cut2[t]) {
                        e = tf[t].evaluate(r, buf) - shift[t];
                        de = buf[0];
                    }
                    if (r2 < qCut2 && tqq[t] != 0) {
                        double qq = tqq[t];
                        e += qq * kernel.evaluate(r, buf);
                        de += qq * buf[0];
                    }
                    double fr = -de / r; // force on j is fr * D, on i −fr * D
                    energy += e;
                    if (atomEnergies != null) {
                        atomEnergies[i] += 0.5 * e;
                        atomEnergies[j] += 0.5 * e;
                    }
                    if (forces != null || withVirial) {
                        double fx = fr * dx;
                        double fy = fr * dy;
                        double fz = fr * dz;
                        if (forces != null) {
                            forces[3 * j] += fx;
                            forces[3 * j + 1] += fy;
                            forces[3 * j + 2] += fz;
                            forces[3 * i] -= fx;
                            forces[3 * i + 1] -= fy;
                            forces[3 * i + 2] -= fz;
                        }
                        wxx += dx * fx;
                        wyy += dy * fy;
                        wzz += dz * fz;
                        wxy += dx * fy;
                        wxz += dx * fz;
                        wyz += dy * fz;
                    }
                }
            }
        } catch (InvalidInputException ex) {
            int i = centerOf(offsets, p);
            int j = nb[p];
            throw new InvalidInputException(String.format(Locale.ROOT, "%s: atoms %d (%s) and %d (%s): %s", name,
                    i + 1, binding.type(types[i]), j + 1, binding.type(types[j]), ex.getMessage()));
        }
        acc[0] += energy;
        acc[1] += wxx;
        acc[2] += wyy;
        acc[3] += wzz;
        acc[4] += wxy;
        acc[5] += wxz;
        acc[6] += wyz;
    }

    private static InvalidInputException coincide(int i, int j, double r) {
        return new InvalidInputException(String.format(Locale.ROOT, "atoms coincide (distance %.2g Å)", r));
    }

    private static int centerOf(int[] offsets, int p) {
        int i = Arrays.binarySearch(offsets, p);
        if (i < 0) {
            return -i - 2;
        }
        while (i + 1 < offsets.length && offsets[i + 1] == p) {
            i++;
        }
        return i;
    }

    /** Builder of a {@link PairCalculator}. */
    public static final class Builder {
        private final SpeciesSet species;
        private final PairFunction[] functions;
        private final double[] cutoffs;
        private final boolean[] shifted;
        private double[] charges;
        private PairFunction coulomb;
        private double coulombCutoff;
        private double selfPerChargeSquared;
        private double skin = 1.0;
        private int threads;
        private String name = "pair";

        private Builder(SpeciesSet species) {
            this.species = species;
            int n = species.size();
            functions = new PairFunction[n * n];
            cutoffs = new double[n * n];
            shifted = new boolean[n * n];
        }

        /**
         * The short-range term of declared species {@code a} and {@code b} (either order).
         *
         * @param cutoff cutoff, Å (&gt; 0)
         * @param shift  subtract the energy at the cutoff, so that E(rc) = 0
         */
        public Builder pair(int a, int b, PairFunction f, double cutoff, boolean shift) {
            if (!(cutoff > 0) || Double.isInfinite(cutoff)) {
                throw new InvalidInputException("pair cutoff must be a positive number of Å, got " + cutoff);
            }
            if (f instanceof TabulatedPair tp) {
                tp.requireReaches(cutoff, species.get(a) + "-" + species.get(b));
            }
            int n = species.size();
            for (int k : new int[] {a * n + b, b * n + a}) {
                functions[k] = f;
                cutoffs[k] = cutoff;
                shifted[k] = shift;
            }
            return this;
        }

        /** Charges of the declared species, e. */
        public Builder charges(double[] q) {
            if (q.length != species.size()) {
                throw new IllegalArgumentException("need one charge per declared species");
            }
            this.charges = q.clone();
            return this;
        }

        /**
         * The Coulomb pair kernel per unit charges (eV for charges of 1 e), its cutoff (Å) and the
         * self energy per atom per squared charge (eV/e²).
         */
        public Builder coulomb(PairFunction kernel, double cutoff, double selfPerChargeSquared) {
            if (!(cutoff > 0) || Double.isInfinite(cutoff)) {
                throw new InvalidInputException("Coulomb cutoff must be a positive number of Å, got " + cutoff);
            }
            this.coulomb = kernel;
            this.coulombCutoff = cutoff;
            this.selfPerChargeSquared = selfPerChargeSquared;
            return this;
        }

        /** Neighbor-list skin, Å (default 1). */
        public Builder skin(double s) {
            if (!(s >= 0) || Double.isInfinite(s)) {
                throw new InvalidInputException("neighbor skin must be a non-negative number of Å, got " + s);
            }
            this.skin = s;
            return this;
        }

        /** Threads: 0 automatic (default), 1 serial, n &gt; 1 threads. */
        public Builder threads(int t) {
            if (t < 0) {
                throw new InvalidInputException("number of threads must be >= 0, got " + t);
            }
            this.threads = t;
            return this;
        }

        /** Name reported by {@link Calculator#name()}. */
        public Builder name(String n) {
            this.name = n;
            return this;
        }

        /**
         * The calculator.
         *
         * @throws IllegalStateException if a Coulomb kernel is set without charges
         */
        public PairCalculator build() {
            if (coulomb != null && charges == null) {
                throw new IllegalStateException("a Coulomb kernel needs charges");
            }
            return new PairCalculator(this);
        }
    }
}
