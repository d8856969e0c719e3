package org.ionmat.core.structure.order;

import java.util.SplittableRandom;

/**
 * Ewald-energy search over arrangements with the pair-energy matrix Φ (eV/e²) of all supercell
 * sites: E = ½ qᵀΦq. A swap of the charges q_a, q_b (same group) changes the energy by
 * ΔE = d (φ_a − φ_b) + ½ d² (Φ_aa + Φ_bb − 2 Φ_ab) with d = q_b − q_a and φ = Φq, so it is tested in
 * O(1); an accepted swap updates φ in O(N).
 */
final class EwaldOrdering {

    private static final double ACCEPT = -1e-9;      // eV: smaller improvements are rounding noise
    private static final int MAX_SWEEPS = 1000;
    private static final double ANNEAL_START = 0.1;  // eV
    private static final double ANNEAL_END = 1e-4;   // eV
    private static final int ANNEAL_PROPOSALS_PER_SITE = 200;

    private final int n;
    private final double[] phi;
    private final double[] fixedCharges;
    private final int[][] slots;
    private final double[][] speciesCharges;

    /**
     * @param phi            row-major Φ of all sites (eV/e²)
     * @param fixedCharges   charges of the ordered sites (0 on group sites)
     * @param slots          supercell site indices of each group
     * @param speciesCharges charge of each species of each group (e)
     */
    EwaldOrdering(double[] phi, double[] fixedCharges, int[][] slots, double[][] speciesCharges) {
        this.n = fixedCharges.length;
        this.phi = phi;
        this.fixedCharges = fixedCharges;
        this.slots = slots;
        this.speciesCharges = speciesCharges;
    }

    /** Charges of all sites for an arrangement (occupant species index per group site, −1 = vacancy). */
    double[] charges(int[][] occupants) {
        double[] q = fixedCharges.clone();
        for (int g = 0; g < slots.length; g++) {
            for (int k = 0; k < slots[g].length; k++) {
                int o = occupants[g][k];
                q[slots[g][k]] = o < 0 ? 0 : speciesCharges[g][o];
            }
        }
        return q;
    }

    double energy(int[][] occupants) {
        double[] q = charges(occupants);
        return 0.5 * dot(q, potentials(q));
    }

    private double[] potentials(double[] q) {
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

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Improves the arrangement in place; returns its energy (eV). */
    double refine(int[][] occupants, Refinement refinement, SplittableRandom rnd) {
        double[] q = charges(occupants);
        double[] v = potentials(q);
        if (refinement == Refinement.ANNEAL) {
            anneal(occupants, q, v, rnd);
            q = charges(occupants);
            v = potentials(q);
        }
        if (refinement != Refinement.NONE) {
            greedy(occupants, q, v);
        }
        return energy(occupants);
    }

    private double swapDelta(int a, int b, double[] q, double[] v) {
        double d = q[b] - q[a];
        return d * (v[a] - v[b]) + 0.5 * d * d * (phi[a * n + a] + phi[b * n + b] - 2 * phi[a * n + b]);
    }

    private void swap(int g, int ka, int kb, double[] q, double[] v, int[][] occupants) {
        int a = slots[g][ka];
        int b = slots[g][kb];
        double d = q[b] - q[a];
        int o = occupants[g][ka];
        occupants[g][ka] = occupants[g][kb];
        occupants[g][kb] = o;
        q[a] += d;
        q[b] -= d;
        int ra = a * n;
        int rb = b * n;
        for (int i = 0; i < n; i++) {
            v[i] += d * (phi[ra + i] - phi[rb + i]);
        }
    }

    private void greedy(int[][] occupants, double[] q, double[] v) {
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            boolean improved = false;
            for (int g = 0; g < slots.length; g++) {
                int[] s = slots[g];
                for (int ka = 0; ka < s.length; ka++) {
                    for (int kb = ka + 1; kb < s.length; kb++) {
                        if (q[s[ka]] != q[s[kb]] && swapDelta(s[ka], s[kb], q, v) < ACCEPT) {
                            swap(g, ka, kb, q, v, occupants);
                            improved = true;
                        }
                    }
                }
            }
            if (!improved) {
                return;
            }
        }
    }

    private void anneal(int[][] occupants, double[] q, double[] v, SplittableRandom rnd) {
        int total = 0;
        int[] cumulative = new int[slots.length];
        for (int g = 0; g < slots.length; g++) {
            total += slots[g].length > 1 ? slots[g].length : 0;
            cumulative[g] = total;
        }
        if (total == 0) {
            return;
        }
        long steps = (long) ANNEAL_PROPOSALS_PER_SITE * total;
        double e = 0;
        double best = 0;
        int[][] bestOcc = copy(occupants);
        double ratio = Math.log(ANNEAL_END / ANNEAL_START);
        for (long step = 0; step < steps; step++) {
            double t = ANNEAL_START * Math.exp(ratio * step / steps);
            int pick = rnd.nextInt(total);
            int g = 0;
            while (cumulative[g] <= pick) {
                g++;
            }
            int[] s = slots[g];
            int ka = rnd.nextInt(s.length);
            int kb = rnd.nextInt(s.length - 1);
            if (kb >= ka) {
                kb++;
            }
            if (q[s[ka]] == q[s[kb]]) {
                continue;
            }
            double de = swapDelta(s[ka], s[kb], q, v);
            if (de <= 0 || rnd.nextDouble() < Math.exp(-de / t)) {
                swap(g, ka, kb, q, v, occupants);
                e += de;
                if (e < best + ACCEPT) {
                    best = e;
                    bestOcc = copy(occupants);
                }
            }
        }
        for (int g = 0; g < occupants.length; g++) {
            System.arraycopy(bestOcc[g], 0, occupants[g], 0, occupants[g].length);
        }
    }

    static int[][] copy(int[][] a) {
        int[][] c = new int[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
