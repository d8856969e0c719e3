package org.ionmat.analysis.bvse;

import java.util.stream.IntStream;

import org.ionmat.core.element.Element;
import org.ionmat.core.element.ShannonRadius;
import org.ionmat.core.element.Species;

/**
 * The void (free-sphere) distribution of a framework: at every grid point the distance to the
 * nearest framework ion surface, min_j (|x − r_j| − ρ_j), with ρ_j the Shannon ionic radius of the
 * ion averaged over the coordinations tabulated for its oxidation state (BVlain's convention), and
 * its percolation radii: the largest free-sphere radius r such that the region {void ≥ r}
 * percolates in 1, 2, 3 dimensions (0 when no positive radius does).
 */
public final class VoidCalculator {

    private VoidCalculator() {
    }

    /** Percolation radii for d = 1..3 (index 0 unused), Å. */
    public record PercolationRadii(double[] radius) {

        /** Radius for dimension d (1..3), Å. */
        public double of(int d) {
            return radius[d];
        }
    }

    /** Ionic radius used for a species, Å: Shannon radii of its oxidation state averaged (fallbacks in the text). */
    public static double ionicRadius(Species s) {
        Element e = s.element();
        int q = (int) Math.round(s.oxidationState());
        double sum = 0;
        int n = 0;
        for (ShannonRadius r : e.shannonRadii()) {
            if (r.oxidationState() == q) {
                sum += r.ionicRadius();
                n++;
            }
        }
        if (n > 0) {
            return sum / n;
        }
        // no entry for this state: same-sign states of the element, else the covalent radius
        for (ShannonRadius r : e.shannonRadii()) {
            if (Integer.signum(r.oxidationState()) == Integer.signum(q)) {
                sum += r.ionicRadius();
                n++;
            }
        }
        return n > 0 ? sum / n : e.covalentRadius();
    }

    /** The void distribution on a grid, Å (may be negative inside ions). */
    public static double[] voids(BvseFramework fw, BvseGrid grid) {
        int n = fw.size();
        double[] rho = new double[n];
        double maxRho = 0;
        for (int j = 0; j < n; j++) {
            rho[j] = ionicRadius(fw.species(j));
            maxRho = Math.max(maxRho, rho[j]);
        }
        // the image of any ion in a point's own cell is within the longest body diagonal of it
        double[] lm = fw.lattice().rowMajor();
        double reach = 0;
        for (int sa = -1; sa <= 1; sa += 2) {
            for (int sb = -1; sb <= 1; sb += 2) {
                double dx = sa * lm[0] + sb * lm[3] + lm[6];
                double dy = sa * lm[1] + sb * lm[4] + lm[7];
                double dz = sa * lm[2] + sb * lm[5] + lm[8];
                reach = Math.max(reach, Math.sqrt(dx * dx + dy * dy + dz * dz));
            }
        }
        reach += 2 * maxRho + 2.0; // + block radius margin
        PeriodicImages img = PeriodicImages.of(fw.lattice(), fw.fracArray(), null, reach);
        GridBlocks blocks = new GridBlocks(grid, fw.lattice(), BvseCalculator.BLOCK_EDGE);
        double[] out = new double[grid.size()];
        ThreadLocal<int[]> cand = ThreadLocal.withInitial(() -> new int[img.size]);
        IntStream.range(0, blocks.count()).parallel().forEach(b -> {
            int[] c = cand.get();
            int[] r = blocks.range(b);
            double[] sph = blocks.sphere(r);
            double best = Double.POSITIVE_INFINITY;
            double[] dc = new double[img.size];
            for (int t = 0; t < img.size; t++) {
                double dx = img.x[t] - sph[0];
                double dy = img.y[t] - sph[1];
                double dz = img.z[t] - sph[2];
                dc[t] = Math.sqrt(dx * dx + dy * dy + dz * dz) - rho[img.source[t]];
                best = Math.min(best, dc[t]);
            }
            double lim = best + 2 * sph[3];
            int m = 0;
            for (int t = 0; t < img.size; t++) {
                if (dc[t] <= lim) {
                    c[m++] = t;
                }
            }
            double[] p = new double[3];
            for (int ia = r[0]; ia < r[1]; ia++) {
                for (int ib = r[2]; ib < r[3]; ib++) {
                    for (int ic = r[4]; ic < r[5]; ic++) {
                        blocks.cart(ia, ib, ic, p);
                        double v = Double.POSITIVE_INFINITY;
                        for (int i = 0; i < m; i++) {
                            int t = c[i];
                            double dx = img.x[t] - p[0];
                            double dy = img.y[t] - p[1];
                            double dz = img.z[t] - p[2];
                            v = Math.min(v, Math.sqrt(dx * dx + dy * dy + dz * dz) - rho[img.source[t]]);
                        }
                        out[grid.index(ia, ib, ic)] = v;
                    }
                }
            }
        });
        return out;
    }

    /** Percolation radii of a void distribution. */
    public static PercolationRadii percolationRadii(BvseGrid grid, double[] voids) {
        PeriodicPercolation.Levels lv = PeriodicPercolation.descending(grid, voids, 0.0);
        double[] r = new double[4];
        r[0] = Double.NaN;
        for (int d = 1; d <= 3; d++) {
            double x = lv.level()[d];
            r[d] = Double.isNaN(x) ? 0.0 : Math.max(0.0, x);
        }
        return new PercolationRadii(r);
    }
}
