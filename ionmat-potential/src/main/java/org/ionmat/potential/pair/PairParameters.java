package org.ionmat.potential.pair;

import org.ionmat.core.InvalidInputException;

/** Checks of pair-potential parameters shared by the functional forms. */
final class PairParameters {

    private PairParameters() {
    }

    static void requireFinite(String name, double v) {
        if (!Double.isFinite(v)) {
            throw new InvalidInputException("pair parameter '" + name + "' must be a finite number, got " + v);
        }
    }

    static void requirePositive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new InvalidInputException("pair parameter '" + name + "' must be a positive number, got " + v);
        }
    }
}
