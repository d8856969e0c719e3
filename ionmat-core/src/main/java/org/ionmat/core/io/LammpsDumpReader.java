package org.ionmat.core.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.SiteProperty;

/**
 * Reads LAMMPS text dump files ({@code dump custom} / {@code dump atom}, units metal) as a
 * {@link Trajectory}, atoms sorted by id in every frame.
 *
 * <p>Positions come from {@code xu yu zu} (unwrapped), {@code xsu ysu zsu}, {@code x y z} or
 * {@code xs ys zs}, the last two unwrapped with {@code ix iy iz} when present. Orthogonal and
 * triclinic ({@code BOX BOUNDS xy xz yz}) boxes; the cell may change between frames. {@code vx vy vz}
 * become velocities (Å/ps), {@code fx fy fz} forces (eV/Å), {@code q} the site property
 * {@link PropertyNames#CHARGE}; other numeric columns are kept as width-1 properties under their names.
 * Elements come from an {@code element} column, else the caller's type map, else a {@code mass}
 * column (see {@link LammpsTypes#byMass}). The timestep becomes {@link FrameInfo#step()},
 * {@code ITEM: TIME} the time (ps).
 */
public final class LammpsDumpReader {

    private LammpsDumpReader() {
    }

    /** Reads a dump from text (needs an element or mass column). */
    public static Trajectory read(String text, String source) {
        return read(LineReader.of(text, source), null);
    }

    /**
     * Reads all frames.
     *
     * @param in      the lines
     * @param typeMap atom type to element, or null
     * @throws InvalidInputException if a frame is malformed or the atoms change between frames
     */
    public static Trajectory read(LineReader in, Map<Integer, Element> typeMap) {
        return read(in, typeMap, Integer.MAX_VALUE);
    }

    /** Reads at most {@code maxFrames} frames (the rest of the input is not read). */
    public static Trajectory read(LineReader in, Map<Integer, Element> typeMap, int maxFrames) {
        if (!in.skipBlankLines()) {
            throw new InvalidInputException(in.source(), 1, null, "empty file: expected a LAMMPS dump");
        }
        Trajectory.Builder b = null;
        List<Species> species = null;
        while ((b == null || b.numFrames() < maxFrames) && in.skipBlankLines()) {
            int frameNo = b == null ? 1 : b.numFrames() + 1;
            RawFrame f = readFrame(in, frameNo, typeMap);
            if (b == null) {
                species = f.species;
                b = Trajectory.builder(species);
            } else if (!f.species.equals(species)) {
                throw new InvalidInputException(in.source(), f.atomsLine, null, "frame " + frameNo
                        + " has other atoms (number or elements) than frame 1; a trajectory needs the same atoms");
            }
            b.addFrame(f.lattice, f.cart, f.velocities, f.forces, f.properties, f.info.build());
        }
        return b.build();
    }

    private static final class RawFrame {
        Lattice lattice;
        double[] cart;
        double[] velocities;
        double[] forces;
        Map<String, SiteProperty> properties = new LinkedHashMap<>();
        List<Species> species;
        FrameInfo.Builder info = FrameInfo.builder();
        int atomsLine;
    }

