/**
 * FFT-based time correlations (Wiener–Khinchin) shared by the mean-squared displacement and the
 * velocity autocorrelation: O(n log n) per series instead of O(n^2).
 */
package org.ionmat.analysis.correlation;
