package org.ionmat.learn.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ionmat.core.InvalidInputException;

/**
 * An immutable table of materials (rows) × descriptors (columns), as read from a CSV file. Each
 * column is either numeric ({@code double[]}, {@link Double#NaN} for a missing value) or categorical
 * ({@code String[]}, {@code null} for a missing value).
 *
 * <p>Column names may carry a unit in brackets, e.g. {@code "B [GPa]"}; {@link #find(String)} accepts
 * the full name or the name without the unit ({@code "B"}) when that is unambiguous.
 */
public final class DataTable {

    private final String source;
    private final List<String> names;
    private final List<double[]> numeric;   // null entry for categorical columns
    private final List<String[]> categorical; // null entry for numeric columns
    private final int rows;

    private DataTable(String source, List<String> names, List<double[]> numeric, List<String[]> categorical, int rows) {
        this.source = source;
        this.names = List.copyOf(names);
        this.numeric = numeric;
        this.categorical = categorical;
        this.rows = rows;
    }

    /** A new builder for a table with {@code rows} rows; {@code source} names the origin in messages. */
    public static Builder builder(String source, int rows) {
        return new Builder(source, rows);
    }

    /** Origin of the table (file name) used in messages, or null. */
    public String source() {
        return source;
    }

    /** Number of rows. */
    public int rows() {
        return rows;
    }

    /** Number of columns. */
    public int columnCount() {
        return names.size();
    }

    /** Column names in file order. */
    public List<String> names() {
        return names;
    }

    /** Name of column {@code c}. */
    public String name(int c) {
        return names.get(c);
    }

    /** True when column {@code c} is numeric. */
    public boolean isNumeric(int c) {
        return numeric.get(c) != null;
    }

