package org.ionmat.learn.embedding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.ionmat.core.InvalidInputException;
import org.ionmat.learn.data.DataCatalog;

/**
 * The one place that turns a {@code --embedding} argument into an {@link ElementEmbedding}: an
 * existing file is read as given; otherwise the argument must name one of the aviary embeddings
 * (case-insensitive, {@code .json} optional), looked up first in the data folder ({@code ionmat data
 * fetch NAME}), then in the project's shared data folder ({@code data/embeddings/} under the
 * directory of the system property {@code ionmat.shared}, which the launcher sets to the checkout's
 * {@code ../shared} when that exists).
 */
public final class NamedEmbeddings {

    /** Names of the known embeddings, the default first. */
    public static final List<String> NAMES = List.of("matscholar200", "megnet16", "cgcnn92", "onehot112");

    private NamedEmbeddings() {
    }

    /**
     * The embedding of a file path or a known name; throws {@link InvalidInputException} naming the
     * argument and saying how to get the file when it is found nowhere.
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
        if (!NAMES.contains(key)) {
            throw new InvalidInputException("embedding '" + nameOrPath + "' is neither a file nor one of "
                    + String.join(", ", NAMES));
        }
        Path fetched = DataCatalog.localPath(DataCatalog.entry(key));
        if (Files.isRegularFile(fetched)) {
            return ElementEmbedding.read(fetched);
        }
        Path shared = sharedCopy(key);
        if (shared != null && Files.isRegularFile(shared)) {
            return ElementEmbedding.read(shared);
        }
        throw new InvalidInputException("embedding " + key + " is not in " + fetched.getParent()
                + (shared == null ? "" : " nor in " + shared.getParent())
                + "; run 'ionmat data fetch " + key + "' or pass --embedding PATH");
    }

    /** Where the shared data folder keeps an embedding, or null when {@code ionmat.shared} is unset. */
    public static Path sharedCopy(String name) {
        String shared = System.getProperty("ionmat.shared");
        return shared == null || shared.isBlank() ? null : Path.of(shared, "data", "embeddings", name + ".json");
    }
}
