package org.ionmat.learn.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.learn.data.DataCatalog;

class NamedEmbeddingsTest {

    /** Dimensions of the aviary files. */
    private static final Map<String, Integer> DIMS = Map.of("matscholar200", 200, "megnet16", 16, "cgcnn92", 92, "onehot112", 112);

    /** Runs {@code body} with the data folder and the shared folder set to the given directories. */
    private static void withFolders(Path data, String shared, Runnable body) {
        String oldData = System.getProperty("ionmat.data");
        String oldShared = System.getProperty("ionmat.shared");
        System.setProperty("ionmat.data", data.toString());
        if (shared == null) {
            System.clearProperty("ionmat.shared");
        } else {
            System.setProperty("ionmat.shared", shared);
        }
        try {
            body.run();
        } finally {
            restore("ionmat.data", oldData);
            restore("ionmat.shared", oldShared);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @Test
    void namesResolveToTheSharedCopiesWhenNothingWasFetched(@TempDir Path empty) {
        String shared = System.getProperty("ionmat.shared");
        Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "data/embeddings")),
                "shared data folder absent: skipping name resolution against it");
        Assumptions.assumeTrue(System.getenv("IONMAT_DATA") == null, "IONMAT_DATA set: the data folder is not ours to empty");
        withFolders(empty, shared, () -> {
            for (String name : NamedEmbeddings.NAMES) {
                ElementEmbedding e = NamedEmbeddings.resolve(name.toUpperCase(java.util.Locale.ROOT) + ".json");
                assertEquals(name, e.name());
                assertEquals(DIMS.get(name), e.dimension(), name);
                assertEquals(DataCatalog.entry(name).sha256(), e.sha256(), name);
                assertTrue(e.contains(Element.of("Li")) && e.contains(Element.of("O")), name);
            }
        });
    }

    @Test
    void aFetchedCopyComesBeforeTheSharedOneAndAbsenceSaysHowToFetch(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(System.getenv("IONMAT_DATA") == null, "IONMAT_DATA set: the data folder is not ours to set");
        Path data = dir.resolve("data");
        Path fetched = DataCatalog.localPath(DataCatalog.entry("megnet16")).getFileName();
        Files.createDirectories(data.resolve("embeddings"));
        Files.writeString(data.resolve("embeddings").resolve(fetched), "{\"Li\": [1, 2], \"O\": [3, 4]}");
        withFolders(data, dir.resolve("no-shared").toString(), () -> {
            assertArrayEquals(new float[] {3, 4}, NamedEmbeddings.resolve("megnet16").vector(Element.of("O")));
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> NamedEmbeddings.resolve("cgcnn92"));
            assertTrue(e.getMessage().contains("ionmat data fetch cgcnn92") && e.getMessage().contains("no-shared"),
                    e.getMessage());
        });
        withFolders(data, null, () -> {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> NamedEmbeddings.resolve("onehot112"));
            assertFalse(e.getMessage().contains(" nor in "), e.getMessage());
        });
    }

    @Test
    void filesAreReadAsGivenAndUnknownNamesAreBadInput(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("tiny.json");
        Files.writeString(f, "{\"Li\": [1, 0], \"O\": [0, 1]}");
        ElementEmbedding tiny = NamedEmbeddings.resolve(f.toString());
        assertEquals("tiny", tiny.name());
        assertArrayEquals(new float[] {0, 1}, tiny.vector(Element.of("O")));
        assertFalse(tiny.contains(Element.of("Na")));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> NamedEmbeddings.resolve("word2vec"));
        assertTrue(e.getMessage().contains("'word2vec'") && e.getMessage().contains("megnet16"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> NamedEmbeddings.resolve(" "));
    }
}
