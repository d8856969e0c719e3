package org.ionmat.core.io.cif;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.ionmat.core.element.Element;

/** Helpers shared by the CIF tests. */
final class CifTestSupport {

    private CifTestSupport() {
    }

    /** Skips the calling test while the element table (masses, electronegativities) is a placeholder. */
    static void assumeElementData() {
        boolean ok;
        try {
            ok = Element.Li.atomicMass() > 0 && Element.O.electronegativity() > 0;
        } catch (UnsupportedOperationException e) {
            ok = false;
        }
        assumeTrue(ok, "element table not available yet (ElementTable is a placeholder); skipping");
    }

    /** The OBELiX CIF folder; skips the calling test when the shared data are absent. */
    static Path obelixCifs() {
        String shared = System.getProperty("ionmat.shared");
        assumeTrue(shared != null, "system property ionmat.shared not set; skipping OBELiX test");
        Path dir = Paths.get(shared, "data", "obelix", "cifs");
        assumeTrue(Files.isDirectory(dir), "OBELiX CIFs not found at " + dir + "; skipping");
        return dir;
    }

    /** A test resource as text. */
    static String resource(String name) {
        try (InputStream in = CifTestSupport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
