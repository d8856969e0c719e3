package org.ionmat.analysis.diffusion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ionmat.analysis.trajectory.AtomGroup;
import org.ionmat.analysis.trajectory.FrameSource;
import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;

/**
 * From a trajectory to D of one mobile species: MSD ({@link MsdCalculator}), tracer, collective and
 * directional fits ({@link DiffusionFitter}), number density and charge for Nernst–Einstein, and
 * warnings (coarse frames, no straight window, no significant diffusion, scatter beyond the model).
 */
public final class DiffusionAnalysis {

    private DiffusionAnalysis() {
    }

    /**
     * Analyses one trajectory.
     *
     * @param source       the frames
     * @param ion          the mobile element
     * @param temperatureK temperature of the run (K)
     * @param dtPs         time between frames (ps)
     * @param label        name of the source for results and messages
     * @throws InvalidInputException if the trajectory has no such ion or too few frames
     */
    public static RunDiffusion analyse(FrameSource source, Element ion, double temperatureK, double dtPs, String label,
                                       DiffusionOptions options) {
        if (!(temperatureK > 0) || Double.isInfinite(temperatureK)) {
            throw new InvalidInputException(label + ": temperature must be positive, got " + temperatureK + " K");
        }
        if (source.numFrames() < DiffusionFitter.MIN_FRAMES) {
            throw new InvalidInputException(label + ": " + source.numFrames() + " frames; a diffusion analysis needs at least "
                    + DiffusionFitter.MIN_FRAMES);
        }
        AtomGroup group;
        try {
            group = AtomGroup.ofElement(source, ion);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(label + ": " + e.getMessage());
        }
        List<String> warnings = new ArrayList<>();
        DriftCorrection drift = options.drift();
        if (drift == DriftCorrection.FRAMEWORK && group.size() == source.numAtoms()) {
            drift = DriftCorrection.NONE;
        }
        MsdOptions mo = options.msd().withUnwrap(options.unwrap()).withDrift(drift);
        Msd msd = MsdCalculator.compute(source, group, dtPs, mo);
        if (msd.maxStepFraction() > 0.25) {
            warnings.add(String.format(Locale.ROOT, "%s: an atom moved %.0f %% of the cell width between frames; "
                    + "unwrapping may be wrong (save frames more often)", label, 100 * msd.maxStepFraction()));
        }
        DiffusionFit tracer = DiffusionFitter.fit(msd.tracer(), options.window());
        DiffusionFit charge = DiffusionFitter.fit(msd.charge(), options.window());
        DiffusionFit[] dir = new DiffusionFit[3];
        for (int c = 0; c < 3; c++) {
            dir[c] = DiffusionFitter.fit(msd.tracerComponent(c), options.window());
        }
        String at = String.format(Locale.ROOT, "%s at %.6g K", ion.symbol(), temperatureK);
        if (tracer.windowFallback()) {
            warnings.add(at + ": the MSD is not straight over any automatic window; D is from τmax/2..τmax "
                    + "(the run may be too short to reach the diffusive regime)");
        }
        if (!(tracer.d() > 2 * tracer.dErr())) {
            warnings.add(String.format(Locale.ROOT, "%s: no significant diffusion (D = %.3g ± %.3g cm^2/s)", at,
                    tracer.dCm2PerS(), tracer.dErrCm2PerS()));
        } else if (tracer.scaledByResiduals()) {
            warnings.add(String.format(Locale.ROOT, "%s: the MSD scatters more than a random walk would "
                    + "(χ²/dof = %.2g); the error of D was scaled up", at, tracer.chi2Reduced()));
        }
        double q = options.charge();
        if (Double.isNaN(q)) {
            q = chargeOf(source.species(group.atoms()[0]));
        }
        double density = group.size() / source.meanVolume();
        return new RunDiffusion(label, ion.symbol(), temperatureK, msd, tracer, charge, dir, density, q, warnings);
    }

    /** The oxidation state of the species, else the element's first common oxidation state, else 1. */
    static double chargeOf(Species s) {
        if (s.hasOxidationState() && s.oxidationState() != 0) {
            return s.oxidationState();
        }
        List<Integer> common = s.element().commonOxidationStates();
        return common.isEmpty() ? 1 : common.get(0);
    }
}
