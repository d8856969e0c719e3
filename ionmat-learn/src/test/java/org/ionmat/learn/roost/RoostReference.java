package org.ionmat.learn.roost;

import org.ionmat.learn.embedding.ElementEmbedding;

/**
 * Roost's forward pass written out element by element in double precision, directly from the thesis
 * equations (§4.2, eqs. 4.2–4.4) and the parameter layout of {@link RoostParameters#specs}: no
 * tensors, no batching, no grouping or masking. The test oracle for {@link RoostNetwork}'s batched
 * tensor formulations.
 */
final class RoostReference {

    private final RoostConfig c;
    private final RoostParameters p;

    RoostReference(RoostConfig config, RoostParameters params) {
        this.c = config;
        this.p = params;
    }

    /** Network outputs for one composition. */
    double[] outputs(EncodedComposition comp, ElementEmbedding emb) {
        int n = comp.size();
        int d = c.nodeDim();
        int idx = 0;
        float[] embW = p.array(idx++);
        float[] embB = p.array(idx++);
        double[][] h = new double[n][d];
        double[] logW = new double[n];
        for (int i = 0; i < n; i++) {
            float[] x = emb.vector(comp.element(i));
            for (int o = 0; o < d - 1; o++) {
                double s = embB[o];
                for (int k = 0; k < x.length; k++) {
                    s += embW[o * x.length + k] * x[k];
                }
                h[i][o] = s;
            }
            h[i][d - 1] = comp.weight(i);
            logW[i] = Math.log(comp.weight(i));
        }
        for (int t = 0; t < c.messageLayers(); t++) {
            Block b = new Block(idx, c.messageHeads(), c.messageHidden(), 2 * d);
            idx = b.next;
            double[][] next = new double[n][];
            for (int i = 0; i < n; i++) {
                double[][] f = new double[n][];
                double[][][] g = new double[n][][];
                boolean[] partner = new boolean[n];
                for (int j = 0; j < n; j++) {
                    partner[j] = j != i || c.selfPairs();
                    if (partner[j]) {
                        double[] in = concat(h[i], h[j]);
                        double[] act = b.hidden(in);
                        f[j] = b.scores(act, logW[j]);
                        g[j] = b.messages(act);
                    }
                }
                next[i] = h[i].clone();
                add(next[i], b.attend(f, g, partner));
            }
            h = next;
        }
        Block pool = new Block(idx, c.poolHeads(), c.poolHidden(), d);
        idx = pool.next;
        double[][] f = new double[n][];
        double[][][] g = new double[n][][];
        boolean[] all = new boolean[n];
        for (int i = 0; i < n; i++) {
            double[] act = pool.hidden(h[i]);
            f[i] = pool.scores(act, logW[i]);
            g[i] = pool.messages(act);
            all[i] = true;
        }
        double[] x = pool.attend(f, g, all);
        int in = d;
        for (int width : c.outputHidden()) {
            double[] y = affine(p.array(idx++), p.array(idx++), x, width);
            for (int o = 0; o < width; o++) {
                y[o] = Math.max(0, y[o]);
            }
            if (width != in) {
                add(y, affine(p.array(idx++), null, x, width));
            } else {
                add(y, x);
            }
            x = y;
            in = width;
        }
        return affine(p.array(idx++), p.array(idx), x, c.outputs());
    }

    /** One weighted soft-attention block: W1, b1, f W2, f b2, g W2, g b2 [, pow]. */
    private final class Block {
        final int m;
        final int hid;
        final float[] w1;
        final float[] b1;
        final float[] fw;
        final float[] fb;
        final float[] gw;
        final float[] gb;
        final float[] pow;
        final int next;

        Block(int start, int heads, int hidden, int in) {
            m = heads;
            hid = hidden;
            int k = start;
            w1 = p.array(k++);
            b1 = p.array(k++);
            fw = p.array(k++);
            fb = p.array(k++);
            gw = p.array(k++);
            gb = p.array(k++);
            pow = c.weightPower() == RoostConfig.WeightPower.LEARNABLE ? p.array(k++) : null;
            next = k;
        }

        /** LeakyReLU(W1 x + b1): the hidden layers of f (first m·hid) and g (last m·hid). */
        double[] hidden(double[] x) {
            double[] a = affine(w1, b1, x, 2 * m * hid);
            for (int u = 0; u < a.length; u++) {
                a[u] = a[u] > 0 ? a[u] : 0.01 * a[u];
            }
            return a;
        }

        /** e^m = f^m(act) + p^m log w (one per head). */
        double[] scores(double[] act, double logWeight) {
            double[] e = new double[m];
            for (int h = 0; h < m; h++) {
                double s = fb[h];
                for (int u = 0; u < hid; u++) {
                    s += fw[h * hid + u] * act[h * hid + u];
                }
                e[h] = s + (pow == null ? 1 : pow[h]) * logWeight;
            }
            return e;
        }

        /** g^m(act), [head][d]. */
        double[][] messages(double[] act) {
            int d = c.nodeDim();
            double[][] g = new double[m][d];
            for (int h = 0; h < m; h++) {
                for (int o = 0; o < d; o++) {
                    double s = gb[h * d + o];
                    for (int u = 0; u < hid; u++) {
                        s += act[m * hid + h * hid + u] * gw[(h * hid + u) * d + o];
                    }
                    g[h][o] = s;
                }
            }
            return g;
        }

        /** Σ_m Σ_j softmax_j(e_j^m) g_j^m over the included j (or the mean over heads). */
        double[] attend(double[][] f, double[][][] g, boolean[] include) {
            double[] r = new double[c.nodeDim()];
            for (int h = 0; h < m; h++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < f.length; j++) {
                    if (include[j]) {
                        max = Math.max(max, f[j][h]);
                    }
                }
                double sum = 0;
                for (int j = 0; j < f.length; j++) {
                    if (include[j]) {
                        sum += Math.exp(f[j][h] - max);
                    }
                }
                for (int j = 0; j < f.length; j++) {
                    if (include[j]) {
                        double a = Math.exp(f[j][h] - max) / (sum + 1e-10);
                        for (int o = 0; o < r.length; o++) {
                            r[o] += a * g[j][h][o];
                        }
                    }
                }
            }
            if (c.headReduction() == RoostConfig.HeadReduction.MEAN) {
                for (int o = 0; o < r.length; o++) {
                    r[o] /= m;
                }
            }
            return r;
        }
    }

    /** W x + b for a row-major [out, x.length] matrix (b may be null). */
    private static double[] affine(float[] w, float[] b, double[] x, int out) {
        double[] y = new double[out];
        for (int o = 0; o < out; o++) {
            double s = b == null ? 0 : b[o];
            for (int k = 0; k < x.length; k++) {
                s += w[o * x.length + k] * x[k];
            }
            y[o] = s;
        }
        return y;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static void add(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
    }
}
