package org.ionmat.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.SiteProperty;
import org.ionmat.core.structure.Structure;
import org.ionmat.core.units.Units;

/**
 * Reads VASP POSCAR/CONTCAR files, VASP 4 (no species line) and VASP 5 (species line).
 *
 * <ul>
 *   <li>Scale line: one positive factor, one negative number (the cell volume, Å^3) or three positive
 *       factors for the Cartesian x, y, z components (applied to Cartesian positions too).</li>
 *   <li>{@code Selective dynamics}: flags kept as site property
 *       {@link PropertyNames#SELECTIVE_DYNAMICS} (1 = T, 0 = F).</li>
 *   <li>Direct or Cartesian positions; a species name after the coordinates is accepted (and used
 *       for VASP 4 files).</li>
 *   <li>Velocity block (Cartesian, Å/fs in the file) kept as site property
 *       {@link PropertyNames#VELOCITIES} in Å/ps; lattice velocities and the predictor-corrector
 *       block of a CONTCAR are skipped.</li>
 * </ul>
 * Species of VASP 4 files come from the caller, species names at the end of coordinate lines, the
 * comment line or a POTCAR hint, in that order (see {@link VaspHeader#resolveSpecies}).
 */
public final class PoscarReader {

    private PoscarReader() {
    }

    /** Reads a POSCAR from text. */
    public static Structure read(String text, String source) {
        return read(LineReader.of(text, source), null, null);
    }

    /**
     * Reads a POSCAR.
     *
     * @param in       the lines
     * @param species  species per group for VASP 4 files, or null
     * @param fallback lazily supplies species (e.g. from a POTCAR) when nothing else names them, or null
     */
    public static Structure read(LineReader in, List<Element> species, Supplier<List<Element>> fallback) {
        if (!in.skipBlankLines()) {
            throw new InvalidInputException(in.source(), 1, null, "empty file: expected a POSCAR");
        }
        VaspHeader h = VaspHeader.read(in);
        String mode = in.require("'Direct' or 'Cartesian' line");
        boolean selective = false;
        if (startsWithLetter(mode, 's')) {
            selective = true;
            mode = in.require("'Direct' or 'Cartesian' line");
        }
        boolean cartesian = coordinateMode(in, mode);
        int n = h.numAtoms;
        double[] coords = new double[3 * n];
        double[] flags = selective ? new double[3 * n] : null;
        List<Element> lineSpecies = new ArrayList<>();
        boolean allNamed = true;
        for (int i = 0; i < n; i++) {
            String line = in.require("position of atom " + (i + 1) + " of " + n);
            String[] t = Tokens.split(line);
            double[] v = in.parseVector(t, 0, "position of atom " + (i + 1));
            System.arraycopy(v, 0, coords, 3 * i, 3);
            int next = 3;
            if (selective) {
                if (t.length < 6) {
                    throw in.error(line.strip(), "expected three selective-dynamics flags (T/F) after the position");
                }
                for (int k = 0; k < 3; k++) {
                    flags[3 * i + k] = parseFlag(in, t[3 + k]);
                }
                next = 6;
            }
            Element named = t.length > next ? VaspHeader.potcarSymbol(t[next]) : null;
            if (named == null) {
                allNamed = false;
            } else {
                lineSpecies.add(named);
            }
        }
        List<Element> hints = allNamed ? groupHints(h, lineSpecies) : null;
        List<Element> groupSpecies = h.resolveSpecies(in, species, hints, fallback);
        double[] velocities = readVelocities(in, n);

        Lattice lattice = h.lattice;
        Structure.Builder b = Structure.builder(lattice);
        List<Element> perAtom = h.perAtom(groupSpecies);
        double[] frac = new double[3];
        for (int i = 0; i < n; i++) {
            if (cartesian) {
                double[] r = {coords[3 * i] * h.cartesianScale[0], coords[3 * i + 1] * h.cartesianScale[1],
                    coords[3 * i + 2] * h.cartesianScale[2]};
                lattice.toFractional(r, 0, frac, 0);
            } else {
                System.arraycopy(coords, 3 * i, frac, 0, 3);
            }
            b.add(Species.of(perAtom.get(i)), frac.clone());
        }
        if (flags != null) {
            b.property(PropertyNames.SELECTIVE_DYNAMICS, SiteProperty.vector(flags));
        }
        if (velocities != null) {
            b.property(PropertyNames.VELOCITIES, SiteProperty.vector(velocities));
        }
        return b.build();
    }

