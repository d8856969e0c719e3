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

    /** One update from the accumulated gradients. */
    void step() {
        step++;
        boolean grad = JniUtils.isGradMode();
        JniUtils.setGradMode(false);
        try (NDScope scope = new NDScope()) {
            float bc1 = 1 - (float) Math.pow(BETA1, step);
            float bc2 = 1 - (float) Math.pow(BETA2, step);
            float stepSize = lr / bc1;
            float sqrtBc2 = (float) Math.sqrt(bc2);
            for (int i = 0; i < params.length; i++) {
                NDArray p = params[i];
                NDArray g = p.getGradient();
                if (decoupled) {
                    if (wd > 0) {
                        p.muli(1 - lr * wd);
                    }
                } else if (wd > 0) {
                    g.addi(p.mul(wd));
                }
                m[i].muli(BETA1).addi(g.mul(1 - BETA1));
                v[i].muli(BETA2).addi(g.square().muli(1 - BETA2));
                NDArray denom = v[i].sqrt().divi(sqrtBc2).addi(EPS);
                p.subi(m[i].div(denom).muli(stepSize));
                g.muli(0f);
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
