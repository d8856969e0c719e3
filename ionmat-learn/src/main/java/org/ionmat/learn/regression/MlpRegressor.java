package org.ionmat.learn.regression;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.ionmat.core.InvalidInputException;

/**
 * Multi-layer perceptron regressor trained with Adam, mirroring scikit-learn's
 * {@code MLPRegressor(solver="adam")} so that results can be compared with it:
 * <ul>
 * <li>ReLU hidden layers, identity output; weights and biases initialized uniformly in ±√(6/(fan_in
 *     + fan_out)) (Glorot).</li>
 * <li>Loss per mini-batch of size b: ½·mean((y − ŷ)²) + (α/2b)·Σ‖W‖² (L2 on weights, not biases);
 *     gradients (Aᵀδ + αW)/b.</li>
 * <li>Adam with bias-corrected step lr·√(1−β₂ᵗ)/(1−β₁ᵗ), ε = 1e-8; mini-batches of
 *     min(batchSize, n) in shuffled order each epoch.</li>
 * <li>Stops after {@code maxIterations} epochs, or when the epoch loss has not improved by more
 *     than {@code tol} for more than {@code nIterNoChange} consecutive epochs.</li>
 * </ul>
 * Seed paper 001's best network: hidden layers (200, 500, 50, 150, 70, 100), lr 5e-4, α = 0.05
 * ({@link #paper()}). Plain Java in double precision: these networks are small, so a native deep
 * learning engine would add start-up cost and float32 round-off for no speed-up, and exact parity
 * with scikit-learn could not be tested.
 */
public final class MlpRegressor implements Regressor {

    /** Hidden layers of seed paper 001's best network. */
    public static final int[] PAPER_LAYERS = {200, 500, 50, 150, 70, 100};

    private final int[] hidden;
    private final double alpha;
    private final double learningRate;
    private final int batchSize;
    private final int maxIterations;
    private final double tol;
    private final int nIterNoChange;
    private final boolean shuffle;

    private MlpRegressor(int[] hidden, double alpha, double learningRate, int batchSize, int maxIterations,
                         double tol, int nIterNoChange, boolean shuffle) {
        this.hidden = hidden;
        this.alpha = alpha;
        this.learningRate = learningRate;
        this.batchSize = batchSize;
        this.maxIterations = maxIterations;
        this.tol = tol;
        this.nIterNoChange = nIterNoChange;
        this.shuffle = shuffle;
    }

    /**
     * A network with the given hidden layer sizes and scikit-learn's defaults: α = 1e-4, lr = 1e-3,
     * batch 200, 200 epochs, tol 1e-4, 10 epochs without change, shuffling.
     */
    public static MlpRegressor withLayers(int... hidden) {
        for (int h : hidden) {
            if (h < 1) {
                throw new InvalidInputException("hidden layer sizes must be positive, got " + Arrays.toString(hidden));
            }
        }
        return new MlpRegressor(hidden.clone(), 1e-4, 1e-3, 200, 200, 1e-4, 10, true);
    }

    /** Seed paper 001's network: {@link #PAPER_LAYERS}, α = 0.05, constant learning rate 5e-4. */
    public static MlpRegressor paper() {
        return withLayers(PAPER_LAYERS).withAlpha(0.05).withLearningRate(5e-4);
    }

    /** L2 regularization α ≥ 0. */
    public MlpRegressor withAlpha(double a) {
        if (!(a >= 0)) {
            throw new InvalidInputException("MLP alpha must be non-negative, got " + a);
        }
        return new MlpRegressor(hidden, a, learningRate, batchSize, maxIterations, tol, nIterNoChange, shuffle);
    }

    /** Adam learning rate &gt; 0. */
    public MlpRegressor withLearningRate(double lr) {
        if (!(lr > 0)) {
            throw new InvalidInputException("MLP learning rate must be positive, got " + lr);
        }
        return new MlpRegressor(hidden, alpha, lr, batchSize, maxIterations, tol, nIterNoChange, shuffle);
    }

    /** Mini-batch size (clipped to the number of samples). */
    public MlpRegressor withBatchSize(int b) {
        if (b < 1) {
            throw new InvalidInputException("MLP batch size must be positive, got " + b);
        }
        return new MlpRegressor(hidden, alpha, learningRate, b, maxIterations, tol, nIterNoChange, shuffle);
    }

    /** Maximum number of epochs and the early-stopping rule (loss improvement tol over nIterNoChange epochs). */
    public MlpRegressor withStopping(int epochs, double tolerance, int noChange) {
        if (epochs < 1) {
            throw new InvalidInputException("MLP epochs must be positive, got " + epochs);
        }
        return new MlpRegressor(hidden, alpha, learningRate, batchSize, epochs, tolerance, noChange, shuffle);
    }

