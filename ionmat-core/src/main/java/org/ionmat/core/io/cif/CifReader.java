package org.ionmat.core.io.cif;

import java.util.List;

import org.ionmat.core.structure.Structure;

/** Placeholder of the CIF reader API; replaced by the full implementation. */
public final class CifReader {

    private CifReader() {
    }

    /**
     * Reads every structure (one per data block with a cell and atom sites) from CIF text.
     *
     * @param text       the CIF content
     * @param sourceName file name used in error messages
     * @throws org.ionmat.core.InvalidInputException naming file, line and token of the problem
     */
    public static List<Structure> read(String text, String sourceName) {
        throw new UnsupportedOperationException("CIF reader not yet written");
    }
}
