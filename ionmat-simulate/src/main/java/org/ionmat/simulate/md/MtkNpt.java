package org.ionmat.simulate.md;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ionmat.core.units.Units;

/**
 * Isothermal–isobaric (NPT) dynamics of Martyna, Tobias and Klein (J. Chem. Phys. 101, 4177 (1994))
 * with Nosé–Hoover chains on the particles and on the cell, integrated by the measure-preserving
 * Trotter scheme of Tuckerman, Alejandre, López-Rendón, Jochim and Martyna (J. Phys. A 39, 5629
 * (2006)).
 *
 * <p>Equations (cell-velocity matrix g = p_g/W, symmetric, 1/ps; N_f = 3N − 3):
 * ṙ = v + g r; m v̇ = F − (g + tr(g)/N_f) m v − v_ξ m v; ḣ = g h;
 * W ġ = V (P_int − P_0 I) + (2K/N_f) I, projected by the {@link CellMode} (isotropic: tr/3, the
 * classic MTK volume barostat; aniso: diagonal; tri: symmetric tensor), with
 * V P_int = Σ m v⊗v + virial. Positions and momenta are propagated exactly in the eigenbasis of g
 * (sinh(x)/x factors). Barostat mass W = (N_f + 3) k T τ_P² per component (τ_P the damping time,
 * as LAMMPS's Pdamp); cell chain masses from τ_P too.
 *
 * <p>Conserved quantity: E_kin + E_pot + ½ W Σ g_ab² + P_0 V + both chains' energies.
 */
public final class MtkNpt implements Integrator {

    private final double dt;
    private final double temperatureK;
    private final double pressure;
    private final double tdampPs;
    private final double pdampPs;
    private final int chainLength;
    private final int loops;
    private final CellMode mode;
    private final int dof;
    private final double w;
    private NoseHooverChain particleChain;
    private NoseHooverChain cellChain;
    private final double[] g = new double[9];
    private final double[] force = new double[9];
    private final double[] kin = new double[9];
    private final double[] lambda = new double[3];
    private final double[] u = new double[9];
    private final double[] work = new double[9];
    private final double[] expDt = new double[3];
    private final double[] driftFactor = new double[3];
    private final double[] kickDecay = new double[3];
    private final double[] kickFactor = new double[3];
    private boolean rotate;

    /**
     * @param dtPs         time step, ps
     * @param atoms        number of atoms
     * @param temperatureK target temperature, K
     * @param pressureGPa  target pressure, GPa
     * @param tdampPs      thermostat damping time, ps
     * @param pdampPs      barostat damping time, ps
     * @param chainLength  chain length of both thermostats
     * @param loops        chain sub-steps per half step
     * @param mode         allowed cell deformations
     */
    public MtkNpt(double dtPs, int atoms, double temperatureK, double pressureGPa, double tdampPs, double pdampPs,
                  int chainLength, int loops, CellMode mode) {
        if (!(pdampPs > 0)) {
            throw new IllegalArgumentException("barostat damping time must be positive");
        }
        this.dt = dtPs;
        this.temperatureK = temperatureK;
        this.pressure = pressureGPa / Units.EV_PER_A3_TO_GPA;
        this.tdampPs = tdampPs;
        this.pdampPs = pdampPs;
        this.chainLength = chainLength;
        this.loops = loops;
        this.mode = mode;
        this.dof = degreesOfFreedom(atoms);
        this.w = (dof + 3) * Units.kT(temperatureK) * pdampPs * pdampPs;
        reset();
    }

    private void reset() {
        particleChain = new NoseHooverChain(chainLength, loops, temperatureK, dof, tdampPs);
        cellChain = new NoseHooverChain(chainLength, loops, temperatureK, mode.degreesOfFreedom(), pdampPs);
        java.util.Arrays.fill(g, 0);
    }

