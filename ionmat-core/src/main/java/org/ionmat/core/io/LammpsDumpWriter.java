package org.ionmat.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.structure.SiteProperty;

/**
 * Writes a {@link Trajectory} as a LAMMPS text dump with columns
 * {@code id type element xu yu zu [vx vy vz] [fx fy fz] [q] [other width-1 properties]}, every frame's
 * cell rotated into LAMMPS orientation (see {@link LammpsBox}) with origin 0, velocities and forces
 * rotated with it. Positions are written unwrapped. Types number the elements in order of first
 * appearance. The timestep is {@link FrameInfo#step()} when known, else the frame index.
 */
public final class LammpsDumpWriter {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_\\[\\]]*");

    private LammpsDumpWriter() {
    }

    /** Dump text of all frames. */
    public static String write(Trajectory t) {
        StringBuilder sb = new StringBuilder();
        write(t, sb);
        return sb.toString();
    }

    /** Appends the dump text of all frames. */
    public static void write(Trajectory t, StringBuilder sb) {
        int n = t.numAtoms();
        List<Element> types = new ArrayList<>();
        int[] type = new int[n];
        for (int i = 0; i < n; i++) {
            Element e = t.species(i).element();
            int k = types.indexOf(e);
            if (k < 0) {
                types.add(e);
                k = types.size() - 1;
            }
            type[i] = k + 1;
        }
        boolean vel = t.hasVelocities();
        boolean frc = t.hasForces();
        for (int f = 0; f < t.numFrames(); f++) {
            LammpsBox box = LammpsBox.of(t.lattice(f));
            double[] cart = box.lattice().toCartesianAll(box.toBoxFrac(t.fracPositions(f)));
            double[] v = vel ? box.rotate(t.velocities(f)) : null;
            double[] fo = frc ? box.rotate(t.forces(f)) : null;
            List<String> names = new ArrayList<>();
            List<SiteProperty> props = new ArrayList<>();
            for (Map.Entry<String, SiteProperty> e : t.properties(f).entrySet()) {
                if (e.getValue().width() != 1) {
                    continue;
                }
                String name = e.getKey().equals(PropertyNames.CHARGE) ? "q" : e.getKey();
                if (!NAME.matcher(name).matches()) {
                    throw new InvalidInputException("site property name '" + name + "' cannot be a dump column");
                }
                names.add(name);
                props.add(e.getValue());
            }
            long step = t.info(f).hasStep() ? t.info(f).step() : f;
            sb.append("ITEM: TIMESTEP\n").append(step).append('\n');
            sb.append("ITEM: NUMBER OF ATOMS\n").append(n).append('\n');
            if (box.triclinic()) {
                double xy = box.xy;
                double xz = box.xz;
                double yz = box.yz;
                double xlo = Math.min(Math.min(0, xy), Math.min(xz, xy + xz));
                double xhi = box.lx + Math.max(Math.max(0, xy), Math.max(xz, xy + xz));
                double ylo = Math.min(0, yz);
                double yhi = box.ly + Math.max(0, yz);
                sb.append("ITEM: BOX BOUNDS xy xz yz pp pp pp\n");
                sb.append(Fmt.exact(xlo)).append(' ').append(Fmt.exact(xhi)).append(' ').append(Fmt.exact(xy)).append('\n');
                sb.append(Fmt.exact(ylo)).append(' ').append(Fmt.exact(yhi)).append(' ').append(Fmt.exact(xz)).append('\n');
                sb.append("0.0 ").append(Fmt.exact(box.lz)).append(' ').append(Fmt.exact(yz)).append('\n');
            } else {
                sb.append("ITEM: BOX BOUNDS pp pp pp\n");
                sb.append("0.0 ").append(Fmt.exact(box.lx)).append('\n');
                sb.append("0.0 ").append(Fmt.exact(box.ly)).append('\n');
                sb.append("0.0 ").append(Fmt.exact(box.lz)).append('\n');
            }
            sb.append("ITEM: ATOMS id type element xu yu zu");
            if (vel) {
                sb.append(" vx vy vz");
            }
            if (frc) {
                sb.append(" fx fy fz");
            }
            for (String name : names) {
                sb.append(' ').append(name);
            }
            sb.append('\n');
            for (int i = 0; i < n; i++) {
                sb.append(i + 1).append(' ').append(type[i]).append(' ').append(types.get(type[i] - 1).symbol());
                for (int k = 0; k < 3; k++) {
                    sb.append(' ').append(Fmt.exact(cart[3 * i + k]));
                }
                if (vel) {
                    for (int k = 0; k < 3; k++) {
                        sb.append(' ').append(Fmt.exact(v[3 * i + k]));
                    }
                }
                if (frc) {
                    for (int k = 0; k < 3; k++) {
                        sb.append(' ').append(Fmt.exact(fo[3 * i + k]));
                    }
                }
                for (SiteProperty p : props) {
                    sb.append(' ').append(Fmt.exact(p.get(i, 0)));
                }
                sb.append('\n');
            }
        }
    }
}
