package org.ionmat.learn.model;

/**
 * Class probabilities of an ensemble of classifiers with the usual split of their uncertainty
 * (entropies in nats): the total predictive entropy H[p̄] of the member-averaged probabilities is
 * the expected member entropy E_w H[p_w] (aleatoric: the classes overlap) plus the mutual
 * information between the prediction and the member (epistemic: the members disagree).
 *
 * @param probabilities      [N][K] member-averaged probabilities p̄
 * @param entropy            H[p̄]
 * @param entropyAleatoric   mean member entropy E_w H[p_w]
 * @param entropyEpistemic   mutual information H[p̄] − E_w H[p_w] (≥ 0; 0 for a single member)
 */
public record ClassPrediction(double[][] probabilities, double[] entropy, double[] entropyAleatoric,
        double[] entropyEpistemic) {

    /** Number of rows. */
    public int size() {
        return probabilities.length;
    }

    /** The most probable class of row {@code i} (the first on ties). */
    public int predicted(int i) {
        return mostProbable(probabilities[i]);
    }

    /** The index of the largest probability (the first on ties). */
    public static int mostProbable(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }

    /**
     * Combines W members' probabilities.
     *
     * @param memberProbabilities [W][N][K], each row summing to 1
     */
    public static ClassPrediction combine(double[][][] memberProbabilities) {
        int w = memberProbabilities.length;
        int n = memberProbabilities[0].length;
        int k = memberProbabilities[0][0].length;
        double[][] p = new double[n][k];
        double[] h = new double[n];
        double[] ha = new double[n];
        double[] he = new double[n];
        for (int i = 0; i < n; i++) {
            for (double[][] member : memberProbabilities) {
                ha[i] += entropy(member[i]) / w;
                for (int c = 0; c < k; c++) {
                    p[i][c] += member[i][c] / w;
                }
            }
            h[i] = entropy(p[i]);
            he[i] = Math.max(0, h[i] - ha[i]);
        }
        return new ClassPrediction(p, h, ha, he);
    }

    /**
     * The combined probabilities tempered by T (p_c ∝ p̄_c^(1/T)), the entropy recomputed and its
     * aleatoric and epistemic parts rescaled in proportion, so that they still add up to it.
     */
    public ClassPrediction temperedMean(double temperature) {
        double[][] p = temper(new double[][][] {probabilities}, temperature)[0];
        int n = p.length;
        double[] h = new double[n];
        double[] ha = new double[n];
        double[] he = new double[n];
        for (int i = 0; i < n; i++) {
            h[i] = entropy(p[i]);
            double before = entropyAleatoric[i] + entropyEpistemic[i];
            double share = before > 0 ? entropyAleatoric[i] / before : 0.5;
            ha[i] = share * h[i];
            he[i] = h[i] - ha[i];
        }
        return new ClassPrediction(p, h, ha, he);
    }

    /**
     * Each member's probabilities tempered by T: p_c ∝ p_c^(1/T), which is softmax(logits / T).
     * T &gt; 1 softens over-confident members, T &lt; 1 sharpens them.
     */
    public static double[][][] temper(double[][][] memberProbabilities, double temperature) {
        double[][][] t = new double[memberProbabilities.length][][];
        for (int w = 0; w < t.length; w++) {
            t[w] = new double[memberProbabilities[w].length][];
            for (int i = 0; i < t[w].length; i++) {
                double[] p = memberProbabilities[w][i];
                double[] q = new double[p.length];
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < p.length; c++) {
                    q[c] = p[c] > 0 ? Math.log(p[c]) / temperature : Double.NEGATIVE_INFINITY;
                    max = Math.max(max, q[c]);
                }
                double sum = 0;
                for (int c = 0; c < p.length; c++) {
                    q[c] = Math.exp(q[c] - max);
                    sum += q[c];
                }
                for (int c = 0; c < p.length; c++) {
                    q[c] /= sum;
                }
                t[w][i] = q;
            }
        }
        return t;
    }

    /** −Σ p ln p (nats), with 0 ln 0 = 0. */
    public static double entropy(double[] p) {
        double s = 0;
        for (double v : p) {
            if (v > 0) {
                s -= v * Math.log(v);
            }
        }
        return s;
    }
}
