package org.ionmat.learn.regression;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.ionmat.core.InvalidInputException;
import org.ionmat.learn.table.DataTable;

/**
 * Leave-one-group-out cross-validation of a regression on a table (seed paper 001's "K-fold": each
 * fold predicts every sample of one compound from a model trained on all the others). Groups are
 * taken in sorted order (as scikit-learn's {@code LeaveOneGroupOut}); the feature encoding is fitted
 * inside each fold on its training rows; the fold of group g is trained with seed {@code seed + g}.
 * Folds run in parallel; the result does not depend on the number of threads.
 */
public final class LeaveOneGroupOut {

    private LeaveOneGroupOut() {
    }

    /**
     * Cross-validates.
     *
     * @param table    the data
     * @param target   numeric target column (rows with a missing target are left out)
     * @param features input columns
     * @param groups   group of each table row (null entries form one group); null for leave-one-out
     * @param model    the regression method
     * @param seed     base seed
     * @throws InvalidInputException if there are fewer than 2 groups or no features
     */
    public static CrossValidationResult run(DataTable table, String target, FeatureSet features, String[] groups,
                                            Regressor model, long seed) {
        if (features.columnCount() == 0) {
            throw new InvalidInputException("feature set '" + features.name() + "' has no columns");
        }
        double[] y = table.numeric(target);
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            if (!Double.isNaN(y[i])) {
                keep.add(i);
            }
        }
        int n = keep.size();
        int[] rows = keep.stream().mapToInt(Integer::intValue).toArray();
        DataTable t = table.rows(rows);
        double[] target0 = t.numeric(target);
        String[] g = new String[n];
        for (int i = 0; i < n; i++) {
            g[i] = groups == null ? Integer.toString(rows[i]) : groups[rows[i]] == null ? "(missing)" : groups[rows[i]];
        }
        List<String> names = new ArrayList<>(new TreeSet<>(List.of(g)));
        if (names.size() < 2) {
            throw new InvalidInputException("leave-one-group-out needs at least 2 groups with a target, got " + names.size());
        }
        double[] pred = new double[n];
        double[][] trainErr = new double[names.size()][];
        int[] featureCount = new int[names.size()];
        IntStream.range(0, names.size()).parallel().forEach(f -> {
            String grp = names.get(f);
            int[] test = IntStream.range(0, n).filter(i -> g[i].equals(grp)).toArray();
            int[] train = IntStream.range(0, n).filter(i -> !g[i].equals(grp)).toArray();
            DataTable tr = t.rows(train);
            DataTable te = t.rows(test);
            FeatureEncoder enc = FeatureEncoder.fit(features, tr);
            double[][] xTrain = enc.transform(tr);
            double[] yTrain = tr.numeric(target);
            Regressor.Model m = model.fit(xTrain, yTrain, seed + f);
            double[] p = m.predict(enc.transform(te));
            for (int q = 0; q < test.length; q++) {
                pred[test[q]] = p[q];
            }
            double[] pt = m.predict(xTrain);
            double[] e = new double[train.length];
            for (int q = 0; q < train.length; q++) {
                e[q] = Math.abs(pt[q] - yTrain[q]);
            }
            trainErr[f] = e;
            featureCount[f] = enc.featureNames().size();
        });
        double mean = Metrics.mean(target0);
        double trainSum = 0;
        int trainCount = 0;
        for (double[] e : trainErr) {
            for (double v : e) {
                trainSum += v;
                trainCount++;
            }
        }
        return new CrossValidationResult(model.name(), features.name(), featureCount[0], rows, g, target0, pred,
                names.size(), Metrics.mape(target0, pred, mean), trainSum / trainCount / Math.abs(mean),
                Metrics.mae(target0, pred), Metrics.rmse(target0, pred), Metrics.r2(target0, pred));
    }
}
