package org.ionmat.core.composition;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ionmat.core.element.Element;

/**
 * ICSD statistics of oxidation states, from the bundled resource {@code oxidation-statistics.json}
 * (provenance in the README next to it): which states of each element occur in the ICSD, how
 * often, and the mean and spread of their bond-valence sums. Loaded once, lazily and thread-safely.
 */
public final class OxidationStatistics {

    static final String RESOURCE = "oxidation-statistics.json";

    private OxidationStatistics() {
    }

    /**
     * Oxidation states of {@code e} observed in the ICSD, ascending; empty when the ICSD
     * statistics do not list the element.
     */
    public static List<Integer> icsdStates(Element e) {
        return Holder.ICSD_STATES.getOrDefault(e, List.of());
    }

    /** Number of ICSD occurrences of {@code e} in oxidation state {@code state} (0 if none). */
    public static long occurrence(Element e, int state) {
        Map<Integer, Long> m = Holder.OCCURRENCE.get(e);
        return m == null ? 0 : m.getOrDefault(state, 0L);
    }

    /**
     * Mean and standard deviation of the bond-valence sum of {@code e} in {@code state} over the
     * ICSD, in valence units, as {@code {mean, std, count}}, or null when not tabulated.
     */
    public static double[] bondValenceSum(Element e, int state) {
        Map<Integer, double[]> m = Holder.BV_SUM.get(e);
        double[] v = m == null ? null : m.get(state);
        return v == null ? null : v.clone();
    }

    /** Oxidation states of {@code e} with bond-valence-sum statistics, ascending (empty if none). */
    public static List<Integer> bondValenceSumStates(Element e) {
        Map<Integer, double[]> m = Holder.BV_SUM.get(e);
        return m == null ? List.of() : m.keySet().stream().sorted().toList();
    }

    private static final class Holder {
        static final Map<Element, List<Integer>> ICSD_STATES = new EnumMap<>(Element.class);
        static final Map<Element, Map<Integer, Long>> OCCURRENCE = new EnumMap<>(Element.class);
        static final Map<Element, Map<Integer, double[]>> BV_SUM = new EnumMap<>(Element.class);

        static {
            JsonNode root = read();
            for (Iterator<Map.Entry<String, JsonNode>> it = section(root, "icsd_states"); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                List<Integer> states = new ArrayList<>();
                e.getValue().forEach(v -> states.add(v.asInt()));
                ICSD_STATES.put(element(e.getKey()), List.copyOf(states));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = section(root, "occurrence"); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Map<Integer, Long> counts = new HashMap<>();
                e.getValue().fields().forEachRemaining(s -> counts.put(Integer.parseInt(s.getKey()),
                        s.getValue().asLong()));
                OCCURRENCE.put(element(e.getKey()), Map.copyOf(counts));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = section(root, "bvsum"); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Map<Integer, double[]> sums = new HashMap<>();
                e.getValue().fields().forEachRemaining(s -> sums.put(Integer.parseInt(s.getKey()),
                        new double[] {s.getValue().get(0).asDouble(), s.getValue().get(1).asDouble(),
                                s.getValue().get(2).asDouble()}));
                BV_SUM.put(element(e.getKey()), Map.copyOf(sums));
            }
        }

        private static JsonNode read() {
            try (InputStream in = OxidationStatistics.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + RESOURCE + " missing from the classpath");
                }
                return new ObjectMapper().readTree(in);
            } catch (IOException ex) {
                throw new IllegalStateException("cannot read " + RESOURCE, ex);
            }
        }

        private static Iterator<Map.Entry<String, JsonNode>> section(JsonNode root, String name) {
            JsonNode s = root.get(name);
            if (s == null || !s.isObject()) {
                throw new IllegalStateException(RESOURCE + ": section '" + name + "' missing");
            }
            return s.fields();
        }

        private static Element element(String symbol) {
            Element e = Element.lookup(symbol);
            if (e == null) {
                throw new IllegalStateException(RESOURCE + ": unknown element " + symbol);
            }
            return e;
        }
    }
}
