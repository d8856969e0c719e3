package org.ionmat.learn.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.ionmat.learn.Golden;
import org.junit.jupiter.api.Test;

/** k-means and silhouette against scikit-learn. */
class ClusteringTest {

    @Test
    void silhouetteMatchesScikitLearn() {
        JsonNode g = Golden.get().get("silhouette");
        double[][] pts = Golden.matrix(g.get("points"));
        int[] labels = Golden.ints(g.get("labels"));
        double[] expected = Golden.vector(g.get("samples"));
        double[] s = Silhouette.samples(pts, labels);
        for (int i = 0; i < s.length; i++) {
            assertEquals(expected[i], s[i], 1e-8, "sample " + i);
        }
        assertEquals(g.get("score").asDouble(), Silhouette.score(pts, labels), 1e-8);
        assertEquals(g.get("random_score").asDouble(), Silhouette.score(pts, Golden.ints(g.get("random_labels"))), 1e-8);
    }

    /**
     * With the default restarts, for 20 different seeds (not one lucky one). On the uniform cloud
     * scikit-learn's own n_init=10 misses its random_state=0 value by more than 0.1 % for 50–75 % of
     * other random states; with 10 restarts ours (Lloyd + Hartigan moves) missed it for 10–20 % of seeds.
     */
    @Test
    void bestInertiaWithinATenthOfAPercentOfScikitLearnOrLower() {
        JsonNode g = Golden.get().get("kmeans");
        for (JsonNode run : g.get("runs")) {
            double[][] pts = Golden.matrix(g.get(run.get("data").asText()));
            int k = run.get("k").asInt();
            double sk = run.get("inertia").asDouble();
            for (int seed = 1; seed < 20; seed++) {
                KMeansResult other = KMeans.withClusters(k).withSeed(seed).fit(pts);
                assertTrue(other.inertia() <= sk * 1.001, run + " seed " + seed + ": ours " + other.inertia());
            }
            KMeansResult r = KMeans.withClusters(k).withSeed(0).fit(pts);
            assertTrue(r.inertia() <= sk * 1.001, run + ": ours " + r.inertia());
            // the inertia is the sum of squared distances to the reported centres
            double in = 0;
            for (int i = 0; i < pts.length; i++) {
                for (int a = 0; a < pts[i].length; a++) {
                    double d = pts[i][a] - r.centers()[r.labels()[i]][a];
                    in += d * d;
                }
            }
            assertEquals(in, r.inertia(), 1e-9 * in);
        }
    }

    @Test
    void reproducibleFromTheSeed() {
        double[][] pts = Golden.matrix(Golden.get().get("kmeans").get("cloud"));
        KMeansResult a = KMeans.withClusters(5).withSeed(7).fit(pts);
        KMeansResult b = KMeans.withClusters(5).withSeed(7).fit(pts);
        assertArrayEquals(a.labels(), b.labels());
        assertEquals(a.inertia(), b.inertia(), 0);
    }

    @Test
    void scanFindsTheFourBlobs() {
        double[][] pts = Golden.matrix(Golden.get().get("kmeans").get("blobs"));
        ClusterScan scan = ClusterScan.of(pts, 8, KMeans.withClusters(1).withSeed(1));
        assertEquals(4, scan.bestSilhouetteK());
        assertEquals(8, scan.inertia().size());
        assertEquals(7, scan.silhouette().size());
        for (int k = 2; k <= 8; k++) {
            assertTrue(scan.inertia().get(k) <= scan.inertia().get(k - 1) + 1e-9);
        }
    }

    @Test
    void compositionByLabel() {
        ClusterComposition c = ClusterComposition.of(new int[] {0, 0, 1, 1, 1, 2}, new String[] {"Li", "Na", "Li", "Li", null, "O"}, 3);
        assertEquals(java.util.List.of("(missing)", "Li", "Na", "O"), c.labels());
        assertEquals("Li", c.dominant(1));
        assertEquals(2.0 / 3, c.dominantShare(1), 1e-15);
        assertEquals(2, c.clustersWith("Li"));
        assertEquals(3, c.size(1));
    }
}
