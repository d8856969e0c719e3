package org.ionmat.simulate.md;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ionmat.core.units.Units;

/**
 * Langevin dynamics with the BAOAB splitting of Leimkuhler and Matthews (Appl. Math. Res. Express
 * 2013, 34): half kick, half drift, exact Ornstein–Uhlenbeck velocity update
 * v ← e^{−γΔt} v + sqrt((1 − e^{−2γΔt}) k T / m) ξ, half drift, force call, half kick; γ = 1/τ.
 * Samples the canonical distribution of positions with very small time-step error; seeded
 * (noise from a {@link Xoshiro256} whose state goes into checkpoints).
 *
 * <p>All 3N degrees of freedom are thermostatted (total momentum is not conserved). The
 * "conserved" quantity reported is E_tot minus the heat the thermostat has put in, which stays
 * constant up to the integration error. Optionally couples a {@link BerendsenBarostat} (the
 * {@code npt-berendsen} ensemble), whose scaling breaks that conservation (reported as NaN).
 */
public final class LangevinBaoab implements Integrator {

    private final double dt;
    private final double temperatureK;
    private final double tdampPs;
    private final Xoshiro256 rng;
    private final BerendsenBarostat barostat;
    private final double c1;
    private double[] sigma;
    private double heat;

    /**
     * @param dtPs         time step, ps
     * @param temperatureK target temperature, K
     * @param tdampPs      damping time τ = 1/γ, ps
     * @param rng          noise source
     * @param barostat     Berendsen barostat, or null for NVT
     */
    public LangevinBaoab(double dtPs, double temperatureK, double tdampPs, Xoshiro256 rng, BerendsenBarostat barostat) {
        if (!(tdampPs > 0) || !(temperatureK >= 0)) {
            throw new IllegalArgumentException("Langevin needs a positive damping time and a non-negative temperature");
        }
        this.dt = dtPs;
        this.temperatureK = temperatureK;
        this.tdampPs = tdampPs;
        this.rng = rng;
        this.barostat = barostat;
        this.c1 = Math.exp(-dtPs / tdampPs);
    }

    @Override
    public String name() {
        return barostat == null ? "langevin-baoab" : "langevin-baoab+berendsen";
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name());
        m.put("temperature_K", temperatureK);
        m.put("tdamp_ps", tdampPs);
        m.put("friction_per_ps", 1 / tdampPs);
        if (barostat != null) {
            m.putAll(barostat.parameters());
        }
        return m;
    }

    @Override
    public int degreesOfFreedom(int atoms) {
        return 3 * atoms;
    }

    @Override
    public boolean variableCell() {
        return barostat != null;
    }

    @Override
    public void initialize(MdState s) {
        heat = 0;
        prepare(s);
        if (barostat != null) {
            barostat.measure(s);
        }
    }

    private void prepare(MdState s) {
        if (sigma == null) {
            sigma = new double[s.n];
            double kT = Units.kT(temperatureK);
            for (int i = 0; i < s.n; i++) {
                sigma[i] = Math.sqrt((1 - c1 * c1) * kT * s.accel[i]);
            }
        }
    }

    @Override
    public void step(MdState s, ForceEvaluator forces) {
        prepare(s);
        VelocityVerlet.kickDrift(s, 0.5 * dt, 0.5 * dt); // B then A
        double[] v = s.v;
        double[] m = s.masses;
        double dk = 0;
        for (int i = 0, p = 0; i < s.n; i++, p += 3) {
            double sg = sigma[i];
            double a = v[p];
            double b = v[p + 1];
            double c = v[p + 2];
            double na = c1 * a + sg * rng.nextGaussian();
            double nb = c1 * b + sg * rng.nextGaussian();
            double nc = c1 * c + sg * rng.nextGaussian();
            v[p] = na;
            v[p + 1] = nb;
            v[p + 2] = nc;
            dk += m[i] * (na * na + nb * nb + nc * nc - a * a - b * b - c * c);
        }
        heat += 0.5 * dk * Units.MVV_TO_EV;
        VelocityVerlet.drift(s, 0.5 * dt);
        if (barostat != null) {
            barostat.apply(s);
        }
        forces.evaluate(s);
        VelocityVerlet.kick(s, 0.5 * dt);
        if (barostat != null) {
            barostat.measure(s);
        }
    }

    @Override
    public double conservedQuantity(MdState s) {
        return barostat != null ? Double.NaN : s.potentialEnergy + s.kineticEnergy() - heat;
    }

    @Override
    public double[] state() {
        if (barostat == null) {
            return new double[] {heat};
        }
        double[] b = barostat.state();
        double[] out = new double[1 + b.length];
        out[0] = heat;
        System.arraycopy(b, 0, out, 1, b.length);
        return out;
    }

    @Override
    public void restore(double[] state) {
        heat = state[0];
        if (barostat != null) {
            barostat.restore(state, 1);
        }
    }
}
