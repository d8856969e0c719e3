package org.ionmat.core.electrostatics;

import org.ionmat.core.structure.Lattice;
import org.ionmat.core.units.Units;

/**
 * The Ewald interaction matrix Φ of a set of periodic sites (eV/e²): the electrostatic energy of
 * any charges q on these sites is E = ½ qᵀ Φ q, including all periodic images, the self term and
 * the neutralising background (so charged cells are handled too).
 *
 * <p>Φ_ij = Σ'_n erfc(α r)/r + (4π/V) Σ_(k≠0) e^(−k²/4α²)/k² cos(k·r_ij) − 2α/√π δ_ij − π/(V α²),
 * times {@link Units#COULOMB_CONSTANT}; it does not depend on α beyond the accuracy. Made
 * once per set of positions (O(N²)), it gives the energy of a charge assignment in O(N²) and the
 * change of a swap of two charges in O(1) from the potentials Φq – what site ordering needs.
 */
public final class PairEnergyMatrix {

    /** Default accuracy target of the matrix elements. */
    public static final double DEFAULT_ACCURACY = 1e-8;

    private static final int BLOCK = 32;

    private final int n;
    private final double[] phi;

    private PairEnergyMatrix(int n, double[] phi) {
        this.n = n;
        this.phi = phi;
    }

    /** Matrix for the given positions (Å, 3 per site) with the default accuracy. */
    public static PairEnergyMatrix compute(Lattice lattice, double[] cartesian) {
        return compute(lattice, cartesian, EwaldParameters.forPairMatrix(lattice, DEFAULT_ACCURACY));
    }

    /**
     * Matrix for the given positions with explicit parameters.
     *
     * @throws org.ionmat.core.InvalidInputException if two sites coincide
     */
    public static PairEnergyMatrix compute(Lattice lattice, double[] cartesian, EwaldParameters p) {
        EwaldLatticeSums sums = new EwaldLatticeSums(lattice, cartesian, p);
        int n = sums.size();
        double[] phi = new double[n * n];
        double self = sums.selfTerm();
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                phi[i * n + j] = sums.realPairSum(i, j);
            }
            phi[i * n + i] += self;
        }
        double[] wc = new double[n * BLOCK];
        double[] cc = new double[n * BLOCK];
        double[] ws = new double[n * BLOCK];
        double[] ss = new double[n * BLOCK];
        sums.forEachKVectorBlock(BLOCK, (k, weight, cos, sin, count) -> {
            // per-site contiguous blocks: c[i * BLOCK + b]
            for (int b = 0; b < count; b++) {
                double w = weight[b];
                int off = b * n;
                for (int i = 0; i < n; i++) {
                    double c = cos[off + i];
                    double s = sin[off + i];
                    cc[i * BLOCK + b] = c;
                    ss[i * BLOCK + b] = s;
                    wc[i * BLOCK + b] = w * c;
                    ws[i * BLOCK + b] = w * s;
                }
            }
            for (int i = 0; i < n; i++) {
                int oi = i * BLOCK;
                for (int j = i; j < n; j++) {
                    int oj = j * BLOCK;
                    double acc = 0;
                    for (int b = 0; b < count; b++) {
                        acc += wc[oi + b] * cc[oj + b] + ws[oi + b] * ss[oj + b];
                    }
                    phi[i * n + j] += acc;
                }
            }
        });
        double bg = sums.backgroundTerm();
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double v = Units.COULOMB_CONSTANT * (phi[i * n + j] + bg);
                phi[i * n + j] = v;
                phi[j * n + i] = v;
            }
        }
        return new PairEnergyMatrix(n, phi);
    }

    /** Number of sites. */
    public int size() {
        return n;
    }

    /** Φ_ij (eV/e²). */
    public double get(int i, int j) {
        return phi[i * n + j];
    }

    /** Copy of Φ, row-major n × n (eV/e²). */
    public double[] copyMatrix() {
        return phi.clone();
    }

    /** Potentials φ = Φ q at every site (eV/e; the energy of a unit test charge). */
    public double[] potentials(double[] q) {
        checkLength(q);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            int o = i * n;
            for (int j = 0; j < n; j++) {
                s += phi[o + j] * q[j];
            }
            v[i] = s;
        }
        return v;
    }

    /** Electrostatic energy ½ qᵀ Φ q (eV) of charges q (e). */
    public double energy(double[] q) {
        double[] v = potentials(q);
        double e = 0;
        for (int i = 0; i < n; i++) {
            e += q[i] * v[i];
        }
        return 0.5 * e;
    }

    private void checkLength(double[] q) {
        if (q.length != n) {
            throw new IllegalArgumentException("need " + n + " charges, got " + q.length);
        }
    }
}
