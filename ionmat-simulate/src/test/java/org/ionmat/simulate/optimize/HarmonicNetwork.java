package org.ionmat.simulate.optimize;

import java.util.ArrayList;
import java.util.List;

import org.ionmat.core.neighbors.NeighborList;
import org.ionmat.core.neighbors.NeighborSearch;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.Calculator;
import org.ionmat.potential.CalculatorResult;

/**
 * Test model with a known minimum: harmonic springs k/2 (|D| − L)² on the bonds (i, j, S) of a
 * reference crystal within a cutoff, each with its reference length L as rest length. The bond list
 * is fixed at construction, so the reference crystal (any rotation) is the unique minimum with
 * E = 0 when it is rigid.
 */
final class HarmonicNetwork implements Calculator {

    private final double k;
    private final int[] bi;
    private final int[] bj;
    private final int[] shift;
    private final double[] rest;

    HarmonicNetwork(AtomicSystem reference, double cutoff, double k) {
        this.k = k;
        NeighborList nl = NeighborSearch.withCutoff(cutoff).half().find(reference.lattice(), reference.positionsView());
        List<int[]> b = new ArrayList<>();
        bi = new int[nl.size()];
        bj = new int[nl.size()];
        shift = new int[3 * nl.size()];
        rest = new double[nl.size()];
        for (int p = 0; p < nl.size(); p++) {
            bi[p] = nl.centers()[p];
            bj[p] = nl.neighbors()[p];
            System.arraycopy(nl.shifts(), 3 * p, shift, 3 * p, 3);
            rest[p] = nl.distances()[p];
        }
        b.clear();
    }

    @Override
    public String name() {
        return "harmonic-network";
    }

    @Override
    public CalculatorResult calculate(AtomicSystem s, Request request) {
        double[] m = s.lattice().rowMajor();
        double[] x = s.positionsView();
        double[] f = new double[x.length];
        double[] w = new double[9];
        double e = 0;
        for (int p = 0; p < rest.length; p++) {
            int i = 3 * bi[p];
            int j = 3 * bj[p];
            double[] d = new double[3];
            for (int a = 0; a < 3; a++) {
                d[a] = x[j + a] - x[i + a] + shift[3 * p] * m[a] + shift[3 * p + 1] * m[3 + a] + shift[3 * p + 2] * m[6 + a];
            }
            double r = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
            double dr = r - rest[p];
            e += 0.5 * k * dr * dr;
            double sc = -k * dr / r;
            for (int a = 0; a < 3; a++) {
                f[j + a] += sc * d[a];
                f[i + a] -= sc * d[a];
                for (int c = 0; c < 3; c++) {
                    w[3 * a + c] += d[a] * sc * d[c];
                }
            }
        }
        return new CalculatorResult(e, f, w, null, s.volume());
    }
}
