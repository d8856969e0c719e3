package org.ionmat.learn.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.ionmat.core.composition.Composition;

class MagpieFeaturizerTest {

    private final MagpieFeaturizer f = MagpieFeaturizer.standard();

    private double feature(double[] v, String name) {
        return v[f.names().indexOf(name)];
    }

    @Test
    void hasThe145FeaturesOfTheThesis() {
        assertEquals(22, f.properties().size());
        assertEquals(145, f.size());
    }

    @Test
    void statisticsOfFe2O3ByHand() {
        double[] v = f.features(Composition.parse("Fe2O3"));
        // Z: Fe 26 (0.4), O 8 (0.6)
        assertEquals(8, feature(v, "MagpieData minimum Number"), 0);
        assertEquals(26, feature(v, "MagpieData maximum Number"), 0);
        assertEquals(18, feature(v, "MagpieData range Number"), 0);
        assertEquals(0.4 * 26 + 0.6 * 8, feature(v, "MagpieData mean Number"), 1e-12);
        double mean = 15.2;
        assertEquals(0.4 * Math.abs(26 - mean) + 0.6 * Math.abs(8 - mean), feature(v, "MagpieData avg_dev Number"), 1e-12);
        assertEquals(8, feature(v, "MagpieData mode Number"), 0);
        assertEquals(2, feature(v, "0-norm"), 0);
        assertEquals(Math.sqrt(0.16 + 0.36), feature(v, "2-norm"), 1e-12);
        // valence: Fe s2 d6, O s2 p4 -> avg s 2, p 2.4, d 2.4
        double total = 2 + 2.4 + 2.4;
        assertEquals(2 / total, feature(v, "frac s valence electrons"), 1e-12);
        assertEquals(2.4 / total, feature(v, "frac d valence electrons"), 1e-12);
        assertEquals(1, feature(v, "compound possible"), 0);
        double ic = 1 - Math.exp(-0.25 * (3.44 - 1.83) * (3.44 - 1.83));
        assertEquals(ic, feature(v, "max ionic char"), 1e-12);
        assertEquals(2 * 0.4 * 0.6 * ic, feature(v, "avg ionic char"), 1e-12);
    }

    @Test
    void elementsAndSymmetryInvariance() {
        double[] a = f.features(Composition.parse("NaCl"));
        double[] b = f.features(Composition.parse("Cl2Na2"));
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i], b[i], 1e-12, f.names().get(i));
        }
        assertEquals(0, f.features(List.of(Composition.parse("Cu"))).length == 1 ? 0 : 1);
        assertNull(f.reject(Composition.parse("LiFePO4")));
    }
}
