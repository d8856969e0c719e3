package org.ionmat.potential.spec;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionmat.core.InvalidInputException;

/**
 * Typed, checked access to the fields of one JSON object of a potential file; every error names the
 * file and the field's path (e.g. {@code pairs[1].rho}).
 */
public final class JsonFields {

    private final ObjectNode node;
    private final String source;
    private final String path;

    /**
     * @param node   the object
     * @param source file name (or other origin) for messages
     * @param path   path of the object in the file, empty for the top level
     */
    public JsonFields(ObjectNode node, String source, String path) {
        this.node = node;
        this.source = source;
        this.path = path;
    }

    /**
     * Fields of {@code value}, which must be a JSON object.
     *
     * @throws InvalidInputException if it is not an object
     */
    public static JsonFields of(JsonNode value, String source, String path) {
        if (value == null || !value.isObject()) {
            throw new InvalidInputException(source, -1, null,
                    (path.isEmpty() ? "the file" : "'" + path + "'") + " must be a JSON object" + got(value));
        }
        return new JsonFields((ObjectNode) value, source, path);
    }

    /** The underlying object. */
    public ObjectNode node() {
        return node;
    }

    /** Path of a field of this object. */
    public String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** An error about field {@code key}. */
    public InvalidInputException error(String key, String problem) {
        return new InvalidInputException(source, -1, null, "'" + pathOf(key) + "': " + problem);
    }

    /** An error about this object as a whole. */
    public InvalidInputException error(String problem) {
        return new InvalidInputException(source, -1, null, (path.isEmpty() ? "" : "'" + path + "': ") + problem);
    }

    /**
     * Rejects keys outside {@code allowed}.
     *
     * @throws InvalidInputException naming the first unknown key and the allowed ones
     */
    public void allowOnly(Set<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!allowed.contains(k)) {
                List<String> sorted = new ArrayList<>(allowed);
                sorted.sort(null);
                throw new InvalidInputException(source, -1, null, "unknown key '" + pathOf(k) + "' (allowed here: "
                        + String.join(", ", sorted) + ")");
            }
        }
    }

    /** True if the field is present (and not null). */
    public boolean has(String key) {
        JsonNode v = node.get(key);
        return v != null && !v.isNull();
    }

    /** The raw value of a field, or null. */
    public JsonNode get(String key) {
        return node.get(key);
    }

    /** A required finite number. */
    public double number(String key) {
        if (!has(key)) {
            throw error(key, "missing (a number is required)");
        }
        return numberValue(key, node.get(key));
    }

    /** An optional finite number, {@code fallback} if absent. */
    public double number(String key, double fallback) {
        return has(key) ? numberValue(key, node.get(key)) : fallback;
    }

    /** A required positive number. */
    public double positive(String key) {
        double v = number(key);
        if (!(v > 0)) {
            throw error(key, "must be positive, got " + v);
        }
        return v;
    }

    /** An optional boolean. */
    public boolean bool(String key, boolean fallback) {
        if (!has(key)) {
            return fallback;
        }
        JsonNode v = node.get(key);
        if (!v.isBoolean()) {
            throw error(key, "expected true or false" + got(v));
        }
        return v.booleanValue();
    }

    /** A required string. */
    public String string(String key) {
        if (!has(key)) {
            throw error(key, "missing (a string is required)");
        }
        return stringValue(key, node.get(key));
    }

    /** An optional string, {@code fallback} if absent. */
    public String string(String key, String fallback) {
        return has(key) ? stringValue(key, node.get(key)) : fallback;
    }

    /** A required array of numbers. */
    public double[] numbers(String key) {
        if (!has(key)) {
            throw error(key, "missing (an array of numbers is required)");
        }
        JsonNode v = node.get(key);
        if (!v.isArray()) {
            throw error(key, "expected an array of numbers" + got(v));
        }
        double[] r = new double[v.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = numberValue(key + "[" + i + "]", v.get(i));
        }
        return r;
    }

    /** A required array of strings. */
    public List<String> strings(String key) {
        if (!has(key)) {
            throw error(key, "missing (an array of strings is required)");
        }
        JsonNode v = node.get(key);
        if (!v.isArray()) {
            throw error(key, "expected an array of strings" + got(v));
        }
        List<String> r = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            r.add(stringValue(key + "[" + i + "]", v.get(i)));
        }
        return r;
    }

    /** A required array; returns its elements. */
    public List<JsonNode> array(String key) {
        if (!has(key)) {
            throw error(key, "missing (an array is required)");
        }
        JsonNode v = node.get(key);
        if (!v.isArray()) {
            throw error(key, "expected an array" + got(v));
        }
        List<JsonNode> r = new ArrayList<>();
        v.forEach(r::add);
        return r;
    }

    /** A required nested object. */
    public JsonFields object(String key) {
        if (!has(key)) {
            throw error(key, "missing (an object is required)");
        }
        return of(node.get(key), source, pathOf(key));
    }

    private double numberValue(String key, JsonNode v) {
        if (v == null || !v.isNumber()) {
            throw error(key, "expected a number" + got(v));
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d)) {
            throw error(key, "must be a finite number, got " + v);
        }
        return d;
    }

    private String stringValue(String key, JsonNode v) {
        if (v == null || !v.isTextual()) {
            throw error(key, "expected a string" + got(v));
        }
        return v.textValue();
    }

    private static String got(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "";
        }
        String kind = v.isNull() ? "null" : v.isTextual() ? "a string" : v.isNumber() ? "a number"
                : v.isBoolean() ? "a boolean" : v.isArray() ? "an array" : v.isObject() ? "an object" : v.getNodeType().toString();
        String text = v.toString();
        if (text.length() > 40) {
            text = text.substring(0, 37) + "...";
        }
        return String.format(Locale.ROOT, ", got %s %s", kind, v.isContainerNode() ? "" : text).stripTrailing();
    }
}