    @Override
    public String name() {
        return "mtk-npt";
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name());
        m.put("temperature_K", temperatureK);
        m.put("pressure_GPa", pressure * Units.EV_PER_A3_TO_GPA);
        m.put("tdamp_ps", tdampPs);
        m.put("pdamp_ps", pdampPs);
        m.put("chain", chainLength);
        m.put("loops", loops);
        m.put("cell", mode.id());
        m.put("barostat_mass_eV_ps2", w);
        return m;
    }

    @Override
    public int degreesOfFreedom(int atoms) {
        return Math.max(3 * atoms - 3, 1);
    }

    @Override
    public boolean variableCell() {
        return true;
    }

    @Override
    public void initialize(MdState s) {
        reset();
    }

    private double cellKinetic() {
        double sum = 0;
        for (int k = 0; k < 9; k++) {
            sum += g[k] * g[k];
        }
        return 0.5 * w * sum;
    }

    /** g += tau · G / W with G = kin + virial − P0 V I + (2K/N_f) I, projected. */
    private void kickCell(MdState s, double tau) {
        s.kineticTensor(kin);
        double v = s.volume();
        double twoKOverDof = (kin[0] + kin[4] + kin[8]) / dof;
        for (int k = 0; k < 9; k++) {
            kin[k] += s.virial[k];
        }
        kin[0] += twoKOverDof - pressure * v;
        kin[4] += twoKOverDof - pressure * v;
        kin[8] += twoKOverDof - pressure * v;
        mode.project(kin, force);
        double c = tau / w;
        for (int k = 0; k < 9; k++) {
            g[k] += c * force[k];
        }
    }

    /** Eigen-decomposition of g and the per-axis factors for this step. */
    private void prepareExponentials() {
        if (mode == CellMode.TRICLINIC) {
            Symmetric3.eigen(g, lambda, u, work);
            rotate = true;
        } else {
            lambda[0] = g[0];
            lambda[1] = g[4];
            lambda[2] = g[8];
            rotate = false;
        }
        double tr = (lambda[0] + lambda[1] + lambda[2]) / dof;
        double h = 0.5 * dt;
        for (int k = 0; k < 3; k++) {
            double l = lambda[k];
            expDt[k] = Math.exp(l * dt);
            driftFactor[k] = dt * Math.exp(0.5 * l * dt) * Symmetric3.sinhc(0.5 * l * dt);
            double kappa = l + tr;
            kickDecay[k] = Math.exp(-kappa * h);
            kickFactor[k] = h * Math.exp(-0.5 * kappa * h) * Symmetric3.sinhc(0.5 * kappa * h);
        }
    }

    /** Half-step momenta: v' = v e^{−κ dt/2} + (dt/2) a e^{−κ dt/4} sinhc(κ dt/4), in g's eigenbasis. */
    private void kickParticles(MdState s) {
        double[] v = s.v;
        double[] f = s.f;
        double[] a = s.accel;
        if (!rotate) {
            for (int i = 0, p = 0; i < s.n; i++, p += 3) {
                double ai = a[i];
                v[p] = v[p] * kickDecay[0] + kickFactor[0] * ai * f[p];
                v[p + 1] = v[p + 1] * kickDecay[1] + kickFactor[1] * ai * f[p + 1];
                v[p + 2] = v[p + 2] * kickDecay[2] + kickFactor[2] * ai * f[p + 2];
            }
            return;
        }
        double[] q = u;
        for (int i = 0, p = 0; i < s.n; i++, p += 3) {
            double ai = a[i];
            double vx = v[p];
            double vy = v[p + 1];
            double vz = v[p + 2];
            double fx = f[p];
            double fy = f[p + 1];
            double fz = f[p + 2];
            double v0 = vx * q[0] + vy * q[3] + vz * q[6];
            double v1 = vx * q[1] + vy * q[4] + vz * q[7];
            double v2 = vx * q[2] + vy * q[5] + vz * q[8];
            double f0 = fx * q[0] + fy * q[3] + fz * q[6];
            double f1 = fx * q[1] + fy * q[4] + fz * q[7];
            double f2 = fx * q[2] + fy * q[5] + fz * q[8];
            v0 = v0 * kickDecay[0] + kickFactor[0] * ai * f0;
            v1 = v1 * kickDecay[1] + kickFactor[1] * ai * f1;
            v2 = v2 * kickDecay[2] + kickFactor[2] * ai * f2;
            v[p] = v0 * q[0] + v1 * q[1] + v2 * q[2];
            v[p + 1] = v0 * q[3] + v1 * q[4] + v2 * q[5];
            v[p + 2] = v0 * q[6] + v1 * q[7] + v2 * q[8];
        }
    }

    /** Full-step positions and cell: r' = r e^{g dt} + v dt e^{g dt/2} sinhc(g dt/2); h' = h e^{g dt}. */
    private void driftParticlesAndCell(MdState s) {
        double[] x = s.x;
        double[] v = s.v;
        if (!rotate) {
            for (int p = 0; p < x.length; p += 3) {
                x[p] = x[p] * expDt[0] + driftFactor[0] * v[p];
                x[p + 1] = x[p + 1] * expDt[1] + driftFactor[1] * v[p + 1];
                x[p + 2] = x[p + 2] * expDt[2] + driftFactor[2] * v[p + 2];
            }
            double[] c = s.cell;
            for (int r = 0; r < 9; r += 3) {
                c[r] *= expDt[0];
                c[r + 1] *= expDt[1];
                c[r + 2] *= expDt[2];
            }
        } else {
            double[] q = u;
            for (int p = 0; p < x.length; p += 3) {
                double xx = x[p];
                double xy = x[p + 1];
                double xz = x[p + 2];
                double vx = v[p];
                double vy = v[p + 1];
                double vz = v[p + 2];
                double x0 = (xx * q[0] + xy * q[3] + xz * q[6]) * expDt[0] + driftFactor[0] * (vx * q[0] + vy * q[3] + vz * q[6]);
                double x1 = (xx * q[1] + xy * q[4] + xz * q[7]) * expDt[1] + driftFactor[1] * (vx * q[1] + vy * q[4] + vz * q[7]);
                double x2 = (xx * q[2] + xy * q[5] + xz * q[8]) * expDt[2] + driftFactor[2] * (vx * q[2] + vy * q[5] + vz * q[8]);
                x[p] = x0 * q[0] + x1 * q[1] + x2 * q[2];
                x[p + 1] = x0 * q[3] + x1 * q[4] + x2 * q[5];
                x[p + 2] = x0 * q[6] + x1 * q[7] + x2 * q[8];
            }
            double[] c = s.cell;
            for (int r = 0; r < 9; r += 3) {
                double cx = c[r];
                double cy = c[r + 1];
                double cz = c[r + 2];
                double c0 = (cx * q[0] + cy * q[3] + cz * q[6]) * expDt[0];
                double c1 = (cx * q[1] + cy * q[4] + cz * q[7]) * expDt[1];
                double c2 = (cx * q[2] + cy * q[5] + cz * q[8]) * expDt[2];
                c[r] = c0 * q[0] + c1 * q[1] + c2 * q[2];
                c[r + 1] = c0 * q[3] + c1 * q[4] + c2 * q[5];
                c[r + 2] = c0 * q[6] + c1 * q[7] + c2 * q[8];
            }
        }
        s.cellChanged();
    }

    private void scaleCell(double factor) {
        for (int k = 0; k < 9; k++) {
            g[k] *= factor;
        }
    }

    @Override
    public void step(MdState s, ForceEvaluator forces) {
        double h = 0.5 * dt;
        scaleCell(cellChain.propagate(h, cellKinetic()));
        VelocityVerlet.scale(s, particleChain.propagate(h, s.kineticEnergy()));
        kickCell(s, h);
        prepareExponentials();
        kickParticles(s);
        driftParticlesAndCell(s);
        forces.evaluate(s);
        kickParticles(s);
        kickCell(s, h);
        VelocityVerlet.scale(s, particleChain.propagate(h, s.kineticEnergy()));
        scaleCell(cellChain.propagate(h, cellKinetic()));
    }

    @Override
    public double conservedQuantity(MdState s) {
        return s.potentialEnergy + s.kineticEnergy() + cellKinetic() + pressure * s.volume()
                + particleChain.energy() + cellChain.energy();
    }

    /** The cell-velocity matrix g, 1/ps (copy). */
    public double[] cellVelocity() {
        return g.clone();
    }

    @Override
    public double[] state() {
        double[] a = particleChain.state();
        double[] b = cellChain.state();
        double[] out = new double[9 + a.length + b.length];
        System.arraycopy(g, 0, out, 0, 9);
        System.arraycopy(a, 0, out, 9, a.length);
        System.arraycopy(b, 0, out, 9 + a.length, b.length);
        return out;
    }

    @Override
    public void restore(double[] state) {
        reset();
        System.arraycopy(state, 0, g, 0, 9);
        particleChain.restore(state, 9);
        cellChain.restore(state, 9 + 2 * chainLength);
    }
}
