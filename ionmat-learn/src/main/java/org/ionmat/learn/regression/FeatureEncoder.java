package org.ionmat.learn.regression;

import java.util.ArrayList;
import java.util.List;

import org.ionmat.learn.table.DataTable;

/**
 * Turns table rows into a design matrix for a {@link FeatureSet}, fitted on training rows only:
 * numeric columns as they are, categorical columns one-hot encoded ({@link OneHotEncoder}); then
 * every feature standardized ({@link StandardScaler}) and missing numeric values set to 0 (the
 * training mean).
 */
public final class FeatureEncoder {

    private final FeatureSet set;
    private final List<OneHotEncoder> encoders;
    private final StandardScaler scaler;
    private final List<String> featureNames;

    private FeatureEncoder(FeatureSet set, List<OneHotEncoder> encoders, StandardScaler scaler, List<String> featureNames) {
        this.set = set;
        this.encoders = encoders;
        this.scaler = scaler;
        this.featureNames = featureNames;
    }

    /** Fits the encoding on the training table. */
    public static FeatureEncoder fit(FeatureSet set, DataTable train) {
        List<OneHotEncoder> enc = new ArrayList<>();
        List<String> names = new ArrayList<>(set.numeric());
        for (String c : set.categorical()) {
            OneHotEncoder e = OneHotEncoder.fit(train.labels(c));
            enc.add(e);
            for (String cat : e.categories()) {
                names.add(c + "=" + cat);
            }
        }
        FeatureEncoder partial = new FeatureEncoder(set, enc, null, names);
        StandardScaler scaler = StandardScaler.fit(partial.raw(train));
        return new FeatureEncoder(set, enc, scaler, List.copyOf(names));
    }

    /** Names of the encoded features (one-hot features as {@code column=category}). */
    public List<String> featureNames() {
        return featureNames;
    }

    /** Design matrix of the table's rows: one row per table row. */
    public double[][] transform(DataTable table) {
        double[][] z = scaler.transform(raw(table));
        for (double[] row : z) {
            for (int a = 0; a < row.length; a++) {
                if (Double.isNaN(row[a])) {
                    row[a] = 0;
                }
            }
        }
        return z;
    }

    private double[][] raw(DataTable t) {
        int n = t.rows();
        int d = featureNames.size();
        double[][] x = new double[n][d];
        int col = 0;
        for (String c : set.numeric()) {
            double[] v = t.numeric(c);
            for (int i = 0; i < n; i++) {
                x[i][col] = v[i];
            }
            col++;
        }
        for (int k = 0; k < encoders.size(); k++) {
            double[][] oh = encoders.get(k).transform(t.labels(set.categorical().get(k)));
            int w = encoders.get(k).categories().size();
            for (int i = 0; i < n; i++) {
                System.arraycopy(oh[i], 0, x[i], col, w);
            }
            col += w;
        }
        return x;
    }
}
