package org.ionmat.learn.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.ionmat.core.InvalidInputException;

/**
 * The element embeddings shipped inside the jar (matscholar200, megnet16, cgcnn92, onehot112: the
 * aviary files, MIT licence; provenance in the resource folder's README.md), and the one place that
 * turns a {@code --embedding} argument into an {@link ElementEmbedding}: an existing file is read as
 * given, otherwise the argument must name a bundled embedding (case-insensitive, {@code .json}
 * optional). Training therefore works offline without any download.
 */
public final class BundledEmbeddings {

    /** Names of the bundled embeddings, the default first. */
    public static final List<String> NAMES = List.of("matscholar200", "megnet16", "cgcnn92", "onehot112");

    private BundledEmbeddings() {
    }

    /**
     * The embedding of a file path or a bundled name; throws {@link InvalidInputException} naming
     * the argument and the known names when it is neither.
     */
    public static ElementEmbedding resolve(String nameOrPath) {
        if (nameOrPath == null || nameOrPath.isBlank()) {
            throw new InvalidInputException("--embedding is empty; give a JSON file or one of " + String.join(", ", NAMES));
        }
        Path p = Path.of(nameOrPath);
        if (Files.isRegularFile(p)) {
            return ElementEmbedding.read(p);
        }
        String key = nameOrPath.toLowerCase(Locale.ROOT).replaceAll("\\.json$", "");
        if (NAMES.contains(key)) {
            return load(key);
        }
        throw new InvalidInputException("embedding '" + nameOrPath + "' is neither a file nor one of "
                + String.join(", ", NAMES));
    }

    /** A bundled embedding by its exact name (one of {@link #NAMES}). */
    public static ElementEmbedding load(String name) {
        if (!NAMES.contains(name)) {
            throw new InvalidInputException("no bundled embedding '" + name + "'; known: " + String.join(", ", NAMES));
        }
        try (InputStream in = BundledEmbeddings.class.getResourceAsStream(name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("bundled embedding " + name + ".json missing from the class path");
            }
            return ElementEmbedding.read(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading bundled embedding " + name, e);
        }
    }
}