    /** Names of the numeric columns in file order. */
    public List<String> numericNames() {
        List<String> r = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            if (isNumeric(c)) {
                r.add(names.get(c));
            }
        }
        return r;
    }

    /** Names of the categorical columns in file order. */
    public List<String> categoricalNames() {
        List<String> r = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            if (!isNumeric(c)) {
                r.add(names.get(c));
            }
        }
        return r;
    }

    /** Index of an exactly named column, or -1. */
    public int indexOf(String name) {
        return names.indexOf(name);
    }

    /**
     * The column a user means by {@code ref}: the exact name, else the unique column whose name
     * without its bracketed unit equals {@code ref} (case-sensitive, then case-insensitive); a
     * log-transformed column {@code log10(D [cm^2/s])} is also found as {@code D}.
     *
     * @throws InvalidInputException naming the table and the available columns if there is none or
     *                               the reference is ambiguous
     */
    public String find(String ref) {
        if (names.contains(ref)) {
            return ref;
        }
        for (boolean ignoreCase : new boolean[] {false, true}) {
            List<String> hits = new ArrayList<>();
            for (String n : names) {
                String base = baseName(n);
                if (n.startsWith("log10(") && n.endsWith(")") && !base.equals(ref.trim())) {
                    String inner = n.substring(6, n.length() - 1);
                    if (inner.equals(ref.trim()) || baseName(inner).equals(ref.trim())) {
                        base = ref.trim();
                    }
                }
                if (ignoreCase ? base.equalsIgnoreCase(ref.trim()) || n.equalsIgnoreCase(ref.trim()) : base.equals(ref.trim())) {
                    hits.add(n);
                }
            }
            if (hits.size() == 1) {
                return hits.get(0);
            }
            if (hits.size() > 1) {
                throw new InvalidInputException(source, -1, ref, "column '" + ref + "' is ambiguous: " + hits);
            }
        }
        throw new InvalidInputException(source, -1, ref, "no column '" + ref + "'; the columns are " + names);
    }

    /** A column name without a trailing bracketed unit: {@code "B [GPa]"} -> {@code "B"}. */
    public static String baseName(String name) {
        int k = name.indexOf('[');
        if (k > 0 && name.endsWith("]")) {
            return name.substring(0, k).trim();
        }
        return name.trim();
    }

    /** Copy of a numeric column (NaN = missing). */
    public double[] numeric(String name) {
        int c = require(name);
        if (numeric.get(c) == null) {
            throw new InvalidInputException(source, -1, name, "column '" + name + "' is not numeric");
        }
        return numeric.get(c).clone();
    }

    /** Copy of a categorical column (null = missing); numeric columns are rendered as text. */
    public String[] labels(String name) {
        int c = require(name);
        if (categorical.get(c) != null) {
            return categorical.get(c).clone();
        }
        double[] v = numeric.get(c);
        String[] r = new String[rows];
        for (int i = 0; i < rows; i++) {
            r[i] = Double.isNaN(v[i]) ? null : (v[i] == Math.rint(v[i]) && Math.abs(v[i]) < 1e15
                    ? Long.toString((long) v[i]) : Double.toString(v[i]));
        }
        return r;
    }

    /** Number of missing values in a column. */
    public int missing(String name) {
        int c = require(name);
        int m = 0;
        for (int i = 0; i < rows; i++) {
            if (isNumeric(c) ? Double.isNaN(numeric.get(c)[i]) : categorical.get(c)[i] == null) {
                m++;
            }
        }
        return m;
    }

    /** Numeric columns as one array per column, in the order given. */
    public double[][] numericColumns(List<String> columns) {
        double[][] r = new double[columns.size()][];
        for (int k = 0; k < r.length; k++) {
            r[k] = numeric(columns.get(k));
        }
        return r;
    }

    /** The same table with a numeric column replaced (same length). */
    public DataTable withNumeric(String name, double[] values) {
        int c = require(name);
        if (values.length != rows) {
            throw new IllegalArgumentException("column length " + values.length + " != " + rows);
        }
        List<double[]> n = new ArrayList<>(numeric);
        List<String[]> s = new ArrayList<>(categorical);
        n.set(c, values.clone());
        s.set(c, null);
        return new DataTable(source, names, n, s, rows);
    }

    /** The same table with a column renamed. */
    public DataTable renamed(String name, String newName) {
        int c = require(name);
        if (!name.equals(newName) && names.contains(newName)) {
            throw new InvalidInputException(source, -1, newName, "a column '" + newName + "' exists already");
        }
        List<String> nn = new ArrayList<>(names);
        nn.set(c, newName);
        return new DataTable(source, nn, numeric, categorical, rows);
    }

    /** The rows in {@code keep} (row indices, in that order). */
    public DataTable rows(int[] keep) {
        List<double[]> n = new ArrayList<>();
        List<String[]> s = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            double[] v = numeric.get(c);
            String[] t = categorical.get(c);
            if (v != null) {
                double[] r = new double[keep.length];
                for (int i = 0; i < keep.length; i++) {
                    r[i] = v[keep[i]];
                }
                n.add(r);
                s.add(null);
            } else {
                String[] r = new String[keep.length];
                for (int i = 0; i < keep.length; i++) {
                    r[i] = t[keep[i]];
                }
                n.add(null);
                s.add(r);
            }
        }
        return new DataTable(source, names, n, s, keep.length);
    }

    private int require(String name) {
        int c = names.indexOf(name);
        if (c < 0) {
            throw new InvalidInputException(source, -1, name, "no column '" + name + "'; the columns are " + names);
        }
        return c;
    }

    @Override
    public String toString() {
        return "DataTable(" + rows + " rows, " + names.size() + " columns" + (source == null ? "" : ", " + source) + ")";
    }

    /** Builds a table column by column. */
    public static final class Builder {
        private final String source;
        private final int rows;
        private final Map<String, Object> columns = new LinkedHashMap<>();

        private Builder(String source, int rows) {
            this.source = source;
            this.rows = rows;
        }

        /** Adds a numeric column (NaN = missing; copied). */
        public Builder numeric(String name, double[] values) {
            return put(name, values.clone(), values.length);
        }

        /** Adds a categorical column (null = missing; copied). */
        public Builder categorical(String name, String[] values) {
            return put(name, values.clone(), values.length);
        }

        private Builder put(String name, Object values, int length) {
            if (length != rows) {
                throw new IllegalArgumentException("column '" + name + "' has " + length + " values, expected " + rows);
            }
            if (columns.containsKey(name)) {
                throw new InvalidInputException(source, -1, name, "duplicate column name '" + name + "'");
            }
            columns.put(name, values);
            return this;
        }

        /** The table. */
        public DataTable build() {
            List<String> names = new ArrayList<>(columns.keySet());
            List<double[]> n = new ArrayList<>();
            List<String[]> s = new ArrayList<>();
            for (Object v : columns.values()) {
                n.add(v instanceof double[] d ? d : null);
                s.add(v instanceof String[] t ? t : null);
            }
            return new DataTable(source, Collections.unmodifiableList(names), n, s, rows);
        }
    }
}
