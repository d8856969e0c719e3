package org.ionmat.simulate.testing;

import java.nio.file.Path;
import java.util.Optional;

import org.ionmat.simulate.md.CalculatorFactory;
import org.ionmat.simulate.md.CalculatorProvider;

/**
 * Test potentials for {@code ionmat md} until the potential-file loader is merged: {@code lj-test}
 * (argon Lennard-Jones, energy-shifted), {@code lj-sf-test} (shifted-force) and
 * {@code collapse-test} (Lennard-Jones whose repulsion is switched off, so atoms collide).
 */
public final class TestCalculatorProvider implements CalculatorProvider {

    @Override
    public Optional<CalculatorFactory> resolve(String spec, Path workingDirectory) {
        return switch (spec) {
            case "lj-test" -> Optional.of(TestSystems.argonLj());
            case "lj-sf-test" -> Optional.of(TestSystems.argonLjShiftedForce());
            case "collapse-test" -> Optional.of(TestSystems.factory("collapse-test",
                    () -> new LennardJonesTestCalculator(0.0104, 3.4, 8.5, 1.0, false, false).attractiveOnly()));
            default -> Optional.empty();
        };
    }
}
