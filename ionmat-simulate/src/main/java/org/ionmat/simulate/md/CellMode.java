package org.ionmat.simulate.md;

import java.util.Locale;

import org.ionmat.core.InvalidInputException;

/** Which cell deformations a barostat may make. */
public enum CellMode {
    /** Uniform scaling: the cell shape is kept, the volume follows the mean pressure. */
    ISOTROPIC("iso", 1),
    /** Independent scaling of the Cartesian x, y, z axes (orthorhombic deformations), each following its diagonal stress. */
    ANISOTROPIC("aniso", 3),
    /** Any symmetric deformation (6 components, shears included), following the full stress tensor. */
    TRICLINIC("tri", 6);

    private final String id;
    private final int dof;

    CellMode(String id, int dof) {
        this.id = id;
        this.dof = dof;
    }

    /** Name on the command line and in metadata: {@code iso}, {@code aniso}, {@code tri}. */
    public String id() {
        return id;
    }

    /** Number of independent cell degrees of freedom. */
    public int degreesOfFreedom() {
        return dof;
    }

    /**
     * Projects a symmetric 3x3 tensor (row-major) onto the deformations this mode allows: the
     * isotropic part, the diagonal, or the symmetrised tensor.
     */
    public void project(double[] t, double[] out) {
        switch (this) {
            case ISOTROPIC -> {
                double p = (t[0] + t[4] + t[8]) / 3;
                java.util.Arrays.fill(out, 0);
                out[0] = p;
                out[4] = p;
                out[8] = p;
            }
            case ANISOTROPIC -> {
                double a = t[0];
                double b = t[4];
                double c = t[8];
                java.util.Arrays.fill(out, 0);
                out[0] = a;
                out[4] = b;
                out[8] = c;
            }
            case TRICLINIC -> {
                double xy = 0.5 * (t[1] + t[3]);
                double xz = 0.5 * (t[2] + t[6]);
                double yz = 0.5 * (t[5] + t[7]);
                out[0] = t[0];
                out[4] = t[4];
                out[8] = t[8];
                out[1] = out[3] = xy;
                out[2] = out[6] = xz;
                out[5] = out[7] = yz;
            }
            default -> throw new IllegalStateException();
        }
    }

    /** Parses {@code iso}, {@code aniso} or {@code tri} (also {@code isotropic}, {@code anisotropic}, {@code triclinic}). */
    public static CellMode parse(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        for (CellMode m : values()) {
            if (m.id.equals(t) || m.name().toLowerCase(Locale.ROOT).equals(t)) {
                return m;
            }
        }
        throw new InvalidInputException(null, -1, s, "unknown cell mode '" + s + "'; use iso, aniso or tri");
    }
}
