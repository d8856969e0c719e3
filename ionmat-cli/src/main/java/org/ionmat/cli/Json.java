package org.ionmat.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * JSON output of the CLI: insertion-ordered maps and lists, pretty printed, non-finite numbers
 * written as {@code null} (JSON has no NaN).
 */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .registerModule(new SimpleModule().addSerializer(Double.class, new FiniteDoubleSerializer()));

    private Json() {
    }

    /** A new insertion-ordered JSON object. */
    public static Map<String, Object> object() {
        return new LinkedHashMap<>();
    }

    /** Serialises a value (maps, lists, arrays, numbers, strings, booleans, null). */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(sanitize(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise output", e);
        }
    }

    /** Prints a value followed by a newline. */
    public static void print(PrintWriter out, Object value) {
        out.println(write(value));
        out.flush();
    }

    private static Object sanitize(Object v) {
        if (v instanceof double[] a) {
            Object[] r = new Object[a.length];
            for (int i = 0; i < a.length; i++) {
                r[i] = Double.isFinite(a[i]) ? a[i] : null;
            }
            return r;
        }
        if (v instanceof double[][] a) {
            Object[] r = new Object[a.length];
            for (int i = 0; i < a.length; i++) {
                r[i] = sanitize(a[i]);
            }
            return r;
        }
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> r = new LinkedHashMap<>();
            m.forEach((k, x) -> r.put(k, sanitize(x)));
            return r;
        }
        if (v instanceof List<?> l) {
            return l.stream().map(Json::sanitize).toList();
        }
        return v;
    }

    private static final class FiniteDoubleSerializer extends JsonSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider serializers) throws java.io.IOException {
            if (value == null || !Double.isFinite(value)) {
                gen.writeNull();
            } else {
                gen.writeNumber(value);
            }
        }
    }
}
