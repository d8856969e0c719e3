package org.ionmat.learn.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What each cluster is made of in terms of a label (e.g. the mobile-ion family), as in seed paper
 * 001's discussion of Fig. 5: counts per cluster and label, and the share of the dominant label.
 *
 * @param labels   distinct labels, sorted ({@code "(missing)"} for missing labels)
 * @param counts   counts[cluster][label]
 */
public record ClusterComposition(List<String> labels, int[][] counts) {

    /** Placeholder label for rows without a label. */
    public static final String MISSING = "(missing)";

    /** Tabulates cluster assignments against labels (null = missing). */
    public static ClusterComposition of(int[] clusters, String[] rowLabels, int k) {
        TreeSet<String> set = new TreeSet<>();
        for (String s : rowLabels) {
            set.add(s == null ? MISSING : s);
        }
        List<String> names = new ArrayList<>(set);
        int[][] c = new int[k][names.size()];
        for (int i = 0; i < clusters.length; i++) {
            c[clusters[i]][names.indexOf(rowLabels[i] == null ? MISSING : rowLabels[i])]++;
        }
        return new ClusterComposition(List.copyOf(names), c);
    }

    /** Number of members of a cluster. */
    public int size(int cluster) {
        int s = 0;
        for (int v : counts[cluster]) {
            s += v;
        }
        return s;
    }

    /** The most frequent label of a cluster (first in sort order on ties), or null for an empty cluster. */
    public String dominant(int cluster) {
        int best = -1;
        for (int l = 0; l < labels.size(); l++) {
            if (counts[cluster][l] > 0 && (best < 0 || counts[cluster][l] > counts[cluster][best])) {
                best = l;
            }
        }
        return best < 0 ? null : labels.get(best);
    }

    /** Fraction of a cluster's members that carry its dominant label (0 for an empty cluster). */
    public double dominantShare(int cluster) {
        int s = size(cluster);
        String d = dominant(cluster);
        return s == 0 ? 0 : (double) counts[cluster][labels.indexOf(d)] / s;
    }

    /** Number of clusters in which a label appears. */
    public int clustersWith(String label) {
        int l = labels.indexOf(label);
        int c = 0;
        for (int[] row : counts) {
            if (l >= 0 && row[l] > 0) {
                c++;
            }
        }
        return c;
    }
}
