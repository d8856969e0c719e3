package org.ionmat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;

import org.ionmat.core.InvalidInputException;
import org.ionmat.potential.Calculator;

/** Resolves {@code --potential FILE} to a calculator through the registered {@link PotentialLoader}s. */
final class PotentialFiles {

    private PotentialFiles() {
    }

    /**
     * The calculator of a potential file.
     *
     * @throws InvalidInputException if the file does not exist or no loader reads it
     */
    static Calculator load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file.toString(), -1, null, Files.exists(file) ? "is not a file" : "no such file");
        }
        for (PotentialLoader l : ServiceLoader.load(PotentialLoader.class)) {
            Calculator c = l.load(file);
            if (c != null) {
                return c;
            }
        }
        throw new InvalidInputException(file.toString(), -1, null, "no potential reader in this build understands this file "
                + "(JSON pair potentials come with the potentials module)");
    }
}
