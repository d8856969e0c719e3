package org.ionmat.analysis.descriptors;

import java.util.Map;

import org.ionmat.core.element.Element;
import org.ionmat.core.structure.Structure;

/**
 * One material of a descriptor table: its name, structure, mobile ion and labels.
 *
 * @param name      row name (e.g. file name or formula)
 * @param structure the (relaxed) structure
 * @param mobileIon the migrating species (see {@link MobileIon#detect})
 * @param labels    categorical columns, e.g. {@code family=Li}; insertion order is kept
 */
public record Material(String name, Structure structure, Element mobileIon, Map<String, String> labels) {

    public Material {
        labels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(labels));
    }
}
