package org.ionmat.analysis.trajectory;

/** Mass-weighted centre of mass of a group of atoms in every frame, from unwrapped positions. */
public final class CentreOfMass {

    private CentreOfMass() {
    }

    /**
     * Centre-of-mass trajectory of the atoms (Å; frame {@code t} at {@code [3t, 3t+3)}), atoms
     * weighted by their element's atomic mass.
     *
     * @param unwrap unwrap positions by minimum-image steps first (see {@link Unwrapper})
     */
    public static double[] series(FrameSource source, int[] atoms, boolean unwrap) {
        int nf = source.numFrames();
        double[] out = new double[3 * nf];
        if (atoms.length == 0) {
            return out;
        }
        double[] mass = new double[atoms.length];
        double total = 0;
        for (int k = 0; k < atoms.length; k++) {
            mass[k] = source.species(atoms[k]).element().atomicMass();
            total += mass[k];
        }
        Unwrapper u = new Unwrapper(atoms, unwrap);
        double[] frame = new double[3 * source.numAtoms()];
        double[] pos = new double[3 * atoms.length];
        for (int t = 0; t < nf; t++) {
            source.copyPositions(t, frame);
            u.next(source.lattice(t), frame, pos);
            double x = 0;
            double y = 0;
            double z = 0;
            for (int k = 0; k < atoms.length; k++) {
                x += mass[k] * pos[3 * k];
                y += mass[k] * pos[3 * k + 1];
                z += mass[k] * pos[3 * k + 2];
            }
            out[3 * t] = x / total;
            out[3 * t + 1] = y / total;
            out[3 * t + 2] = z / total;
        }
        return out;
    }
}
