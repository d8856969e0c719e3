package org.ionmat.learn.roost;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.pytorch.jni.JniUtils;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link AdamOptimizer} against PyTorch's documented Adam / AdamW update written out in double
 * precision, on the loss Σ c_k p_k³ whose gradient 3 c_k p_k² changes every step.
 */
class AdamOptimizerTest {

    @BeforeAll
    static void runtime() {
        TorchRuntime.start();
        TorchRuntime.configureThreads(1);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void stepsFollowPyTorchsAlgorithm(boolean decoupled) {
        double lr = 0.05;
        double wd = 0.1;
        float[] start = {0.8f, -1.3f, 0.02f, 2.5f, -0.4f};
        float[] coef = {1f, 0.5f, -2f, 0.1f, 3f};
        double[] p = new double[start.length];
        double[] m = new double[start.length];
        double[] v = new double[start.length];
        for (int k = 0; k < p.length; k++) {
            p[k] = start[k];
        }
        boolean grad = JniUtils.isGradMode();
        try (NDManager manager = NDManager.newBaseManager(Device.cpu())) {
            NDArray param = manager.create(start);
            param.setRequiresGradient(true);
            NDArray c = manager.create(coef);
            try (AdamOptimizer opt = new AdamOptimizer(new NDArray[] {param}, lr, wd, decoupled)) {
                for (int t = 1; t <= 12; t++) {
                    try (NDScope scope = new NDScope()) {
                        JniUtils.setGradMode(true);
                        NDArray loss = param.pow(3).mul(c).sum();
                        AdamOptimizer.backward(loss);
                        JniUtils.setGradMode(false);
                        opt.step();
                    }
                    for (int k = 0; k < p.length; k++) {
                        double g = 3 * coef[k] * p[k] * p[k];
                        if (decoupled) {
                            p[k] *= 1 - lr * wd;
                        } else {
                            g += wd * p[k];
                        }
                        m[k] = 0.9 * m[k] + 0.1 * g;
                        v[k] = 0.999 * v[k] + 0.001 * g * g;
                        double mHat = m[k] / (1 - Math.pow(0.9, t));
                        double vHat = v[k] / (1 - Math.pow(0.999, t));
                        p[k] -= lr * mHat / (Math.sqrt(vHat) + 1e-8);
                    }
                    float[] got = param.toFloatArray();
                    for (int k = 0; k < p.length; k++) {
                        assertEquals(p[k], got[k], 2e-5 * Math.max(1, Math.abs(p[k])), "step " + t + " parameter " + k);
                    }
                    assertArrayEquals(new float[p.length], param.getGradient().toFloatArray(), "gradients zeroed");
                }
                assertEquals(12, opt.steps());
            }
        } finally {
            JniUtils.setGradMode(grad);
        }
    }
}
