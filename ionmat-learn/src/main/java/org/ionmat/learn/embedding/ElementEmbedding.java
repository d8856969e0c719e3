package org.ionmat.learn.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;

/**
 * A fixed vector per chemical element (a JSON object mapping element symbols to equal-length
 * numeric arrays, the format of the aviary {@code embeddings/element/*.json} files: matscholar200,
 * megnet16, cgcnn92, onehot112). Keys that are not element symbols (megnet16's {@code "Null"}) are
 * ignored. Immutable.
 */
public final class ElementEmbedding {

    private final String name;
    private final int dimension;
    private final Map<Element, float[]> vectors;
    private final String sha256;

    private ElementEmbedding(String name, int dimension, Map<Element, float[]> vectors, String sha256) {
        this.name = name;
        this.dimension = dimension;
        this.vectors = Collections.unmodifiableMap(vectors);
        this.sha256 = sha256;
    }

    /** Reads an embedding file; the name is the file name without {@code .json}. */
    public static ElementEmbedding read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), -1, null, "embedding file not found");
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), -1, null, "cannot read embedding file: " + e.getMessage());
        }
        String fn = file.getFileName().toString();
        String name = fn.endsWith(".json") ? fn.substring(0, fn.length() - 5) : fn;
        return parse(name, bytes, file.toString());
    }

    /** Reads an embedding from a stream (e.g. a model directory or a class-path resource). */
    public static ElementEmbedding read(String name, InputStream in) throws IOException {
        return parse(name, in.readAllBytes(), name);
    }

    /**
     * Parses embedding JSON.
     *
     * @param name   the embedding's name (e.g. {@code matscholar200})
     * @param bytes  UTF-8 JSON
     * @param source where the bytes came from, for error messages
     */
    public static ElementEmbedding parse(String name, byte[] bytes, String source) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(bytes);
        } catch (IOException e) {
            throw new InvalidInputException(source, -1, null, "not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(source, -1, null, "an embedding must be a JSON object of element -> vector");
        }
        Map<Element, float[]> map = new LinkedHashMap<>();
        int dim = -1;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            Element el = Element.lookup(e.getKey());
            if (el == null) {
                continue;
            }
            JsonNode v = e.getValue();
            if (!v.isArray() || v.isEmpty()) {
                throw new InvalidInputException(source, -1, e.getKey(), "vector of " + e.getKey() + " is not a non-empty array");
            }
            if (dim < 0) {
                dim = v.size();
            } else if (v.size() != dim) {
                throw new InvalidInputException(source, -1, e.getKey(),
                        "vector of " + e.getKey() + " has " + v.size() + " entries, expected " + dim);
            }
            float[] x = new float[dim];
            for (int i = 0; i < dim; i++) {
                JsonNode c = v.get(i);
                if (!c.isNumber() || !Double.isFinite(c.asDouble())) {
                    throw new InvalidInputException(source, -1, e.getKey(), "vector of " + e.getKey() + " has a non-numeric entry");
                }
                x[i] = (float) c.asDouble();
            }
            map.put(el, x);
        }
        if (map.isEmpty()) {
            throw new InvalidInputException(source, -1, null, "no element vectors in embedding");
        }
        return new ElementEmbedding(name, dim, map, sha256(bytes));
    }

    /** Name of the embedding (file stem), e.g. {@code matscholar200}. */
    public String name() {
        return name;
    }

    /** Length of each vector. */
    public int dimension() {
        return dimension;
    }

    /** Whether the element has a vector. */
    public boolean contains(Element element) {
        return vectors.containsKey(element);
    }

    /** A copy of the element's vector; throws {@link InvalidInputException} when absent. */
    public float[] vector(Element element) {
        float[] v = vectors.get(element);
        if (v == null) {
            throw new InvalidInputException("element " + element.symbol() + " is not in embedding " + name);
        }
        return v.clone();
    }

    /** Copies the element's vector into {@code dest} at {@code offset} (no allocation). */
    public void copyVector(Element element, float[] dest, int offset) {
        float[] v = vectors.get(element);
        if (v == null) {
            throw new InvalidInputException("element " + element.symbol() + " is not in embedding " + name);
        }
        System.arraycopy(v, 0, dest, offset, dimension);
    }

    /** The elements that have vectors, in file order. */
    public java.util.Set<Element> elements() {
        return vectors.keySet();
    }

    /** SHA-256 of the JSON bytes this embedding was read from (hex). */
    public String sha256() {
        return sha256;
    }

    /** Writes the embedding as JSON (symbol -> vector), readable by {@link #read(Path)}. */
    public byte[] toJson() {
        Map<String, float[]> m = new LinkedHashMap<>();
        vectors.forEach((k, v) -> m.put(k.symbol(), v));
        try {
            return new ObjectMapper().writeValueAsBytes(m);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
