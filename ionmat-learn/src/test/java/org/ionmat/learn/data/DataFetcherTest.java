package org.ionmat.learn.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionmat.core.InvalidInputException;
import org.ionmat.learn.embedding.ElementEmbedding;

/** The fetch logic against a file:// URL and a loopback HTTP server (no other network). */
class DataFetcherTest {

    private static final byte[] BODY = "{\"Li\":[1.0,0.5],\"O\":[0.0,-1.0]}".getBytes(StandardCharsets.UTF_8);

    @Test
    void fileUrlWithRightChecksumIsStoredAndReused(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("src.json");
        Files.write(src, BODY);
        Path target = dir.resolve("data/embeddings/x.json");
        String sha = DataFetcher.sha256(BODY);
        DataFetcher.Result r = DataFetcher.fetch(src.toUri().toString(), sha, target, false, 1000);
        assertTrue(r.downloaded());
        assertEquals(BODY.length, r.bytes());
        assertEquals(2, ElementEmbedding.read(target).dimension());
        DataFetcher.Result again = DataFetcher.fetch(src.toUri().toString(), sha, target, false, 1000);
        assertFalse(again.downloaded(), "present with the right checksum");
    }

    @Test
    void wrongChecksumWritesNothing(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("src.json");
        Files.write(src, BODY);
        Path target = dir.resolve("out/x.json");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DataFetcher.fetch(src.toUri().toString(), "00".repeat(32), target, false, 1000));
        assertTrue(e.getMessage().contains("checksum mismatch"), e.getMessage());
        assertFalse(Files.exists(target));
        assertThrows(InvalidInputException.class,
                () -> DataFetcher.fetch(dir.resolve("missing.json").toUri().toString(), null, target, false, 1000));
    }

    @Test
    void loopbackHttpServer(@TempDir Path dir) throws Exception {
        AtomicInteger hits = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/emb.json", ex -> {
            hits.incrementAndGet();
            ex.sendResponseHeaders(200, BODY.length);
            ex.getResponseBody().write(BODY);
            ex.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/emb.json";
            Path target = dir.resolve("emb.json");
            DataFetcher.Result r = DataFetcher.fetch(url, DataFetcher.sha256(BODY), target, false, 5000);
            assertTrue(r.downloaded());
            assertEquals(1, hits.get());
            DataFetcher.fetch(url, DataFetcher.sha256(BODY), target, true, 5000);
            assertEquals(2, hits.get(), "--force downloads again");
            assertThrows(InvalidInputException.class, () -> DataFetcher.fetch(
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/missing", null, dir.resolve("m"), false, 5000));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void catalogueNames() {
        assertEquals(5, DataCatalog.ENTRIES.size());
        assertEquals("bandgap/expt-non-metals-all.csv", DataCatalog.entry("EXPT-bandgaps").relativePath());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DataCatalog.entry("nope"));
        assertTrue(e.getMessage().contains("matscholar200"), e.getMessage());
    }

    @Test
    void catalogueChecksumsMatchTheSharedCopies() throws Exception {
        String shared = System.getProperty("ionmat.shared");
        org.junit.jupiter.api.Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "data/embeddings")),
                "shared data folder absent");
        for (DataCatalog.Entry e : DataCatalog.ENTRIES) {
            if (!e.relativePath().startsWith("embeddings/")) {
                continue; // the shared folder holds only part of the band-gap file
            }
            Path p = Path.of(shared, "data", e.relativePath());
            assertEquals(e.sha256(), DataFetcher.sha256(Files.readAllBytes(p)), e.name());
            ElementEmbedding emb = ElementEmbedding.read(p);
            assertTrue(emb.dimension() == Integer.parseInt(e.name().replaceAll("\\D", "")), e.name());
        }
    }
}
