package org.ionmat.core.symmetry.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.ionmat.core.composition.Composition;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.Site;
import org.ionmat.core.structure.Structure;

/** Structures and spglib results written by scripts/golden/spglib_symmetry_golden.py. */
final class GoldenStructures {

    /** One structure and spglib's datasets by symprec ("0.01", "0.1"; null where spglib failed). */
    record Entry(String id, Structure structure, int[] types, Map<String, JsonNode> spglib) {
    }

    private GoldenStructures() {
    }

    static JsonNode read(String resource) {
        try (InputStream in = GoldenStructures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new ObjectMapper().readTree(new GZIPInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Map<String, List<Entry>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** The entries of a golden file (parsed once per test run). */
    static List<Entry> load(String resource) {
        return CACHE.computeIfAbsent(resource, GoldenStructures::parse);
    }

    private static List<Entry> parse(String resource) {
        List<Entry> out = new ArrayList<>();
        for (JsonNode e : read(resource).get("structures")) {
            double[][] rows = new double[3][3];
            for (int i = 0; i < 3; i++) {
                for (int k = 0; k < 3; k++) {
                    rows[i][k] = e.get("lattice").get(i).get(k).asDouble();
                }
            }
            List<Composition> typeSpecies = new ArrayList<>();
            for (JsonNode t : e.get("type_species")) {
                Map<Species, Double> occ = new LinkedHashMap<>();
                for (JsonNode sp : t) {
                    occ.put(Species.parse(sp.get(0).asText()), sp.get(1).asDouble());
                }
                typeSpecies.add(Composition.of(occ));
            }
            Structure.Builder b = Structure.builder(Lattice.of(rows));
            int n = e.get("types").size();
            int[] types = new int[n];
            for (int i = 0; i < n; i++) {
                types[i] = e.get("types").get(i).asInt();
                JsonNode f = e.get("frac").get(i);
                b.add(new Site(typeSpecies.get(types[i]), new double[] {f.get(0).asDouble(), f.get(1).asDouble(),
                    f.get(2).asDouble()}, null));
            }
            Map<String, JsonNode> sp = new LinkedHashMap<>();
            e.get("spglib").fields().forEachRemaining(x -> sp.put(x.getKey(), x.getValue().isNull() ? null : x.getValue()));
            out.add(new Entry(e.get("id").asText(), b.build(), types, sp));
        }
        return out;
    }

    static int[] ints(JsonNode array) {
        int[] r = new int[array.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = array.get(i).asInt();
        }
        return r;
    }

    /** True if two labelings of the same atoms describe the same partition. */
    static boolean samePartition(int[] a, int[] b) {
        if (a.length != b.length) {
            return false;
        }
        Map<Integer, Integer> ab = new LinkedHashMap<>();
        Map<Integer, Integer> ba = new LinkedHashMap<>();
        for (int i = 0; i < a.length; i++) {
            Integer x = ab.putIfAbsent(a[i], b[i]);
            Integer y = ba.putIfAbsent(b[i], a[i]);
            if ((x != null && x != b[i]) || (y != null && y != a[i])) {
                return false;
            }
        }
        return true;
    }
}
