package org.ionmat.simulate.md;

import org.ionmat.core.units.Units;

/**
 * A Nosé–Hoover chain thermostat (Martyna, Klein and Tuckerman, J. Chem. Phys. 97, 2635 (1992))
 * acting on a group of degrees of freedom with kinetic energy K: the particles of an MD run, or the
 * cell of an MTK barostat. Its half-step propagator is the Trotter factorisation of Martyna,
 * Tuckerman, Tobias and Klein (Mol. Phys. 87, 1117 (1996)) with {@code loops} sub-steps and
 * third-order Suzuki–Yoshida weights; the caller scales its velocities by the returned factor.
 *
 * <p>Masses: Q_1 = N_f k T τ², Q_j = k T τ² (j ≥ 2), with τ the damping time. Energy of the chain
 * (the thermostat's part of the conserved quantity): Σ_j ½ Q_j v_j² + N_f k T ξ_1 + k T Σ_{j≥2} ξ_j,
 * with v_j = dξ_j/dt (1/ps).
 */
public final class NoseHooverChain {

    private static final double W1 = 1 / (2 - Math.cbrt(2));
    private static final double[] WEIGHTS = {W1, 1 - 2 * W1, W1};

    private final int length;
    private final int loops;
    private final double kT;
    private final double dof;
    private final double[] q;
    private final double[] vel;
    private final double[] pos;

    /**
     * @param length       chain length M (≥ 1)
     * @param loops        sub-steps per half step (≥ 1)
     * @param temperatureK target temperature, K
     * @param dof          degrees of freedom N_f of the thermostatted group
     * @param tdampPs      damping time τ, ps
     */
    public NoseHooverChain(int length, int loops, double temperatureK, double dof, double tdampPs) {
        if (length < 1 || loops < 1) {
            throw new IllegalArgumentException("chain length and loops must be >= 1");
        }
        if (!(tdampPs > 0) || !(temperatureK > 0) || !(dof > 0)) {
            throw new IllegalArgumentException("Nose-Hoover chain needs positive temperature, damping time and dof");
        }
        this.length = length;
        this.loops = loops;
        this.kT = Units.kT(temperatureK);
        this.dof = dof;
        this.q = new double[length];
        this.vel = new double[length];
        this.pos = new double[length];
        double t2 = tdampPs * tdampPs;
        for (int j = 0; j < length; j++) {
            q[j] = (j == 0 ? dof : 1) * kT * t2;
        }
    }

    /** Chain length. */
    public int length() {
        return length;
    }

    /**
     * Propagates the chain by {@code tau} (ps; half an MD step) for a group with kinetic energy
     * {@code kinetic} (eV) and returns the factor by which the group's velocities must be scaled.
     */
    public double propagate(double tau, double kinetic) {
        double twoK = 2 * kinetic;
        double scale = 1;
        int m = length - 1;
        for (int l = 0; l < loops; l++) {
            for (double w : WEIGHTS) {
                double h = w * tau / loops;
                vel[m] += 0.5 * h * force(m, twoK);
                for (int j = m - 1; j >= 0; j--) {
                    double e = Math.exp(-0.25 * h * vel[j + 1]);
                    vel[j] = (vel[j] * e + 0.5 * h * force(j, twoK)) * e;
                }
                double s = Math.exp(-h * vel[0]);
                scale *= s;
                twoK *= s * s;
                for (int j = 0; j < length; j++) {
                    pos[j] += h * vel[j];
                }
                for (int j = 0; j < m; j++) {
                    double e = Math.exp(-0.25 * h * vel[j + 1]);
                    vel[j] = (vel[j] * e + 0.5 * h * force(j, twoK)) * e;
                }
                vel[m] += 0.5 * h * force(m, twoK);
            }
        }
        return scale;
    }

    private double force(int j, double twoK) {
        if (j == 0) {
            return (twoK - dof * kT) / q[0];
        }
        return (q[j - 1] * vel[j - 1] * vel[j - 1] - kT) / q[j];
    }

    /** The chain's energy, eV (see the class comment). */
    public double energy() {
        double e = 0;
        for (int j = 0; j < length; j++) {
            e += 0.5 * q[j] * vel[j] * vel[j] + (j == 0 ? dof : 1) * kT * pos[j];
        }
        return e;
    }

    /** State for checkpoints: positions then velocities. */
    public double[] state() {
        double[] s = new double[2 * length];
        System.arraycopy(pos, 0, s, 0, length);
        System.arraycopy(vel, 0, s, length, length);
        return s;
    }

    /** Restores {@link #state()}. */
    public void restore(double[] s, int offset) {
        System.arraycopy(s, offset, pos, 0, length);
        System.arraycopy(s, offset + length, vel, 0, length);
    }
}