    /** Species per group from names at the ends of coordinate lines, if they are constant within groups. */
    private static List<Element> groupHints(VaspHeader h, List<Element> lineSpecies) {
        List<Element> out = new ArrayList<>();
        int i = 0;
        for (int c : h.counts) {
            Element first = c > 0 ? lineSpecies.get(i) : null;
            for (int k = 0; k < c; k++) {
                if (lineSpecies.get(i + k) != first) {
                    return null;
                }
            }
            if (first == null) {
                return null;
            }
            out.add(first);
            i += c;
        }
        return out;
    }

    static boolean coordinateMode(LineReader in, String mode) {
        String m = mode.strip();
        if (m.isEmpty()) {
            throw in.error("", "expected 'Direct' or 'Cartesian', found an empty line");
        }
        char c = Character.toLowerCase(m.charAt(0));
        if (c == 'c' || c == 'k') {
            return true;
        }
        if (c == 'd') {
            return false;
        }
        throw in.error(Tokens.split(m)[0], "expected 'Direct' or 'Cartesian', found '" + Tokens.split(m)[0] + "'");
    }

    private static boolean startsWithLetter(String s, char lower) {
        String m = s.strip();
        return !m.isEmpty() && Character.toLowerCase(m.charAt(0)) == lower;
    }

    private static double parseFlag(LineReader in, String tok) {
        String t = tok.toUpperCase(java.util.Locale.ROOT);
        switch (t) {
            case "T", ".T.", "TRUE", ".TRUE." -> {
                return 1.0;
            }
            case "F", ".F.", "FALSE", ".FALSE." -> {
                return 0.0;
            }
            default -> throw in.error(tok, "expected a selective-dynamics flag T or F, found '" + tok + "'");
        }
    }

    /** Reads the optional (lattice velocities and) ion velocity block; Å/fs in the file, Å/ps returned. */
    private static double[] readVelocities(LineReader in, int n) {
        String l = in.peek();
        if (l == null) {
            return null;
        }
        if (startsWithLetter(l, 'l')) {
            in.next();
            for (int k = 0; k < 7; k++) {
                in.require("lattice velocities and vectors (7 lines after the header)");
            }
            l = in.peek();
            if (l == null) {
                return null;
            }
        }
        String m = l.strip();
        if (m.isEmpty()) {
            in.next();
            // a blank line: velocities follow only if a non-blank line follows directly
            String v = in.peek();
            if (v == null || v.isBlank()) {
                return null;
            }
        } else {
            char c = Character.toLowerCase(m.charAt(0));
            if (c == 'c' || c == 'k') {
                in.next();
            } else if (c == 'd') {
                in.next();
                throw in.error(Tokens.split(m)[0],
                        "velocities in direct (fractional) coordinates are not supported; use Cartesian");
            } else {
                in.next();
                throw in.error(Tokens.split(m)[0], "unexpected content after the " + n
                        + " positions: the atom counts may be wrong");
            }
        }
        double[] vel = new double[3 * n];
        for (int i = 0; i < n; i++) {
            String line = in.require("velocity of atom " + (i + 1) + " of " + n);
            double[] v = in.parseVector(Tokens.split(line), 0, "velocity of atom " + (i + 1));
            for (int k = 0; k < 3; k++) {
                vel[3 * i + k] = v[k] * Units.FS_PER_PS;
            }
        }
        return vel;
    }
}
