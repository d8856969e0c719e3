package org.ionmat.analysis.descriptors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ionmat.core.InvalidInputException;

/**
 * A table of materials × descriptors with units, as {@code ionmat analyze} reads it: one row per
 * material (name, labels, descriptor values), columns in the order the descriptors first appear,
 * headers {@code "name [unit]"}. Immutable.
 */
public final class DescriptorTable {

    private final List<String> materials;
    private final List<Map<String, String>> labels;
    private final List<Map<Descriptor, Double>> values;
    private final List<String> labelNames;
    private final List<Descriptor> descriptors;
    private final List<String> warnings;

    private DescriptorTable(List<String> materials, List<Map<String, String>> labels, List<Map<Descriptor, Double>> values,
                            List<String> warnings) {
        this.materials = List.copyOf(materials);
        this.labels = List.copyOf(labels);
        this.values = List.copyOf(values);
        Set<String> ln = new LinkedHashSet<>();
        labels.forEach(m -> ln.addAll(m.keySet()));
        this.labelNames = List.copyOf(ln);
        Set<Descriptor> ds = new LinkedHashSet<>();
        values.forEach(m -> ds.addAll(m.keySet()));
        this.descriptors = List.copyOf(ds);
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Runs every source on every material. A source that fails for a material leaves that
     * material's values of the source missing and adds a warning naming both.
     */
    public static DescriptorTable build(List<Material> materials, List<DescriptorSource> sources) {
        Builder b = builder();
        for (Material m : materials) {
            List<DescriptorValue> row = new ArrayList<>();
            for (DescriptorSource src : sources) {
                try {
                    row.addAll(src.describe(m));
                } catch (InvalidInputException e) {
                    b.warn(m.name() + ": " + src.name() + " descriptors: " + e.getMessage());
                    for (Descriptor d : src.descriptors()) {
                        row.add(new DescriptorValue(d, Double.NaN));
                    }
                }
            }
            b.add(m.name(), m.labels(), row);
        }
        return b.build();
    }

    /** A builder of rows. */
    public static Builder builder() {
        return new Builder();
    }

    /** Material names, one per row. */
    public List<String> materials() {
        return materials;
    }

    /** Descriptors (columns) in order. */
    public List<Descriptor> descriptors() {
        return descriptors;
    }

    /** Label column names in order. */
    public List<String> labelNames() {
        return labelNames;
    }

    /** Value of a descriptor for row i (NaN when missing). */
    public double value(int row, Descriptor d) {
        Double v = values.get(row).get(d);
        return v == null ? Double.NaN : v;
    }

    /** Warnings collected while building. */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * CSV text: comment lines with the provenance and every column's category, then a header
     * ({@code material}, labels, descriptors) and one row per material; missing values empty.
     */
    public String toCsv() {
        StringBuilder sb = new StringBuilder();
        sb.append("# descriptor table written by ionmat; units in brackets\n");
        sb.append("# categories:");
        for (Descriptor d : descriptors) {
            sb.append(' ').append(d.header()).append('=').append(d.category().id()).append(';');
        }
        sb.append('\n');
        List<String> header = new ArrayList<>();
        header.add("material");
        header.addAll(labelNames);
        descriptors.forEach(d -> header.add(d.header()));
        sb.append(String.join(",", header.stream().map(DescriptorTable::quote).toList())).append('\n');
        for (int i = 0; i < materials.size(); i++) {
            List<String> f = new ArrayList<>();
            f.add(quote(materials.get(i)));
            for (String l : labelNames) {
                String v = labels.get(i).get(l);
                f.add(v == null ? "" : quote(v));
            }
            for (Descriptor d : descriptors) {
                double v = value(i, d);
                f.add(Double.isFinite(v) ? Double.toString(v) : "");
            }
            sb.append(String.join(",", f)).append('\n');
        }
        return sb.toString();
    }

    private static String quote(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.startsWith("#") || !s.equals(s.trim())) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    /** Collects rows. */
    public static final class Builder {
        private final List<String> materials = new ArrayList<>();
        private final List<Map<String, String>> labels = new ArrayList<>();
        private final List<Map<Descriptor, Double>> values = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        private Builder() {
        }

        /** Adds a row. */
        public Builder add(String material, Map<String, String> rowLabels, List<DescriptorValue> row) {
            Map<Descriptor, Double> m = new LinkedHashMap<>();
            for (DescriptorValue v : row) {
                m.put(v.descriptor(), v.value());
            }
            materials.add(material);
            labels.add(new LinkedHashMap<>(rowLabels));
            values.add(m);
            return this;
        }

        /** Records a warning. */
        public Builder warn(String w) {
            warnings.add(w);
            return this;
        }

        /** The table. */
        public DescriptorTable build() {
            return new DescriptorTable(materials, labels, values, warnings);
        }
    }
}
