package org.ionmat.core.symmetry.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides whether an operation {@code x -> W x + t} maps every atom of a cell onto an atom of the
 * same type within a distance tolerance (Å, Cartesian, nearest periodic image), and returns the
 * resulting atom mapping.
 */
final class AtomMatcher {

    private final Cell cell;
    private final int[][] sameType; // atom -> indices of all atoms of its type
    private final PositionIndex index;

    AtomMatcher(Cell cell, double tolerance) {
        this.cell = cell;
        this.index = new PositionIndex(cell, tolerance);
        Map<Integer, List<Integer>> byType = new TreeMap<>();
        for (int i = 0; i < cell.size(); i++) {
            byType.computeIfAbsent(cell.types[i], k -> new ArrayList<>()).add(i);
        }
        Map<Integer, int[]> arrays = new TreeMap<>();
        byType.forEach((k, v) -> arrays.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        sameType = new int[cell.size()][];
        for (int i = 0; i < cell.size(); i++) {
            sameType[i] = arrays.get(cell.types[i]);
        }
    }

    /** Indices of all atoms of the same type as atom {@code i} (shared array, do not modify). */
    int[] sameType(int i) {
        return sameType[i];
    }

    /**
     * The image atom of every atom under {@code (w, t)}, or null if some atom has no partner of its
     * type within the tolerance.
     */
    int[] map(int[] w, double[] t) {
        int n = cell.size();
        double[] f = cell.frac;
        int[] image = new int[n];
        for (int i = 0; i < n; i++) {
            double x = f[3 * i];
            double y = f[3 * i + 1];
            double z = f[3 * i + 2];
            int j = index.find(w[0] * x + w[1] * y + w[2] * z + t[0], w[3] * x + w[4] * y + w[5] * z + t[1],
                    w[6] * x + w[7] * y + w[8] * z + t[2], cell.types[i]);
            if (j < 0) {
                return null;
            }
            image[i] = j;
        }
        return image;
    }

    /**
     * The translation t adjusted by the mean residual {@code x_image(i) - (W x_i + t)} (nearest
     * image) over all atoms, so that it is centred on the matched positions.
     */
    double[] refineTranslation(int[] w, double[] t, int[] image) {
        double[] f = cell.frac;
        double[] s = new double[3];
        int n = cell.size();
        for (int i = 0; i < n; i++) {
            double x = f[3 * i];
            double y = f[3 * i + 1];
            double z = f[3 * i + 2];
            int j = image[i];
            double dx = f[3 * j] - (w[0] * x + w[1] * y + w[2] * z + t[0]);
            double dy = f[3 * j + 1] - (w[3] * x + w[4] * y + w[5] * z + t[1]);
            double dz = f[3 * j + 2] - (w[6] * x + w[7] * y + w[8] * z + t[2]);
            s[0] += dx - Math.rint(dx);
            s[1] += dy - Math.rint(dy);
            s[2] += dz - Math.rint(dz);
        }
        return new double[] {t[0] + s[0] / n, t[1] + s[1] / n, t[2] + s[2] / n};
    }
}
