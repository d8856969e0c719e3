package org.ionmat.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

import org.ionmat.core.InvalidInputException;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.Calculator;
import org.ionmat.potential.spec.PotentialModel;
import org.ionmat.simulate.md.CalculatorFactory;
import org.ionmat.simulate.md.CalculatorProvider;

/**
 * Resolves the {@code --potential} argument of {@code ionmat md} into a {@link CalculatorFactory}:
 * every {@link CalculatorProvider} on the class path ({@link ServiceLoader}) is asked first (extension
 * point, used by tests), then the argument is read as a potential file or model name
 * ({@link Potentials}).
 */
final class PotentialResolver {

    private PotentialResolver() {
    }

    /**
     * The factory for a potential specification.
     *
     * @throws InvalidInputException if no provider knows it
     */
    static CalculatorFactory resolve(String spec, Path workingDirectory) {
        if (spec == null || spec.isBlank()) {
            throw new InvalidInputException("--potential is required: a potential file (pot.json) or softbv");
        }
        for (CalculatorProvider p : ServiceLoader.load(CalculatorProvider.class)) {
            Optional<CalculatorFactory> f = p.resolve(spec, workingDirectory);
            if (f.isPresent()) {
                return f.get();
            }
        }
        PotentialModel model = Potentials.load(spec, workingDirectory);
        return new CalculatorFactory() {
            @Override
            public Calculator create(AtomicSystem system) {
                return model.calculatorFor(system);
            }

            @Override
            public String spec() {
                return spec;
            }

            @Override
            public boolean needsOxidationStates() {
                return model.needsOxidationStates();
            }

            @Override
            public Map<String, Object> describe() {
                return Map.of("spec", spec, "name", model.name());
            }
        };
    }
}
