package org.ionmat.analysis.bvse;

import java.util.stream.IntStream;

import org.ionmat.core.InvalidInputException;

/**
 * Computes the BVSE landscape of a {@link BvseFramework} on a {@link BvseGrid}, in parallel over
 * blocks of grid points. For each block the framework images that can matter to any of its points
 * are gathered once (from the block's bounding sphere); each point then sums its pair energies
 * over those candidates within the cutoff, or, with {@code maxNeighbors = k > 0}, over the k
 * nearest of them within the cutoff (BVlain's truncation).
 */
public final class BvseCalculator {

    /** Grid points per block edge. */
    static final int BLOCK_EDGE = 4;

    private BvseCalculator() {
    }

    /**
     * @param cutoff       interaction cutoff, Å
     * @param maxNeighbors 0 to sum every framework ion within the cutoff, else the number of
     *                     nearest ions summed per point
     * @throws InvalidInputException for a non-positive cutoff or negative maxNeighbors
     */
    public static BvseLandscape compute(BvseFramework fw, BvseGrid grid, double cutoff, int maxNeighbors) {
        if (!(cutoff > 0) || !Double.isFinite(cutoff)) {
            throw new InvalidInputException(null, -1, Double.toString(cutoff), "--cutoff must be a positive length in Å");
        }
        if (maxNeighbors < 0) {
            throw new InvalidInputException(null, -1, Integer.toString(maxNeighbors), "--max-neighbors must be 0 (all) or positive");
        }
        // neutral ions add nothing but, as in BVlain, take part in the k-nearest selection
        boolean[] use = new boolean[fw.size()];
        for (int j = 0; j < use.length; j++) {
            use[j] = maxNeighbors > 0 || fw.kind(j) >= 0;
        }
        PeriodicImages img = PeriodicImages.of(fw.lattice(), fw.fracArray(), use, cutoff);
        GridBlocks blocks = new GridBlocks(grid, fw.lattice(), BLOCK_EDGE);
        double[] energy = new double[grid.size()];
        ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(() -> new Scratch(img.size));
        IntStream.range(0, blocks.count()).parallel().forEach(b ->
                block(fw, img, blocks, b, cutoff, maxNeighbors, scratch.get(), energy));
        return new BvseLandscape(fw.lattice(), grid, fw.mobile(), energy, cutoff, maxNeighbors);
    }

    /**
     * Site energies at given points (fractional coordinates) by a direct sum over the periodic
     * images, nearest first: the reference the blocked grid computation is tested against.
     */
    public static double[] energiesAt(BvseFramework fw, double[][] fracs, double cutoff, int maxNeighbors) {
        PeriodicImages img = PeriodicImages.of(fw.lattice(), fw.fracArray(), null, cutoff + 1e-9);
        double[] m = fw.lattice().rowMajor();
        double[] out = new double[fracs.length];
        double[] d = new double[img.size];
        int[] order = new int[img.size];
        for (int p = 0; p < fracs.length; p++) {
            double[] f = {fracs[p][0] - Math.floor(fracs[p][0]), fracs[p][1] - Math.floor(fracs[p][1]),
                fracs[p][2] - Math.floor(fracs[p][2])};
            double px = f[0] * m[0] + f[1] * m[3] + f[2] * m[6];
            double py = f[0] * m[1] + f[1] * m[4] + f[2] * m[7];
            double pz = f[0] * m[2] + f[1] * m[5] + f[2] * m[8];
            for (int t = 0; t < img.size; t++) {
                double dx = img.x[t] - px;
                double dy = img.y[t] - py;
                double dz = img.z[t] - pz;
                d[t] = Math.sqrt(dx * dx + dy * dy + dz * dz);
            }
            int[] sorted = IndexSort.ascending(java.util.Arrays.copyOf(d, img.size));
            double e = 0;
            int used = 0;
            for (int t : sorted) {
                if (d[t] > cutoff || (maxNeighbors > 0 && used == maxNeighbors)) {
                    break;
                }
                e += fw.pairEnergy(img.source[t], d[t]);
                used++;
            }
            out[p] = e;
        }
        return out;
    }

    /** Site energy at one point (fractional coordinates); see {@link #energiesAt}. */
    public static double energyAt(BvseFramework fw, double[] frac, double cutoff, int maxNeighbors) {
        return energiesAt(fw, new double[][] {frac}, cutoff, maxNeighbors)[0];
    }

    /** Per-thread work arrays. */
    private static final class Scratch {
        final double[] cx;
        final double[] cy;
        final double[] cz;
        final byte[] kind;
        final double[] a;
        final double[] b;
        final double[] c;
        final double[] key;
        final int[] idx;
        final double[] p = new double[3];

        Scratch(int n) {
            cx = new double[n];
            cy = new double[n];
            cz = new double[n];
            kind = new byte[n];
            a = new double[n];
            b = new double[n];
            c = new double[n];
            key = new double[n];
            idx = new int[n];
        }
    }

