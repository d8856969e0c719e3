package org.ionmat.core.io.cif;

import org.ionmat.core.structure.Structure;

/** Placeholder of the CIF writer API; replaced by the full implementation. */
public final class CifWriter {

    private CifWriter() {
    }

    /**
     * Writes a structure as one CIF data block (P1, all sites listed).
     *
     * @param structure the structure
     * @param blockName name after {@code data_}
     * @return CIF text
     */
    public static String write(Structure structure, String blockName) {
        throw new UnsupportedOperationException("CIF writer not yet written");
    }
}
