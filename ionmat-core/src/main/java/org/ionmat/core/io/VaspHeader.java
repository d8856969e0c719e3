package org.ionmat.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.structure.Lattice;

/**
 * The header shared by POSCAR/CONTCAR and XDATCAR: comment, scale factor(s), lattice, optional
 * species line (VASP 5) and counts. Species of VASP 4 files are resolved later by
 * {@link #resolveSpecies}.
 */
final class VaspHeader {

    private static final Pattern FORMULA_PART = Pattern.compile("([A-Z][a-z]?)(\\d*\\.?\\d*)");

    final String comment;
    final int commentLine;
    final Lattice lattice;
    /** Factors applied to Cartesian x, y, z of lattice vectors and Cartesian positions. */
    final double[] cartesianScale;
    /** Species per group, or null for VASP 4 files (no species line). */
    final List<Element> groupSpecies;
    final int[] counts;
    final int countsLine;
    final int numAtoms;

    private VaspHeader(String comment, int commentLine, Lattice lattice, double[] cartesianScale,
                       List<Element> groupSpecies, int[] counts, int countsLine) {
        this.comment = comment;
        this.commentLine = commentLine;
        this.lattice = lattice;
        this.cartesianScale = cartesianScale;
        this.groupSpecies = groupSpecies;
        this.counts = counts;
        this.countsLine = countsLine;
        int n = 0;
        for (int c : counts) {
            n += c;
        }
        this.numAtoms = n;
    }

