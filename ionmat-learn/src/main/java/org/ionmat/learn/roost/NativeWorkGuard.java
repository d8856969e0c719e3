package org.ionmat.learn.roost;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds the JVM's shutdown (SIGTERM, Ctrl-C) until a stretch of libtorch work on the current
 * thread is over, so that libtorch's global state is not torn down under a running operation
 * (the crash that {@link RoostEnsembleTrainer} avoids for its member threads). Use it around short
 * native work that cannot be interrupted, such as the predictions and saving after training:
 * {@code try (NativeWorkGuard g = NativeWorkGuard.open("roost-evaluation", 60)) { ... }}.
 */
public final class NativeWorkGuard implements AutoCloseable {

    private final CountDownLatch finished = new CountDownLatch(1);
    private final long maxWaitSeconds;
    private final Thread hook;

    private NativeWorkGuard(String name, long maxWaitSeconds) {
        this.maxWaitSeconds = maxWaitSeconds;
        this.hook = new Thread(this::awaitFinish, name);
    }

    /**
     * Registers a shutdown hook that waits until {@link #close()} (at most {@code maxWaitSeconds}).
     */
    public static NativeWorkGuard open(String name, long maxWaitSeconds) {
        NativeWorkGuard g = new NativeWorkGuard(name, maxWaitSeconds);
        Runtime.getRuntime().addShutdownHook(g.hook);
        return g;
    }

    /** The hook's body: waits for {@link #close()} or the time limit; true if the work finished. */
    boolean awaitFinish() {
        try {
            return finished.await(maxWaitSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The registered hook (for tests). */
    Thread hook() {
        return hook;
    }

    /** Ends the guarded stretch: a waiting shutdown goes on, and the hook is removed. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }
}