    /** Whether to shuffle the samples every epoch. */
    public MlpRegressor withShuffle(boolean s) {
        return new MlpRegressor(hidden, alpha, learningRate, batchSize, maxIterations, tol, nIterNoChange, s);
    }

    /** Hidden layer sizes. */
    public int[] hiddenLayers() {
        return hidden.clone();
    }

    @Override
    public String name() {
        return "mlp(" + Arrays.stream(hidden).mapToObj(Integer::toString).collect(Collectors.joining(","))
                + "; alpha=" + alpha + ", lr=" + learningRate + ")";
    }

    /** Layer sizes from input to output. */
    private int[] sizes(int features) {
        int[] s = new int[hidden.length + 2];
        s[0] = features;
        System.arraycopy(hidden, 0, s, 1, hidden.length);
        s[s.length - 1] = 1;
        return s;
    }

    /** Glorot-uniform initial weights for {@code features} inputs: {weights[layer], biases[layer]} interleaved. */
    public double[][] initialParameters(int features, long seed) {
        int[] s = sizes(features);
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] p = new double[2 * (s.length - 1)][];
        for (int l = 0; l < s.length - 1; l++) {
            double bound = Math.sqrt(6.0 / (s[l] + s[l + 1]));
            double[] w = new double[s[l] * s[l + 1]];
            for (int q = 0; q < w.length; q++) {
                w[q] = (2 * rng.nextDouble() - 1) * bound;
            }
            double[] b = new double[s[l + 1]];
            for (int q = 0; q < b.length; q++) {
                b[q] = (2 * rng.nextDouble() - 1) * bound;
            }
            p[2 * l] = w;
            p[2 * l + 1] = b;
        }
        return p;
    }

    @Override
    public MlpModel fit(double[][] x, double[] y, long seed) {
        int f = x.length == 0 ? 0 : x[0].length;
        return fit(x, y, initialParameters(f, seed), seed);
    }

    /**
     * Trains from given initial parameters (weights of layer l as a fan_in × fan_out row-major array
     * at index 2l, biases at 2l+1; copied).
     */
    public MlpModel fit(double[][] x, double[] y, double[][] initial, long seed) {
        int n = x.length;
        if (n == 0) {
            throw new InvalidInputException("cannot train an MLP on no samples");
        }
        int f = x[0].length;
        int[] s = sizes(f);
        int layers = s.length - 1;
        if (initial.length != 2 * layers) {
            throw new IllegalArgumentException("expected " + 2 * layers + " parameter arrays");
        }
        double[][] w = new double[layers][];
        double[][] b = new double[layers][];
        for (int l = 0; l < layers; l++) {
            w[l] = initial[2 * l].clone();
            b[l] = initial[2 * l + 1].clone();
            if (w[l].length != s[l] * s[l + 1] || b[l].length != s[l + 1]) {
                throw new IllegalArgumentException("parameter shapes do not match layer " + l);
            }
        }
        int bs = Math.max(1, Math.min(batchSize, n));
        // work arrays, allocated once
        double[][] act = new double[layers + 1][];
        double[][] delta = new double[layers + 1][];
        for (int l = 0; l <= layers; l++) {
            act[l] = new double[bs * s[l]];
            delta[l] = new double[bs * s[l]];
        }
        double[][] gw = new double[layers][];
        double[][] gb = new double[layers][];
        double[][] mw = new double[layers][];
        double[][] vw = new double[layers][];
        double[][] mb = new double[layers][];
        double[][] vb = new double[layers][];
        for (int l = 0; l < layers; l++) {
            gw[l] = new double[w[l].length];
            gb[l] = new double[b[l].length];
            mw[l] = new double[w[l].length];
            vw[l] = new double[w[l].length];
            mb[l] = new double[b[l].length];
            vb[l] = new double[b[l].length];
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom rng = new SplittableRandom(seed ^ 0x5DEECE66DL);
        final double beta1 = 0.9;
        final double beta2 = 0.999;
        final double eps = 1e-8;
        long t = 0;
        double bestLoss = Double.POSITIVE_INFINITY;
        int noImprovement = 0;
        double[] curve = new double[maxIterations];
        int epochs = 0;
        boolean converged = false;
        for (int epoch = 0; epoch < maxIterations; epoch++) {
            if (shuffle) {
                for (int i = n - 1; i > 0; i--) {
                    int j = rng.nextInt(i + 1);
                    int tmp = order[i];
                    order[i] = order[j];
                    order[j] = tmp;
                }
            }
            double accumulated = 0;
            for (int start = 0; start < n; start += bs) {
                int m = Math.min(bs, n - start);
                for (int r = 0; r < m; r++) {
                    System.arraycopy(x[order[start + r]], 0, act[0], r * f, f);
                }
                forward(w, b, s, act, m);
                // output delta and squared loss
                double[] out = act[layers];
                double[] dOut = delta[layers];
                double sq = 0;
                for (int r = 0; r < m; r++) {
                    double d = out[r] - y[order[start + r]];
                    dOut[r] = d;
                    sq += d * d;
                }
                double wsq = 0;
                for (int l = 0; l < layers; l++) {
                    for (double v : w[l]) {
                        wsq += v * v;
                    }
                }
                double loss = sq / m / 2 + 0.5 * alpha * wsq / m;
                accumulated += loss * m;
                backward(w, s, act, delta, gw, gb, m);
                t++;
                double lrT = learningRate * Math.sqrt(1 - Math.pow(beta2, t)) / (1 - Math.pow(beta1, t));
                for (int l = 0; l < layers; l++) {
                    adam(w[l], gw[l], mw[l], vw[l], lrT, beta1, beta2, eps);
                    adam(b[l], gb[l], mb[l], vb[l], lrT, beta1, beta2, eps);
                }
            }
            double epochLoss = accumulated / n;
            curve[epoch] = epochLoss;
            epochs = epoch + 1;
            if (!Double.isFinite(epochLoss)) {
                break;
            }
            if (epochLoss > bestLoss - tol) {
                noImprovement++;
            } else {
                noImprovement = 0;
            }
            if (epochLoss < bestLoss) {
                bestLoss = epochLoss;
            }
            if (noImprovement > nIterNoChange) {
                converged = true;
                break;
            }
        }
        return new MlpModel(s, w, b, Arrays.copyOf(curve, epochs), converged);
    }

    private void backward(double[][] w, int[] s, double[][] act, double[][] delta, double[][] gw, double[][] gb, int m) {
        int layers = s.length - 1;
        for (int l = layers - 1; l >= 0; l--) {
            int in = s[l];
            int out = s[l + 1];
            double[] a = act[l];
            double[] d = delta[l + 1];
            double[] g = gw[l];
            double[] wl = w[l];
            // gw = (aᵀ d + α w) / m
            Arrays.fill(g, 0);
            for (int r = 0; r < m; r++) {
                int ar = r * in;
                int dr = r * out;
                for (int i = 0; i < in; i++) {
                    double ai = a[ar + i];
                    if (ai == 0) {
                        continue;
                    }
                    int gi = i * out;
                    for (int o = 0; o < out; o++) {
                        g[gi + o] += ai * d[dr + o];
                    }
                }
            }
            for (int q = 0; q < g.length; q++) {
                g[q] = (g[q] + alpha * wl[q]) / m;
            }
            double[] gbl = gb[l];
            Arrays.fill(gbl, 0);
            for (int r = 0; r < m; r++) {
                for (int o = 0; o < out; o++) {
                    gbl[o] += d[r * out + o];
                }
            }
            for (int o = 0; o < out; o++) {
                gbl[o] /= m;
            }
            if (l > 0) {
                // δ_l = (δ_{l+1} Wᵀ) ⊙ relu'(z_l); relu' = 1 where the activation is positive
                double[] dp = delta[l];
                for (int r = 0; r < m; r++) {
                    int ar = r * in;
                    int dr = r * out;
                    for (int i = 0; i < in; i++) {
                        if (a[ar + i] <= 0) {
                            dp[ar + i] = 0;
                            continue;
                        }
                        double acc = 0;
                        int wi = i * out;
                        for (int o = 0; o < out; o++) {
                            acc += d[dr + o] * wl[wi + o];
                        }
                        dp[ar + i] = acc;
                    }
                }
            }
        }
    }

    static void forward(double[][] w, double[][] b, int[] s, double[][] act, int m) {
        int layers = s.length - 1;
        for (int l = 0; l < layers; l++) {
            int in = s[l];
            int out = s[l + 1];
            double[] a = act[l];
            double[] z = act[l + 1];
            double[] wl = w[l];
            double[] bl = b[l];
            for (int r = 0; r < m; r++) {
                int zr = r * out;
                System.arraycopy(bl, 0, z, zr, out);
                int ar = r * in;
                for (int i = 0; i < in; i++) {
                    double ai = a[ar + i];
                    if (ai == 0) {
                        continue;
                    }
                    int wi = i * out;
                    for (int o = 0; o < out; o++) {
                        z[zr + o] += ai * wl[wi + o];
                    }
                }
                if (l < layers - 1) {
                    for (int o = 0; o < out; o++) {
                        if (z[zr + o] < 0) {
                            z[zr + o] = 0;
                        }
                    }
                }
            }
        }
    }

    private static void adam(double[] p, double[] g, double[] m, double[] v, double lr, double b1, double b2, double eps) {
        for (int q = 0; q < p.length; q++) {
            m[q] = b1 * m[q] + (1 - b1) * g[q];
            v[q] = b2 * v[q] + (1 - b2) * g[q] * g[q];
            p[q] -= lr * m[q] / (Math.sqrt(v[q]) + eps);
        }
    }
}
