package org.ionmat.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.ionmat.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void newFilesAreWorldReadableAndReplacedFilesKeepTheirPermissions() throws IOException {
        Path f = dir.resolve("a.txt");
        AtomicFiles.write(f, "one");
        assertEquals("one", Files.readString(f));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.write(f, "two".getBytes());
        assertEquals("two", Files.readString(f));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test
    void aFailingWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path f = dir.resolve("b.txt");
        AtomicFiles.write(f, "old");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(f, out -> {
            out.write("partial".getBytes());
            throw new IllegalStateException("disk full");
        }));
        assertEquals("old", Files.readString(f));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aMissingFolderIsBadInput() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> AtomicFiles.write(dir.resolve("no/such/c.txt"), "x"));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void stagedDirectoriesAppearWholeOrNotAtAll() throws IOException {
        Path out = dir.resolve("model");
        Path staging = AtomicFiles.stagingDirectory(out);
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(staging)));
        Files.writeString(staging.resolve("model.json"), "{}");
        Files.writeString(staging.resolve("data.bin"), "new");
        AtomicFiles.publishDirectory(staging, out, "model.json");
        assertEquals("new", Files.readString(out.resolve("data.bin")));
        assertTrue(Files.notExists(staging));
        // into an existing directory: namesakes replaced, other files kept, the staging directory removed
        Files.writeString(out.resolve("notes.txt"), "mine");
        Path again = AtomicFiles.stagingDirectory(out);
        Files.writeString(again.resolve("data.bin"), "newer");
        Files.writeString(again.resolve("model.json"), "{\"v\": 2}");
        AtomicFiles.publishDirectory(again, out, "model.json");
        assertEquals("newer", Files.readString(out.resolve("data.bin")));
        assertEquals("{\"v\": 2}", Files.readString(out.resolve("model.json")));
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
        assertTrue(Files.notExists(again));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "only the published directory is left");
        }
        // a tree is deleted; a missing one is no error
        AtomicFiles.deleteTree(out);
        assertTrue(Files.notExists(out));
        AtomicFiles.deleteTree(out);
        assertThrows(InvalidInputException.class, () -> AtomicFiles.stagingDirectory(dir.resolve("no/such/model")));
    }
}
