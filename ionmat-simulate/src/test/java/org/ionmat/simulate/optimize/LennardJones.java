package org.ionmat.simulate.optimize;

import org.ionmat.core.neighbors.NeighborList;
import org.ionmat.core.neighbors.NeighborSearch;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.Calculator;
import org.ionmat.potential.CalculatorResult;

/** Test model: Lennard-Jones 4ε((σ/r)^12 − (σ/r)^6), truncated and force-shifted at the cutoff. */
final class LennardJones implements Calculator {

    private final double eps;
    private final double sigma;
    private final double rc;
    private final double eShift;
    private final double fShift;

    LennardJones(double eps, double sigma, double rc) {
        this.eps = eps;
        this.sigma = sigma;
        this.rc = rc;
        this.eShift = phi(rc);
        this.fShift = dphi(rc);
    }

    private double phi(double r) {
        double s6 = Math.pow(sigma / r, 6);
        return 4 * eps * (s6 * s6 - s6);
    }

    private double dphi(double r) {
        double s6 = Math.pow(sigma / r, 6);
        return 4 * eps * (-12 * s6 * s6 + 6 * s6) / r;
    }

    @Override
    public String name() {
        return "lj";
    }

    @Override
    public CalculatorResult calculate(AtomicSystem s, Request request) {
        NeighborList nl = NeighborSearch.withCutoff(rc).half().find(s.lattice(), s.positionsView());
        double e = 0;
        double[] f = new double[3 * s.size()];
        double[] w = new double[9];
        for (int p = 0; p < nl.size(); p++) {
            double r = nl.distances()[p];
            e += phi(r) - eShift - (r - rc) * fShift;
            double sc = -(dphi(r) - fShift) / r;
            int i = nl.centers()[p];
            int j = nl.neighbors()[p];
            for (int a = 0; a < 3; a++) {
                double fa = sc * nl.vectors()[3 * p + a];
                f[3 * j + a] += fa;
                f[3 * i + a] -= fa;
                for (int c = 0; c < 3; c++) {
                    w[3 * c + a] += nl.vectors()[3 * p + c] * fa;
                }
            }
        }
        return new CalculatorResult(e, f, w, null, s.volume());
    }
}
