package org.ionmat.analysis.diffusion;

import org.ionmat.analysis.trajectory.AtomGroup;
import org.ionmat.analysis.trajectory.CentreOfMass;
import org.ionmat.analysis.trajectory.FrameSource;
import org.ionmat.analysis.trajectory.Unwrapper;

/**
 * Displacement from the first frame, averaged over atoms, frame by frame: (1/N) Σ_i |r_i(t) − r_i(0)|^2
 * without time-origin averaging. This is what LAMMPS {@code compute msd} reports (its reference
 * positions are those when the compute is defined), so it serves to compare with LAMMPS; for
 * diffusion coefficients use the time-origin average of {@link MsdCalculator}, which has far less noise.
 */
public final class SingleOriginMsd {

    private SingleOriginMsd() {
    }

    /**
     * Per frame: x, y, z components and total (Å^2), as {@code [4][frames]}.
     *
     * @param drift {@link DriftCorrection#GROUP} matches LAMMPS {@code com yes}; SYSTEM and FRAMEWORK
     *              subtract the centre of mass of all atoms or of the atoms outside the group
     */
    public static double[][] compute(FrameSource source, AtomGroup group, MsdOptions options) {
        boolean unwrap = Unwrapper.shouldUnwrap(source, options.unwrap());
        int[] atoms = group.atoms();
        double[] com = switch (options.drift()) {
            case GROUP -> CentreOfMass.series(source, atoms, unwrap);
            case SYSTEM -> CentreOfMass.series(source, AtomGroup.all(source).atoms(), unwrap);
            case FRAMEWORK -> {
                boolean[] in = new boolean[source.numAtoms()];
                for (int i : atoms) {
                    in[i] = true;
                }
                int[] fw = java.util.stream.IntStream.range(0, in.length).filter(i -> !in[i]).toArray();
                yield fw.length == 0 ? null : CentreOfMass.series(source, fw, unwrap);
            }
            case NONE -> null;
        };
        int nf = source.numFrames();
        double[][] out = new double[4][nf];
        Unwrapper u = new Unwrapper(atoms, unwrap);
        double[] frame = new double[3 * source.numAtoms()];
        double[] pos = new double[3 * atoms.length];
        double[] first = null;
        for (int t = 0; t < nf; t++) {
            source.copyPositions(t, frame);
            u.next(source.lattice(t), frame, pos);
            if (first == null) {
                first = pos.clone();
            }
            for (int c = 0; c < 3; c++) {
                double shift = com == null ? 0 : com[3 * t + c] - com[c];
                double s = 0;
                for (int k = 0; k < atoms.length; k++) {
                    double d = pos[3 * k + c] - first[3 * k + c] - shift;
                    s += d * d;
                }
                out[c][t] = s / atoms.length;
                out[3][t] += out[c][t];
            }
        }
        return out;
    }
}
