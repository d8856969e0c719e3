package org.ionmat.potential.softbv;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.ionmat.core.element.Species;
import org.ionmat.core.io.cif.CifReader;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.Structure;
import org.ionmat.potential.AtomicSystem;

/** Small structures for the SoftBV tests. */
final class SoftBvTestStructures {

    private SoftBvTestStructures() {
    }

    /** Cubic perovskite ABO3 (Pm-3m, B at the origin). */
    static Structure perovskite(String a, String b, double lattice) {
        return build(Lattice.cubic(lattice), new String[] {a, b, "O2-", "O2-", "O2-"},
                new double[] {0.5, 0.5, 0.5, 0, 0, 0, 0.5, 0, 0, 0, 0.5, 0, 0, 0, 0.5});
    }

    /**
     * Normal spinel AB2O4 in the 14-atom primitive fcc cell (Fd-3m origin choice 2: A on 8a at
     * (1/8,1/8,1/8), B on 16d at (1/2,1/2,1/2), O on 32e at (u,u,u)).
     */
    static Structure spinelPrimitive(String a, String b, double lattice, double u) {
        Structure conv = spinelConventional(a, b, lattice, u);
        double h = lattice / 2;
        Lattice prim = Lattice.of(new double[][] {{0, h, h}, {h, 0, h}, {h, h, 0}});
        Structure.Builder out = Structure.builder(prim);
        List<double[]> seen = new ArrayList<>();
        for (int i = 0; i < conv.size(); i++) {
            double[] f = prim.toFractional(conv.cart(i));
            for (int k = 0; k < 3; k++) {
                f[k] -= Math.floor(f[k] + 1e-9);
            }
            boolean dup = false;
            for (double[] g : seen) {
                double d = 0;
                for (int k = 0; k < 3; k++) {
                    double x = f[k] - g[k];
                    x -= Math.rint(x);
                    d += Math.abs(x);
                }
                dup |= d < 1e-6;
            }
            if (!dup) {
                seen.add(f);
                out.add(conv.speciesOf(i), f);
            }
        }
        return out.build();
    }

    /**
     * Normal spinel AB2O4 in the conventional 56-atom cubic cell, expanded from Fd-3m (origin
     * choice 2) by the CIF reader: A on 8a, B on 16d, O on 32e (u,u,u).
     */
    static Structure spinelConventional(String a, String b, double lattice, double u) {
        String cif = String.join("\n", "data_spinel",
                "_cell_length_a " + lattice, "_cell_length_b " + lattice, "_cell_length_c " + lattice,
                "_cell_angle_alpha 90", "_cell_angle_beta 90", "_cell_angle_gamma 90",
                "_symmetry_space_group_name_H-M 'F d -3 m :2'",
                "loop_", "_atom_site_label", "_atom_site_type_symbol", "_atom_site_fract_x", "_atom_site_fract_y", "_atom_site_fract_z",
                "A1 " + a + " 0.125 0.125 0.125", "B1 " + b + " 0.5 0.5 0.5", "O1 O2- " + u + " " + u + " " + u, "");
        Structure s = CifReader.read(cif, "spinel").get(0);
        if (s.size() != 56) {
            throw new IllegalStateException("spinel expansion gave " + s.size() + " sites");
        }
        return s;
    }

    /** A structure with every atom displaced randomly by up to {@code amplitude} Å (seeded). */
    static AtomicSystem rattled(Structure s, double amplitude, long seed) {
        Random rnd = new Random(seed);
        double[] x = s.cartCoords();
        for (int k = 0; k < x.length; k++) {
            x[k] += amplitude * (2 * rnd.nextDouble() - 1);
        }
        return AtomicSystem.of(s).withPositions(x);
    }

    static Structure build(Lattice l, String[] species, double[] frac) {
        Structure.Builder b = Structure.builder(l);
        for (int i = 0; i < species.length; i++) {
            b.add(Species.parse(species[i]), new double[] {frac[3 * i], frac[3 * i + 1], frac[3 * i + 2]});
        }
        return b.build();
    }

}
