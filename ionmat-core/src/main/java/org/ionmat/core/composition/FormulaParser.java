package org.ionmat.core.composition;

/** Placeholder: replaced by the full formula parser. */
final class FormulaParser {
    private FormulaParser() {
    }

    static Composition parse(String formula) {
        throw new UnsupportedOperationException("formula parser not yet written");
    }
}
