package org.ionmat.analysis.elastic;

import org.ionmat.core.neighbors.NeighborList;
import org.ionmat.core.neighbors.NeighborSearch;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.Calculator;
import org.ionmat.potential.CalculatorResult;

/** Truncated (unshifted) Lennard-Jones for one species, test scope: φ(r) = 4ε[(σ/r)^12 − (σ/r)^6] for r &lt; rc. */
final class TestLennardJones implements Calculator {

    final double eps;
    final double sigma;
    final double rc;

    TestLennardJones(double eps, double sigma, double rc) {
        this.eps = eps;
        this.sigma = sigma;
        this.rc = rc;
    }

    @Override
    public String name() {
        return "test-lj";
    }

    /** φ(r), eV. */
    double phi(double r) {
        double s6 = Math.pow(sigma / r, 6);
        return 4 * eps * (s6 * s6 - s6);
    }

    /** dφ/dr, eV/Å. */
    double dphi(double r) {
        double s6 = Math.pow(sigma / r, 6);
        return 4 * eps * (-12 * s6 * s6 + 6 * s6) / r;
    }

    /** d²φ/dr², eV/Å². */
    double d2phi(double r) {
        double s6 = Math.pow(sigma / r, 6);
        return 4 * eps * (156 * s6 * s6 - 42 * s6) / (r * r);
    }

    @Override
    public CalculatorResult calculate(AtomicSystem s, Request request) {
        NeighborList nl = NeighborSearch.withCutoff(rc).half().find(s.lattice(), s.positionsView());
        double e = 0;
        double[] f = new double[3 * s.size()];
        double[] w = new double[9];
        double[] vec = nl.vectors();
        for (int p = 0; p < nl.size(); p++) {
            double r = nl.distances()[p];
            if (r >= rc) {
                continue;
            }
            e += phi(r);
            double d = dphi(r);
            int i = nl.centers()[p];
            int j = nl.neighbors()[p];
            for (int a = 0; a < 3; a++) {
                double fj = -d * vec[3 * p + a] / r; // force on j
                f[3 * j + a] += fj;
                f[3 * i + a] -= fj;
                for (int b = 0; b < 3; b++) {
                    w[3 * b + a] += vec[3 * p + b] * fj;
                }
            }
        }
        return new CalculatorResult(e, f, w, null, s.volume());
    }
}
