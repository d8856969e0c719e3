package org.ionmat.simulate.md;

import org.ionmat.core.units.Units;

/**
 * Initial velocities from the Maxwell–Boltzmann distribution at a temperature: each component
 * drawn from a normal distribution with variance k T / m, then (optionally) the centre-of-mass
 * velocity removed and the velocities scaled so that the instantaneous temperature is exactly T
 * for the given degrees of freedom (as LAMMPS's {@code velocity create ... mom yes}).
 */
public final class MaxwellBoltzmann {

    private MaxwellBoltzmann() {
    }

    /**
     * Sets the state's velocities.
     *
     * @param temperatureK  temperature, K (0 gives atoms at rest)
     * @param rng           random source (seeded)
     * @param zeroMomentum  remove the total momentum
     * @param rescale       scale to exactly {@code temperatureK} for {@code dof} degrees of freedom
     * @param dof           degrees of freedom of the temperature
     */
    public static void assign(MdState s, double temperatureK, Xoshiro256 rng, boolean zeroMomentum, boolean rescale,
                              int dof) {
        double kT = Units.kT(temperatureK);
        double[] v = s.v;
        for (int i = 0, p = 0; i < s.n; i++, p += 3) {
            double sd = Math.sqrt(kT * s.accel[i]);
            v[p] = sd * rng.nextGaussian();
            v[p + 1] = sd * rng.nextGaussian();
            v[p + 2] = sd * rng.nextGaussian();
        }
        if (zeroMomentum && s.n > 1) {
            removeMomentum(s);
        }
        if (rescale && temperatureK > 0) {
            double t = s.temperature(dof);
            if (t > 0) {
                VelocityVerlet.scale(s, Math.sqrt(temperatureK / t));
            }
        }
    }

    /** Subtracts the centre-of-mass velocity. */
    public static void removeMomentum(MdState s) {
        double[] p = new double[3];
        s.momentum(p);
        double mass = 0;
        for (double m : s.masses) {
            mass += m;
        }
        double[] v = s.v;
        for (int k = 0; k < v.length; k += 3) {
            v[k] -= p[0] / mass;
            v[k + 1] -= p[1] / mass;
            v[k + 2] -= p[2] / mass;
        }
    }
}
