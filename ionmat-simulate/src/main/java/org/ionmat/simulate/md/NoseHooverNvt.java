package org.ionmat.simulate.md;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Canonical (NVT) dynamics with a Nosé–Hoover chain thermostat: the chain's half-step propagator,
 * velocity Verlet, the chain's half-step again (the MTK/Trotter scheme of Martyna et al., Mol. Phys.
 * 87, 1117 (1996)); conserved quantity E_kin + E_pot + chain energy. Degrees of freedom 3N − 3
 * (total momentum is conserved).
 */
public final class NoseHooverNvt implements Integrator {

    private final double dt;
    private final double temperatureK;
    private final double tdampPs;
    private final int chainLength;
    private final int loops;
    private final int dof;
    private NoseHooverChain chain;

    /**
     * @param dtPs         time step, ps
     * @param atoms        number of atoms
     * @param temperatureK target temperature, K
     * @param tdampPs      thermostat damping time, ps (e.g. 100 time steps)
     * @param chainLength  chain length (e.g. 3)
     * @param loops        sub-steps per half step (e.g. 1)
     */
    public NoseHooverNvt(double dtPs, int atoms, double temperatureK, double tdampPs, int chainLength, int loops) {
        this.dt = dtPs;
        this.temperatureK = temperatureK;
        this.tdampPs = tdampPs;
        this.chainLength = chainLength;
        this.loops = loops;
        this.dof = degreesOfFreedom(atoms);
        this.chain = newChain();
    }

    private NoseHooverChain newChain() {
        return new NoseHooverChain(chainLength, loops, temperatureK, dof, tdampPs);
    }

    @Override
    public String name() {
        return "nose-hoover-chain";
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name());
        m.put("temperature_K", temperatureK);
        m.put("tdamp_ps", tdampPs);
        m.put("chain", chainLength);
        m.put("loops", loops);
        return m;
    }

    @Override
    public int degreesOfFreedom(int atoms) {
        return Math.max(3 * atoms - 3, 1);
    }

    @Override
    public boolean variableCell() {
        return false;
    }

    @Override
    public void initialize(MdState s) {
        chain = newChain();
    }

    @Override
    public void step(MdState s, ForceEvaluator forces) {
        VelocityVerlet.scale(s, chain.propagate(0.5 * dt, s.kineticEnergy()));
        VelocityVerlet.kickDrift(s, 0.5 * dt, dt);
        forces.evaluate(s);
        VelocityVerlet.kick(s, 0.5 * dt);
        VelocityVerlet.scale(s, chain.propagate(0.5 * dt, s.kineticEnergy()));
    }

    @Override
    public double conservedQuantity(MdState s) {
        return s.potentialEnergy + s.kineticEnergy() + chain.energy();
    }

    @Override
    public double[] state() {
        return chain.state();
    }

    @Override
    public void restore(double[] state) {
        chain = newChain();
        chain.restore(state, 0);
    }
}
