package org.ionmat.simulate.optimize;

/**
 * FIRE, the fast inertial relaxation engine of E. Bitzek, P. Koskinen, F. Gähler, M. Moseler and
 * P. Gumbsch, Phys. Rev. Lett. 97, 170201 (2006): damped dynamics with unit masses (Euler
 * integration of v and x, as in ASE's {@code FIRE}) whose velocity is mixed towards the force
 * direction and reset when it points uphill. Parameters of the paper: Δt 0.1 (max 1.0), N_min 5,
 * f_inc 1.1, f_dec 0.5, α_start 0.1, f_α 0.99; the step of any atom is limited to {@code maxStep}.
 */
public final class Fire implements Minimizer {

    private final double dt0;
    private final double dtMax;

    /** FIRE with the paper's parameters (Δt = 0.1, Δt_max = 1.0). */
    public Fire() {
        this(0.1, 1.0);
    }

    /**
     * @param dt    initial time step
     * @param dtMax largest time step
     */
    public Fire(double dt, double dtMax) {
        this.dt0 = dt;
        this.dtMax = dtMax;
    }

    @Override
    public Outcome minimize(Objective o, int maxSteps, double maxStep, Listener listener) {
        int n = o.dimension();
        double[] x = o.start();
        double[] g = new double[n];
        double[] v = new double[n];
        double[] dr = new double[n];
        double value = o.evaluate(x, g);
        int evaluations = 1;
        double dt = dt0;
        double alpha = 0.1;
        int positive = 0;
        int step = 0;
        while (!o.converged() && step < maxSteps) {
            double vf = 0;
            double vv = 0;
            double ff = 0;
            for (int k = 0; k < n; k++) {
                vf -= v[k] * g[k];
                vv += v[k] * v[k];
                ff += g[k] * g[k];
            }
            if (vf > 0) {
                double mix = ff > 0 ? alpha * Math.sqrt(vv / ff) : 0;
                for (int k = 0; k < n; k++) {
                    v[k] = (1 - alpha) * v[k] - mix * g[k];
                }
                if (positive > 5) {
                    dt = Math.min(dt * 1.1, dtMax);
                    alpha *= 0.99;
                }
                positive++;
            } else {
                java.util.Arrays.fill(v, 0);
                alpha = 0.1;
                dt *= 0.5;
                positive = 0;
            }
            for (int k = 0; k < n; k++) {
                v[k] -= dt * g[k];
                dr[k] = dt * v[k];
            }
            double norm = o.maxBlockNorm(dr);
            double scale = norm > maxStep ? maxStep / norm : 1;
            for (int k = 0; k < n; k++) {
                x[k] += scale * dr[k];
            }
            value = o.evaluate(x, g);
            evaluations++;
            step++;
            if (listener != null) {
                listener.step(step, value);
            }
        }
        return new Outcome(x, value, step, evaluations, o.converged());
    }
}
