package org.ionmat.cli.bench;

import java.util.List;

import org.ionmat.core.element.Species;
import org.ionmat.core.io.cif.CifReader;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.Structure;

/** Ideal cubic ABO3 perovskite and normal AB2O4 spinel structures for the SoftBV lattice study. */
public final class OxidePrototypes {

    /** Oxygen parameter u of the spinels (Fd-3m origin choice 2) before relaxation; MgAl2O4 has 0.2624. */
    public static final double SPINEL_U = 0.2625;

    private OxidePrototypes() {
    }

    /** Cubic perovskite ABO3 (Pm-3m, 5 atoms): A at the body centre, B at the origin. */
    public static Structure perovskite(Species a, Species b, double lattice) {
        Species o = Species.parse("O2-");
        return Structure.of(Lattice.cubic(lattice), List.of(a, b, o, o, o),
                new double[] {0.5, 0.5, 0.5, 0, 0, 0, 0.5, 0, 0, 0, 0.5, 0, 0, 0, 0.5});
    }

    /**
     * Normal spinel AB2O4 (Fd-3m origin choice 2: A on 8a, B on 16d, O on 32e (u,u,u)) in the
     * 14-atom primitive cell of the fcc lattice with conventional constant {@code lattice}.
     */
    public static Structure spinelPrimitive(Species a, Species b, double lattice, double u) {
        String cif = String.join("\n", "data_spinel", "_cell_length_a " + lattice, "_cell_length_b " + lattice,
                "_cell_length_c " + lattice, "_cell_angle_alpha 90", "_cell_angle_beta 90", "_cell_angle_gamma 90",
                "_symmetry_space_group_name_H-M 'F d -3 m :2'", "loop_", "_atom_site_label", "_atom_site_type_symbol",
                "_atom_site_fract_x", "_atom_site_fract_y", "_atom_site_fract_z",
                "A1 " + a.toCifString() + " 0.125 0.125 0.125", "B1 " + b.toCifString() + " 0.5 0.5 0.5",
                "O1 O2- " + u + " " + u + " " + u, "");
        Structure conventional = CifReader.read(cif, "spinel").get(0);
        double h = lattice / 2;
        Lattice prim = Lattice.of(new double[][] {{0, h, h}, {h, 0, h}, {h, h, 0}});
        Structure.Builder out = Structure.builder(prim);
        java.util.List<double[]> seen = new java.util.ArrayList<>();
        for (int i = 0; i < conventional.size(); i++) {
            double[] f = prim.toFractional(conventional.cart(i));
            for (int k = 0; k < 3; k++) {
                f[k] -= Math.floor(f[k] + 1e-9);
            }
            boolean duplicate = false;
            for (double[] g : seen) {
                double d = 0;
                for (int k = 0; k < 3; k++) {
                    double x = f[k] - g[k];
                    d += Math.abs(x - Math.rint(x));
                }
                duplicate |= d < 1e-6;
            }
            if (!duplicate) {
                seen.add(f);
                out.add(conventional.speciesOf(i), f);
            }
        }
        Structure s = out.build();
        if (s.size() != 14) {
            throw new IllegalStateException("spinel primitive cell has " + s.size() + " sites");
        }
        return s;
    }

    /** Conventional-cell lattice constant of a 14-atom primitive spinel cell: (4 V)^(1/3), Å. */
    public static double spinelConventionalConstant(Lattice primitive) {
        return Math.cbrt(4 * primitive.volume());
    }
}
