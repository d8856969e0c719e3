package org.ionmat.core.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.Site;
import org.ionmat.core.structure.SiteProperty;
import org.ionmat.core.structure.Structure;

/**
 * Reads extended XYZ files (the ASE / libAtoms convention), one {@link Frame} per block:
 * <ul>
 *   <li>{@code Lattice="ax ay az bx by bz cx cy cz"} (Å) – required, ionmat structures are periodic;</li>
 *   <li>{@code Properties=species:S:1:pos:R:3:...} (default {@code species:S:1:pos:R:3}); the element
 *       comes from {@code species} or {@code Z}, Cartesian positions (Å) from {@code pos}; every other
 *       numeric column (types R, I, L) becomes a site property of its width under its own name
 *       ({@code forces} in eV/Å, logical values as 1/0); string columns other than species are
 *       ignored;</li>
 *   <li>{@code energy} (eV), {@code stress} (eV/Å^3, 9 or 6 Voigt numbers), {@code virial} (eV),
 *       {@code pbc}, {@code step}, {@code time} (ps) go to {@link FrameInfo}; all other key=value
 *       pairs are kept verbatim in {@link FrameInfo#extra()}.</li>
 * </ul>
 */
public final class ExtXyzReader {

    private static final String DEFAULT_PROPERTIES = "species:S:1:pos:R:3";

    private ExtXyzReader() {
    }

    /** Reads all frames from text. */
    public static List<Frame> read(String text, String source) {
        return read(LineReader.of(text, source));
    }

    /** Reads all frames. */
    public static List<Frame> read(LineReader in) {
        return read(in, Integer.MAX_VALUE);
    }

    /** Reads at most {@code maxFrames} frames (the rest of the input is not read). */
    public static List<Frame> read(LineReader in, int maxFrames) {
        List<Frame> frames = new ArrayList<>();
        if (!in.skipBlankLines()) {
            throw new InvalidInputException(in.source(), 1, null, "empty file: expected an extended XYZ frame");
        }
        while (frames.size() < maxFrames && in.skipBlankLines()) {
            frames.add(readFrame(in, frames.size() + 1));
        }
        return frames;
    }

    private record Column(String name, char type, int width, int offset) {
    }

    private static Frame readFrame(LineReader in, int frameNo) {
        String countLine = in.next();
        String[] ct = Tokens.split(countLine);
        int n = in.parseCount(ct[0], "number of atoms of frame " + frameNo);
        String comment = in.require("comment line of frame " + frameNo);
        int commentLine = in.lineNumber();
        Map<String, String> kv = ExtXyzComment.parse(comment, in);

        String latticeKey = findKey(kv, "Lattice");
        if (latticeKey == null) {
            throw in.error(null, "frame " + frameNo
                    + " has no Lattice=\"...\" in its comment line; ionmat reads periodic structures only");
        }
        String[] lt = ExtXyzComment.arrayTokens(kv.get(latticeKey));
        if (lt.length != 9) {
            throw in.error(kv.get(latticeKey), "Lattice needs 9 numbers, found " + lt.length);
        }
        double[] m = new double[9];
        for (int k = 0; k < 9; k++) {
            m[k] = in.parseDouble(lt[k], "Lattice");
        }
        Lattice lattice;
        try {
            lattice = Lattice.ofRowMajor(m);
        } catch (InvalidInputException e) {
            throw in.error(kv.get(latticeKey), e.problem());
        }
        String propKey = findKey(kv, "Properties");
        List<Column> columns = parseProperties(propKey == null ? DEFAULT_PROPERTIES : kv.get(propKey), in);
        int totalWidth = 0;
        Column speciesCol = null;
        Column zCol = null;
        Column posCol = null;
        for (Column c : columns) {
            totalWidth = Math.max(totalWidth, c.offset + c.width);
            String name = c.name.toLowerCase(Locale.ROOT);
            if (name.equals("species") && c.type == 'S' && c.width == 1) {
                speciesCol = c;
            } else if (c.name.equals("Z") && c.type == 'I' && c.width == 1) {
                zCol = c;
            } else if ((name.equals("pos") || name.equals("positions")) && c.type == 'R' && c.width == 3) {
                posCol = c;
            }
        }
        if (speciesCol == null && zCol == null) {
            throw new InvalidInputException(in.source(), commentLine, null,
                    "Properties has no species:S:1 or Z:I:1 column");
        }
        if (posCol == null) {
            throw new InvalidInputException(in.source(), commentLine, null, "Properties has no pos:R:3 column");
        }
        FrameInfo info = info(kv, latticeKey, propKey, in);

        Map<String, double[]> numeric = new LinkedHashMap<>();
        for (Column c : columns) {
            if (c != speciesCol && c != zCol && c != posCol && c.type != 'S') {
                numeric.put(c.name, new double[n * c.width]);
            }
        }
        Structure.Builder b = Structure.builder(lattice);
        Map<Element, Site> proto = new LinkedHashMap<>();
        double[] frac = new double[3];
        for (int i = 0; i < n; i++) {
            String line = in.require("atom " + (i + 1) + " of " + n + " in frame " + frameNo);
            String[] t = Tokens.split(line);
            if (t.length != totalWidth) {
                throw in.error(line.strip(), "expected " + totalWidth + " columns (from Properties) for atom "
                        + (i + 1) + ", found " + t.length);
            }
            Element e;
            if (speciesCol != null) {
                String sym = t[speciesCol.offset];
                e = Element.lookup(sym);
                if (e == null) {
                    throw in.error(sym, Element.unknownMessage(sym));
                }
            } else {
                int z = in.parseInt(t[zCol.offset], "atomic number");
                if (z < 1 || z > 103) {
                    throw in.error(t[zCol.offset], "atomic number out of range 1..103");
                }
                e = Element.ofZ(z);
            }
            double[] r = in.parseVector(t, posCol.offset, "position");
            lattice.toFractional(r, 0, frac, 0);
            Site p = proto.computeIfAbsent(e, el -> Site.of(Species.of(el), new double[3]));
            b.add(new Site(p.species(), frac.clone(), p.label()));
            for (Column c : columns) {
                double[] dst = numeric.get(c.name);
                if (dst == null) {
                    continue;
                }
                for (int k = 0; k < c.width; k++) {
                    String tok = t[c.offset + k];
                    dst[i * c.width + k] = switch (c.type) {
                        case 'L' -> logical(tok, in);
                        case 'I' -> in.parseLong(tok, c.name);
                        default -> in.parseDouble(tok, c.name);
                    };
                }
            }
        }
        for (Column c : columns) {
            double[] v = numeric.get(c.name);
            if (v != null) {
                b.property(c.name, new SiteProperty(c.width, v));
            }
        }
        return new Frame(b.build(), info);
    }

