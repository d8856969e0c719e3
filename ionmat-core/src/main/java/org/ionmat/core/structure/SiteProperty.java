package org.ionmat.core.structure;

import java.util.Arrays;

/**
 * An immutable per-site numeric property: {@code width} numbers per site (1 for charges or
 * magnetic moments, 3 for velocities or forces), stored flat.
 */
public final class SiteProperty {

    private final int width;
    private final double[] values;

    /**
     * @param width  numbers per site (>= 1)
     * @param values flat values, {@code width} per site (copied)
     */
    public SiteProperty(int width, double[] values) {
        if (width < 1 || values.length % width != 0) {
            throw new IllegalArgumentException("property of width " + width + " cannot hold " + values.length + " values");
        }
        this.width = width;
        this.values = values.clone();
    }

    /** A scalar property (one number per site). */
    public static SiteProperty scalar(double[] values) {
        return new SiteProperty(1, values);
    }

    /** A vector property (three numbers per site). */
    public static SiteProperty vector(double[] values) {
        return new SiteProperty(3, values);
    }

    /** Numbers per site. */
    public int width() {
        return width;
    }

    /** Number of sites covered. */
    public int size() {
        return values.length / width;
    }

    /** Copy of all values, flat. */
    public double[] values() {
        return values.clone();
    }

    /** Value {@code k} of site {@code i}. */
    public double get(int i, int k) {
        return values[width * i + k];
    }

    /** Copy of the values of site {@code i}. */
    public double[] of(int i) {
        return Arrays.copyOfRange(values, width * i, width * i + width);
    }

    /** Same property with sites reordered: new site k takes old site order[k]. */
    public SiteProperty permuted(int[] order) {
        double[] v = new double[order.length * width];
        for (int k = 0; k < order.length; k++) {
            System.arraycopy(values, width * order[k], v, width * k, width);
        }
        return new SiteProperty(width, v);
    }

    /** This property repeated {@code copies} times, site by site (site i gives sites i*copies..). */
    public SiteProperty repeatEach(int copies) {
        double[] v = new double[values.length * copies];
        int n = size();
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < copies; c++) {
                System.arraycopy(values, width * i, v, width * (i * copies + c), width);
            }
        }
        return new SiteProperty(width, v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SiteProperty p && width == p.width && Arrays.equals(values, p.values);
    }

    @Override
    public int hashCode() {
        return 31 * width + Arrays.hashCode(values);
    }
}
