package org.ionmat.core.io.cif;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.structure.Structure;

/**
 * Reads crystal structures from CIF files (CIF 1.1 and the common CIF 2.0 subset), one structure per
 * data block that has atom sites, with the conventional cell as written (like pymatgen's
 * {@code Structure.from_file}, not reduced to a primitive cell).
 *
 * <ul>
 * <li><b>Syntax</b> ({@link CifFile}): comments, several {@code data_} blocks, {@code global_}
 * blocks (dropped) and {@code save_} frames (kept apart), loops, quoted strings with CIF 1.1's
 * quote rule, {@code ;} text fields, CIF 2.0 triple-quoted strings, lists and tables, unquoted
 * {@code ?} (unknown) and {@code .} (inapplicable). Data names are case-insensitive and DDLm names
 * ({@code _atom_site.fract_x}) equal CIF 1.1 names ({@code _atom_site_fract_x}). Numbers may carry
 * standard uncertainties: {@code 5.640(2)}.</li>
 * <li><b>Cell</b>: {@code _cell_length_a/b/c} (Å) and {@code _cell_angle_alpha/beta/gamma}
 * (degrees), all required, in the standard orientation of {@link org.ionmat.core.structure.Lattice#fromParameters}
 * (a along x, b in the xy plane; pymatgen puts c along z instead, which changes Cartesian
 * coordinates but no distance).</li>
 * <li><b>Symmetry</b>: {@code _symmetry_equiv_pos_as_xyz} or {@code _space_group_symop_operation_xyz},
 * which must contain the identity and form a group; else the operations of the space group named by
 * a Hall symbol, a Hermann-Mauguin symbol or an International Tables number (in that order of
 * preference); with none of these, P1.</li>
 * <li><b>Sites</b>: {@code _atom_site_fract_x/y/z}, or {@code _atom_site_Cartn_x/y/z} (Å) converted
 * with {@code _atom_sites_fract_tran_matrix_*}, {@code _atom_sites_Cartn_tran_matrix_*} or the
 * default CIF frame. Fractional coordinates written as rounded thirds, sixths or twelfths
 * ({@code 0.3333}, {@code 0.6667}) are made exact. Elements come from {@code _atom_site_type_symbol},
 * else from {@code _atom_site_label} (rules in {@link CifSymbols}). {@code _atom_site_occupancy}
 * defaults to 1 (also for {@code ?} and {@code .}); sites with occupancy 0 and dummy sites
 * ({@code _atom_site_calc_flag dum}) are skipped. Oxidation states come from type symbols such as
 * {@code Li1+} and from {@code _atom_type_symbol} / {@code _atom_type_oxidation_number}. Labels are
 * kept on every symmetry image.</li>
 * <li><b>Expansion</b>: every operation is applied to every site; images closer than
 * {@link Options#siteTolerance()} (default 1e-4, in each fractional coordinate, modulo lattice
 * translations – the tolerance and test of pymatgen) are merged. Sites of different species that
 * coincide form one mixed site with their occupancies; a merged occupancy above
 * 1 + {@link Options#occupancyTolerance()} (default 1e-3) is an error. Site order follows pymatgen
 * ({@link SiteExpander}), so per-site comparisons with pymatgen are possible.</li>
 * </ul>
 * Every problem is an {@link InvalidInputException} naming the file, line and token.
 */
public final class CifReader {

    /** Default fractional tolerance for coincident sites (pymatgen's {@code site_tolerance}). */
    public static final double DEFAULT_SITE_TOLERANCE = 1e-4;

    /** Default amount by which a site's total occupancy may exceed 1. */
    public static final double DEFAULT_OCCUPANCY_TOLERANCE = 1e-3;

    /**
     * Reading options.
     *
     * @param siteTolerance      fractional tolerance (per coordinate, modulo 1) below which two
     *                           positions are the same site; in (0, 0.1)
     * @param occupancyTolerance how much a site's total occupancy may exceed 1 before it is an error
     *                           (the occupancies are kept as written); &gt;= 0
     */
    public record Options(double siteTolerance, double occupancyTolerance) {

        /** The defaults: 1e-4 and 1e-3. */
        public static final Options DEFAULT = new Options(DEFAULT_SITE_TOLERANCE, DEFAULT_OCCUPANCY_TOLERANCE);

        public Options {
            if (!(siteTolerance > 0 && siteTolerance < 0.1)) {
                throw new IllegalArgumentException("site tolerance must be in (0, 0.1): " + siteTolerance);
            }
            if (!(occupancyTolerance >= 0) || Double.isInfinite(occupancyTolerance)) {
                throw new IllegalArgumentException("occupancy tolerance must be >= 0: " + occupancyTolerance);
            }
        }
    }

    private CifReader() {
    }

    /**
     * Reads every structure (one per data block with a cell and atom sites) from CIF text.
     *
     * @param text       the CIF content
     * @param sourceName file name used in error messages
     * @throws InvalidInputException naming file, line and token of the problem, also when no block
     *                               has atom sites
     */
    public static List<Structure> read(String text, String sourceName) {
        return read(text, sourceName, Options.DEFAULT);
    }

    /** As {@link #read(String, String)} with options. */
    public static List<Structure> read(String text, String sourceName, Options options) {
        List<Structure> out = new ArrayList<>();
        for (CifEntry e : readEntries(text, sourceName, options)) {
            out.add(e.structure());
        }
        return out;
    }

    /** The structures with the names of their data blocks. */
    public static List<CifEntry> readEntries(String text, String sourceName, Options options) {
        CifFile file = CifFile.parse(text, sourceName);
        List<CifEntry> out = new ArrayList<>();
        for (CifBlock b : file.blocks()) {
            if (CifStructureBuilder.hasAtomSites(b)) {
                out.add(new CifEntry(b.name(), CifStructureBuilder.build(b, options)));
            }
        }
        if (out.isEmpty()) {
            throw new InvalidInputException(sourceName, -1, null,
                    "no structure: no data block has atom sites (_atom_site_fract_x or _atom_site_Cartn_x loop)");
        }
        return out;
    }

    /**
     * Reads every structure of a CIF file (gzip-compressed if it starts with the gzip signature).
     * The text is read as UTF-8, or as ISO-8859-1 if it is not valid UTF-8.
     *
     * @throws InvalidInputException if the file cannot be read or is not a valid CIF
     */
    public static List<Structure> read(Path file) {
        return read(readText(file), file.getFileName().toString(), Options.DEFAULT);
    }

    /** The first structure of a CIF file. */
    public static Structure readFirst(Path file) {
        return read(file).get(0);
    }

    /** Reads a text file, transparently gunzipping it; bad files give {@link InvalidInputException}. */
    static String readText(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(name, -1, null, "file not found: " + file);
        } catch (IOException e) {
            throw new InvalidInputException(name, -1, null, "cannot read file: " + e.getMessage());
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new InvalidInputException(name, -1, null, "corrupt gzip file: " + e.getMessage());
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
