package org.ionmat.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ionmat.core.element.Element;
import org.ionmat.core.structure.Lattice;

/**
 * Writes a {@link Trajectory} as a VASP 5 XDATCAR with Direct coordinates: one header for a fixed
 * cell, a header before every frame when the cell changes. Frames are numbered by
 * {@link FrameInfo#step()} when known, else 1, 2, ...
 */
public final class XdatcarWriter {

    private XdatcarWriter() {
    }

    /** XDATCAR text with the given comment line. */
    public static String write(Trajectory t, String comment) {
        StringBuilder sb = new StringBuilder();
        write(t, comment, sb);
        return sb.toString();
    }

    /** Appends the XDATCAR text to {@code out}. */
    public static void write(Trajectory t, String comment, StringBuilder out) {
        int n = t.numAtoms();
        List<Element> runs = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Element e = t.species(i).element();
            if (!runs.isEmpty() && runs.get(runs.size() - 1) == e) {
                counts.set(counts.size() - 1, counts.get(counts.size() - 1) + 1);
            } else {
                runs.add(e);
                counts.add(1);
            }
        }
        String c = comment.replaceAll("[\\r\\n]+", " ");
        boolean fixed = t.isFixedCell();
        for (int f = 0; f < t.numFrames(); f++) {
            if (f == 0 || !fixed) {
                header(out, c, t.lattice(f), runs, counts);
            }
            long step = t.info(f).hasStep() ? t.info(f).step() : f + 1;
            out.append("Direct configuration=").append(String.format(Locale.ROOT, "%6d", step)).append('\n');
            double[] frac = t.fracPositions(f);
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < 3; k++) {
                    Fmt.fixed(out, frac[3 * i + k], 16, 22);
                }
                out.append('\n');
            }
        }
    }

    private static void header(StringBuilder sb, String comment, Lattice l, List<Element> runs, List<Integer> counts) {
        sb.append(comment).append('\n').append("1.0\n");
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                Fmt.fixed(sb, l.get(i, k), 16, 22);
            }
            sb.append('\n');
        }
        for (Element e : runs) {
            sb.append(String.format(Locale.ROOT, "%5s", e.symbol()));
        }
        sb.append('\n');
        for (int c : counts) {
            sb.append(String.format(Locale.ROOT, "%5d", c));
        }
        sb.append('\n');
    }
}
