package org.ionmat.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;

/**
 * Reads VASP 5 XDATCAR files as a {@link Trajectory}: fixed cell (one header, then
 * {@code Direct configuration= N} blocks) and variable cell (a header before every block, as written
 * for ISIF=3 runs). The configuration number becomes {@link FrameInfo#step()}. Species of files
 * without a species line come from the caller, the comment line or the fallback, as for POSCAR.
 */
public final class XdatcarReader {

    private XdatcarReader() {
    }

    /** Reads an XDATCAR from text. */
    public static Trajectory read(String text, String source) {
        return read(LineReader.of(text, source), null, null);
    }

    /**
     * Reads an XDATCAR.
     *
     * @param in       the lines
     * @param species  species per group when the file has no species line, or null
     * @param fallback lazily supplies species when nothing else names them, or null
     */
    public static Trajectory read(LineReader in, List<Element> species, Supplier<List<Element>> fallback) {
        return read(in, species, fallback, Integer.MAX_VALUE);
    }

    /** Reads at most {@code maxFrames} frames (the rest of the input is not read). */
    public static Trajectory read(LineReader in, List<Element> species, Supplier<List<Element>> fallback,
                                  int maxFrames) {
        if (!in.skipBlankLines()) {
            throw new InvalidInputException(in.source(), 1, null, "empty file: expected an XDATCAR");
        }
        VaspHeader h = VaspHeader.read(in);
        List<Element> groups = h.resolveSpecies(in, species, null, fallback);
        List<Element> perAtom = h.perAtom(groups);
        List<Species> sp = new ArrayList<>(perAtom.size());
        for (Element e : perAtom) {
            sp.add(Species.of(e));
        }
        int n = h.numAtoms;
        Trajectory.Builder b = Trajectory.builder(sp);
        Lattice lattice = h.lattice;
        double[] cartScale = h.cartesianScale;
        while (true) {
            String line = in.require("'Direct configuration=' line of frame " + (b.numFrames() + 1));
            String low = line.toLowerCase(Locale.ROOT);
            if (!low.contains("configuration")) {
                throw in.error(line.strip(), "expected 'Direct configuration=' for frame " + (b.numFrames() + 1));
            }
            boolean cartesian = PoscarReader.coordinateMode(in, line);
            long step = b.numFrames() + 1;
            String rest = line.substring(low.indexOf("configuration") + "configuration".length());
            String[] after = Tokens.split(rest.replace('=', ' '));
            if (after.length > 0) {
                step = in.parseLong(after[0], "configuration number");
            }
            double[] cart = new double[3 * n];
            for (int i = 0; i < n; i++) {
                String l = in.require("position of atom " + (i + 1) + " of " + n + " in frame " + (b.numFrames() + 1));
                double[] v = in.parseVector(Tokens.split(l), 0, "position of atom " + (i + 1));
                if (cartesian) {
                    for (int k = 0; k < 3; k++) {
                        cart[3 * i + k] = v[k] * cartScale[k];
                    }
                } else {
                    lattice.toCartesian(v, 0, cart, 3 * i);
                }
            }
            b.addFrame(lattice, cart, null, null, FrameInfo.builder().step(step).build());
            if (b.numFrames() >= maxFrames || !in.skipBlankLines()) {
                break;
            }
            String next = in.peek();
            if (!next.toLowerCase(Locale.ROOT).contains("configuration")) {
                VaspHeader h2 = VaspHeader.read(in);
                if (!java.util.Arrays.equals(h2.counts, h.counts)
                        || (h2.groupSpecies != null && !h2.groupSpecies.equals(groups))) {
                    throw new InvalidInputException(in.source(), h2.countsLine, null,
                            "the header of frame " + (b.numFrames() + 1)
                                    + " has other species or atom counts than the first frame");
                }
                lattice = h2.lattice;
                cartScale = h2.cartesianScale;
            }
        }
        return b.build();
    }
}
