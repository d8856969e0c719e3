package org.ionmat.analysis.trajectory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;

/**
 * A named selection of atoms of a trajectory (for example all Li atoms).
 *
 * @param label name used in results and plots
 * @param atoms atom indices (0-based, copied)
 */
public record AtomGroup(String label, int[] atoms) {

    public AtomGroup {
        Objects.requireNonNull(label, "label");
        atoms = atoms.clone();
    }

    /** Number of atoms. */
    public int size() {
        return atoms.length;
    }

    @Override
    public int[] atoms() {
        return atoms.clone();
    }

    /**
     * The atoms of an element.
     *
     * @throws InvalidInputException if the source has no atom of that element
     */
    public static AtomGroup ofElement(FrameSource source, Element element) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < source.numAtoms(); i++) {
            if (source.species(i).element() == element) {
                idx.add(i);
            }
        }
        if (idx.isEmpty()) {
            throw new InvalidInputException("the trajectory has no " + element.symbol() + " atoms");
        }
        return new AtomGroup(element.symbol(), idx.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The atoms that are not of the element (may be empty). */
    public static AtomGroup notOfElement(FrameSource source, Element element) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < source.numAtoms(); i++) {
            if (source.species(i).element() != element) {
                idx.add(i);
            }
        }
        return new AtomGroup("not " + element.symbol(), idx.stream().mapToInt(Integer::intValue).toArray());
    }

    /** All atoms. */
    public static AtomGroup all(FrameSource source) {
        int[] a = new int[source.numAtoms()];
        for (int i = 0; i < a.length; i++) {
            a[i] = i;
        }
        return new AtomGroup("all", a);
    }

    /** Distinct elements of a source in order of first appearance. */
    public static List<Element> elements(FrameSource source) {
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < source.numAtoms(); i++) {
            Element e = source.species(i).element();
            if (!out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }
}
