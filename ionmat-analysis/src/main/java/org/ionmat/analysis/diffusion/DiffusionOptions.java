package org.ionmat.analysis.diffusion;

import java.util.Objects;

import org.ionmat.analysis.trajectory.UnwrapMode;

/**
 * Settings of a diffusion analysis.
 *
 * @param window window rule of the fits
 * @param drift  centre-of-mass correction; {@link DriftCorrection#FRAMEWORK} (the default, as
 *               pymatgen) removes the drift of all non-mobile atoms and does nothing when every atom
 *               is mobile
 * @param unwrap unwrapping of positions
 * @param charge charge of the mobile ion (e) for Nernst–Einstein, or NaN to take the species'
 *               oxidation state, else the element's first common oxidation state
 * @param msd    memory and threads of the MSD
 */
public record DiffusionOptions(FitWindow window, DriftCorrection drift, UnwrapMode unwrap, double charge,
                               MsdOptions msd) {

    /** Automatic window, framework drift correction, automatic unwrapping, charge from the species. */
    public static final DiffusionOptions DEFAULT = new DiffusionOptions(FitWindow.AUTO, DriftCorrection.FRAMEWORK,
            UnwrapMode.AUTO, Double.NaN, MsdOptions.DEFAULT);

    public DiffusionOptions {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(drift, "drift");
        Objects.requireNonNull(unwrap, "unwrap");
        Objects.requireNonNull(msd, "msd");
    }

    public DiffusionOptions withWindow(FitWindow w) {
        return new DiffusionOptions(w, drift, unwrap, charge, msd);
    }

    public DiffusionOptions withDrift(DriftCorrection d) {
        return new DiffusionOptions(window, d, unwrap, charge, msd);
    }

    public DiffusionOptions withUnwrap(UnwrapMode u) {
        return new DiffusionOptions(window, drift, u, charge, msd);
    }

    public DiffusionOptions withCharge(double q) {
        return new DiffusionOptions(window, drift, unwrap, q, msd);
    }

    public DiffusionOptions withMsd(MsdOptions m) {
        return new DiffusionOptions(window, drift, unwrap, charge, m);
    }
}
