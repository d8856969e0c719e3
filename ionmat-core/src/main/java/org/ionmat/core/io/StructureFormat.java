package org.ionmat.core.io;

import java.util.Locale;
import java.util.Optional;

import org.ionmat.core.InvalidInputException;

/**
 * The structure file formats ionmat reads and writes, with detection from file names and content.
 */
public enum StructureFormat {
    /** VASP POSCAR/CONTCAR (one structure). */
    POSCAR("poscar", false),
    /** VASP XDATCAR (trajectory). */
    XDATCAR("xdatcar", true),
    /** Extended XYZ (one or more frames). */
    EXTXYZ("extxyz", true),
    /** CIF (one structure per data block). */
    CIF("cif", true),
    /** LAMMPS data file (one structure). */
    LAMMPS_DATA("lammps-data", false),
    /** LAMMPS text dump (trajectory). */
    LAMMPS_DUMP("lammps-dump", true);

    private final String id;
    private final boolean multiFrame;

    StructureFormat(String id, boolean multiFrame) {
        this.id = id;
        this.multiFrame = multiFrame;
    }

    /** Short name as used on the command line ({@code poscar}, {@code lammps-data}, ...). */
    public String id() {
        return id;
    }

    /** True if a file of this format can hold several structures. */
    public boolean multiFrame() {
        return multiFrame;
    }

    /**
     * The format named by {@code name}: an id ({@code poscar}, {@code xdatcar}, {@code extxyz},
     * {@code cif}, {@code lammps-data}, {@code lammps-dump}) or a common alias ({@code vasp},
     * {@code contcar}, {@code xyz}, {@code lmp}, {@code data}, {@code dump}, {@code lammpstrj}).
     *
     * @throws InvalidInputException for an unknown name
     */
    public static StructureFormat parse(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (n) {
            case "poscar", "contcar", "vasp" -> POSCAR;
            case "xdatcar" -> XDATCAR;
            case "extxyz", "xyz" -> EXTXYZ;
            case "cif", "mcif" -> CIF;
            case "lammps-data", "lammpsdata", "lmp", "data" -> LAMMPS_DATA;
            case "lammps-dump", "lammps-dump-text", "dump", "lammpstrj" -> LAMMPS_DUMP;
            default -> throw new InvalidInputException(null, -1, name, "unknown structure format '" + name
                    + "' (poscar, xdatcar, extxyz, cif, lammps-data, lammps-dump)");
        };
    }

    /** File name without a trailing {@code .gz}. */
    static String stripGz(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".gz") ? fileName.substring(0, fileName.length() - 3)
                : fileName;
    }

    /**
     * The format implied by a file name (directories and a {@code .gz} suffix ignored): extensions
     * {@code .vasp .poscar .xyz .extxyz .cif .mcif .data .lmp .lammps-data .dump .lammpstrj}, prefixes
     * {@code data.} and {@code dump.}, and names containing {@code XDATCAR}, {@code POSCAR} or
     * {@code CONTCAR} ({@code POSCAR_1}, {@code CONTCAR.relax}).
     */
    public static Optional<StructureFormat> fromFileName(String fileName) {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = stripGz(base);
        String lower = base.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String ext = dot >= 0 ? lower.substring(dot + 1) : "";
        switch (ext) {
            case "vasp", "poscar", "contcar":
                return Optional.of(POSCAR);
            case "xdatcar":
                return Optional.of(XDATCAR);
            case "xyz", "extxyz":
                return Optional.of(EXTXYZ);
            case "cif", "mcif":
                return Optional.of(CIF);
            case "data", "lmp", "lammps-data", "lammpsdata":
                return Optional.of(LAMMPS_DATA);
            case "dump", "lammpstrj", "lammps-dump":
                return Optional.of(LAMMPS_DUMP);
            default:
                break;
        }
        if (lower.startsWith("data.")) {
            return Optional.of(LAMMPS_DATA);
        }
        if (lower.startsWith("dump.")) {
            return Optional.of(LAMMPS_DUMP);
        }
        String upper = base.toUpperCase(Locale.ROOT);
        if (upper.contains("XDATCAR")) {
            return Optional.of(XDATCAR);
        }
        if (upper.contains("POSCAR") || upper.contains("CONTCAR")) {
            return Optional.of(POSCAR);
        }
        return Optional.empty();
    }

    /** The format recognised from the first lines of a file, if any. */
    public static Optional<StructureFormat> fromContent(String head) {
        String[] lines = head.split("\r?\n", 200);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first >= lines.length) {
            return Optional.empty();
        }
        String l0 = lines[first].strip();
        if (l0.startsWith("ITEM:")) {
            return Optional.of(LAMMPS_DUMP);
        }
        boolean atoms = false;
        boolean xlo = false;
        int scan = Math.min(lines.length, first + 60);
        for (int i = first; i < scan; i++) {
            String s = lines[i].strip();
            if (s.startsWith("data_") || s.startsWith("_cell_length_a") || s.startsWith("_atom_site_")) {
                return Optional.of(CIF);
            }
            if (s.toLowerCase(Locale.ROOT).contains("configuration") && s.toLowerCase(Locale.ROOT).startsWith("direct")) {
                return Optional.of(XDATCAR);
            }
            String nc = LammpsDataReader.stripComment(s);
            atoms |= nc.matches("\\d+\\s+atoms");
            xlo |= nc.endsWith("xlo xhi");
        }
        if (atoms && xlo) {
            return Optional.of(LAMMPS_DATA);
        }
        String[] t0 = Tokens.split(l0);
        if (t0.length == 1 && Tokens.isInteger(t0[0]) && first + 1 < lines.length) {
            String c = lines[first + 1].toLowerCase(Locale.ROOT);
            if (c.contains("lattice=") || c.contains("properties=") || first + 2 < lines.length
                    && Tokens.split(lines[first + 2]).length >= 4) {
                return Optional.of(EXTXYZ);
            }
        }
        if (first + 4 < lines.length) {
            String[] s = Tokens.split(lines[first + 1]);
            boolean scale = s.length >= 1 && Tokens.isNumber(s[0]);
            boolean vectors = true;
            for (int i = 2; i <= 4; i++) {
                String[] v = Tokens.split(lines[first + i]);
                vectors &= v.length >= 3 && Tokens.isNumber(v[0]) && Tokens.isNumber(v[1]) && Tokens.isNumber(v[2]);
            }
            if (scale && vectors) {
                return Optional.of(POSCAR);
            }
        }
        return Optional.empty();
    }

    /**
     * The format of a file from its name, else its first lines.
     *
     * @throws InvalidInputException if neither tells
     */
    public static StructureFormat detect(String fileName, String head) {
        return fromFileName(fileName).or(() -> fromContent(head)).orElseThrow(() -> new InvalidInputException(
                fileName, -1, null, "cannot tell the structure format from the file name or content"
                        + " (supported: POSCAR/CONTCAR/*.vasp, XDATCAR, *.xyz/*.extxyz, *.cif, LAMMPS *.data/*.lmp,"
                        + " *.dump/*.lammpstrj)"));
    }
}
