package org.ionmat.core.io.cif;

import java.util.Objects;

import org.ionmat.core.structure.Structure;

/**
 * A structure read from one CIF data block.
 *
 * @param blockName the name after {@code data_}
 * @param structure the structure
 */
public record CifEntry(String blockName, Structure structure) {

    public CifEntry {
        Objects.requireNonNull(blockName, "blockName");
        Objects.requireNonNull(structure, "structure");
    }
}