    private static String findKey(Map<String, String> kv, String key) {
        for (String k : kv.keySet()) {
            if (k.equalsIgnoreCase(key)) {
                return k;
            }
        }
        return null;
    }

    private static List<Column> parseProperties(String spec, LineReader in) {
        String[] p = spec.split(":", -1);
        if (p.length % 3 != 0 || p.length == 0) {
            throw in.error(spec, "Properties must be name:type:count triples");
        }
        List<Column> cols = new ArrayList<>();
        int offset = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < p.length; i += 3) {
            String name = p[i];
            String type = p[i + 1].toUpperCase(Locale.ROOT);
            if (name.isEmpty() || !seen.add(name)) {
                throw in.error(spec, "Properties has an empty or repeated column name '" + name + "'");
            }
            if (type.length() != 1 || "SRIL".indexOf(type.charAt(0)) < 0) {
                throw in.error(p[i + 1], "column type must be S, R, I or L, found '" + p[i + 1] + "'");
            }
            int width = in.parseInt(p[i + 2], "column count of " + name);
            if (width < 1 || width > 1000) {
                throw in.error(p[i + 2], "column count of " + name + " must be 1..1000");
            }
            cols.add(new Column(name, type.charAt(0), width, offset));
            offset += width;
        }
        return cols;
    }

    private static double logical(String tok, LineReader in) {
        return switch (tok) {
            case "T", "True", "true", "TRUE" -> 1.0;
            case "F", "False", "false", "FALSE" -> 0.0;
            default -> throw in.error(tok, "expected a logical value T or F, found '" + tok + "'");
        };
    }

    private static FrameInfo info(Map<String, String> kv, String latticeKey, String propKey, LineReader in) {
        FrameInfo.Builder fb = FrameInfo.builder();
        for (Map.Entry<String, String> e : kv.entrySet()) {
            String key = e.getKey();
            String value = e.getValue();
            if (key.equals(latticeKey) || key.equals(propKey)) {
                continue;
            }
            switch (key.toLowerCase(Locale.ROOT)) {
                case "energy" -> fb.energy(in.parseDouble(value, "energy"));
                case "stress" -> fb.stress(tensor(value, "stress", in));
                case "virial" -> fb.virial(tensor(value, "virial", in));
                case "pbc" -> {
                    String[] t = ExtXyzComment.arrayTokens(value);
                    if (t.length != 3) {
                        throw in.error(value, "pbc needs 3 flags, found " + t.length);
                    }
                    fb.pbc(new boolean[] {logical(t[0], in) != 0, logical(t[1], in) != 0, logical(t[2], in) != 0});
                }
                case "step" -> {
                    if (Tokens.isInteger(value)) {
                        fb.step(in.parseLong(value, "step"));
                    } else {
                        fb.put(key, value);
                    }
                }
                case "time" -> fb.time(in.parseDouble(value, "time"));
                default -> fb.put(key, value);
            }
        }
        return fb.build();
    }

    private static double[] tensor(String value, String what, LineReader in) {
        String[] t = ExtXyzComment.arrayTokens(value);
        if (t.length != 9 && t.length != 6) {
            throw in.error(value, what + " needs 9 or 6 numbers, found " + t.length);
        }
        double[] v = new double[t.length];
        for (int k = 0; k < t.length; k++) {
            v[k] = in.parseDouble(t[k], what);
        }
        return v;
    }
}
