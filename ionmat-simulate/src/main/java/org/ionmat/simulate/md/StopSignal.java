package org.ionmat.simulate.md;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A request to stop MD runs cleanly (e.g. from a Ctrl-C shutdown hook): runs finish their current
 * step, flush their outputs, write a checkpoint and end with status {@code interrupted}.
 */
public final class StopSignal {

    private final AtomicBoolean requested = new AtomicBoolean();

    /** Asks the runs to stop. */
    public void request() {
        requested.set(true);
    }

    /** True once a stop was requested. */
    public boolean isRequested() {
        return requested.get();
    }
}
