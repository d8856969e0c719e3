package org.ionmat.simulate.md;

import java.util.LinkedHashMap;
import java.util.Map;

/** Velocity-Verlet integration of Newton's equations: the microcanonical (NVE) ensemble. */
public final class VelocityVerlet implements Integrator {

    private final double dt;

    /** @param dtPs time step, ps */
    public VelocityVerlet(double dtPs) {
        this.dt = dtPs;
    }

    @Override
    public String name() {
        return "velocity-verlet";
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name());
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
        // no variables
    }

    @Override
    public void step(MdState s, ForceEvaluator forces) {
        kickDrift(s, 0.5 * dt, dt);
        forces.evaluate(s);
        kick(s, 0.5 * dt);
    }

    /** v += kickTau · a; x += driftTau · v (one pass). */
    static void kickDrift(MdState s, double kickTau, double driftTau) {
        double[] x = s.x;
        double[] v = s.v;
        double[] f = s.f;
        double[] a = s.accel;
        double dt = driftTau;
        for (int i = 0, p = 0; i < s.n; i++, p += 3) {
            double c = kickTau * a[i];
            v[p] += c * f[p];
            v[p + 1] += c * f[p + 1];
            v[p + 2] += c * f[p + 2];
            x[p] += dt * v[p];
            x[p + 1] += dt * v[p + 1];
            x[p + 2] += dt * v[p + 2];
        }
    }

    /** v += tau · a. */
    static void kick(MdState s, double tau) {
        double[] v = s.v;
        double[] f = s.f;
        double[] a = s.accel;
        for (int i = 0, p = 0; i < s.n; i++, p += 3) {
            double c = tau * a[i];
            v[p] += c * f[p];
            v[p + 1] += c * f[p + 1];
            v[p + 2] += c * f[p + 2];
        }
    }

    /** x += tau · v. */
    static void drift(MdState s, double tau) {
        double[] x = s.x;
        double[] v = s.v;
        for (int k = 0; k < x.length; k++) {
            x[k] += tau * v[k];
        }
    }

    /** v *= factor. */
    static void scale(MdState s, double factor) {
        if (factor != 1) {
            double[] v = s.v;
            for (int k = 0; k < v.length; k++) {
                v[k] *= factor;
            }
        }
    }

    @Override
    public double conservedQuantity(MdState s) {
        return s.potentialEnergy + s.kineticEnergy();
    }

    @Override
    public double[] state() {
        return new double[0];
    }

    @Override
    public void restore(double[] state) {
        // no variables
    }
}
