package org.ionmat.analysis.descriptors;

import java.util.List;

/**
 * Something that computes descriptors of a material: the extension point of descriptor tables.
 * ionmat provides {@link StructuralDescriptors} and {@link ElasticDescriptors}; the diffusive and
 * vibrational descriptors of MD runs (D, ⟨ω⟩, C_V, F_vib, S_vib, …) plug in as further sources, each
 * holding whatever it needs (e.g. trajectories keyed by material name).
 */
public interface DescriptorSource {

    /** Short name used in messages, e.g. {@code "elastic"}. */
    String name();

    /** The descriptors this source produces, in column order. */
    List<Descriptor> descriptors();

    /**
     * Values for one material, in the order of {@link #descriptors()} (NaN for one that cannot be
     * computed for this material).
     *
     * @throws org.ionmat.core.InvalidInputException if the material cannot be described at all
     */
    List<DescriptorValue> describe(Material material);
}
