package org.ionmat.learn.stats;

/** Correlation coefficient: Pearson's linear or Spearman's rank correlation (Eq. 1 of seed paper 001). */
public enum CorrelationMethod {
    /** c_P(x, y) = cov(x, y) / (σ_x σ_y). */
    PEARSON,
    /** c_S(x, y) = c_P(R(x), R(y)) with average ranks for ties. */
    SPEARMAN
}
