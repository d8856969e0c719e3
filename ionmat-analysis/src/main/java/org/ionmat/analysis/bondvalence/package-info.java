/**
 * Bond-valence analysis with the softBV parameters: per-site bond-valence sums, valence mismatch and
 * global instability index ({@link org.ionmat.analysis.bondvalence.BondValenceAnalysis}), and the
 * oxidation states they need ({@link org.ionmat.analysis.bondvalence.OxidationStates}).
 */
package org.ionmat.analysis.bondvalence;
