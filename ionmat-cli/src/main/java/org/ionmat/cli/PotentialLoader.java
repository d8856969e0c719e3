package org.ionmat.cli;

import java.nio.file.Path;

import org.ionmat.potential.Calculator;

/**
 * Reads a potential file into a {@link Calculator}: the service interface behind
 * {@code --potential FILE} (found with {@link java.util.ServiceLoader}). The JSON pair-potential
 * format of the potentials module registers one; tests register their own.
 */
public interface PotentialLoader {

    /**
     * The calculator a file describes.
     *
     * @return the calculator, or null when this loader does not read this kind of file
     * @throws org.ionmat.core.InvalidInputException if the file is of this loader's kind but malformed
     */
    Calculator load(Path file);
}