    private static RawFrame readFrame(LineReader in, int frameNo, Map<Integer, Element> typeMap) {
        RawFrame f = new RawFrame();
        int natoms = -1;
        double[] origin = null;
        boolean sawStep = false;
        while (true) {
            String line = in.require("ITEM: ATOMS of frame " + frameNo);
            String s = line.strip();
            if (!s.startsWith("ITEM:")) {
                throw in.error(abbreviate(s), "expected an 'ITEM:' line in frame " + frameNo);
            }
            String item = s.substring(5).strip();
            String upper = item.toUpperCase(Locale.ROOT);
            if (upper.equals("TIMESTEP")) {
                String v = in.require("timestep value");
                f.info.step(in.parseLong(first(in, v, "timestep"), "timestep"));
                sawStep = true;
            } else if (upper.equals("TIME")) {
                String v = in.require("time value");
                f.info.time(in.parseDouble(first(in, v, "time"), "time"));
            } else if (upper.equals("NUMBER OF ATOMS")) {
                String v = in.require("number of atoms");
                natoms = in.parseCount(first(in, v, "number of atoms"), "number of atoms");
            } else if (upper.startsWith("BOX BOUNDS")) {
                String[] flags = Tokens.split(item.substring("BOX BOUNDS".length()));
                boolean triclinic = flags.length >= 3 && flags[0].equals("xy");
                if (flags.length > 0 && flags[0].equalsIgnoreCase("abc")) {
                    throw in.error(item, "general triclinic boxes (abc origin) are not supported");
                }
                double[][] bounds = new double[3][3];
                for (int k = 0; k < 3; k++) {
                    String bl = in.require("box bounds line " + (k + 1));
                    String[] t = in.tokens(bl, triclinic ? 3 : 2, "box bounds");
                    for (int j = 0; j < (triclinic ? 3 : 2); j++) {
                        bounds[k][j] = in.parseDouble(t[j], "box bound");
                    }
                }
                double xy = bounds[0][2];
                double xz = bounds[1][2];
                double yz = bounds[2][2];
                double xlo = bounds[0][0] - Math.min(Math.min(0, xy), Math.min(xz, xy + xz));
                double xhi = bounds[0][1] - Math.max(Math.max(0, xy), Math.max(xz, xy + xz));
                double ylo = bounds[1][0] - Math.min(0, yz);
                double yhi = bounds[1][1] - Math.max(0, yz);
                double zlo = bounds[2][0];
                double zhi = bounds[2][1];
                try {
                    if (!(xhi > xlo && yhi > ylo && zhi > zlo)) {
                        throw new InvalidInputException("box bounds give a non-positive box length");
                    }
                    f.lattice = LammpsBox.lattice(xhi - xlo, yhi - ylo, zhi - zlo, xy, xz, yz);
                } catch (InvalidInputException e) {
                    throw in.error(null, e.problem());
                }
                origin = new double[] {xlo, ylo, zlo};
            } else if (upper.startsWith("ATOMS")) {
                if (natoms < 0) {
                    throw in.error(item, "ITEM: ATOMS before ITEM: NUMBER OF ATOMS in frame " + frameNo);
                }
                if (f.lattice == null) {
                    throw in.error(item, "ITEM: ATOMS before ITEM: BOX BOUNDS in frame " + frameNo);
                }
                if (natoms == 0) {
                    throw in.error(item, "frame " + frameNo + " has no atoms");
                }
                f.atomsLine = in.lineNumber();
                readAtoms(in, Tokens.split(item.substring(5)), natoms, origin, typeMap, f, frameNo);
                if (!sawStep) {
                    f.info.step(frameNo - 1L);
                }
                return f;
            } else {
                // unknown item (e.g. UNITS): skip its value lines up to the next ITEM
                while (in.peek() != null && !in.peek().strip().startsWith("ITEM:")) {
                    in.next();
                }
            }
        }
    }

