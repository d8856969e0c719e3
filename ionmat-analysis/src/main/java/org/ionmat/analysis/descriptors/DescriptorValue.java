package org.ionmat.analysis.descriptors;

/**
 * A descriptor's value for one material (NaN when it could not be computed).
 *
 * @param descriptor the descriptor
 * @param value      value in the descriptor's unit
 */
public record DescriptorValue(Descriptor descriptor, double value) {
}
