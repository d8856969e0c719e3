/**
 * Bond-valence site energy (BVSE) landscapes of a mobile ion and their percolation analysis.
 *
 * <p>{@link org.ionmat.analysis.bvse.BvseCalculator} puts a test ion (Li⁺, Na⁺, Ag⁺, Mg²⁺, O²⁻, F⁻,
 * ...) on a periodic grid over the cell and sums, over the framework ions (every ion except those
 * of the mobile element), a Morse term for each counter-ion and a screened Coulomb repulsion for
 * each like-charged ion (softBV/BVlain formulas, {@link org.ionmat.analysis.bvse.BvseFramework}).
 * {@link org.ionmat.analysis.bvse.PeriodicPercolation} finds exactly, by one sorted union-find sweep
 * that tracks lattice offsets, the lowest level at which the accessible region percolates in 1, 2
 * and 3 dimensions; {@link org.ionmat.analysis.bvse.BvseAnalysis} turns that into migration barriers,
 * and {@link org.ionmat.analysis.bvse.VoidCalculator} into percolation radii.
 */
package org.ionmat.analysis.bvse;
