package org.ionmat.potential.spec;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A named energy model that a potential file can select with {@code "model": "NAME"} and the CLI
 * with {@code --potential NAME} (for example the SoftBV force field). Providers are found with
 * {@link java.util.ServiceLoader} (a module lists its class in
 * {@code META-INF/services/org.ionmat.potential.spec.PotentialProvider}) or registered with
 * {@link PotentialRegistry#register}; this module does not depend on them.
 */
public interface PotentialProvider {

    /** The model name, lower case, e.g. {@code "softbv"}. */
    String model();

    /** The model with its default settings (selected by name alone). */
    PotentialModel create();

    /**
     * The model configured by a potential file: {@code options} is the file's JSON object
     * (including the {@code "model"} key).
     *
     * @param source file name, for messages
     * @throws org.ionmat.core.InvalidInputException naming the source and the field for bad options
     */
    PotentialModel create(ObjectNode options, String source);
}
