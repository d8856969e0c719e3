package org.ionmat.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Golden values made by scripts/golden/analytics_scipy_sklearn.py (scipy 1.10, numpy 1.24, scikit-learn 1.2). */
public final class Golden {

    private static JsonNode root;

    private Golden() {
    }

    /** The parsed golden file. */
    public static synchronized JsonNode get() {
        if (root == null) {
            try (InputStream in = Golden.class.getResourceAsStream("/golden/analytics_sklearn.json")) {
                root = new ObjectMapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }

    /** A JSON array of numbers (null = NaN). */
    public static double[] vector(JsonNode a) {
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i).isNull() ? Double.NaN : a.get(i).asDouble();
        }
        return v;
    }

    /** A JSON array of arrays. */
    public static double[][] matrix(JsonNode a) {
        double[][] m = new double[a.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = vector(a.get(i));
        }
        return m;
    }

    /** A JSON array of integers. */
    public static int[] ints(JsonNode a) {
        int[] v = new int[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i).asInt();
        }
        return v;
    }
}
