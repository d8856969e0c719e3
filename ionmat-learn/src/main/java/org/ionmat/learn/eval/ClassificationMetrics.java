package org.ionmat.learn.eval;

import org.ionmat.learn.model.ClassPrediction;
import org.ionmat.learn.stats.Ranks;

/**
 * Metrics of predicted class probabilities against true classes.
 *
 * @param n                rows
 * @param accuracy         fraction whose most probable class is the true one
 * @param balancedAccuracy mean over the classes present of the per-class recall
 * @param logLoss          mean −ln p(true class) (probabilities clipped to [1e-15, 1])
 * @param rocAuc           area under the ROC curve of p(class 1) for two classes (ties count half),
 *                         NaN for more classes or when one class is absent
 */
public record ClassificationMetrics(int n, double accuracy, double balancedAccuracy, double logLoss, double rocAuc) {

    /**
     * @param truth         true class index per row
     * @param probabilities [N][K] class probabilities per row
     */
    public static ClassificationMetrics of(int[] truth, double[][] probabilities) {
        int n = truth.length;
        int k = probabilities[0].length;
        int correct = 0;
        double loss = 0;
        int[] count = new int[k];
        int[] hit = new int[k];
        for (int i = 0; i < n; i++) {
            int best = ClassPrediction.mostProbable(probabilities[i]);
            count[truth[i]]++;
            if (best == truth[i]) {
                correct++;
                hit[truth[i]]++;
            }
            loss -= Math.log(Math.min(1, Math.max(1e-15, probabilities[i][truth[i]])));
        }
        double recall = 0;
        int present = 0;
        for (int c = 0; c < k; c++) {
            if (count[c] > 0) {
                recall += (double) hit[c] / count[c];
                present++;
            }
        }
        return new ClassificationMetrics(n, (double) correct / n, recall / present, loss / n,
                k == 2 ? rocAuc(truth, probabilities) : Double.NaN);
    }

    /** Mann–Whitney form of the binary ROC AUC with average ranks for ties. */
    private static double rocAuc(int[] truth, double[][] probabilities) {
        int n = truth.length;
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            score[i] = probabilities[i][1];
        }
        double[] rank = Ranks.average(score);
        double sum = 0;
        long positives = 0;
        for (int i = 0; i < n; i++) {
            if (truth[i] == 1) {
                sum += rank[i];
                positives++;
            }
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (sum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
