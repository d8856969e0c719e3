package org.ionmat.learn.data;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.io.AtomicFiles;

/**
 * Downloads a file from a URL (http, https or file), checks its SHA-256 and stores it atomically:
 * a wrong checksum or an interrupted download never leaves a file behind.
 */
public final class DataFetcher {

    /** Largest file accepted, bytes. */
    public static final long MAX_BYTES = 512L * 1024 * 1024;

    private DataFetcher() {
    }

    /** Result of a fetch. */
    public record Result(Path path, long bytes, String sha256, boolean downloaded) {
    }

    /**
     * Fetches {@code url} to {@code target} unless a file with the expected checksum is already
     * there ({@code force} downloads again).
     */
    public static Result fetch(String url, String expectedSha256, Path target, boolean force, int timeoutMillis) {
        try {
            if (!force && Files.isRegularFile(target)) {
                String have = sha256(Files.readAllBytes(target));
                if (have.equalsIgnoreCase(expectedSha256)) {
                    return new Result(target, Files.size(target), have, false);
                }
            }
            URLConnection con = URI.create(url).toURL().openConnection();
            con.setConnectTimeout(timeoutMillis);
            con.setReadTimeout(timeoutMillis);
            byte[] bytes;
            try (InputStream in = con.getInputStream()) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES + 1));
            }
            if (bytes.length > MAX_BYTES) {
                throw new InvalidInputException(url, -1, null, "download larger than " + MAX_BYTES + " bytes");
            }
            String got = sha256(bytes);
            if (expectedSha256 != null && !got.equalsIgnoreCase(expectedSha256)) {
                throw new InvalidInputException(url, -1, null, "checksum mismatch: expected SHA-256 " + expectedSha256
                        + ", got " + got + "; nothing was written");
            }
            Files.createDirectories(target.toAbsolutePath().getParent());
            AtomicFiles.write(target, bytes);
            return new Result(target, bytes.length, got, true);
        } catch (IllegalArgumentException | java.net.MalformedURLException e) {
            throw new InvalidInputException(url, -1, null, "bad URL: " + e.getMessage());
        } catch (IOException e) {
            throw new InvalidInputException(url, -1, null, "download failed: " + e);
        }
    }

    /** SHA-256 of bytes (hex). */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
