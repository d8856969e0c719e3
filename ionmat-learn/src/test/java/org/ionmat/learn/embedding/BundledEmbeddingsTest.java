package org.ionmat.learn.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.learn.data.DataCatalog;

class BundledEmbeddingsTest {

    /** Dimensions of the aviary files. */
    private static final Map<String, Integer> DIMS = Map.of("matscholar200", 200, "megnet16", 16, "cgcnn92", 92, "onehot112", 112);

    @Test
    void bundledBytesAreTheCataloguedUpstreamFiles() {
        for (String name : BundledEmbeddings.NAMES) {
            ElementEmbedding e = BundledEmbeddings.load(name);
            assertEquals(name, e.name());
            assertEquals(DIMS.get(name), e.dimension(), name);
            assertEquals(DataCatalog.entry(name).sha256(), e.sha256(), name + ": bundled file differs from the catalogued upstream");
            assertTrue(e.contains(Element.of("Li")) && e.contains(Element.of("O")), name);
        }
    }

    @Test
    void resolveTakesNamesCaseInsensitivelyAndFilesAsGiven(@TempDir Path dir) throws Exception {
        assertEquals("matscholar200", BundledEmbeddings.resolve("MatScholar200.json").name());
        Path f = dir.resolve("tiny.json");
        Files.writeString(f, "{\"Li\": [1, 0], \"O\": [0, 1]}");
        ElementEmbedding tiny = BundledEmbeddings.resolve(f.toString());
        assertEquals("tiny", tiny.name());
        assertArrayEquals(new float[] {0, 1}, tiny.vector(Element.of("O")));
        assertFalse(tiny.contains(Element.of("Na")));
    }

    @Test
    void unknownNamesAndEmptyArgumentsAreBadInput() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BundledEmbeddings.resolve("word2vec"));
        assertTrue(e.getMessage().contains("'word2vec'") && e.getMessage().contains("megnet16"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> BundledEmbeddings.resolve(" "));
        assertThrows(InvalidInputException.class, () -> BundledEmbeddings.load("Matscholar200"));
    }
}
