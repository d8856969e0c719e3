package org.ionmat.core.structure;

/**
 * Lenstra–Lenstra–Lovász (LLL) reduction of a lattice basis (Lenstra, Lenstra &amp; Lovász, Math.
 * Ann. 261, 515, 1982; the textbook form of Cohen, "A Course in Computational Algebraic Number
 * Theory", algorithm 2.6.3). The result is size-reduced (|μ_kj| ≤ 1/2) and satisfies the Lovász
 * condition |b*_k|² ≥ (δ − μ_k,k−1²) |b*_k−1|² for the given δ (default 0.75, as pymatgen).
 *
 * <p>LLL is fast and makes skewed cells nearly orthogonal, but unlike the Niggli cell its result is
 * not unique; use {@link NiggliReduction} for a canonical cell. Vectors are recomputed from the
 * integer transformation at every step, so no rounding error accumulates.
 */
public final class LllReduction {

    /** Default Lovász parameter δ. */
    public static final double DEFAULT_DELTA = 0.75;

    private static final int MAX_STEPS = 100_000;

    private LllReduction() {
    }

    /** LLL-reduced lattice with δ = 0.75. */
    public static ReducedLattice reduce(Lattice lattice) {
        return reduce(lattice, DEFAULT_DELTA);
    }

    /**
     * LLL-reduced lattice and the unimodular transformation that produces it (det ±1: swaps of
     * vectors may change the handedness of the basis, as in pymatgen).
     *
     * @param delta Lovász parameter in (0.25, 1)
     */
    public static ReducedLattice reduce(Lattice lattice, double delta) {
        if (!(delta > 0.25 && delta < 1)) {
            throw new IllegalArgumentException("LLL delta must be in (0.25, 1), got " + delta);
        }
        return new ReducedLattice(lattice, transformation(lattice.rowMajorView(), delta));
    }

    /** The structure described in its LLL-reduced cell (δ = 0.75; positions kept, folded into the cell). */
    public static Structure reducedStructure(Structure structure) {
        return reduce(structure.lattice()).applyTo(structure);
    }

    /** The LLL transformation of row-major basis {@code m}. */
    static long[] transformation(double[] m, double delta) {
        long[] t = IntMatrix3.identity();
        double[] mu = new double[9];
        double[] norms = new double[3];
        int k = 1;
        for (int step = 0; step < MAX_STEPS; step++) {
            if (k >= 3) {
                return t;
            }
            // size reduction of b_k against b_{k-1}, ..., b_0
            for (int j = k - 1; j >= 0; j--) {
                gramSchmidt(IntMatrix3.apply(t, m), mu, norms);
                long q = (long) Math.rint(mu[3 * k + j]);
                if (q != 0) {
                    for (int c = 0; c < 3; c++) {
                        t[3 * k + c] = Math.subtractExact(t[3 * k + c], Math.multiplyExact(q, t[3 * j + c]));
                    }
                }
            }
            gramSchmidt(IntMatrix3.apply(t, m), mu, norms);
            double muk = mu[3 * k + k - 1];
            if (norms[k] >= (delta - muk * muk) * norms[k - 1]) {
                k++;
            } else {
                for (int c = 0; c < 3; c++) {
                    long x = t[3 * k + c];
                    t[3 * k + c] = t[3 * (k - 1) + c];
                    t[3 * (k - 1) + c] = x;
                }
                k = Math.max(k - 1, 1);
            }
        }
        throw new IllegalStateException("LLL reduction did not converge in " + MAX_STEPS + " steps");
    }

    /**
     * Gram–Schmidt coefficients mu[3i+j] = b_i · b*_j / |b*_j|² (j &lt; i) and squared norms of the
     * orthogonalised vectors b*_i.
     */
    static void gramSchmidt(double[] b, double[] mu, double[] norms) {
        double[] bs = new double[9];
        for (int i = 0; i < 3; i++) {
            double x = b[3 * i];
            double y = b[3 * i + 1];
            double z = b[3 * i + 2];
            for (int j = 0; j < i; j++) {
                double u = (b[3 * i] * bs[3 * j] + b[3 * i + 1] * bs[3 * j + 1] + b[3 * i + 2] * bs[3 * j + 2]) / norms[j];
                mu[3 * i + j] = u;
                x -= u * bs[3 * j];
                y -= u * bs[3 * j + 1];
                z -= u * bs[3 * j + 2];
            }
            bs[3 * i] = x;
            bs[3 * i + 1] = y;
            bs[3 * i + 2] = z;
            norms[i] = x * x + y * y + z * z;
        }
    }
}
