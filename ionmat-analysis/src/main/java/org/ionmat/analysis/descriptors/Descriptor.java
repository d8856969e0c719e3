package org.ionmat.analysis.descriptors;

/**
 * A named descriptor with its unit and category.
 *
 * @param name        short symbol, e.g. {@code "B"}, {@code "nu"}, {@code "d_nn"}
 * @param unit        unit, e.g. {@code "GPa"}; empty for dimensionless quantities
 * @param category    category of seed paper 001
 * @param description what it is, in words
 */
public record Descriptor(String name, String unit, DescriptorCategory category, String description) {

    /** Column header: {@code "name [unit]"}, or the name alone for dimensionless descriptors. */
    public String header() {
        return unit.isEmpty() ? name : name + " [" + unit + "]";
    }
}
