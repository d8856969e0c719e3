package org.ionmat.core.io;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.SiteProperty;
import org.ionmat.core.structure.Structure;

/**
 * Writes extended XYZ (ASE / libAtoms convention): {@code Lattice}, {@code Properties} with
 * {@code species:S:1:pos:R:3} followed by every site property as a real column under its own name,
 * energy, stress (9 numbers), virial, step, time, other {@link FrameInfo#extra()} pairs and
 * {@code pbc}. Lattice and info numbers are written exactly (shortest round-trip form), positions
 * with 12 decimals (Å).
 */
public final class ExtXyzWriter {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");
    private static final Set<String> RESERVED = Set.of("lattice", "properties", "energy", "stress", "virial",
            "pbc", "step", "time");

    private ExtXyzWriter() {
    }

    /** One frame without information. */
    public static String write(Structure s) {
        return write(List.of(Frame.of(s)));
    }

    /** All frames, one block each. */
    public static String write(List<Frame> frames) {
        StringBuilder sb = new StringBuilder();
        for (Frame f : frames) {
            write(f, sb);
        }
        return sb.toString();
    }

    /** Appends one frame. */
    public static void write(Frame frame, StringBuilder sb) {
        Structure s = frame.structure();
        FrameInfo info = frame.info();
        int n = s.size();
        for (int i = 0; i < n; i++) {
            if (!s.site(i).isOrdered()) {
                throw new InvalidInputException("site " + (i + 1) + " (" + s.label(i) + ", " + s.speciesAt(i)
                        + ") is partially occupied; extended XYZ needs an ordered structure");
            }
        }
        Map<String, SiteProperty> props = s.properties();
        for (String name : props.keySet()) {
            if (!NAME.matcher(name).matches() || name.equals("species") || name.equals("pos") || name.equals("Z")) {
                throw new InvalidInputException("site property name '" + name + "' cannot be an extended XYZ column");
            }
        }
        sb.append(n).append('\n');
        Lattice l = s.lattice();
        sb.append("Lattice=\"");
        double[] m = l.rowMajor();
        for (int k = 0; k < 9; k++) {
            sb.append(k > 0 ? " " : "").append(Fmt.exact(m[k]));
        }
        sb.append("\" Properties=species:S:1:pos:R:3");
        for (Map.Entry<String, SiteProperty> e : props.entrySet()) {
            sb.append(':').append(e.getKey()).append(":R:").append(e.getValue().width());
        }
        if (info.hasEnergy()) {
            sb.append(" energy=").append(Fmt.exact(info.energy()));
        }
        appendTensor(sb, "stress", info.stress());
        appendTensor(sb, "virial", info.virial());
        if (info.hasStep()) {
            sb.append(" step=").append(info.step());
        }
        if (!Double.isNaN(info.time())) {
            sb.append(" time=").append(Fmt.exact(info.time()));
        }
        for (Map.Entry<String, String> e : info.extra().entrySet()) {
            if (RESERVED.contains(e.getKey().toLowerCase(Locale.ROOT))) {
                continue;
            }
            sb.append(' ').append(ExtXyzComment.quote(e.getKey())).append('=')
                    .append(ExtXyzComment.quote(e.getValue()));
        }
        boolean[] pbc = info.pbc();
        sb.append(" pbc=\"").append(pbc[0] ? 'T' : 'F').append(' ').append(pbc[1] ? 'T' : 'F').append(' ')
                .append(pbc[2] ? 'T' : 'F').append("\"\n");
        double[] cart = s.cartCoords();
        SiteProperty[] cols = props.values().toArray(new SiteProperty[0]);
        String[] names = props.keySet().toArray(new String[0]);
        for (int i = 0; i < n; i++) {
            sb.append(String.format(Locale.ROOT, "%-3s", s.elementOf(i).symbol()));
            for (int k = 0; k < 3; k++) {
                Fmt.fixed(sb, cart[3 * i + k], 12, 20);
            }
            for (int c = 0; c < cols.length; c++) {
                boolean vector = names[c].equals(PropertyNames.FORCES) || names[c].equals(PropertyNames.VELOCITIES);
                for (int k = 0; k < cols[c].width(); k++) {
                    double v = cols[c].get(i, k);
                    if (vector) {
                        Fmt.fixed(sb, v, 12, 20);
                    } else {
                        sb.append(' ').append(Fmt.exact(v));
                    }
                }
            }
            sb.append('\n');
        }
    }

    private static void appendTensor(StringBuilder sb, String key, double[] t) {
        if (t == null) {
            return;
        }
        sb.append(' ').append(key).append("=\"");
        for (int k = 0; k < 9; k++) {
            sb.append(k > 0 ? " " : "").append(Fmt.exact(t[k]));
        }
        sb.append('"');
    }
}
