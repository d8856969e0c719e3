package org.ionmat.learn.regression;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * One-hot encoding of a categorical column, as scikit-learn's {@code OneHotEncoder(handle_unknown=
 * "ignore")}: one 0/1 feature per category seen when fitting (sorted); a category not seen then, or
 * a missing value (null), encodes as all zeros.
 */
public final class OneHotEncoder {

    private final List<String> categories;

    private OneHotEncoder(List<String> categories) {
        this.categories = categories;
    }

    /** Learns the categories of a column (nulls ignored). */
    public static OneHotEncoder fit(String[] column) {
        TreeSet<String> set = new TreeSet<>();
        for (String s : column) {
            if (s != null) {
                set.add(s);
            }
        }
        return new OneHotEncoder(List.copyOf(new ArrayList<>(set)));
    }

    /** The categories, one feature each, in feature order. */
    public List<String> categories() {
        return categories;
    }

    /** Encodes a column: one row per value, one column per category. */
    public double[][] transform(String[] column) {
        double[][] r = new double[column.length][categories.size()];
        for (int i = 0; i < column.length; i++) {
            int c = column[i] == null ? -1 : categories.indexOf(column[i]);
            if (c >= 0) {
                r[i][c] = 1;
            }
        }
        return r;
    }
}