    private static void block(BvseFramework fw, PeriodicImages img, GridBlocks blocks, int blockIndex, double cutoff,
                              int k, Scratch s, double[] energy) {
        int[] r = blocks.range(blockIndex);
        double[] sph = blocks.sphere(r);
        double rad = sph[3];
        double limit = cutoff + rad;
        // distances of all images to the block center
        int m = 0;
        for (int t = 0; t < img.size; t++) {
            double dx = img.x[t] - sph[0];
            double dy = img.y[t] - sph[1];
            double dz = img.z[t] - sph[2];
            double d2 = dx * dx + dy * dy + dz * dz;
            if (d2 <= limit * limit) {
                s.key[m] = d2;
                s.idx[m] = t;
                m++;
            }
        }
        if (k > 0 && m > k) {
            // every point's k nearest lie within d_k(center) + 2 rad of the center
            Select.smallest(s.key, s.idx, m, k);
            double dk2 = 0;
            for (int i = 0; i < k; i++) {
                dk2 = Math.max(dk2, s.key[i]);
            }
            double lim = Math.min(limit, Math.sqrt(dk2) + 2 * rad);
            double lim2 = lim * lim;
            int mm = 0;
            for (int i = 0; i < m; i++) {
                if (s.key[i] <= lim2) {
                    s.idx[mm++] = s.idx[i];
                }
            }
            m = mm;
        }
        byte[] kinds = fw.kinds();
        double[] p1 = fw.param1();
        double[] p2 = fw.param2();
        double[] p3 = fw.param3();
        boolean truncate = k > 0 && m > k;
        // full sums: Morse candidates first, then Coulomb ones (branch-free loops); neutral ions dropped
        int nMorse = 0;
        if (!truncate) {
            int w = 0;
            for (int pass = 0; pass < 2; pass++) {
                byte want = pass == 0 ? BvseFramework.MORSE : BvseFramework.COULOMB;
                for (int i = 0; i < m; i++) {
                    int t = s.idx[i];
                    if (kinds[img.source[t]] == want) {
                        s.key[w++] = t;
                    }
                }
                if (pass == 0) {
                    nMorse = w;
                }
            }
            for (int i = 0; i < w; i++) {
                s.idx[i] = (int) s.key[i];
            }
            m = w;
        }
        for (int i = 0; i < m; i++) {
            int t = s.idx[i];
            int j = img.source[t];
            s.cx[i] = img.x[t];
            s.cy[i] = img.y[t];
            s.cz[i] = img.z[t];
            s.kind[i] = kinds[j];
            s.a[i] = p1[j];
            s.b[i] = p2[j];
            s.c[i] = p3[j];
        }
        double cut2 = cutoff * cutoff;
        BvseGrid g = blocks.grid;
        for (int ia = r[0]; ia < r[1]; ia++) {
            for (int ib = r[2]; ib < r[3]; ib++) {
                for (int ic = r[4]; ic < r[5]; ic++) {
                    blocks.cart(ia, ib, ic, s.p);
                    energy[g.index(ia, ib, ic)] = truncate ? nearest(s, m, k, cut2) : all(s, nMorse, m, cut2);
                }
            }
        }
    }

    private static double all(Scratch s, int nMorse, int m, double cut2) {
        double px = s.p[0];
        double py = s.p[1];
        double pz = s.p[2];
        double morse = 0;
        for (int i = 0; i < nMorse; i++) {
            double dx = s.cx[i] - px;
            double dy = s.cy[i] - py;
            double dz = s.cz[i] - pz;
            double d2 = dx * dx + dy * dy + dz * dz;
            if (d2 <= cut2) {
                double e = Math.exp(s.c[i] * (s.b[i] - Math.sqrt(d2))) - 1;
                morse += s.a[i] * (e * e - 1);
            }
        }
        double coulomb = 0;
        for (int i = nMorse; i < m; i++) {
            double dx = s.cx[i] - px;
            double dy = s.cy[i] - py;
            double dz = s.cz[i] - pz;
            double d2 = dx * dx + dy * dy + dz * dz;
            if (d2 <= cut2) {
                coulomb += BvseFramework.pairEnergy(BvseFramework.COULOMB, s.a[i], s.b[i], s.c[i], Math.sqrt(d2));
            }
        }
        return morse + coulomb;
    }

    private static double nearest(Scratch s, int m, int k, double cut2) {
        double px = s.p[0];
        double py = s.p[1];
        double pz = s.p[2];
        int n = 0;
        for (int i = 0; i < m; i++) {
            double dx = s.cx[i] - px;
            double dy = s.cy[i] - py;
            double dz = s.cz[i] - pz;
            double d2 = dx * dx + dy * dy + dz * dz;
            if (d2 <= cut2) {
                s.key[n] = d2;
                s.idx[n] = i;
                n++;
            }
        }
        if (n > k) {
            Select.smallest(s.key, s.idx, n, k);
            n = k;
        }
        double e = 0;
        for (int q = 0; q < n; q++) {
            int i = s.idx[q];
            e += BvseFramework.pairEnergy(s.kind[i], s.a[i], s.b[i], s.c[i], Math.sqrt(s.key[q]));
        }
        return e;
    }
}
