package org.ionmat.learn.regression;

import java.util.ArrayList;
import java.util.List;

/**
 * Named selection of input columns for a regression: numeric columns used as they are and
 * categorical columns one-hot encoded.
 *
 * @param name        e.g. {@code "anharmonic"}
 * @param numeric     numeric input columns
 * @param categorical categorical input columns
 */
public record FeatureSet(String name, List<String> numeric, List<String> categorical) {

    public FeatureSet {
        numeric = List.copyOf(numeric);
        categorical = List.copyOf(categorical);
    }

    /**
     * The two feature sets of seed paper 001 (Fig. 3): "anharmonic" uses every input column;
     * "harmonic" leaves out the columns that come from finite-temperature MD (the anharmonic
     * vibrational descriptors).
     *
     * @param numeric     all numeric input columns (target excluded)
     * @param categorical all categorical input columns
     * @param anharmonic  the MD-based columns left out of the harmonic set
     */
    public static List<FeatureSet> harmonicAnharmonic(List<String> numeric, List<String> categorical, List<String> anharmonic) {
        List<String> hn = new ArrayList<>(numeric);
        hn.removeAll(anharmonic);
        List<String> hc = new ArrayList<>(categorical);
        hc.removeAll(anharmonic);
        return List.of(new FeatureSet("anharmonic", numeric, categorical), new FeatureSet("harmonic", hn, hc));
    }

    /** Number of input columns before encoding. */
    public int columnCount() {
        return numeric.size() + categorical.size();
    }
}