    private static void readAtoms(LineReader in, String[] cols, int n, double[] origin,
                                  Map<Integer, Element> typeMap, RawFrame f, int frameNo) {
        if (cols.length == 0) {
            throw in.error("ITEM: ATOMS", "ITEM: ATOMS names no columns");
        }
        Map<String, Integer> idx = new HashMap<>();
        for (int c = 0; c < cols.length; c++) {
            if (idx.put(cols[c], c) != null) {
                throw in.error(cols[c], "column '" + cols[c] + "' appears twice");
            }
        }
        int[] pos = null;
        boolean scaled = false;
        boolean unwrapped = false;
        String[][] choices = {{"xu", "yu", "zu"}, {"xsu", "ysu", "zsu"}, {"x", "y", "z"}, {"xs", "ys", "zs"}};
        for (int ch = 0; ch < choices.length && pos == null; ch++) {
            if (idx.containsKey(choices[ch][0]) && idx.containsKey(choices[ch][1]) && idx.containsKey(choices[ch][2])) {
                pos = new int[] {idx.get(choices[ch][0]), idx.get(choices[ch][1]), idx.get(choices[ch][2])};
                scaled = ch == 1 || ch == 3;
                unwrapped = ch < 2;
            }
        }
        if (pos == null) {
            throw in.error(String.join(" ", cols), "no position columns (x y z, xs ys zs, xu yu zu or xsu ysu zsu)");
        }
        int[] img = !unwrapped && idx.containsKey("ix") && idx.containsKey("iy") && idx.containsKey("iz")
                ? new int[] {idx.get("ix"), idx.get("iy"), idx.get("iz")} : null;
        int[] vel = columns(idx, "vx", "vy", "vz");
        int[] frc = columns(idx, "fx", "fy", "fz");
        Integer idCol = idx.get("id");
        Integer typeCol = idx.get("type");
        Integer elCol = idx.get("element");
        Integer massCol = idx.get("mass");
        if (elCol == null && (typeCol == null || typeMap == null || typeMap.isEmpty()) && massCol == null) {
            throw in.error(String.join(" ", cols), "cannot tell the elements: the dump has no 'element' or 'mass'"
                    + " column; give a type-to-element map (e.g. --types 1=Li,2=O)");
        }
        List<Integer> extraCols = new ArrayList<>();
        java.util.Set<String> used = new java.util.HashSet<>(List.of("id", "type", "element", "mass", "ix", "iy",
                "iz", "vx", "vy", "vz", "fx", "fy", "fz"));
        for (String[] c : choices) {
            used.addAll(List.of(c));
        }
        for (int c = 0; c < cols.length; c++) {
            if (!used.contains(cols[c])) {
                extraCols.add(c);
            }
        }
        long[] ids = new long[n];
        Element[] el = new Element[n];
        double[] frac = new double[3 * n];
        double[] v = vel != null ? new double[3 * n] : null;
        double[] fo = frc != null ? new double[3 * n] : null;
        double[][] extra = new double[extraCols.size()][n];
        Lattice lattice = f.lattice;
        double[] r = new double[3];
        Map<Integer, Element> massCache = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String line = in.require("atom " + (i + 1) + " of " + n + " in frame " + frameNo);
            String[] t = Tokens.split(line);
            if (t.length != cols.length) {
                throw in.error(abbreviate(line.strip()), "expected " + cols.length + " columns, found " + t.length);
            }
            ids[i] = idCol != null ? in.parseLong(t[idCol], "atom id") : i + 1;
            el[i] = element(in, t, elCol, typeCol, massCol, typeMap, massCache);
            double[] p = {in.parseDouble(t[pos[0]], cols[pos[0]]), in.parseDouble(t[pos[1]], cols[pos[1]]),
                in.parseDouble(t[pos[2]], cols[pos[2]])};
            if (scaled) {
                System.arraycopy(p, 0, frac, 3 * i, 3);
            } else {
                for (int k = 0; k < 3; k++) {
                    r[k] = p[k] - origin[k];
                }
                lattice.toFractional(r, 0, frac, 3 * i);
            }
            if (img != null) {
                for (int k = 0; k < 3; k++) {
                    frac[3 * i + k] += in.parseInt(t[img[k]], "image flag");
                }
            }
            if (v != null) {
                for (int k = 0; k < 3; k++) {
                    v[3 * i + k] = in.parseDouble(t[vel[k]], cols[vel[k]]);
                }
            }
            if (fo != null) {
                for (int k = 0; k < 3; k++) {
                    fo[3 * i + k] = in.parseDouble(t[frc[k]], cols[frc[k]]);
                }
            }
            for (int c = 0; c < extraCols.size(); c++) {
                extra[c][i] = in.parseDouble(t[extraCols.get(c)], cols[extraCols.get(c)]);
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Long.compare(ids[x], ids[y]));
        for (int k = 1; k < n; k++) {
            if (ids[order[k]] == ids[order[k - 1]]) {
                throw new InvalidInputException(in.source(), f.atomsLine, Long.toString(ids[order[k]]),
                        "atom id " + ids[order[k]] + " appears twice in frame " + frameNo);
            }
        }
        List<Species> species = new ArrayList<>(n);
        double[] sortedFrac = new double[3 * n];
        for (int k = 0; k < n; k++) {
            int i = order[k];
            species.add(Species.of(el[i]));
            System.arraycopy(frac, 3 * i, sortedFrac, 3 * k, 3);
        }
        f.species = species;
        f.cart = lattice.toCartesianAll(sortedFrac);
        f.velocities = permute(v, order, 3);
        f.forces = permute(fo, order, 3);
        for (int c = 0; c < extraCols.size(); c++) {
            String name = cols[extraCols.get(c)];
            f.properties.put(name.equals("q") ? PropertyNames.CHARGE : name,
                    SiteProperty.scalar(permute(extra[c], order, 1)));
        }
    }

    private static Element element(LineReader in, String[] t, Integer elCol, Integer typeCol, Integer massCol,
                                   Map<Integer, Element> typeMap, Map<Integer, Element> massCache) {
        if (elCol != null) {
            Element e = Element.lookup(t[elCol]);
            if (e == null) {
                throw in.error(t[elCol], Element.unknownMessage(t[elCol]));
            }
            return e;
        }
        if (typeCol != null && typeMap != null && !typeMap.isEmpty()) {
            int type = in.parseInt(t[typeCol], "atom type");
            Element e = typeMap.get(type);
            if (e == null) {
                throw in.error(t[typeCol], "atom type " + type + " is not in the given type-to-element map " + typeMap);
            }
            return e;
        }
        double mass = in.parseDouble(t[massCol], "mass");
        int key = (int) Math.round(mass * 1e6);
        Element cached = massCache.get(key);
        if (cached != null) {
            return cached;
        }
        String[] problem = new String[1];
        Element e = LammpsTypes.byMass(mass, problem);
        if (e == null) {
            throw in.error(t[massCol], problem[0] + "; give a type-to-element map (e.g. --types 1=Li,2=O)");
        }
        massCache.put(key, e);
        return e;
    }

    private static int[] columns(Map<String, Integer> idx, String a, String b, String c) {
        if (idx.containsKey(a) && idx.containsKey(b) && idx.containsKey(c)) {
            return new int[] {idx.get(a), idx.get(b), idx.get(c)};
        }
        return null;
    }

    private static double[] permute(double[] v, Integer[] order, int width) {
        if (v == null) {
            return null;
        }
        double[] out = new double[v.length];
        for (int k = 0; k < order.length; k++) {
            System.arraycopy(v, width * order[k], out, width * k, width);
        }
        return out;
    }

    private static String first(LineReader in, String line, String what) {
        String[] t = Tokens.split(line);
        if (t.length == 0) {
            throw in.error("", "expected the " + what + ", found an empty line");
        }
        return t[0];
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
