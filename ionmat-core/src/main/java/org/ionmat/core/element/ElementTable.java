package org.ionmat.core.element;

/** Placeholder: replaced by the loader of elements.json. */
final class ElementTable {
    private ElementTable() {
    }

    static ElementData get(Element e) {
        throw new UnsupportedOperationException("element table not yet written");
    }
}
