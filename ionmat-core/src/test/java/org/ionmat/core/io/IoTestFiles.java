package org.ionmat.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.SiteProperty;
import org.ionmat.core.structure.Structure;

/** Test resources under {@code /io} and comparison helpers. */
final class IoTestFiles {

    private IoTestFiles() {
    }

    /** Path of a test resource below {@code io/}. */
    static Path path(String rel) {
        URL url = IoTestFiles.class.getResource("/io/" + rel);
        if (url == null) {
            fail("missing test resource io/" + rel);
        }
        try {
            return Paths.get(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Text of a test resource. */
    static String text(String rel) {
        try {
            return Files.readString(path(rel), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source-tree location of a resource, for regenerating committed files. */
    static Path sourcePath(String rel) {
        return Paths.get(System.getProperty("user.dir"), "src", "test", "resources", "io", rel);
    }

    /** True when committed generated files should be rewritten ({@code -Dionmat.regenerate=true}). */
    static boolean regenerate() {
        return Boolean.getBoolean("ionmat.regenerate");
    }

    /** Lattice matrices equal within tol (Å). */
    static void assertLatticeEquals(Lattice expected, Lattice actual, double tol) {
        double[] e = expected.rowMajor();
        double[] a = actual.rowMajor();
        for (int k = 0; k < 9; k++) {
            assertEquals(e[k], a[k], tol, "lattice component " + k + ": " + expected + " vs " + actual);
        }
    }

    /**
     * Same lattice, species in order, fractional coordinates (exactly, not modulo translations) and
     * properties (same names, widths and values), all within tol.
     */
    static void assertStructureEquals(Structure expected, Structure actual, double tol) {
        assertEquals(expected.size(), actual.size(), "number of sites");
        assertLatticeEquals(expected.lattice(), actual.lattice(), tol);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.speciesAt(i), actual.speciesAt(i), "species of site " + i);
            double[] fe = expected.frac(i);
            double[] fa = actual.frac(i);
            for (int k = 0; k < 3; k++) {
                assertEquals(fe[k], fa[k], tol, "frac " + k + " of site " + i);
            }
        }
        assertEquals(expected.propertyNames(), actual.propertyNames(), "property names");
        for (String name : expected.propertyNames()) {
            assertPropertyEquals(expected.property(name), actual.property(name), tol, name);
        }
    }

    static void assertPropertyEquals(SiteProperty e, SiteProperty a, double tol, String name) {
        assertEquals(e.width(), a.width(), "width of " + name);
        double[] ev = e.values();
        double[] av = a.values();
        assertEquals(ev.length, av.length, "size of " + name);
        for (int k = 0; k < ev.length; k++) {
            assertEquals(ev[k], av[k], tol, name + "[" + k + "]");
        }
    }

    static void assertArrayClose(double[] e, double[] a, double tol, String what) {
        assertEquals(e.length, a.length, "length of " + what);
        for (int k = 0; k < e.length; k++) {
            assertEquals(e[k], a[k], tol, what + "[" + k + "]");
        }
    }

    /** Fractional coordinates equal modulo lattice translations, Cartesian distance within tol (Å). */
    static void assertSamePositionsModuloCell(Structure expected, Structure actual, double tol) {
        assertEquals(expected.size(), actual.size());
        Lattice l = expected.lattice();
        for (int i = 0; i < expected.size(); i++) {
            double d = l.minimumImageDistance(expected.frac(i), actual.frac(i));
            assertTrue(d < tol, "site " + i + " differs by " + d + " Å");
        }
    }
}
