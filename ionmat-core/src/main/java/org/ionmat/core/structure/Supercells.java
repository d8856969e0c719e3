package org.ionmat.core.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.math.Mat3;

/** Builds supercells from integer transformation matrices. */
final class Supercells {

    private static final double EPS = 1e-8;

    private Supercells() {
    }

    static Structure make(Structure s, int[][] t) {
        if (t.length != 3 || t[0].length != 3 || t[1].length != 3 || t[2].length != 3) {
            throw new InvalidInputException("supercell matrix must be 3x3");
        }
        long det = (long) t[0][0] * ((long) t[1][1] * t[2][2] - (long) t[1][2] * t[2][1])
                - (long) t[0][1] * ((long) t[1][0] * t[2][2] - (long) t[1][2] * t[2][0])
                + (long) t[0][2] * ((long) t[1][0] * t[2][1] - (long) t[1][1] * t[2][0]);
        if (det == 0) {
            throw new InvalidInputException("supercell matrix is singular");
        }
        long copies = Math.abs(det);
        if (copies * s.size() > 50_000_000L) {
            throw new InvalidInputException("supercell would hold " + copies * s.size() + " sites; limit is 5e7");
        }
        double[][] td = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                td[i][j] = t[i][j];
            }
        }
        Lattice newLattice = s.lattice().transform(td);
        double[] tinv = Mat3.inverse(Mat3.of(td));
        // bounding box in old fractional coordinates of the new cell: corners g . T, g in {0,1}^3
        int[] lo = new int[3];
        int[] hi = new int[3];
        for (int k = 0; k < 3; k++) {
            double mn = 0;
            double mx = 0;
            for (int c = 0; c < 8; c++) {
                double v = 0;
                for (int i = 0; i < 3; i++) {
                    if ((c >> i & 1) == 1) {
                        v += t[i][k];
                    }
                }
                mn = Math.min(mn, v);
                mx = Math.max(mx, v);
            }
            lo[k] = (int) Math.floor(mn) - 1;
            hi[k] = (int) Math.ceil(mx) + 1;
        }
        // lattice translations n whose image of the origin cell lies in the new cell
        List<int[]> translations = new ArrayList<>();
        for (int a = lo[0]; a <= hi[0]; a++) {
            for (int b = lo[1]; b <= hi[1]; b++) {
                for (int c = lo[2]; c <= hi[2]; c++) {
                    double[] g = Mat3.rowTimes(new double[] {a, b, c}, tinv);
                    if (inUnit(g)) {
                        translations.add(new int[] {a, b, c});
                    }
                }
            }
        }
        if (translations.size() != copies) {
            throw new IllegalStateException("supercell enumeration found " + translations.size()
                    + " lattice points, expected " + copies);
        }
        Structure.Builder b = Structure.builder(newLattice);
        for (int i = 0; i < s.size(); i++) {
            Site site = s.site(i);
            double[] f = site.frac();
            for (int k = 0; k < 3; k++) {
                f[k] = Structure.wrap(f[k]);
            }
            for (int[] n : translations) {
                double[] g = Mat3.rowTimes(new double[] {f[0] + n[0], f[1] + n[1], f[2] + n[2]}, tinv);
                b.add(new Site(site.species(), g, site.label()));
            }
        }
        for (Map.Entry<String, SiteProperty> e : s.properties().entrySet()) {
            b.property(e.getKey(), e.getValue().repeatEach((int) copies));
        }
        return b.build();
    }

    private static boolean inUnit(double[] g) {
        for (double v : g) {
            if (v < -EPS || v >= 1 - EPS) {
                return false;
            }
        }
        return true;
    }

}
