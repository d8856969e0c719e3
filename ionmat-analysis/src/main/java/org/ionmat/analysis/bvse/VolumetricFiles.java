package org.ionmat.analysis.bvse;

import java.nio.file.Path;
import java.util.Locale;

import org.ionmat.core.io.StructureFiles;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.Structure;
import org.ionmat.core.units.Units;

/**
 * Writes a periodic grid field as a Gaussian cube file (with the structure's atoms; lengths in Bohr
 * as the format requires) or a VESTA {@code .grd} file, atomically. Non-finite values (a grid point on
 * an ion) and values above {@link #MAX_VALUE} are written as {@link #MAX_VALUE}.
 */
public final class VolumetricFiles {

    /** Largest value written, so that viewers' colour scales stay usable. */
    public static final double MAX_VALUE = 1e4;

    private static final double BOHR = Units.BOHR_RADIUS_A;

    private VolumetricFiles() {
    }

    /** Gaussian cube: header, atoms of {@code s}, then the values with c fastest, 6 per line. */
    public static void writeCube(Path path, Structure s, BvseGrid grid, double[] values, String title) {
        StringBuilder sb = new StringBuilder(grid.size() * 14 + 1024);
        sb.append(title.replace('\n', ' ')).append('\n');
        sb.append("ionmat: values per grid point, periodic grid (point at fraction 1 omitted)\n");
        sb.append(String.format(Locale.ROOT, "%5d %12.6f %12.6f %12.6f%n", s.size(), 0.0, 0.0, 0.0));
        double[] m = s.lattice().rowMajor();
        int[] n = grid.dims();
        for (int i = 0; i < 3; i++) {
            sb.append(String.format(Locale.ROOT, "%5d %12.6f %12.6f %12.6f%n", n[i], m[3 * i] / n[i] / BOHR,
                    m[3 * i + 1] / n[i] / BOHR, m[3 * i + 2] / n[i] / BOHR));
        }
        for (int a = 0; a < s.size(); a++) {
            double[] x = s.cart(a);
            sb.append(String.format(Locale.ROOT, "%5d %12.6f %12.6f %12.6f %12.6f%n", s.elementOf(a).z(), 0.0,
                    x[0] / BOHR, x[1] / BOHR, x[2] / BOHR));
        }
        int col = 0;
        for (int ia = 0; ia < n[0]; ia++) {
            for (int ib = 0; ib < n[1]; ib++) {
                col = 0;
                for (int ic = 0; ic < n[2]; ic++) {
                    sb.append(String.format(Locale.ROOT, " %12.5E", clamp(values[grid.index(ia, ib, ic)])));
                    if (++col % 6 == 0) {
                        sb.append('\n');
                    }
                }
                if (col % 6 != 0) {
                    sb.append('\n');
                }
            }
        }
        StructureFiles.writeAtomically(path, sb.toString());
    }

    /**
     * VESTA general grid: title, cell parameters (Å, degrees), grid sizes, then the values with a
     * fastest (VESTA reads the data in Fortran order).
     */
    public static void writeGrd(Path path, Lattice lattice, BvseGrid grid, double[] values, String title) {
        StringBuilder sb = new StringBuilder(grid.size() * 14 + 256);
        sb.append(title.replace('\n', ' ')).append('\n');
        sb.append(String.format(Locale.ROOT, "%.6f %.6f %.6f %.4f %.4f %.4f%n", lattice.a(), lattice.b(), lattice.c(),
                lattice.alpha(), lattice.beta(), lattice.gamma()));
        sb.append(grid.na()).append(' ').append(grid.nb()).append(' ').append(grid.nc()).append('\n');
        for (int ic = 0; ic < grid.nc(); ic++) {
            for (int ib = 0; ib < grid.nb(); ib++) {
                for (int ia = 0; ia < grid.na(); ia++) {
                    sb.append(String.format(Locale.ROOT, "%.6E", clamp(values[grid.index(ia, ib, ic)]))).append('\n');
                }
            }
        }
        StructureFiles.writeAtomically(path, sb.toString());
    }

    private static double clamp(double v) {
        return Double.isNaN(v) || v > MAX_VALUE ? MAX_VALUE : Math.max(v, -MAX_VALUE);
    }
}
