package org.ionmat.analysis.descriptors;

/** The three descriptor categories of seed paper 001 (Table 1). */
public enum DescriptorCategory {
    /** From the elastic tensor (T = 0). */
    MECHANICAL_ELASTIC("mechanical-elastic"),
    /** From molecular dynamics or phonons: diffusion, vibrational density of states, thermodynamics. */
    DIFFUSIVE_VIBRATIONAL("diffusive-vibrational"),
    /** From the structure and the composition. */
    STRUCTURAL_COMPOSITIONAL("structural-compositional");

    private final String id;

    DescriptorCategory(String id) {
        this.id = id;
    }

    /** Identifier used in files, e.g. {@code "mechanical-elastic"}. */
    public String id() {
        return id;
    }
}
