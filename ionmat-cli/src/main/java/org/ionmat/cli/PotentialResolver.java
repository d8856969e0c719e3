package org.ionmat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

import org.ionmat.core.InvalidInputException;
import org.ionmat.simulate.md.CalculatorFactory;
import org.ionmat.simulate.md.CalculatorProvider;

/**
 * Resolves the {@code --potential} argument of {@code ionmat md} into a {@link CalculatorFactory}:
 * every {@link CalculatorProvider} on the class path ({@link ServiceLoader}) is asked in turn. Until
 * the potential-file loader ({@code pot.json}) and the SoftBV force field register their providers,
 * those two forms give a clear message instead.
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
        if (spec.equalsIgnoreCase("softbv")) {
            throw new InvalidInputException(null, -1, spec,
                    "--potential softbv: the SoftBV force field is not available in this build");
        }
        Path file = workingDirectory.resolve(spec);
        if (Files.exists(file)) {
            if (spec.toLowerCase(Locale.ROOT).endsWith(".json")) {
                throw new InvalidInputException(spec, -1, null,
                        "potential files are not supported by this build yet (no potential-file loader is installed)");
            }
            throw new InvalidInputException(spec, -1, null, "not a potential file (expected a .json potential file)");
        }
        throw new InvalidInputException(null, -1, spec, "--potential: no such file or potential '" + spec + "'");
    }
}
