package org.ionmat.simulate.testing;

import org.ionmat.core.neighbors.NeighborList;
import org.ionmat.core.neighbors.NeighborSearch;
import org.ionmat.core.neighbors.VerletNeighborList;
import org.ionmat.core.structure.Lattice;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.Calculator;
import org.ionmat.potential.CalculatorResult;

/**
 * A test-scope Lennard-Jones calculator (one ε, σ for all pairs) with a half Verlet neighbor list:
 * truncated and energy-shifted at the cutoff (as ASE's {@code LennardJones(smooth=False)}, forces
 * of LAMMPS {@code lj/cut}), or shifted-force (energy and force continuous, for energy-conservation
 * tests). With {@code rebuildEveryCall}, the neighbor list is rebuilt on each call, so that results
 * depend only on the positions (not on the call history).
 *
 * <p>The pair list is a {@link VerletNeighborList} (cutoff + skin, with image shifts), which survives
 * small cell changes: pair vectors are recomputed here as x_j − x_i + S·M with the current cell M,
 * so NPT runs do not rebuild it at every step.
 */
public final class LennardJonesTestCalculator implements Calculator {

    private final double epsilon;
    private final double sigma;
    private final double cutoff;
    private final boolean shiftedForce;
    private final boolean rebuildEveryCall;
    private boolean attractiveOnly;
    private final double skin;
    private VerletNeighborList verlet;
    private NeighborList list;
    private int rebuilds;
    private double[] offsets = new double[0];
    private Lattice offsetLattice;
    private final double eShift;
    private final double fShift;

    /**
     * @param epsilon      well depth, eV
     * @param sigma        Å
     * @param cutoff       Å
     * @param skin         Verlet skin, Å
     * @param shiftedForce shifted-force form (else energy-shifted)
     * @param rebuildEveryCall rebuild the neighbor list on each call
     */
    public LennardJonesTestCalculator(double epsilon, double sigma, double cutoff, double skin, boolean shiftedForce,
                                      boolean rebuildEveryCall) {
        this.epsilon = epsilon;
        this.sigma = sigma;
        this.cutoff = cutoff;
        this.skin = skin;
        this.shiftedForce = shiftedForce;
        this.rebuildEveryCall = rebuildEveryCall;
        double sr6 = Math.pow(sigma / cutoff, 6);
        this.eShift = 4 * epsilon * (sr6 * sr6 - sr6);
        this.fShift = 24 * epsilon * (2 * sr6 * sr6 - sr6) / cutoff; // -dE/dr at the cutoff
        newList();
    }

    /** Drops the repulsive r^-12 term, so that atoms collapse (for collision-monitor tests). */
    public LennardJonesTestCalculator attractiveOnly() {
        this.attractiveOnly = true;
        return this;
    }

    private void newList() {
        verlet = new VerletNeighborList(NeighborSearch.withCutoff(cutoff).half().withThreads(1), skin);
    }

    /** Number of neighbor-list builds so far. */
    public int rebuilds() {
        return rebuilds;
    }

    private void update(Lattice lattice, double[] x) {
        if (verlet.needsRebuild(lattice, x)) {
            verlet.update(lattice, x);
            rebuilds++;
            offsetLattice = null;
        }
        list = verlet.list();
        if (!lattice.equals(offsetLattice)) {
            // Cartesian image offsets S·M of every pair, for the current cell
            double[] m = lattice.rowMajor();
            int[] sh = list.shifts();
            if (offsets.length != 3 * list.size()) {
                offsets = new double[3 * list.size()];
            }
            for (int q = 0; q < offsets.length; q += 3) {
                double sa = sh[q];
                double sb = sh[q + 1];
                double sc = sh[q + 2];
                offsets[q] = sa * m[0] + sb * m[3] + sc * m[6];
                offsets[q + 1] = sa * m[1] + sb * m[4] + sc * m[7];
                offsets[q + 2] = sa * m[2] + sb * m[5] + sc * m[8];
            }
            offsetLattice = lattice;
        }
    }

    /** Argon: ε = 0.0104 eV, σ = 3.4 Å, cutoff 8.5 Å (2.5σ), skin 1 Å, energy-shifted. */
    public static LennardJonesTestCalculator argon() {
        return new LennardJonesTestCalculator(0.0104, 3.4, 8.5, 1.0, false, false);
    }

    @Override
    public String name() {
        return shiftedForce ? "lj-sf-test" : "lj-test";
    }

    @Override
    public CalculatorResult calculate(AtomicSystem system, Request request) {
        if (rebuildEveryCall) {
            newList();
        }
        double[] x = system.positionsView();
        update(system.lattice(), x);
        NeighborList l = list;
        int[] cj = l.neighbors();
        double[] off = offsets;
        int n = system.size();
        double[] f = new double[3 * n];
        double[] w = new double[9];
        double[] ae = request.atomEnergies() ? new double[n] : null;
        double e = 0;
        double rc2 = cutoff * cutoff;
        double s2 = sigma * sigma;
        double e4 = 4 * epsilon;
        double e24 = 24 * epsilon;
        double rep = attractiveOnly ? 0 : 1;
        double wxx = 0;
        double wyy = 0;
        double wzz = 0;
        double wxy = 0;
        double wxz = 0;
        double wyz = 0;
        int[] start = l.offsets();
        for (int a = 0; a < n; a++) {
            int i = 3 * a;
            double xi = x[i];
            double yi = x[i + 1];
            double zi = x[i + 2];
            double fxi = 0;
            double fyi = 0;
            double fzi = 0;
            for (int p = start[a], pe1 = start[a + 1]; p < pe1; p++) {
                int j = 3 * cj[p];
                int q = 3 * p;
                double dx = x[j] - xi + off[q];
                double dy = x[j + 1] - yi + off[q + 1];
                double dz = x[j + 2] - zi + off[q + 2];
                double r2 = dx * dx + dy * dy + dz * dz;
                if (r2 > rc2) {
                    continue;
                }
                double ir2 = s2 / r2;
                double sr6 = ir2 * ir2 * ir2;
                double sr12 = rep * sr6 * sr6;
                double pe = e4 * (sr12 - sr6) - eShift;
                double c = e24 * (2 * sr12 - sr6) / r2; // -dE/dr / r
                if (shiftedForce) {
                    double r = Math.sqrt(r2);
                    pe += (r - cutoff) * fShift;
                    c -= fShift / r;
                }
                e += pe;
                if (ae != null) {
                    ae[a] += 0.5 * pe;
                    ae[cj[p]] += 0.5 * pe;
                }
                double fx = c * dx;
                double fy = c * dy;
                double fz = c * dz;
                f[j] += fx;
                f[j + 1] += fy;
                f[j + 2] += fz;
                fxi -= fx;
                fyi -= fy;
                fzi -= fz;
                wxx += dx * fx;
                wyy += dy * fy;
                wzz += dz * fz;
                wxy += dx * fy;
                wxz += dx * fz;
                wyz += dy * fz;
            }
            f[i] += fxi;
            f[i + 1] += fyi;
            f[i + 2] += fzi;
        }
        w[0] = wxx;
        w[4] = wyy;
        w[8] = wzz;
        w[1] = w[3] = wxy;
        w[2] = w[6] = wxz;
        w[5] = w[7] = wyz;
        return new CalculatorResult(e, f, w, ae, system.volume());
    }
}