    /** Reads the header; the comment line is the next line of {@code in}. */
    static VaspHeader read(LineReader in) {
        String comment = in.require("comment line");
        int commentLine = in.lineNumber();
        String scaleLine = in.require("scale factor line");
        String[] st = Tokens.split(scaleLine);
        int numeric = 0;
        while (numeric < Math.min(3, st.length) && Tokens.isNumber(st[numeric])) {
            numeric++;
        }
        if (numeric == 0) {
            throw in.error(st.length > 0 ? st[0] : "", "expected the scale factor (a number) on line 2 of the header");
        }
        if (numeric == 2) {
            throw in.error(scaleLine.strip(), "expected one or three scale factors");
        }
        double[] raw = new double[9];
        int scaleLineNo = in.lineNumber();
        for (int i = 0; i < 3; i++) {
            String l = in.require("lattice vector " + (i + 1));
            String[] t = in.tokens(l, 3, "lattice vector " + (i + 1));
            double[] v = in.parseVector(t, 0, "lattice vector " + (i + 1));
            System.arraycopy(v, 0, raw, 3 * i, 3);
        }
        int latticeEnd = in.lineNumber();
        double[] cartScale;
        if (numeric == 3) {
            cartScale = new double[3];
            for (int k = 0; k < 3; k++) {
                cartScale[k] = Tokens.parseDouble(st[k]);
                if (!(cartScale[k] > 0)) {
                    throw new InvalidInputException(in.source(), scaleLineNo, st[k],
                            "three scale factors must all be positive");
                }
            }
        } else {
            double s = Tokens.parseDouble(st[0]);
            if (s == 0) {
                throw new InvalidInputException(in.source(), scaleLineNo, st[0], "scale factor must not be zero");
            }
            if (s < 0) {
                double v0 = Math.abs(det(raw));
                if (!(v0 > 0)) {
                    throw new InvalidInputException(in.source(), latticeEnd, null, "lattice vectors are degenerate");
                }
                s = Math.cbrt(-s / v0);
            }
            cartScale = new double[] {s, s, s};
        }
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                raw[3 * i + k] *= cartScale[k];
            }
        }
        Lattice lattice;
        try {
            lattice = Lattice.ofRowMajor(raw);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(in.source(), latticeEnd, null, e.problem());
        }
        String line = in.require("species names or atom counts");
        String[] t = Tokens.split(line);
        if (t.length == 0) {
            throw in.error("", "expected species names or atom counts, found an empty line");
        }
        List<Element> species = null;
        if (!Tokens.isInteger(t[0])) {
            species = new ArrayList<>(t.length);
            for (String tok : t) {
                if (tok.startsWith("#") || tok.startsWith("!")) {
                    break;
                }
                Element e = potcarSymbol(tok);
                if (e == null) {
                    throw in.error(tok, Element.unknownMessage(tok) + " in the species line");
                }
                species.add(e);
            }
            line = in.require("atom counts");
            t = Tokens.split(line);
        }
        int groups = species != null ? species.size() : countIntegers(t);
        if (groups == 0 || t.length < groups) {
            throw in.error(line.strip(), "expected " + (species != null ? groups + " " : "") + "atom counts");
        }
        int[] counts = new int[groups];
        for (int i = 0; i < groups; i++) {
            counts[i] = in.parseCount(t[i], "atom count");
        }
        if (species != null && t.length > groups && Tokens.isInteger(t[groups])) {
            throw in.error(t[groups], "found " + countIntegers(t) + " atom counts for " + groups + " species");
        }
        long total = 0;
        for (int c : counts) {
            total += c;
        }
        if (total == 0) {
            throw in.error(line.strip(), "no atoms: all counts are zero");
        }
        if (total > 100_000_000) {
            throw in.error(line.strip(), "implausible number of atoms: " + total);
        }
        return new VaspHeader(comment, commentLine, lattice, cartScale, species, counts, in.lineNumber());
    }

    private static int countIntegers(String[] t) {
        int n = 0;
        while (n < t.length && Tokens.isInteger(t[n])) {
            n++;
        }
        return n;
    }

    /**
     * Element of a POTCAR-style symbol: {@code Li}, {@code Li_sv}, {@code Fe/1a2b3c}, {@code Li_sv/hash},
     * {@code LI}; null if none.
     */
    static Element potcarSymbol(String token) {
        String s = token;
        int cut = s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_' || c == '/' || c == '.' || c == ':') {
                cut = i;
                break;
            }
        }
        s = s.substring(0, cut);
        if (s.isEmpty() || s.length() > 2) {
            return null;
        }
        Element e = Element.lookup(s);
        return e != null ? e : Element.lookupIgnoreCase(s);
    }

    /** Species per atom from the group species (which must be known) and counts. */
    List<Element> perAtom(List<Element> groupSpecies) {
        List<Element> out = new ArrayList<>(numAtoms);
        for (int g = 0; g < counts.length; g++) {
            for (int k = 0; k < counts[g]; k++) {
                out.add(groupSpecies.get(g));
            }
        }
        return out;
    }

    /**
     * Species per group: from the species line, else the caller's list, else {@code lineHints}
     * (species named at the end of coordinate lines), else the comment line, else {@code fallback}
     * (e.g. a POTCAR beside the file).
     *
     * @throws InvalidInputException if none of these gives one element per group
     */
    List<Element> resolveSpecies(LineReader in, List<Element> given, List<Element> lineHints,
                                 Supplier<List<Element>> fallback) {
        if (groupSpecies != null) {
            return groupSpecies;
        }
        int groups = counts.length;
        if (given != null && !given.isEmpty()) {
            if (given.size() != groups) {
                throw new InvalidInputException(in.source(), countsLine, null, "VASP 4 file has " + groups
                        + " species groups but " + given.size() + " species were given " + given);
            }
            return given;
        }
        if (lineHints != null && lineHints.size() == groups) {
            return lineHints;
        }
        List<Element> fromComment = speciesFromComment(comment, counts);
        if (fromComment != null) {
            return fromComment;
        }
        List<Element> fb = fallback == null ? null : fallback.get();
        if (fb != null && fb.size() == groups) {
            return fb;
        }
        throw new InvalidInputException(in.source(), countsLine, null, String.format(Locale.ROOT,
                "VASP 4 file without a species line: cannot tell which elements the %d groups are; give the species"
                        + " (e.g. --species Li,O), name them in the first line, or put a POTCAR beside the file",
                groups));
    }

    /**
     * Species named in a comment line: whitespace- or punctuation-separated element symbols (POTCAR
     * suffixes allowed), one per group, or one formula-like word ({@code Li2O}) with one element per
     * group whose amounts are proportional to the counts; null otherwise.
     */
    static List<Element> speciesFromComment(String comment, int[] counts) {
        int groups = counts.length;
        String[] words = comment.strip().split("[\\s,;]+");
        List<Element> symbols = new ArrayList<>();
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            Element e = potcarSymbol(w);
            if (e == null || !Character.isUpperCase(w.charAt(0))) {
                symbols = null;
                break;
            }
            symbols.add(e);
        }
        if (symbols != null && symbols.size() == groups) {
            return symbols;
        }
        for (String w : words) {
            Matcher m = FORMULA_PART.matcher(w);
            List<Element> els = new ArrayList<>();
            List<Double> amounts = new ArrayList<>();
            int pos = 0;
            boolean ok = !w.isEmpty();
            while (ok && pos < w.length()) {
                if (!m.find(pos) || m.start() != pos || m.end() == pos) {
                    ok = false;
                    break;
                }
                Element e = Element.lookup(m.group(1));
                if (e == null || els.contains(e)) {
                    ok = false;
                    break;
                }
                double amount = m.group(2).isEmpty() ? 1.0 : Tokens.parseDouble(m.group(2));
                if (!(amount > 0)) {
                    ok = false;
                    break;
                }
                els.add(e);
                amounts.add(amount);
                pos = m.end();
            }
            if (ok && els.size() == groups && proportional(amounts, counts)) {
                return els;
            }
        }
        return null;
    }

    /** True if the counts are a common multiple of the formula amounts (within 1e-6 relative). */
    private static boolean proportional(List<Double> amounts, int[] counts) {
        double f = counts[0] / amounts.get(0);
        for (int i = 1; i < counts.length; i++) {
            if (Math.abs(counts[i] - f * amounts.get(i)) > 1e-6 * counts[i]) {
                return false;
            }
        }
        return true;
    }

    private static double det(double[] a) {
        return a[0] * (a[4] * a[8] - a[5] * a[7]) - a[1] * (a[3] * a[8] - a[5] * a[6])
                + a[2] * (a[3] * a[7] - a[4] * a[6]);
    }
}
