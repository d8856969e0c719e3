package org.ionmat.potential;

import java.util.List;
import java.util.stream.Collectors;

/** The sum of several calculators (e.g. short-range pairs plus Coulomb). */
public final class SumCalculator implements Calculator {

    private final List<Calculator> terms;

    /** Sum of the given terms (at least one). */
    public SumCalculator(List<Calculator> terms) {
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("a sum needs at least one calculator");
        }
        this.terms = List.copyOf(terms);
    }

    /** The terms. */
    public List<Calculator> terms() {
        return terms;
    }

    @Override
    public String name() {
        return terms.stream().map(Calculator::name).collect(Collectors.joining("+"));
    }

    @Override
    public CalculatorResult calculate(AtomicSystem system, Request request) {
        CalculatorResult r = terms.get(0).calculate(system, request);
        for (int k = 1; k < terms.size(); k++) {
            r = r.plus(terms.get(k).calculate(system, request));
        }
        return r;
    }
}
