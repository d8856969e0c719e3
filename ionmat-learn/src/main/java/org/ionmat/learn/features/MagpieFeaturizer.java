package org.ionmat.learn.features;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.ionmat.core.composition.Composition;
import org.ionmat.core.composition.OxidationStateGuesser;
import org.ionmat.core.composition.OxidationStateOptions;
import org.ionmat.core.element.Element;

/**
 * Magpie-style composition features (Ward et al., npj Comput. Mater. 2, 16028, 2016, as used in
 * matminer): 145 numbers per composition.
 *
 * <ul>
 *   <li>132 elemental-property statistics: for each of 22 element properties (resource
 *       {@code magpie-elements.tsv}, see its README for sources) the fraction-weighted minimum,
 *       maximum, range, mean, average absolute deviation from the mean, and mode (the property of the
 *       most abundant element; ties: the smallest value);</li>
 *   <li>6 stoichiometry features: number of elements and the L2, L3, L5, L7, L10 norms of the
 *       atomic fractions;</li>
 *   <li>4 valence-orbital features: fraction of the average valence electrons in s, p, d, f
 *       orbitals;</li>
 *   <li>3 ion-property features: whether a charge-balanced assignment of common oxidation states
 *       exists (1/0), and the maximum and fraction-weighted mean ionic character
 *       {@code 1 − exp(−(χ_i − χ_j)²/4)} over element pairs (Pauling χ).</li>
 * </ul>
 *
 * Thread-safe; immutable.
 */
public final class MagpieFeaturizer {

    private static final String[] STATS = {"minimum", "maximum", "range", "mean", "avg_dev", "mode"};
    private static final int[] NORMS = {2, 3, 5, 7, 10};

    private final List<String> properties;
    private final Map<Element, double[]> table;
    private final List<String> names;
    private final int ns;
    private final int np;
    private final int nd;
    private final int nf;
    private final int chi;

    private MagpieFeaturizer(List<String> properties, Map<Element, double[]> table) {
        this.properties = List.copyOf(properties);
        this.table = table;
        List<String> n = new ArrayList<>();
        for (String p : properties) {
            for (String s : STATS) {
                n.add("MagpieData " + s + " " + p);
            }
        }
        n.add("0-norm");
        for (int p : NORMS) {
            n.add(p + "-norm");
        }
        for (String o : new String[] {"s", "p", "d", "f"}) {
            n.add("frac " + o + " valence electrons");
        }
        n.add("compound possible");
        n.add("max ionic char");
        n.add("avg ionic char");
        this.names = List.copyOf(n);
        ns = properties.indexOf("NsValence");
        np = properties.indexOf("NpValence");
        nd = properties.indexOf("NdValence");
        nf = properties.indexOf("NfValence");
        chi = properties.indexOf("Electronegativity");
    }

    private static final class Holder {
        static final MagpieFeaturizer INSTANCE = load();
    }

    /** The featurizer with the shipped element table. */
    public static MagpieFeaturizer standard() {
        return Holder.INSTANCE;
    }

    private static MagpieFeaturizer load() {
        try (InputStream in = MagpieFeaturizer.class.getResourceAsStream("magpie-elements.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> props = null;
            Map<Element, double[]> t = new EnumMap<>(Element.class);
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                if (props == null) {
                    props = Arrays.asList(f).subList(1, f.length - 1);
                    continue;
                }
                double[] v = new double[props.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = Double.parseDouble(f[i + 1]);
                }
                t.put(Element.of(f[0]), v);
            }
            return new MagpieFeaturizer(props, t);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Feature names (matminer-style). */
    public List<String> names() {
        return names;
    }

    /** Number of features. */
    public int size() {
        return names.size();
    }

    /** The element properties. */
    public List<String> properties() {
        return properties;
    }

    /** Null when the composition can be featurized, else the reason (element without data). */
    public String reject(Composition c) {
        if (c.isEmpty()) {
            return "empty composition";
        }
        for (Element e : c.elementAmounts().keySet()) {
            if (!table.containsKey(e)) {
                return "no Magpie data for element " + e.symbol();
            }
        }
        return null;
    }

    /** The features of a composition. */
    public double[] features(Composition composition) {
        Map<Element, Double> amounts = composition.elementAmounts();
        List<Element> els = new ArrayList<>();
        double total = 0;
        for (Map.Entry<Element, Double> e : amounts.entrySet()) {
            if (e.getValue() > 0) {
                els.add(e.getKey());
                total += e.getValue();
            }
        }
        els.sort((a, b) -> Integer.compare(a.z(), b.z()));
        int k = els.size();
        double[] x = new double[k];
        double[][] p = new double[k][];
        for (int i = 0; i < k; i++) {
            x[i] = amounts.get(els.get(i)) / total;
            p[i] = table.get(els.get(i));
            if (p[i] == null) {
                throw new org.ionmat.core.InvalidInputException("no Magpie data for element " + els.get(i).symbol());
            }
        }
        double[] f = new double[names.size()];
        int o = 0;
        int modeIndex = 0;
        for (int i = 1; i < k; i++) {
            if (x[i] > x[modeIndex] + 1e-12) {
                modeIndex = i;
            }
        }
        for (int q = 0; q < properties.size(); q++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double mean = 0;
            for (int i = 0; i < k; i++) {
                min = Math.min(min, p[i][q]);
                max = Math.max(max, p[i][q]);
                mean += x[i] * p[i][q];
            }
            double dev = 0;
            for (int i = 0; i < k; i++) {
                dev += x[i] * Math.abs(p[i][q] - mean);
            }
            double mode = p[modeIndex][q];
            for (int i = 0; i < k; i++) {
                if (Math.abs(x[i] - x[modeIndex]) <= 1e-12 && p[i][q] < mode) {
                    mode = p[i][q];
                }
            }
            f[o++] = min;
            f[o++] = max;
            f[o++] = max - min;
            f[o++] = mean;
            f[o++] = dev;
            f[o++] = mode;
        }
        f[o++] = k;
        for (int pn : NORMS) {
            double s = 0;
            for (double xi : x) {
                s += Math.pow(xi, pn);
            }
            f[o++] = Math.pow(s, 1.0 / pn);
        }
        double[] avg = new double[4];
        int[] idx = {ns, np, nd, nf};
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < 4; j++) {
                avg[j] += x[i] * p[i][idx[j]];
            }
        }
        double sum = avg[0] + avg[1] + avg[2] + avg[3];
        for (int j = 0; j < 4; j++) {
            f[o++] = sum > 0 ? avg[j] / sum : 0;
        }
        f[o++] = chargeBalanced(composition) ? 1 : 0;
        double maxIc = 0;
        double avgIc = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double d = p[i][chi] - p[j][chi];
                double ic = 1 - Math.exp(-0.25 * d * d);
                maxIc = Math.max(maxIc, ic);
                avgIc += x[i] * x[j] * ic;
            }
        }
        f[o++] = maxIc;
        f[o++] = avgIc;
        return f;
    }

    private static boolean chargeBalanced(Composition c) {
        if (c.elementAmounts().size() < 2) {
            return false;
        }
        try {
            return !OxidationStateGuesser.guesses(c.withoutOxidationStates(),
                    OxidationStateOptions.DEFAULTS.withMaxResults(1)).isEmpty();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Features of many compositions [N][size()]. */
    public double[][] features(List<Composition> compositions) {
        double[][] r = new double[compositions.size()][];
        java.util.stream.IntStream.range(0, r.length).parallel().forEach(i -> r[i] = features(compositions.get(i)));
        return r;
    }
}
