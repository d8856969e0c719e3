package org.ionmat.analysis.elastic;

import java.util.List;

/**
 * Result of a finite-strain elastic calculation.
 *
 * @param tensor           the elastic tensor of the requested {@link IonMode}, GPa
 * @param clamped          the clamped-ion tensor, GPa (same as {@code tensor} in clamped mode)
 * @param mode             clamped or relaxed ions
 * @param strain           strain step (dimensionless)
 * @param residualStress   stress of the unstrained reference, GPa, Voigt order (ASE sign: negative when compressed)
 * @param maxResidualForce largest force component of the reference, eV/Å
 * @param asymmetry        largest |C_ij − C_ji| before symmetrization, GPa
 * @param evaluations      number of calculator calls
 * @param warnings         conditions that make the numbers less trustworthy (e.g. a reference not at zero stress)
 */
public record ElasticResult(ElasticTensor tensor, ElasticTensor clamped, IonMode mode, double strain,
                            double[] residualStress, double maxResidualForce, double asymmetry, int evaluations,
                            List<String> warnings) {
}
