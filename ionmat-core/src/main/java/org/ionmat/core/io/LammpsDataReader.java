package org.ionmat.core.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.SiteProperty;
import org.ionmat.core.structure.Structure;

/**
 * Reads LAMMPS data files (units metal) with atom style {@code atomic}, {@code charge} or
 * {@code full}, orthogonal or triclinic ({@code xy xz yz}) boxes.
 *
 * <p>The style comes from the caller, else from the comment after {@code Atoms} ({@code Atoms # charge}),
 * else from the number of columns (5/8 atomic, 7/10 full, 6/9 charge when the charge column is not
 * an integer). Types map to elements by the caller's map, else {@code Atom Type Labels} that are
 * element symbols, else an element symbol in the comment of the {@code Masses} line ({@code 1 6.94 # Li}),
 * else by mass (see {@link LammpsTypes#byMass}); an ambiguous or unknown mass is an error that asks
 * for a map. Image flags are applied (positions become unwrapped). Atoms are sorted by id. Charges
 * become site property {@link PropertyNames#CHARGE} (e), the {@code Velocities} section
 * {@link PropertyNames#VELOCITIES} (Å/ps). Other sections (bonds, coefficients) are skipped.
 */
public final class LammpsDataReader {

    private static final Set<String> SECTIONS = Set.of("Atoms", "Velocities", "Masses", "Ellipsoids", "Lines",
            "Triangles", "Bodies", "Bonds", "Angles", "Dihedrals", "Impropers", "Pair Coeffs", "PairIJ Coeffs",
            "Bond Coeffs", "Angle Coeffs", "Dihedral Coeffs", "Improper Coeffs", "BondBond Coeffs",
            "BondAngle Coeffs", "MiddleBondTorsion Coeffs", "EndBondTorsion Coeffs", "AngleTorsion Coeffs",
            "AngleAngleTorsion Coeffs", "BondBond13 Coeffs", "AngleAngle Coeffs", "Atom Type Labels",
            "Bond Type Labels", "Angle Type Labels", "Dihedral Type Labels", "Improper Type Labels");

    private static final Set<String> KNOWN_STYLES = Set.of("atomic", "charge", "full", "molecular", "bond",
            "angle", "sphere", "ellipsoid", "dipole", "body", "line", "tri", "template", "hybrid", "peri", "spin",
            "electron", "dpd", "edpd", "mdpd", "tdpd", "wavepacket", "bpm/sphere", "dielectric");

    private LammpsDataReader() {
    }

    /** Reads a data file from text, detecting style and element types. */
    public static Structure read(String text, String source) {
        return read(LineReader.of(text, source), null, null);
    }

