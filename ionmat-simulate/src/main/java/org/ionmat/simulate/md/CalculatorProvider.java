package org.ionmat.simulate.md;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns a potential specification (the {@code --potential} argument: a file, {@code softbv}, ...)
 * into a {@link CalculatorFactory}. Implementations are found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.ionmat.simulate.md.CalculatorProvider}), so that potential families
 * plug into {@code ionmat md} without the command knowing them.
 */
public interface CalculatorProvider {

    /**
     * A factory for {@code spec}, or empty if this provider does not handle it.
     *
     * @param spec             as given by the user
     * @param workingDirectory directory against which relative file names are resolved
     * @throws org.ionmat.core.InvalidInputException if the provider handles the spec but it is invalid
     */
    Optional<CalculatorFactory> resolve(String spec, Path workingDirectory);
}
