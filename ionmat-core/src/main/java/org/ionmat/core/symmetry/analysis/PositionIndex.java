package org.ionmat.core.symmetry.analysis;

/**
 * Cell list over fractional coordinates for finding an atom of a given type within a distance
 * tolerance of a point: bins at least one tolerance wide (perpendicular to each pair of cell
 * faces), so a match lies in the point's bin or a neighbouring one. Makes matching an operation
 * linear in the number of atoms.
 */
final class PositionIndex {

    private final double[] frac;
    private final int[] types;
    private final double[] metric;
    private final double tol2;
    private final int nx;
    private final int ny;
    private final int nz;
    private final int[] binStart;
    private final int[] binAtoms;

    PositionIndex(Cell cell, double tolerance) {
        this.frac = cell.frac;
        this.types = cell.types;
        this.metric = cell.metric;
        this.tol2 = tolerance * tolerance;
        int n = cell.size();
        double volume = cell.volume();
        double[] inv = Matrices.inverse(cell.lattice);
        double edge = Math.cbrt(volume / Math.max(1, n / 2.0)); // about two atoms per bin
        int[] bins = new int[3];
        for (int k = 0; k < 3; k++) {
            double r = Math.sqrt(inv[k] * inv[k] + inv[3 + k] * inv[3 + k] + inv[6 + k] * inv[6 + k]);
            double width = 1 / r; // distance between the faces spanned by the other two vectors
            bins[k] = (int) Math.max(1, Math.min(Math.floor(width / tolerance), Math.floor(width / edge)));
            bins[k] = Math.min(bins[k], 1 << 10);
        }
        nx = bins[0];
        ny = bins[1];
        nz = bins[2];
        binStart = new int[nx * ny * nz + 1];
        binAtoms = new int[n];
        int[] binOf = new int[n];
        for (int i = 0; i < n; i++) {
            binOf[i] = bin(frac[3 * i], frac[3 * i + 1], frac[3 * i + 2]);
            binStart[binOf[i] + 1]++;
        }
        for (int b = 0; b < nx * ny * nz; b++) {
            binStart[b + 1] += binStart[b];
        }
        int[] fill = binStart.clone();
        for (int i = 0; i < n; i++) {
            binAtoms[fill[binOf[i]]++] = i;
        }
    }

    private int bin(double x, double y, double z) {
        int bx = Math.min(nx - 1, (int) (Matrices.wrap(x) * nx));
        int by = Math.min(ny - 1, (int) (Matrices.wrap(y) * ny));
        int bz = Math.min(nz - 1, (int) (Matrices.wrap(z) * nz));
        return (bx * ny + by) * nz + bz;
    }

    /** An atom of type {@code type} within the tolerance of fractional point (x, y, z), or -1. */
    int find(double x, double y, double z, int type) {
        return scan(x, y, z, type, null);
    }

    /** All atoms of type {@code type} within the tolerance of fractional point (x, y, z). */
    java.util.List<Integer> findAll(double x, double y, double z, int type) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        scan(x, y, z, type, out);
        return out;
    }

    /** First match, or every match into {@code all} when it is not null (then returns -1). */
    private int scan(double x, double y, double z, int type, java.util.List<Integer> all) {
        double wx = Matrices.wrap(x);
        double wy = Matrices.wrap(y);
        double wz = Matrices.wrap(z);
        int bx = Math.min(nx - 1, (int) (wx * nx));
        int by = Math.min(ny - 1, (int) (wy * ny));
        int bz = Math.min(nz - 1, (int) (wz * nz));
        int sx = Math.min(nx, 3);
        int sy = Math.min(ny, 3);
        int sz = Math.min(nz, 3);
        for (int ix = 0; ix < sx; ix++) {
            int cx = Math.floorMod(bx + ix - (sx == 3 ? 1 : 0), nx);
            for (int iy = 0; iy < sy; iy++) {
                int cy = Math.floorMod(by + iy - (sy == 3 ? 1 : 0), ny);
                for (int iz = 0; iz < sz; iz++) {
                    int cz = Math.floorMod(bz + iz - (sz == 3 ? 1 : 0), nz);
                    int b = (cx * ny + cy) * nz + cz;
                    for (int k = binStart[b]; k < binStart[b + 1]; k++) {
                        int j = binAtoms[k];
                        if (types[j] != type) {
                            continue;
                        }
                        double dx = wx - frac[3 * j];
                        double dy = wy - frac[3 * j + 1];
                        double dz = wz - frac[3 * j + 2];
                        dx -= Math.rint(dx);
                        dy -= Math.rint(dy);
                        dz -= Math.rint(dz);
                        if (Matrices.norm2(metric, dx, dy, dz) <= tol2) {
                            if (all == null) {
                                return j;
                            }
                            all.add(j);
                        }
                    }
                }
            }
        }
        return -1;
    }
}
