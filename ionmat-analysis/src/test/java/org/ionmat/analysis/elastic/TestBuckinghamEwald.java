package org.ionmat.analysis.elastic;

import org.ionmat.core.neighbors.NeighborList;
import org.ionmat.core.neighbors.NeighborSearch;
import org.ionmat.core.units.Units;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.Calculator;
import org.ionmat.potential.CalculatorResult;

/**
 * Buckingham + Ewald Coulomb for tests (the JSON potential of the potentials module replaces it):
 * φ_ij(r) = A exp(−r/ρ) − C/r⁶ for r &lt; rcBuck (unshifted, as LAMMPS {@code buck/coul/long}),
 * plus the full Ewald sum of point charges (real part erfc(αr)/r up to rcCoul, reciprocal sum over
 * all k with exp(−k²/4α²) above 1e-17), with analytic forces and virial. Charges per type.
 */
final class TestBuckinghamEwald implements Calculator {

    private final double[][] a;
    private final double[][] rho;
    private final double[][] c;
    private final double[] charge;
    private final double rcBuck;
    private final double rcCoul;
    private final double alpha;
    private final double kCut;

    /** Parameters indexed by the system's atom types. */
    TestBuckinghamEwald(double[][] a, double[][] rho, double[][] c, double[] charge, double rcBuck, double rcCoul) {
        this.a = a;
        this.rho = rho;
        this.c = c;
        this.charge = charge;
        this.rcBuck = rcBuck;
        this.rcCoul = rcCoul;
        this.alpha = 6.0 / rcCoul;              // erfc(6) ≈ 2e-17
        this.kCut = 2 * alpha * Math.sqrt(39.0); // exp(−39) ≈ 1e-17
    }

    @Override
    public String name() {
        return "test-buckingham+ewald";
    }

    @Override
    public CalculatorResult calculate(AtomicSystem s, Request request) {
        int n = s.size();
        double ke = Units.COULOMB_CONSTANT;
        double[] pos = s.positionsView();
        int[] type = s.typesView();
        double[] f = new double[3 * n];
        double[] w = new double[9];
        double e = 0;
        NeighborList nl = NeighborSearch.withCutoff(Math.max(rcBuck, rcCoul)).half().find(s.lattice(), pos);
        double[] vec = nl.vectors();
        double twoOverSqrtPi = 2 / Math.sqrt(Math.PI);
        for (int p = 0; p < nl.size(); p++) {
            int i = nl.centers()[p];
            int j = nl.neighbors()[p];
            double r = nl.distances()[p];
            int ti = type[i];
            int tj = type[j];
            double de = 0;
            if (r < rcBuck) {
                double ex = a[ti][tj] * Math.exp(-r / rho[ti][tj]);
                double r6 = Math.pow(r, 6);
                e += ex - c[ti][tj] / r6;
                de += -ex / rho[ti][tj] + 6 * c[ti][tj] / (r6 * r);
            }
            if (r < rcCoul) {
                double qq = ke * charge[ti] * charge[tj];
                double erfc = org.hipparchus.special.Erf.erfc(alpha * r);
                e += qq * erfc / r;
                de += qq * (-erfc / (r * r) - twoOverSqrtPi * alpha * Math.exp(-alpha * alpha * r * r) / r);
            }
            for (int x = 0; x < 3; x++) {
                double fj = -de * vec[3 * p + x] / r;
                f[3 * j + x] += fj;
                f[3 * i + x] -= fj;
                for (int y = 0; y < 3; y++) {
                    w[3 * y + x] += vec[3 * p + y] * fj;
                }
            }
        }
        // self energy
        double q2 = 0;
        double qsum = 0;
        for (int i = 0; i < n; i++) {
            q2 += charge[type[i]] * charge[type[i]];
            qsum += charge[type[i]];
        }
        if (Math.abs(qsum) > 1e-10) {
            throw new IllegalArgumentException("cell not neutral: " + qsum);
        }
        e -= ke * alpha / Math.sqrt(Math.PI) * q2;
        // reciprocal sum over the half space of k (times 2)
        double vol = s.volume();
        double[] b = s.lattice().reciprocal().rowMajor();
        double[] len = s.lattice().lengths();
        int[] mMax = new int[3];
        for (int d = 0; d < 3; d++) {
            mMax[d] = (int) Math.ceil(kCut * len[d] / (2 * Math.PI));
        }
        double[] cosKr = new double[n];
        double[] sinKr = new double[n];
        for (int m1 = 0; m1 <= mMax[0]; m1++) {
            for (int m2 = -mMax[1]; m2 <= mMax[1]; m2++) {
                for (int m3 = -mMax[2]; m3 <= mMax[2]; m3++) {
                    if (m1 == 0 && (m2 < 0 || (m2 == 0 && m3 <= 0))) {
                        continue;
                    }
                    double kx = m1 * b[0] + m2 * b[3] + m3 * b[6];
                    double ky = m1 * b[1] + m2 * b[4] + m3 * b[7];
                    double kz = m1 * b[2] + m2 * b[5] + m3 * b[8];
                    double k2 = kx * kx + ky * ky + kz * kz;
                    if (k2 > kCut * kCut) {
                        continue;
                    }
                    double sRe = 0;
                    double sIm = 0;
                    for (int i = 0; i < n; i++) {
                        double kr = kx * pos[3 * i] + ky * pos[3 * i + 1] + kz * pos[3 * i + 2];
                        cosKr[i] = Math.cos(kr);
                        sinKr[i] = Math.sin(kr);
                        double q = charge[type[i]];
                        sRe += q * cosKr[i];
                        sIm += q * sinKr[i];
                    }
                    double fk = Math.exp(-k2 / (4 * alpha * alpha)) / k2;
                    double ek = 2 * (2 * Math.PI * ke / vol) * fk * (sRe * sRe + sIm * sIm);
                    e += ek;
                    // F_j = 2 (4π ke / V) f(k) q_j k Im[conj(S) e^{ik·r_j}]
                    double pre = 2 * 4 * Math.PI * ke / vol * fk;
                    for (int i = 0; i < n; i++) {
                        double im = sRe * sinKr[i] - sIm * cosKr[i];
                        double g = pre * charge[type[i]] * im;
                        f[3 * i] += g * kx;
                        f[3 * i + 1] += g * ky;
                        f[3 * i + 2] += g * kz;
                    }
                    double[] k = {kx, ky, kz};
                    double coef = 2 * (1 + k2 / (4 * alpha * alpha)) / k2;
                    for (int x = 0; x < 3; x++) {
                        for (int y = 0; y < 3; y++) {
                            w[3 * x + y] += ek * ((x == y ? 1 : 0) - coef * k[x] * k[y]);
                        }
                    }
                }
            }
        }
        return new CalculatorResult(e, f, w, null, vol);
    }
}
