package org.ionmat.cli.learn;

import java.util.LinkedHashMap;
import java.util.Map;

import org.hipparchus.stat.StatUtils;

import org.ionmat.learn.eval.ClassificationMetrics;
import org.ionmat.learn.eval.RegressionMetrics;
import org.ionmat.learn.model.ClassPrediction;

/** The metrics blocks that {@code train} writes (ensemble and per member). */
final class MetricsReport {

    private MetricsReport() {
    }

    /** n, MAE, RMSE and R² of predicted means against targets. */
    static Map<String, Object> regression(double[] y, double[] mean) {
        RegressionMetrics r = RegressionMetrics.of(y, mean);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", r.n());
        m.put("mae", r.mae());
        m.put("rmse", r.rmse());
        m.put("r2", r.r2());
        return m;
    }

    /** Class indices stored as doubles in a classification table's target column. */
    static int[] labels(double[] y) {
        int[] truth = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            truth[i] = (int) y[i];
        }
        return truth;
    }

    /** Accuracy, balanced accuracy, log loss and ROC AUC (two classes) of class probabilities [N][K]. */
    static Map<String, Object> classification(int[] truth, double[][] probabilities) {
        ClassificationMetrics c = ClassificationMetrics.of(truth, probabilities);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", c.n());
        m.put("accuracy", c.accuracy());
        m.put("balanced_accuracy", c.balancedAccuracy());
        m.put("log_loss", c.logLoss());
        m.put("roc_auc", c.rocAuc());
        return m;
    }

    /**
     * {@link #classification(int[], double[][])} of the combined prediction, and the mean and
     * standard deviation of the members' accuracies.
     *
     * @param truth    class indices [N]
     * @param members  member probabilities [W][N][K]
     * @param combined their combination
     */
    static Map<String, Object> classification(int[] truth, double[][][] members, ClassPrediction combined) {
        Map<String, Object> m = classification(truth, combined.probabilities());
        double[] acc = new double[members.length];
        for (int k = 0; k < members.length; k++) {
            acc[k] = ClassificationMetrics.of(truth, members[k]).accuracy();
        }
        m.put("single_accuracy_mean", mean(acc));
        m.put("single_accuracy_std", std(acc));
        return m;
    }

    static double mean(double[] a) {
        return StatUtils.mean(a);
    }

    /** Sample standard deviation (0 for fewer than two values). */
    static double std(double[] a) {
        return a.length < 2 ? 0 : Math.sqrt(StatUtils.variance(a));
    }
}
