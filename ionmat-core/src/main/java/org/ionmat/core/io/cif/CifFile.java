package org.ionmat.core.io.cif;

import java.util.List;

/**
 * The syntax tree of a CIF file: its data blocks in file order ({@code global_} blocks are read
 * and dropped).
 *
 * @param source  file name or other origin, used in messages
 * @param version {@code "1.1"}, or {@code "2.0"} when the file starts with {@code #\#CIF_2.0}
 * @param blocks  the data blocks
 */
public record CifFile(String source, String version, List<CifBlock> blocks) {

    public CifFile {
        blocks = List.copyOf(blocks);
    }

    /** Parses CIF text (CIF 1.1, or CIF 2.0 when so marked). */
    public static CifFile parse(String text, String source) {
        return CifSyntaxParser.parse(text, source);
    }

    /** The first block with the given name (case-insensitive), or null. */
    public CifBlock block(String name) {
        for (CifBlock b : blocks) {
            if (b.name().equalsIgnoreCase(name)) {
                return b;
            }
        }
        return null;
    }
}
