package org.ionmat.simulate.optimize;

/**
 * Limited-memory BFGS (J. Nocedal, Math. Comp. 35, 773 (1980); two-loop recursion) with a
 * backtracking Armijo line search on the objective. The first step uses the inverse Hessian
 * 1/{@code alpha} (alpha = 70 eV/Å², ASE's default guess for atoms); later steps scale it by
 * s·y / y·y. Every trial step is first shortened so that no atom moves more than
 * {@code maxStep}. Pairs with s·y ≤ 0 are not stored; a non-descent direction or a failed line
 * search resets the memory to a steepest-descent step.
 */
public final class Lbfgs implements Minimizer {

    private final int memory;
    private final double alpha;

    /** Memory 20, initial curvature 70 (eV/Å²). */
    public Lbfgs() {
        this(20, 70);
    }

    /**
     * @param memory number of stored correction pairs
     * @param alpha  initial curvature guess (inverse of the initial inverse Hessian)
     */
    public Lbfgs(int memory, double alpha) {
        this.memory = memory;
        this.alpha = alpha;
    }

    @Override
    public Outcome minimize(Objective o, int maxSteps, double maxStep, Listener listener) {
        int n = o.dimension();
        double[] x = o.start();
        double[] g = new double[n];
        double value = o.evaluate(x, g);
        int evaluations = 1;
        double[][] s = new double[memory][n];
        double[][] y = new double[memory][n];
        double[] rho = new double[memory];
        double[] a = new double[memory];
        int stored = 0;
        int head = 0;
        double[] d = new double[n];
        double[] xt = new double[n];
        double[] gt = new double[n];
        int step = 0;
        while (!o.converged() && step < maxSteps) {
            // direction d = −H g by the two-loop recursion
            System.arraycopy(g, 0, d, 0, n);
            for (int m = 0; m < stored; m++) {
                int k = Math.floorMod(head - 1 - m, memory);
                a[k] = rho[k] * dot(s[k], d);
                axpy(-a[k], y[k], d);
            }
            double gamma = 1 / alpha;
            if (stored > 0) {
                int k = Math.floorMod(head - 1, memory);
                gamma = dot(s[k], y[k]) / dot(y[k], y[k]);
            }
            for (int k = 0; k < n; k++) {
                d[k] *= gamma;
            }
            for (int m = stored - 1; m >= 0; m--) {
                int k = Math.floorMod(head - 1 - m, memory);
                double b = rho[k] * dot(y[k], d);
                axpy(a[k] - b, s[k], d);
            }
            for (int k = 0; k < n; k++) {
                d[k] = -d[k];
            }
            double slope = dot(g, d);
            if (!(slope < 0)) {
                stored = 0;
                for (int k = 0; k < n; k++) {
                    d[k] = -g[k] / alpha;
                }
                slope = dot(g, d);
                if (!(slope < 0)) {
                    break; // zero gradient
                }
            }
            double norm = o.maxBlockNorm(d);
            double t = norm > maxStep ? maxStep / norm : 1;
            double trial = Double.NaN;
            boolean accepted = false;
            for (int tries = 0; tries < 30; tries++) {
                for (int k = 0; k < n; k++) {
                    xt[k] = x[k] + t * d[k];
                }
                trial = o.evaluate(xt, gt);
                evaluations++;
                if (trial <= value + 1e-4 * t * slope || o.converged()) {
                    accepted = true;
                    break;
                }
                t *= 0.5;
            }
            if (!accepted) {
                if (stored == 0) {
                    o.evaluate(x, g); // restore the objective's state at the last point
                    evaluations++;
                    break; // no decrease even along the gradient: at the resolution of the objective
                }
                stored = 0;
                o.evaluate(x, g);
                evaluations++;
                continue;
            }
            double sy = 0;
            double yy = 0;
            for (int k = 0; k < n; k++) {
                double sk = xt[k] - x[k];
                double yk = gt[k] - g[k];
                s[head][k] = sk;
                y[head][k] = yk;
                sy += sk * yk;
                yy += yk * yk;
            }
            if (sy > 1e-12 * Math.sqrt(yy) * o.maxBlockNorm(s[head])) {
                rho[head] = 1 / sy;
                head = (head + 1) % memory;
                stored = Math.min(stored + 1, memory);
            }
            System.arraycopy(xt, 0, x, 0, n);
            System.arraycopy(gt, 0, g, 0, n);
            value = trial;
            step++;
            if (listener != null) {
                listener.step(step, value);
            }
        }
        return new Outcome(x, value, step, evaluations, o.converged());
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }

    private static void axpy(double c, double[] x, double[] y) {
        for (int k = 0; k < x.length; k++) {
            y[k] += c * x[k];
        }
    }
}
