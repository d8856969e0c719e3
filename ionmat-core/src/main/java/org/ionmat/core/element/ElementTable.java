package org.ionmat.core.element;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The bundled element table {@code elements.json} (provenance in the README next to it). It is
 * read once, lazily and thread-safely (initialization-on-demand holder), on the first call to
 * {@link #get(Element)}. A missing or inconsistent resource is a packaging bug and raises
 * {@link IllegalStateException}.
 */
final class ElementTable {

    static final String RESOURCE = "elements.json";

    private ElementTable() {
    }

    /** Data of {@code e}. */
    static ElementData get(Element e) {
        return Holder.DATA[e.z() - 1];
    }

    private static final class Holder {
        static final ElementData[] DATA = load();
    }

    private static ElementData[] load() {
        try (InputStream in = ElementTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " missing from the classpath");
            }
            JsonNode list = new ObjectMapper().readTree(in).path("elements");
            Element[] all = Element.values();
            if (!list.isArray() || list.size() != all.length) {
                throw new IllegalStateException(RESOURCE + ": expected " + all.length + " elements, found "
                        + list.size());
            }
            ElementData[] data = new ElementData[all.length];
            for (int i = 0; i < all.length; i++) {
                data[i] = parse(list.get(i), all[i]);
            }
            return data;
        } catch (IOException ex) {
            throw new IllegalStateException("cannot read " + RESOURCE, ex);
        }
    }

    private static ElementData parse(JsonNode n, Element expected) {
        if (n.path("Z").asInt() != expected.z() || !expected.symbol().equals(n.path("symbol").asText())) {
            throw new IllegalStateException(RESOURCE + ": entry " + n.path("Z") + " " + n.path("symbol")
                    + " where " + expected.z() + " " + expected.symbol() + " was expected");
        }
        List<ShannonRadius> shannon = new ArrayList<>();
        for (JsonNode s : required(n, "shannon", expected)) {
            shannon.add(new ShannonRadius(s.get(0).asInt(), s.get(1).asText(), s.get(2).asText(),
                    s.get(3).asDouble(), s.get(4).asDouble()));
        }
        String block = required(n, "block", expected).asText();
        if (block.length() != 1 || "spdf".indexOf(block.charAt(0)) < 0) {
            throw new IllegalStateException(RESOURCE + ": bad block '" + block + "' of " + expected);
        }
        return new ElementData(
                required(n, "name", expected).asText(),
                required(n, "mass", expected).asDouble(),
                numberOrNaN(n, "X", expected),
                numberOrNaN(n, "rcov", expected),
                ints(required(n, "common", expected)),
                ints(required(n, "states", expected)),
                block.charAt(0),
                required(n, "group", expected).asInt(),
                required(n, "period", expected).asInt(),
                shannon);
    }

    private static JsonNode required(JsonNode n, String field, Element e) {
        JsonNode v = n.get(field);
        if (v == null) {
            throw new IllegalStateException(RESOURCE + ": field '" + field + "' missing for " + e);
        }
        return v;
    }

    private static double numberOrNaN(JsonNode n, String field, Element e) {
        JsonNode v = required(n, field, e);
        return v.isNull() ? Double.NaN : v.asDouble();
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>(array.size());
        for (JsonNode v : array) {
            out.add(v.asInt());
        }
        return out;
    }
}
