package org.ionmat.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.ionmat.analysis.bondvalence.OxidationStates;
import org.ionmat.core.InvalidInputException;
import org.ionmat.core.structure.Structure;
import org.ionmat.potential.spec.PotentialFiles;
import org.ionmat.potential.spec.PotentialModel;

/**
 * The {@code --potential} option of every command: a potential file (JSON, see
 * {@code docs/potential-file.md}) or a registered model name such as {@code softbv}, and the
 * preparation of structures for it (oxidation states on every species when the model needs them).
 */
final class Potentials {

    private Potentials() {
    }

    /**
     * The model named or described by {@code spec}; relative file names are resolved against
     * {@code workingDirectory}.
     *
     * @throws InvalidInputException naming the file and field, or the unknown name
     */
    static PotentialModel load(String spec, Path workingDirectory) {
        if (spec == null || spec.isBlank()) {
            throw new InvalidInputException("--potential is required: a potential file (pot.json) or a model such as softbv");
        }
        Path p = workingDirectory.resolve(spec);
        return PotentialFiles.load(Files.exists(p) ? p.toString() : spec);
    }

    /** The model of {@code spec}, relative to the current directory. */
    static PotentialModel load(String spec) {
        return load(spec, Path.of("").toAbsolutePath());
    }

    /**
     * {@code s} ready for {@code model}: unchanged, or with oxidation states on every species (from
     * the file, else the bond-valence analysis) when the model needs them.
     *
     * @param source file name for messages
     */
    static Structure prepare(Structure s, PotentialModel model, String source) {
        if (!model.needsOxidationStates()) {
            return s;
        }
        try {
            return OxidationStates.decorate(s).structure();
        } catch (InvalidInputException e) {
            throw e.withSource(source);
        }
    }
}
