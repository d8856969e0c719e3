package org.ionmat.learn.roost;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Adam (Kingma &amp; Ba 2015) with PyTorch's conventions: β1 0.9, β2 0.999, ε 1e-8 added to the
 * square root of the bias-corrected second moment; weight decay either as an L2 term added to the
 * gradient (Adam, {@code torch.optim.Adam}) or decoupled (AdamW, {@code torch.optim.AdamW}). Zeroes
 * the gradients after each step. Runs with autograd recording off.
 */
final class AdamOptimizer implements AutoCloseable {

    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPS = 1e-8f;

    private final NDArray[] params;
    private final NDArray[] m;
    private final NDArray[] v;
    private final float lr;
    private final float wd;
    private final boolean decoupled;
    private int step;

    AdamOptimizer(NDArray[] params, double lr, double wd, boolean decoupled) {
        this.params = params;
        this.lr = (float) lr;
        this.wd = (float) wd;
        this.decoupled = decoupled;
        m = new NDArray[params.length];
        v = new NDArray[params.length];
        for (int i = 0; i < params.length; i++) {
            m[i] = params[i].zerosLike();
            v[i] = params[i].zerosLike();
            NDScope.unregister(m[i], v[i]);
        }
    }

    /** Steps taken. */
    int steps() {
        return step;
    }

    /** Copies of the first (which = 0) or second (which = 1) moments. */
    float[][] moments(int which) {
        NDArray[] a = which == 0 ? m : v;
        float[][] r = new float[a.length][];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i].toFloatArray();
        }
        return r;
    }

    /** Restores the state saved by {@link #steps} and {@link #moments}. */
    void restore(int steps, float[][] first, float[][] second) {
        this.step = steps;
        for (int i = 0; i < m.length; i++) {
            m[i].set(first[i]);
            v[i].set(second[i]);
        }
    }

    /**
     * One update from the accumulated gradients, then zeroes them. Uses libtorch's Adam kernel through
     * DJL (one native call per parameter array), which computes
     * {@code p -= c m / (√v + ε')}; with {@code c = lr √(1−β2^t) / (1−β1^t)} and {@code ε' = ε √(1−β2^t)} this
     * is exactly PyTorch's {@code p -= lr/(1−β1^t) · m / (√v / √(1−β2^t) + ε)}.
     */
    void step() {
        step++;
        boolean grad = JniUtils.isGradMode();
        JniUtils.setGradMode(false);
        try (NDScope scope = new NDScope()) {
            double bc1 = 1 - Math.pow(BETA1, step);
            double sqrtBc2 = Math.sqrt(1 - Math.pow(BETA2, step));
            float corrected = (float) (lr * sqrtBc2 / bc1);
            float eps = (float) (EPS * sqrtBc2);
            for (int i = 0; i < params.length; i++) {
                PtNDArray p = (PtNDArray) params[i];
                PtNDArray g = (PtNDArray) p.getGradient();
                JniUtils.adamUpdate(p, g, (PtNDArray) m[i], (PtNDArray) v[i], lr, corrected, wd, 1f, -1f, BETA1, BETA2,
                        eps, decoupled);
                JniUtils.zeroGrad(p);
            }
        } finally {
            JniUtils.setGradMode(grad);
        }
    }

    /** Runs backward from a scalar loss on the current thread. */
    static void backward(NDArray loss) {
        try (NDArray ones = loss.onesLike()) {
            JniUtils.backward((PtNDArray) loss, (PtNDArray) ones, false, false);
        }
    }

    @Override
    public void close() {
        for (int i = 0; i < params.length; i++) {
            m[i].close();
            v[i].close();
        }
    }
}
