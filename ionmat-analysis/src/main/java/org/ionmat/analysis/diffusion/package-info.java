/**
 * Diffusion and conductivity from trajectories: time-origin-averaged MSD by FFT ({@link
 * org.ionmat.analysis.diffusion.MsdCalculator}: tracer, collective, components, drift corrections),
 * D by generalised least squares with the random-walk MSD covariance and an automatic fit window
 * ({@link org.ionmat.analysis.diffusion.DiffusionFitter}), the weighted Arrhenius fit with
 * extrapolation ({@link org.ionmat.analysis.diffusion.ArrheniusFit}), Nernst–Einstein conductivity
 * and Haven ratio ({@link org.ionmat.analysis.diffusion.DiffusionAnalysis},
 * {@link org.ionmat.analysis.diffusion.TransportSummary}). Units: Å, ps, K, e inside; D in cm^2/s and
 * σ in S/cm where the names say so.
 */
package org.ionmat.analysis.diffusion;
