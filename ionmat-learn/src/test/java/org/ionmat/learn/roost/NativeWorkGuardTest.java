package org.ionmat.learn.roost;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class NativeWorkGuardTest {

    @Test
    void theShutdownHookWaitsUntilTheGuardedWorkIsClosed() throws Exception {
        NativeWorkGuard g = NativeWorkGuard.open("test-guard", 30);
        assertTrue(Runtime.getRuntime().removeShutdownHook(g.hook()), "open() registers the hook");
        Runtime.getRuntime().addShutdownHook(g.hook());
        AtomicBoolean result = new AtomicBoolean();
        Thread shutdown = new Thread(() -> result.set(g.awaitFinish()));
        shutdown.start();
        shutdown.join(300);
        assertTrue(shutdown.isAlive(), "the hook returned while the work was still running");
        g.close();
        shutdown.join(5000);
        assertFalse(shutdown.isAlive());
        assertTrue(result.get());
        // close() unregistered the hook: removing it again reports that it was not registered
        assertFalse(Runtime.getRuntime().removeShutdownHook(g.hook()));
    }

    @Test
    void theHookGivesUpAfterItsTimeLimit() throws Exception {
        try (NativeWorkGuard g = NativeWorkGuard.open("test-guard-limit", 0)) {
            long t0 = System.nanoTime();
            assertFalse(g.awaitFinish());
            assertTrue(System.nanoTime() - t0 < 2_000_000_000L);
        }
    }
}
