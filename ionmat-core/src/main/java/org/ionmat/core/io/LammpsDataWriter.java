package org.ionmat.core.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.SiteProperty;
import org.ionmat.core.structure.Structure;

/**
 * Writes LAMMPS data files (units metal) that LAMMPS' {@code read_data} accepts: the cell rotated into
 * LAMMPS' lower-triangular form with origin 0 (see {@link LammpsBox}; tilt factors reduced when
 * beyond half the box length), positions wrapped into the box with image flags when any atom lies
 * outside, a {@code Masses} section with the element symbol as comment ({@code 1 6.94 # Li}), and a
 * {@code Velocities} section when the structure has {@link PropertyNames#VELOCITIES} (Å/ps, rotated
 * with the cell).
 *
 * <p>Style {@code charge} takes the charges from {@link PropertyNames#CHARGE}, else from the oxidation
 * states of all species.
 */
public final class LammpsDataWriter {

    private LammpsDataWriter() {
    }

    /** Data file with style {@code charge} if the structure has charges, else {@code atomic}. */
    public static String write(Structure s) {
        return write(s, s.property(PropertyNames.CHARGE) != null ? "charge" : "atomic", null);
    }

    /**
     * Data file text.
     *
     * @param s         an ordered structure
     * @param atomStyle {@code atomic} or {@code charge}
     * @param typeOrder elements of types 1, 2, ... (must cover all elements), or null for order of appearance
     * @throws InvalidInputException for disordered sites, missing charges or an unsupported style
     */
    public static String write(Structure s, String atomStyle, List<Element> typeOrder) {
        String style = atomStyle.toLowerCase(Locale.ROOT);
        if (!style.equals("atomic") && !style.equals("charge")) {
            throw new InvalidInputException("atom style '" + atomStyle + "' cannot be written (atomic, charge)");
        }
        int n = s.size();
        if (n == 0) {
            throw new InvalidInputException("cannot write a LAMMPS data file without atoms");
        }
        Map<Element, Integer> types = new LinkedHashMap<>();
        if (typeOrder != null) {
            for (Element e : typeOrder) {
                if (types.putIfAbsent(e, types.size() + 1) != null) {
                    throw new InvalidInputException("element " + e + " appears twice in the type order");
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (!s.site(i).isOrdered()) {
                throw new InvalidInputException("site " + (i + 1) + " (" + s.label(i) + ", " + s.speciesAt(i)
                        + ") is partially occupied; a LAMMPS data file needs an ordered structure");
            }
            Element e = s.elementOf(i);
            if (!types.containsKey(e)) {
                if (typeOrder != null) {
                    throw new InvalidInputException("element " + e + " is not in the type order " + typeOrder);
                }
                types.put(e, types.size() + 1);
            }
        }
        double[] charges = null;
        if (style.equals("charge")) {
            SiteProperty q = s.property(PropertyNames.CHARGE);
            if (q != null && q.width() == 1) {
                charges = q.values();
            } else {
                charges = new double[n];
                for (int i = 0; i < n; i++) {
                    Species sp = s.speciesOf(i);
                    if (!sp.hasOxidationState()) {
                        throw new InvalidInputException("atom style charge needs a 'charge' site property or"
                                + " oxidation states; site " + (i + 1) + " (" + sp + ") has neither");
                    }
                    charges[i] = sp.oxidationState();
                }
            }
        }
        LammpsBox box = LammpsBox.of(s.lattice());
        double[] f = box.toBoxFrac(s.fracCoords());
        int[] image = new int[3 * n];
        boolean images = false;
        for (int k = 0; k < f.length; k++) {
            double w = Structure.wrap(f[k]);
            image[k] = (int) Math.round(f[k] - w);
            images |= image[k] != 0;
            f[k] = w;
        }
        double[] cart = box.lattice().toCartesianAll(f);

        StringBuilder sb = new StringBuilder(80 * (n + 20));
        sb.append("LAMMPS data file written by ionmat: ").append(s.composition().formula())
                .append(" (units metal, atom_style ").append(style).append(")\n\n");
        sb.append(n).append(" atoms\n");
        sb.append(types.size()).append(" atom types\n\n");
        sb.append("0.0 ").append(Fmt.exact(box.lx)).append(" xlo xhi\n");
        sb.append("0.0 ").append(Fmt.exact(box.ly)).append(" ylo yhi\n");
        sb.append("0.0 ").append(Fmt.exact(box.lz)).append(" zlo zhi\n");
        if (box.triclinic()) {
            sb.append(Fmt.exact(box.xy)).append(' ').append(Fmt.exact(box.xz)).append(' ')
                    .append(Fmt.exact(box.yz)).append(" xy xz yz\n");
        }
        sb.append("\nMasses\n\n");
        for (Map.Entry<Element, Integer> e : types.entrySet()) {
            sb.append(e.getValue()).append(' ').append(Fmt.exact(e.getKey().atomicMass())).append(" # ")
                    .append(e.getKey().symbol()).append('\n');
        }
        sb.append("\nAtoms # ").append(style).append("\n\n");
        for (int i = 0; i < n; i++) {
            sb.append(i + 1).append(' ').append(types.get(s.elementOf(i)));
            if (charges != null) {
                sb.append(' ').append(Fmt.exact(charges[i]));
            }
            for (int k = 0; k < 3; k++) {
                sb.append(' ').append(Fmt.exact(cart[3 * i + k]));
            }
            if (images) {
                sb.append(' ').append(image[3 * i]).append(' ').append(image[3 * i + 1]).append(' ')
                        .append(image[3 * i + 2]);
            }
            sb.append('\n');
        }
        SiteProperty v = s.property(PropertyNames.VELOCITIES);
        if (v != null && v.width() == 3) {
            double[] rv = box.rotate(v.values());
            sb.append("\nVelocities\n\n");
            for (int i = 0; i < n; i++) {
                sb.append(i + 1);
                for (int k = 0; k < 3; k++) {
                    sb.append(' ').append(Fmt.exact(rv[3 * i + k]));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** Elements of types 1, 2, ... as the writer assigns them (order of first appearance). */
    public static List<Element> typeOrder(Structure s) {
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Element e = s.elementOf(i);
            if (!out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }
}
