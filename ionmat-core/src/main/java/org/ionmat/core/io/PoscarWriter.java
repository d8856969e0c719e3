package org.ionmat.core.io;

import java.util.ArrayList;
import java.util.List;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.SiteProperty;
import org.ionmat.core.structure.Structure;
import org.ionmat.core.units.Units;

/**
 * Writes VASP 5 POSCAR files: scale 1, the lattice as is, a species line with one entry per run of
 * consecutive sites of the same element (site order is kept), Direct or Cartesian positions,
 * selective-dynamics flags and a Cartesian velocity block (Å/fs) when the structure has the
 * properties {@link PropertyNames#SELECTIVE_DYNAMICS} and {@link PropertyNames#VELOCITIES} (Å/ps).
 * Oxidation states, labels and other properties are not representable and are dropped.
 */
public final class PoscarWriter {

    private PoscarWriter() {
    }

    /** POSCAR text with Direct coordinates and the formula as comment. */
    public static String write(Structure s) {
        return write(s, s.composition().formula(), false);
    }

    /**
     * POSCAR text.
     *
     * @param s         an ordered structure
     * @param comment   first line (line breaks are replaced by spaces)
     * @param cartesian true for Cartesian (Å) positions, false for Direct
     * @throws InvalidInputException if a site is partially occupied
     */
    public static String write(Structure s, String comment, boolean cartesian) {
        int n = s.size();
        if (n == 0) {
            throw new InvalidInputException("cannot write a POSCAR without atoms");
        }
        List<Element> runs = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!s.site(i).isOrdered()) {
                throw new InvalidInputException("site " + (i + 1) + " (" + s.label(i) + ", " + s.speciesAt(i)
                        + ") is partially occupied; POSCAR needs an ordered structure (order it first)");
            }
            Element e = s.elementOf(i);
            if (!runs.isEmpty() && runs.get(runs.size() - 1) == e) {
                counts.set(counts.size() - 1, counts.get(counts.size() - 1) + 1);
            } else {
                runs.add(e);
                counts.add(1);
            }
        }
        StringBuilder sb = new StringBuilder(64 * (n + 10));
        sb.append(comment.replaceAll("[\\r\\n]+", " ")).append('\n');
        sb.append("1.0\n");
        Lattice l = s.lattice();
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                Fmt.fixed(sb, l.get(i, k), 16, 22);
            }
            sb.append('\n');
        }
        for (Element e : runs) {
            sb.append(String.format(java.util.Locale.ROOT, "%5s", e.symbol()));
        }
        sb.append('\n');
        for (int c : counts) {
            sb.append(String.format(java.util.Locale.ROOT, "%5d", c));
        }
        sb.append('\n');
        SiteProperty sd = s.property(PropertyNames.SELECTIVE_DYNAMICS);
        if (sd != null && sd.width() != 3) {
            sd = null;
        }
        if (sd != null) {
            sb.append("Selective dynamics\n");
        }
        sb.append(cartesian ? "Cartesian\n" : "Direct\n");
        double[] xyz = cartesian ? s.cartCoords() : s.fracCoords();
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                Fmt.fixed(sb, xyz[3 * i + k], 16, 22);
            }
            if (sd != null) {
                for (int k = 0; k < 3; k++) {
                    sb.append(sd.get(i, k) != 0 ? "   T" : "   F");
                }
            }
            sb.append(' ').append(s.elementOf(i).symbol()).append('\n');
        }
        SiteProperty v = s.property(PropertyNames.VELOCITIES);
        if (v != null && v.width() == 3) {
            sb.append('\n');
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < 3; k++) {
                    sb.append(' ').append(String.format(java.util.Locale.ROOT, "%23.16e",
                            v.get(i, k) / Units.FS_PER_PS));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
