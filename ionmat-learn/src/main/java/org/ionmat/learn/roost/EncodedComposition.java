package org.ionmat.learn.roost;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.composition.Composition;
import org.ionmat.core.element.Element;
import org.ionmat.learn.embedding.ElementEmbedding;

/**
 * A composition as Roost sees it: its distinct elements and their fractional weights
 * {@code w_i = n_i / Σ_k n_k} (thesis §4.2), in order of atomic number. Immutable.
 */
public final class EncodedComposition {

    private final Element[] elements;
    private final float[] weights;

    private EncodedComposition(Element[] elements, float[] weights) {
        this.elements = elements;
        this.weights = weights;
    }

    /**
     * Encodes a composition; throws {@link InvalidInputException} when it is empty or has an element
     * the embedding does not cover.
     */
    public static EncodedComposition of(Composition c, ElementEmbedding embedding) {
        Map<Element, Double> amounts = c.elementAmounts();
        List<Element> els = new ArrayList<>();
        double total = 0;
        for (Map.Entry<Element, Double> e : amounts.entrySet()) {
            if (e.getValue() > 0) {
                els.add(e.getKey());
                total += e.getValue();
            }
        }
        if (els.isEmpty() || !(total > 0)) {
            throw new InvalidInputException("empty composition");
        }
        els.sort((a, b) -> Integer.compare(a.z(), b.z()));
        List<String> missing = new ArrayList<>();
        for (Element el : els) {
            if (!embedding.contains(el)) {
                missing.add(el.symbol());
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException("element" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                    + " not in embedding " + embedding.name());
        }
        Element[] e = els.toArray(new Element[0]);
        float[] w = new float[e.length];
        for (int i = 0; i < e.length; i++) {
            w[i] = (float) (amounts.get(e[i]) / total);
        }
        return new EncodedComposition(e, w);
    }

    /** Parses and encodes a formula with {@link Composition#parse}. */
    public static EncodedComposition parse(String formula, ElementEmbedding embedding) {
        return of(Composition.parse(formula), embedding);
    }

    /** Number of distinct elements. */
    public int size() {
        return elements.length;
    }

    /** Element {@code i}. */
    public Element element(int i) {
        return elements[i];
    }

    /** Fractional weight of element {@code i}. */
    public float weight(int i) {
        return weights[i];
    }
}
