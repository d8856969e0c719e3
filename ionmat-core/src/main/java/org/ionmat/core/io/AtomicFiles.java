package org.ionmat.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.ionmat.core.InvalidInputException;

/**
 * The one way ionmat writes an output file: into a temporary file in the target's folder, then an
 * atomic move over the target, so readers never see a partial file and a failed write leaves the old
 * file (or none) in place. The new file gets the permissions of the file it replaces, else
 * rw-r--r-- (a bare temporary file would be rw-------).
 */
public final class AtomicFiles {

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Body {
        /** Writes the content. */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} from {@code body}; the folder must exist.
     *
     * @throws InvalidInputException when the folder does not exist, permission is denied or the file
     *                               system refuses the file
     */
    public static void write(Path target, Body body) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new InvalidInputException(target.toString(), -1, null, "the output directory does not exist");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                body.writeTo(os);
            }
            setPermissions(tmp, abs);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(target.toString(), -1, null, "permission denied");
        } catch (FileSystemException e) {
            throw new InvalidInputException(target.toString(), -1, null, "cannot write: " + e.getReason());
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + target + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
        }
    }

    /** Writes bytes to {@code target}; the folder must exist. */
    public static void write(Path target, byte[] bytes) {
        write(target, out -> out.write(bytes));
    }

    /** Writes UTF-8 text to {@code target}; the folder must exist. */
    public static void write(Path target, String text) {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A new, empty hidden directory (rwxr-xr-x) beside {@code target}, on the same file system, to
     * write a whole output directory into before {@link #publishDirectory} puts it in place.
     */
    public static Path stagingDirectory(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Path parent = abs.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new InvalidInputException(target.toString(), -1, null, "the parent directory does not exist");
        }
        Path dir = Files.createTempDirectory(parent, "." + abs.getFileName() + ".");
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x")); // not a private temp dir
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
        return dir;
    }

    /**
     * Puts the files of the flat directory {@code staging} in place as directory {@code target}: one
     * rename when {@code target} does not exist, else file by file, each replacing its namesake and
     * {@code last} (if there) moved last, so that it is never newer than the others' replacements.
     * Files of {@code target} that {@code staging} does not have are kept. {@code staging} is removed.
     */
    public static void publishDirectory(Path staging, Path target, String last) throws IOException {
        Path abs = target.toAbsolutePath();
        try {
            if (!Files.exists(abs)) {
                try {
                    Files.move(staging, abs, StandardCopyOption.ATOMIC_MOVE);
                    return;
                } catch (AtomicMoveNotSupportedException | java.nio.file.FileAlreadyExistsException e) {
                    Files.createDirectories(abs);
                }
            }
            java.util.List<Path> files;
            try (var s = Files.list(staging)) {
                files = s.sorted((a, b) -> Boolean.compare(a.getFileName().toString().equals(last),
                        b.getFileName().toString().equals(last))).toList();
            }
            for (Path p : files) {
                Path to = abs.resolve(p.getFileName());
                try {
                    Files.move(p, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(p, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } finally {
            deleteTree(staging);
        }
    }

    /** Deletes a file or directory tree, as far as possible (for temporary trees; errors are ignored). */
    public static void deleteTree(Path root) {
        if (root == null || !Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var s = Files.walk(root)) {
            for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        } catch (IOException | UncheckedIOException ignored) {
            // best effort
        }
    }

    /** Gives the new file the permissions of the file it replaces, else rw-r--r--. */
    private static void setPermissions(Path tmp, Path target) {
        try {
            Set<PosixFilePermission> p = Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(tmp, p);
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: keep the defaults
        }
    }
}