    /**
     * Reads a data file.
     *
     * @param in        the lines
     * @param typeMap   atom type (1-based) to element, or null
     * @param atomStyle {@code atomic}, {@code charge} or {@code full}, or null to detect
     */
    public static Structure read(LineReader in, Map<Integer, Element> typeMap, String atomStyle) {
        if (in.next() == null) {
            throw new InvalidInputException(in.source(), 1, null, "empty file: expected a LAMMPS data file");
        }
        int natoms = -1;
        int ntypes = -1;
        double[] lo = new double[3];
        double[] hi = new double[3];
        boolean[] have = new boolean[3];
        double[] tilt = new double[3];
        String section = null;
        String sectionComment = null;
        int sectionLine = 0;
        // header
        while (true) {
            String raw = in.next();
            if (raw == null) {
                throw new InvalidInputException(in.source(), in.lineNumber(), null,
                        "unexpected end of file: no Atoms section");
            }
            String line = stripComment(raw);
            if (line.isEmpty()) {
                continue;
            }
            if (SECTIONS.contains(line)) {
                section = line;
                sectionComment = comment(raw);
                sectionLine = in.lineNumber();
                break;
            }
            String[] t = Tokens.split(line);
            if (!Tokens.isNumber(t[0])) {
                if (line.contains("avec") || line.contains("bvec") || line.contains("cvec")) {
                    throw in.error(line, "general triclinic boxes (avec/bvec/cvec) are not supported");
                }
                throw in.error(t[0], "not a LAMMPS data header line or section name: '" + abbreviate(line) + "'");
            }
            String kw = keyword(t);
            switch (kw) {
                case "atoms" -> natoms = in.parseCount(t[0], "number of atoms");
                case "atom types" -> ntypes = in.parseCount(t[0], "number of atom types");
                case "xlo xhi", "ylo yhi", "zlo zhi" -> {
                    int k = kw.charAt(0) - 'x';
                    lo[k] = in.parseDouble(t[0], kw);
                    hi[k] = in.parseDouble(t[1], kw);
                    if (!(hi[k] > lo[k])) {
                        throw in.error(line, kw.substring(0, 1) + "hi must be larger than " + kw.charAt(0) + "lo");
                    }
                    have[k] = true;
                }
                case "xy xz yz" -> {
                    for (int k = 0; k < 3; k++) {
                        tilt[k] = in.parseDouble(t[k], "tilt factor");
                    }
                }
                case "" -> throw in.error(line, "not a LAMMPS data header line: '" + abbreviate(line) + "'");
                default -> {
                    if (kw.contains("avec") || kw.contains("bvec") || kw.contains("cvec") || kw.contains("abc")) {
                        throw in.error(line, "general triclinic boxes (avec/bvec/cvec) are not supported");
                    }
                    // other counts (bonds, angles, other types, extra ...) are not needed
                }
            }
        }
        if (natoms < 0) {
            throw new InvalidInputException(in.source(), sectionLine, null, "header has no 'N atoms' line");
        }
        if (natoms == 0) {
            throw new InvalidInputException(in.source(), sectionLine, null, "the data file has no atoms");
        }
        if (ntypes < 1) {
            throw new InvalidInputException(in.source(), sectionLine, null, "header has no 'N atom types' line");
        }
        for (int k = 0; k < 3; k++) {
            if (!have[k]) {
                String d = "xyz".substring(k, k + 1);
                throw new InvalidInputException(in.source(), sectionLine, null,
                        "header has no '" + d + "lo " + d + "hi' line");
            }
        }
        Lattice lattice;
        try {
            lattice = LammpsBox.lattice(hi[0] - lo[0], hi[1] - lo[1], hi[2] - lo[2], tilt[0], tilt[1], tilt[2]);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(in.source(), sectionLine, null, e.problem());
        }

        List<String[]> atomLines = null;
        List<Integer> atomLineNos = null;
        String atomsComment = null;
        int atomsHeaderLine = 0;
        Map<Integer, double[]> velocities = null;
        Map<String, Integer> typeLabels = new HashMap<>();
        Map<Integer, Double> masses = new TreeMap<>();
        Map<Integer, String> massComments = new HashMap<>();
        int massLine = 0;
        while (section != null) {
            String name = section;
            String sc = sectionComment;
            int headerLine = sectionLine;
            List<String[]> rows = new ArrayList<>();
            List<Integer> rowNos = new ArrayList<>();
            List<String> rowComments = new ArrayList<>();
            section = null;
            String raw;
            while ((raw = in.next()) != null) {
                String line = stripComment(raw);
                if (line.isEmpty()) {
                    continue;
                }
                if (SECTIONS.contains(line)) {
                    section = line;
                    sectionComment = comment(raw);
                    sectionLine = in.lineNumber();
                    break;
                }
                if (!Tokens.isNumber(Tokens.split(line)[0])) {
                    throw in.error(line, "expected a data line of section " + name + " or a section name, found '"
                            + abbreviate(line) + "'");
                }
                rows.add(Tokens.split(line));
                rowNos.add(in.lineNumber());
                rowComments.add(comment(raw));
            }
            switch (name) {
                case "Atoms" -> {
                    if (atomLines != null) {
                        throw new InvalidInputException(in.source(), headerLine, "Atoms", "second Atoms section");
                    }
                    atomLines = rows;
                    atomLineNos = rowNos;
                    atomsComment = sc;
                    atomsHeaderLine = headerLine;
                    if (rows.size() != natoms) {
                        throw new InvalidInputException(in.source(), headerLine, null, "Atoms section has "
                                + rows.size() + " lines but the header says " + natoms + " atoms");
                    }
                }
                case "Velocities" -> {
                    if (rows.size() != natoms) {
                        throw new InvalidInputException(in.source(), headerLine, null, "Velocities section has "
                                + rows.size() + " lines but the header says " + natoms + " atoms");
                    }
                    velocities = new HashMap<>();
                    for (int r = 0; r < rows.size(); r++) {
                        String[] t = rows.get(r);
                        LineReader at = at(in, rowNos.get(r));
                        if (t.length < 4) {
                            throw at.error(String.join(" ", t), "expected 'id vx vy vz'");
                        }
                        int id = at.parseInt(t[0], "atom id");
                        if (velocities.put(id, at.parseVector(t, 1, "velocity")) != null) {
                            throw at.error(t[0], "atom id " + id + " appears twice in Velocities");
                        }
                    }
                }
                case "Masses" -> {
                    massLine = headerLine;
                    for (int r = 0; r < rows.size(); r++) {
                        String[] t = rows.get(r);
                        LineReader at = at(in, rowNos.get(r));
                        if (t.length < 2) {
                            throw at.error(String.join(" ", t), "expected 'type mass'");
                        }
                        int type = typeId(at, t[0], typeLabels, ntypes);
                        double mass = at.parseDouble(t[1], "mass");
                        if (!(mass > 0)) {
                            throw at.error(t[1], "mass must be positive");
                        }
                        masses.put(type, mass);
                        if (rowComments.get(r) != null) {
                            massComments.put(type, rowComments.get(r));
                        }
                    }
                }
                case "Atom Type Labels" -> {
                    for (int r = 0; r < rows.size(); r++) {
                        String[] t = rows.get(r);
                        LineReader at = at(in, rowNos.get(r));
                        if (t.length < 2) {
                            throw at.error(String.join(" ", t), "expected 'type label'");
                        }
                        typeLabels.put(t[1], typeId(at, t[0], typeLabels, ntypes));
                    }
                }
                default -> {
                    // not needed
                }
            }
        }
        if (atomLines == null) {
            throw new InvalidInputException(in.source(), in.lineNumber(), null, "no Atoms section");
        }
        String style = atomStyle != null ? atomStyle.toLowerCase(Locale.ROOT) : null;
        if (style == null && atomsComment != null) {
            String word = Tokens.split(atomsComment)[0].toLowerCase(Locale.ROOT);
            style = KNOWN_STYLES.contains(word) ? word : null;
        }
        if (style == null) {
            style = detectStyle(in, atomLines, atomLineNos);
        }
        int base;
        int typeCol;
        int chargeCol;
        switch (style) {
            case "atomic" -> {
                base = 5;
                typeCol = 1;
                chargeCol = -1;
            }
            case "charge" -> {
                base = 6;
                typeCol = 1;
                chargeCol = 2;
            }
            case "full" -> {
                base = 7;
                typeCol = 2;
                chargeCol = 3;
            }
            default -> throw new InvalidInputException(in.source(), atomsHeaderLine, style,
                    "atom style '" + style + "' is not supported (atomic, charge, full)");
        }
        int posCol = base - 3;

        int n = natoms;
        Integer[] order = new Integer[n];
        int[] ids = new int[n];
        int[] types = new int[n];
        double[] frac = new double[3 * n];
        double[] charges = chargeCol >= 0 ? new double[n] : null;
        Map<Integer, Integer> seen = new HashMap<>();
        double[] r = new double[3];
        for (int i = 0; i < n; i++) {
            String[] t = atomLines.get(i);
            LineReader at = at(in, atomLineNos.get(i));
            if (t.length != base && t.length != base + 3) {
                throw at.error(String.join(" ", t), "atom style " + style + " needs " + base + " or " + (base + 3)
                        + " columns, found " + t.length);
            }
            ids[i] = at.parseInt(t[0], "atom id");
            if (seen.put(ids[i], i) != null) {
                throw at.error(t[0], "atom id " + ids[i] + " appears twice");
            }
            types[i] = typeId(at, t[typeCol], typeLabels, ntypes);
            if (charges != null) {
                charges[i] = at.parseDouble(t[chargeCol], "charge");
            }
            double[] p = at.parseVector(t, posCol, "position");
            for (int k = 0; k < 3; k++) {
                r[k] = p[k] - lo[k];
            }
            lattice.toFractional(r, 0, frac, 3 * i);
            if (t.length == base + 3) {
                for (int k = 0; k < 3; k++) {
                    frac[3 * i + k] += at.parseInt(t[base + k], "image flag");
                }
            }
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Integer.compare(ids[x], ids[y]));

        Map<Integer, Element> elements = elementsOfTypes(in, types, typeMap, typeLabels, masses, massComments,
                massLine, atomLineNos.get(0));
        Structure.Builder b = Structure.builder(lattice);
        double[] v = velocities != null ? new double[3 * n] : null;
        double[] q = charges != null ? new double[n] : null;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            b.add(Species.of(elements.get(types[i])), new double[] {frac[3 * i], frac[3 * i + 1], frac[3 * i + 2]});
            if (v != null) {
                double[] vi = velocities.get(ids[i]);
                if (vi == null) {
                    throw new InvalidInputException(in.source(), atomLineNos.get(i), Integer.toString(ids[i]),
                            "atom id " + ids[i] + " has no line in the Velocities section");
                }
                System.arraycopy(vi, 0, v, 3 * k, 3);
            }
            if (q != null) {
                q[k] = charges[i];
            }
        }
        if (q != null) {
            b.property(PropertyNames.CHARGE, SiteProperty.scalar(q));
        }
        if (v != null) {
            b.property(PropertyNames.VELOCITIES, SiteProperty.vector(v));
        }
        return b.build();
    }

    private static String detectStyle(LineReader in, List<String[]> rows, List<Integer> lineNos) {
        int cols = rows.get(0).length;
        switch (cols) {
            case 5, 8 -> {
                return "atomic";
            }
            case 7, 10 -> {
                return "full";
            }
            case 6, 9 -> {
                for (String[] t : rows) {
                    if (!Tokens.isInteger(t[2])) {
                        return "charge";
                    }
                }
                throw new InvalidInputException(in.source(), lineNos.get(0), null,
                        "cannot tell the atom style of " + cols + " columns (charge or molecular);"
                                + " give it, or write 'Atoms # charge'");
            }
            default -> throw new InvalidInputException(in.source(), lineNos.get(0), null,
                    "cannot tell the atom style of " + cols + " columns; supported: atomic, charge, full");
        }
    }

    private static Map<Integer, Element> elementsOfTypes(LineReader in, int[] types, Map<Integer, Element> typeMap,
                                                         Map<String, Integer> typeLabels, Map<Integer, Double> masses,
                                                         Map<Integer, String> massComments, int massLine,
                                                         int atomsLine) {
        Map<Integer, Element> fromLabels = new HashMap<>();
        typeLabels.forEach((label, type) -> {
            Element e = Element.lookup(label);
            if (e != null) {
                fromLabels.put(type, e);
            }
        });
        Map<Integer, Element> out = new HashMap<>();
        for (int type : types) {
            if (out.containsKey(type)) {
                continue;
            }
            Element e = null;
            if (typeMap != null && !typeMap.isEmpty()) {
                e = typeMap.get(type);
                if (e == null) {
                    throw new InvalidInputException(in.source(), atomsLine, Integer.toString(type),
                            "atom type " + type + " is not in the given type-to-element map " + typeMap);
                }
            } else if (fromLabels.containsKey(type)) {
                e = fromLabels.get(type);
            } else {
                Double mass = masses.get(type);
                String c = massComments.get(type);
                Element named = null;
                if (c != null) {
                    String[] ct = Tokens.split(c);
                    named = ct.length > 0 ? Element.lookup(ct[0]) : null;
                }
                if (named != null) {
                    if (mass != null && Math.abs(named.atomicMass() - mass) > 1.0 + 0.01 * mass) {
                        throw new InvalidInputException(in.source(), massLine, c, "atom type " + type
                                + " is named " + named + " but has mass " + Fmt.exact(mass) + " amu ("
                                + named + " has " + Fmt.exact(named.atomicMass()) + ")");
                    }
                    e = named;
                } else if (mass != null) {
                    String[] problem = new String[1];
                    e = LammpsTypes.byMass(mass, problem);
                    if (e == null) {
                        throw new InvalidInputException(in.source(), massLine, null, "atom type " + type + ": "
                                + problem[0] + "; give a type-to-element map (e.g. --types 1=Li,2=O)");
                    }
                } else {
                    throw new InvalidInputException(in.source(), atomsLine, Integer.toString(type), "atom type "
                            + type + " has no mass in a Masses section; give a type-to-element map"
                            + " (e.g. --types 1=Li,2=O)");
                }
            }
            out.put(type, e);
        }
        return out;
    }

    private static int typeId(LineReader at, String tok, Map<String, Integer> labels, int ntypes) {
        int type;
        if (Tokens.isInteger(tok)) {
            type = at.parseInt(tok, "atom type");
        } else {
            Integer t = labels.get(tok);
            if (t == null) {
                throw at.error(tok, "atom type '" + tok + "' is neither a number nor a type label");
            }
            type = t;
        }
        if (type < 1 || type > ntypes) {
            throw at.error(tok, "atom type " + tok + " is outside 1.." + ntypes);
        }
        return type;
    }

    /** A reader positioned (for messages) at line {@code lineNo}. */
    private static LineReader at(LineReader in, int lineNo) {
        return in.at(lineNo);
    }

    private static String keyword(String[] t) {
        StringBuilder sb = new StringBuilder();
        for (String s : t) {
            if (!Tokens.isNumber(s)) {
                sb.append(sb.length() > 0 ? " " : "").append(s);
            }
        }
        return sb.toString();
    }

    static String stripComment(String raw) {
        int h = raw.indexOf('#');
        return (h >= 0 ? raw.substring(0, h) : raw).strip();
    }

    static String comment(String raw) {
        int h = raw.indexOf('#');
        if (h < 0) {
            return null;
        }
        String c = raw.substring(h + 1).strip();
        return c.isEmpty() ? null : c;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
