package org.ionmat.analysis.bvse;

import org.ionmat.core.structure.Structure;

/**
 * The whole BVSE analysis of an ordered, oxidation-state-decorated structure for one mobile ion:
 * landscape, 1D/2D/3D migration barriers and percolation radii.
 */
public final class BvseAnalysis {

    /**
     * Settings.
     *
     * @param resolution   grid spacing target, Å (BVlain's grid sizes)
     * @param cutoff       interaction cutoff, Å
     * @param maxNeighbors 0 to sum all framework ions within the cutoff, else the k nearest (BVlain: 100)
     * @param screening    Coulomb screening factor f
     * @param energyCap    barriers at or above this many eV above the minimum are not reported
     * @param source       Morse parameter source
     */
    public record Settings(double resolution, double cutoff, int maxNeighbors, double screening, double energyCap,
                           BvseParameterSource source) {

        /** Defaults: 0.2 Å, 10 Å, all neighbors, f = 0.74, cap 5 eV, the softBV BVSE table. */
        public static Settings defaults() {
            return new Settings(0.2, 10.0, 0, BvseFramework.DEFAULT_SCREENING, MigrationBarriers.DEFAULT_CAP,
                    BvseMorseTable.standard());
        }

        /** BVlain's settings (k = 100 nearest ions). */
        public static Settings bvlain() {
            return defaults().withMaxNeighbors(100);
        }

        public Settings withResolution(double r) {
            return new Settings(r, cutoff, maxNeighbors, screening, energyCap, source);
        }

        public Settings withCutoff(double c) {
            return new Settings(resolution, c, maxNeighbors, screening, energyCap, source);
        }

        public Settings withMaxNeighbors(int k) {
            return new Settings(resolution, cutoff, k, screening, energyCap, source);
        }

        public Settings withSource(BvseParameterSource s) {
            return new Settings(resolution, cutoff, maxNeighbors, screening, energyCap, s);
        }
    }

    /**
     * Result.
     *
     * @param framework   the framework seen by the mobile ion
     * @param landscape   site energies on the grid
     * @param barriers    migration barriers
     * @param voids       free-sphere radius at every grid point, Å
     * @param radii       percolation radii
     * @param seconds     wall time of landscape + barriers (+ voids), s
     */
    public record Result(BvseFramework framework, BvseLandscape landscape, MigrationBarriers barriers, double[] voids,
                         VoidCalculator.PercolationRadii radii, double seconds) {
    }

    private BvseAnalysis() {
    }

    /** Runs the analysis. */
    public static Result run(Structure decorated, MobileIon ion, Settings st) {
        long t0 = System.nanoTime();
        BvseFramework fw = BvseFramework.of(decorated, ion, st.source(), st.screening());
        BvseGrid grid = BvseGrid.forResolution(decorated.lattice(), st.resolution());
        BvseLandscape l = BvseCalculator.compute(fw, grid, st.cutoff(), st.maxNeighbors());
        MigrationBarriers b = MigrationBarriers.of(l, st.energyCap());
        double[] v = VoidCalculator.voids(fw, grid);
        VoidCalculator.PercolationRadii r = VoidCalculator.percolationRadii(grid, v);
        return new Result(fw, l, b, v, r, (System.nanoTime() - t0) / 1e9);
    }
}
